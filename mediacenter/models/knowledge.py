"""The knowledge base: plain-language explainers of hard subjects, written for journalists."""

from __future__ import annotations

import math

from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageManager
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from mediacenter.blocks import ExplainerBlock, SourceBlock
from mediacenter.models.core import LocalizedTopicsMixin, SectionPage

WORDS_PER_MINUTE = 200


def block_text(block) -> str:
    """The words a reader reads in one StreamField block (for the reading time)."""
    value = block.value
    if block.block_type == "paragraph":
        return strip_tags(value.source)
    if block.block_type == "heading":
        return str(value)
    if block.block_type == "key_facts":
        return " ".join([value["title"], *value["facts"]])
    if block.block_type == "mistakes":
        return " ".join(f"{item['mistake']} {item['correction']}" for item in value["items"])
    if block.block_type == "figure":
        return f"{value['caption']} {value['source']}"
    if block.block_type == "expert_quote":
        return value["text"]
    return ""


class ExplainerQuerySet(PageQuerySet):
    def for_listing(self, locale: Locale | None = None) -> ExplainerQuerySet:
        """Live, public explainers of one language, by title, with their topics fetched up front."""
        return (
            self.live()
            .public()
            .filter(locale=locale or Locale.get_active())
            .order_by("title")
            .prefetch_related("topics")
        )


ExplainerManager = PageManager.from_queryset(ExplainerQuerySet)


class ExplainerPage(LocalizedTopicsMixin, Page):
    """A plain-language explanation of a hard subject, pointing to experts who can speak on it."""

    summary = models.TextField(
        _("summary"), help_text=_("One paragraph: what a journalist must know before writing.")
    )
    sections = StreamField(ExplainerBlock(), verbose_name=_("sections"))
    sources = StreamField(
        [("source", SourceBlock(label=_("Source")))],
        verbose_name=_("sources"),
        blank=True,
        help_text=_("Where the facts come from, with links."),
    )
    topics = ParentalManyToManyField("mediacenter.Topic", verbose_name=_("topics"), blank=True)
    related_experts = ParentalManyToManyField(
        "experts.ExpertPage",
        verbose_name=_("related experts"),
        blank=True,
        related_name="explainers",
        help_text=_("Experts who can speak on this subject."),
    )
    last_reviewed = models.DateField(_("last reviewed on"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        "experts.ExpertPage",
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ExplainerManager()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("sections"),
        FieldPanel("sources"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("related_experts")], heading=_("Related")
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("reviewed_by")])],
            heading=_("Review"),
        ),
    ]

    def search_skeleton(self) -> str:
        """The title and summary as Latin skeletons (search.normalize), for either script."""
        from search.normalize import fold

        return fold(" ".join(filter(None, (self.title, self.summary))))

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("sections"),
        index.SearchField("search_skeleton"),
        index.AutocompleteField("summary"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("synonyms")]),
    ]
    api_fields = [
        APIField("summary"),
        APIField("sections"),
        APIField("sources"),
        APIField("topics"),
        APIField("last_reviewed"),
        APIField("reading_minutes"),
    ]

    parent_page_types = ["mediacenter.KnowledgeIndexPage"]
    subpage_types: list[str] = []
    template = "mediacenter/explainer_page.html"

    class Meta:
        verbose_name = _("explainer")
        verbose_name_plural = _("explainers")

    @cached_property
    def reading_minutes(self) -> int:
        words = len(self.summary.split()) + sum(
            len(block_text(block).split()) for block in self.sections
        )
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        from mediacenter.topic_hubs import explainer_context  # it imports the models

        context = super().get_context(request, *args, **kwargs)
        context.update(explainer_context(self, request))
        return context


class KnowledgeIndexPage(SectionPage):
    """The knowledge base of one language: its explainers, fact sheets and the glossary."""

    subpage_types = [
        "mediacenter.ExplainerPage",
        "mediacenter.FactSheetPage",
        "mediacenter.GlossaryPage",
    ]
    template = "mediacenter/knowledge_index_page.html"

    class Meta:
        verbose_name = _("knowledge base")

    def get_context(self, request, *args, **kwargs):
        from mediacenter.models.fact_sheet import FactSheetPage
        from mediacenter.models.glossary import GlossaryPage
        from mediacenter.models.topic_index import TopicIndexPage

        context = super().get_context(request, *args, **kwargs)
        # Cards show the summary and reading time, not topics: no prefetch needed.
        context["explainers"] = (
            ExplainerPage.objects.child_of(self).for_listing(self.locale).prefetch_related(None)
        )
        context["fact_sheets"] = (
            FactSheetPage.objects.child_of(self).live().public().order_by("title")
        )
        context["glossary"] = GlossaryPage.objects.child_of(self).live().first()
        context["topic_index"] = TopicIndexPage.objects.live().filter(locale=self.locale).first()
        return context
