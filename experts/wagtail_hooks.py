from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from experts.admin_views import (
    ContactRequestsPanel,
    ContactRequestViewSet,
    OutboxViewSet,
    can_view_contact_requests,
)
from experts.models import ExpertContact, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "city", "locale"]
    list_filter = ["kind"]
    search_fields = ["name", "city"]


class ExpertContactViewSet(SnippetViewSet):
    """The experts' staff-only e-mail and phone, beside Organisations in the menu; only users
    with a permission on expert contacts (directory managers, media officers) see it."""

    model = ExpertContact
    icon = "mail"
    menu_label = _("Expert contacts")
    menu_order = 211
    add_to_admin_menu = True
    inspect_view_enabled = True  # media officers may view contacts without changing them
    list_display = ["expert", "email", "phone", "preferred_channel", "consent_date"]
    list_filter = ["preferred_channel"]
    search_fields = ["email", "phone", "expert__title"]

    def get_queryset(self, request):
        return ExpertContact.objects.select_related("expert").order_by("expert__title")


register_snippet(OrganisationViewSet)
register_snippet(ExpertContactViewSet)


@hooks.register("register_admin_viewset")
def register_contact_requests_viewset():
    return ContactRequestViewSet()


@hooks.register("register_admin_viewset")
def register_outbox_viewset():
    return OutboxViewSet()


@hooks.register("construct_homepage_panels")
def add_contact_requests_panel(request, panels):
    if can_view_contact_requests(request.user):
        panels.append(ContactRequestsPanel())
