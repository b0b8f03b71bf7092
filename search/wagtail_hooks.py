"""Admin wiring of search: the "Search terms" report under Reports, and its permission in the
group editor (so that media officers and editors can be given it)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.reports import SearchTermsReportView, can_view_search_terms


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return can_view_search_terms(request.user)


@hooks.register("register_admin_urls")
def register_search_terms_url():
    return [
        path(
            "reports/search-terms/",
            SearchTermsReportView.as_view(),
            name="sitesearch_search_terms",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Search terms"),
        reverse("sitesearch_search_terms"),
        name="search-terms",
        icon_name="search",
        order=1200,
    )


@hooks.register("register_permissions")
def register_search_terms_permission():
    return Permission.objects.filter(
        content_type__app_label="sitesearch", codename="view_searchqueryday"
    )
