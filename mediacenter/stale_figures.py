"""Fact-sheet figures older than FACT_SHEET_MAX_AGE_DAYS, flagged to editors: on the admin
dashboard, in the Reports menu ("Stale figures") and at the top of the fact sheet's editor."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from mediacenter.models import FactSheetPage
from mediacenter.models.fact_sheet import KeyFigure, figure_max_age


@dataclass
class StaleSheet:
    sheet: FactSheetPage
    figures: list[KeyFigure]


def stale_sheets(today: datetime.date | None = None) -> list[StaleSheet]:
    """Every fact sheet (any language, live or not) with at least one stale figure, oldest first."""
    today = today or timezone.localdate()
    found = []
    for sheet in FactSheetPage.objects.select_related("locale").order_by("title"):
        figures = sheet.stale_figures(today)
        if figures:
            found.append(StaleSheet(sheet, sorted(figures, key=lambda figure: figure.as_of)))
    return sorted(found, key=lambda item: item.figures[0].as_of)


class StaleFiguresReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Stale figures")
    header_icon = "table"
    template_name = "mediacenter/admin/stale_figures.html"

    def get_breadcrumbs_items(self) -> list:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        context["stale_sheets"] = stale_sheets()
        context["max_age_days"] = figure_max_age().days
        return context
