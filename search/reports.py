"""The staff report "Search terms" (Reports menu of the Wagtail admin): what visitors search most
and what they search without finding anything, over the last 7, 30 or 90 days, per language and
place (site search or find an expert). Read from search.models.SearchQueryDay (search.querylog)."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from search.forms import SearchTermsFilterForm
from search.models import SearchQueryDay

VIEW_PERMISSION = "sitesearch.view_searchqueryday"
ROWS = 50


def can_view_search_terms(user) -> bool:
    """Superusers, and staff given the permission (media officers and editors)."""
    return user.is_active and user.has_perm(VIEW_PERMISSION)


def search_terms(*, days: int, language: str = "", scope: str = "") -> QuerySet:
    """Queries of the last `days` days (today included), one row per query and language, with
    `total` searches and `empty` searches that found nothing."""
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    rows = SearchQueryDay.objects.filter(date__gte=since)
    if language:
        rows = rows.filter(language=language)
    if scope:
        rows = rows.filter(scope=scope)
    return rows.values("query", "language").annotate(
        total=Sum("searches"), empty=Sum("empty_searches")
    )


class SearchTermsReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Search terms")
    header_icon = "search"
    template_name = "sitesearch/admin/search_terms.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_search_terms(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        form = SearchTermsFilterForm(self.request.GET)
        filters = form.values()
        terms = search_terms(
            days=filters["period"], language=filters["language"], scope=filters["scope"]
        )
        context.update(
            form=form,
            days=filters["period"],
            top_queries=list(terms.order_by("-total", "query")[:ROWS]),
            empty_queries=list(
                terms.filter(empty__gt=0).order_by("-empty", "-total", "query")[:ROWS]
            ),
        )
        return context
