from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from mediacenter.models import Topic
from mediacenter.stale_figures import StaleFiguresReportView, stale_sheets


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "parent", "locale"]
    search_fields = ["name", "synonyms"]


register_snippet(TopicViewSet)


# --- stale fact-sheet figures: Reports menu and a dashboard warning -------------------------------


@hooks.register("register_admin_urls")
def register_stale_figures_url():
    return [path("reports/stale-figures/", StaleFiguresReportView.as_view(), name="stale_figures")]


@hooks.register("register_reports_menu_item")
def register_stale_figures_menu_item():
    return MenuItem(
        _("Stale figures"),
        reverse("stale_figures"),
        name="stale-figures",
        icon_name="table",
        order=1300,
    )


class StaleFiguresSummary(Component):
    """On the dashboard, only when some fact sheet has figures older than the allowed age."""

    order = 50
    template_name = "mediacenter/admin/stale_figures_summary.html"

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context=None) -> dict:
        return {"count": self.count, "url": reverse("stale_figures")}


@hooks.register("construct_homepage_panels")
def add_stale_figures_summary(request, panels) -> None:
    count = len(stale_sheets())
    if count:
        panels.append(StaleFiguresSummary(count))
