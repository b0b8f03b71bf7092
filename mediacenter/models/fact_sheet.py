"""Fact sheets: key figures with their source and date, shown on their own page and as a block
inside press releases and explainers."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from mediacenter.blocks import FigureFactBlock
from mediacenter.models.core import LocalizedTopicsMixin
from mediacenter.panels import StaleFiguresPanel


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    source: str
    source_url: str
    as_of: datetime.date


def figure_max_age() -> datetime.timedelta:
    """How old a figure may be before editors are told to check it (FACT_SHEET_MAX_AGE_DAYS)."""
    return datetime.timedelta(days=settings.FACT_SHEET_MAX_AGE_DAYS)


class FactSheetPage(LocalizedTopicsMixin, Page):
    """A handful of key figures on one subject, each with its source and the date it is valid for."""

    intro = models.TextField(_("introduction"), blank=True)
    figures = StreamField(
        [("figure", FigureFactBlock(label=_("Key figure")))],
        verbose_name=_("key figures"),
        min_num=1,
    )
    topics = ParentalManyToManyField("mediacenter.Topic", verbose_name=_("topics"), blank=True)

    content_panels = [
        StaleFiguresPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("figures"),
        FieldPanel("topics"),
    ]

    def search_skeleton(self) -> str:
        """The title and introduction as Latin skeletons (search.normalize), for either script."""
        from search.normalize import fold

        return fold(" ".join(filter(None, (self.title, self.intro))))

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("figures"),
        index.SearchField("search_skeleton"),
        index.AutocompleteField("intro"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("synonyms")]),
    ]
    api_fields = [APIField("intro"), APIField("figures"), APIField("topics")]

    parent_page_types = ["mediacenter.KnowledgeIndexPage"]
    subpage_types: list[str] = []
    template = "mediacenter/fact_sheet_page.html"

    class Meta:
        verbose_name = _("fact sheet")
        verbose_name_plural = _("fact sheets")

    @property
    def key_figures(self) -> list[KeyFigure]:
        return [KeyFigure(**block.value) for block in self.figures]

    def stale_figures(self, today: datetime.date | None = None) -> list[KeyFigure]:
        """Figures older than the configured age: an editor should check them against the source."""
        cutoff = (today or timezone.localdate()) - figure_max_age()
        return [figure for figure in self.key_figures if figure.as_of < cutoff]

    @property
    def as_of(self) -> datetime.date | None:
        """The date of the oldest figure: the sheet is only as current as that one."""
        return min((figure.as_of for figure in self.key_figures), default=None)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from mediacenter.topic_hubs import hub_links  # it imports the models

        context["topic_links"] = hub_links(self.localized_topics, self.locale, request)
        return context
