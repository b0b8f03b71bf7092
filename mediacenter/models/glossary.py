"""The glossary: short definitions of the words of life-science news, with an A–Z index per
language. Explainers and press releases link a term's first mention to its page
(mediacenter.glossary_links)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from mediacenter.alphabet import alphabet, index_letter, sort_key
from mediacenter.models.core import LocalizedTopicsMixin


@dataclass
class LetterGroup:
    letter: str
    anchor: str
    terms: list


class GlossaryPage(Page):
    """The A–Z glossary of one language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["mediacenter.KnowledgeIndexPage"]
    subpage_types = ["mediacenter.GlossaryTermPage"]
    max_count_per_parent = 1
    template = "mediacenter/glossary_page.html"

    class Meta:
        verbose_name = _("glossary")

    def terms(self) -> list[GlossaryTermPage]:
        """The live terms, in the alphabetical order of the page's language."""
        language = self.locale.language_code
        terms = GlossaryTermPage.objects.child_of(self).live().public()
        return sorted(terms, key=lambda term: sort_key(term.title, language))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        groups: dict[str, LetterGroup] = {}
        for term in self.terms():
            letter = index_letter(term.title, language)
            if letter not in groups:
                groups[letter] = LetterGroup(letter, f"letter-{len(groups) + 1}", [])
            groups[letter].terms.append(term)
        context["letter_groups"] = list(groups.values())
        # The A–Z bar: every letter of the alphabet (those without terms shown, not linked), then
        # the groups outside it ("A–Z" for Latin terms in Bulgarian, "#").
        letters = [letter.upper() for letter in alphabet(language)]
        letters += [letter for letter in groups if letter not in letters]
        context["letters"] = [
            (letter, groups[letter].anchor if letter in groups else "") for letter in letters
        ]
        return context


class GlossaryTermPage(LocalizedTopicsMixin, Page):
    """One term: its definition, the same term in the other language, and its topics."""

    other_language_term = models.CharField(
        _("term in the other language"),
        max_length=200,
        blank=True,
        help_text=_("In English on a Bulgarian page, in Bulgarian on an English one."),
    )
    forms = models.TextField(
        _("other forms"),
        blank=True,
        help_text=_(
            "Comma-separated forms that also link to this term in explainers and press releases: "
            "plurals, forms with the definite article, abbreviations."
        ),
    )
    definition = RichTextField(_("definition"), features=["bold", "italic", "link"])
    topics = ParentalManyToManyField("mediacenter.Topic", verbose_name=_("topics"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("other_language_term"),
        FieldPanel("definition"),
        FieldPanel("forms"),
        FieldPanel("topics"),
    ]

    def search_skeleton(self) -> str:
        """The term, its other forms and the other language's term as Latin skeletons."""
        from search.normalize import fold

        return fold(" ".join(filter(None, (self.title, self.other_language_term, self.forms))))

    search_fields = Page.search_fields + [
        index.SearchField("other_language_term", boost=3),
        index.SearchField("forms", boost=2),
        index.SearchField("definition"),
        index.SearchField("search_skeleton"),
        index.AutocompleteField("other_language_term"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("synonyms")]),
    ]
    api_fields = [
        APIField("other_language_term"),
        APIField("definition"),
        APIField("forms"),
        APIField("topics"),
    ]

    parent_page_types = ["mediacenter.GlossaryPage"]
    subpage_types: list[str] = []
    template = "mediacenter/glossary_term_page.html"

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    @property
    def definition_text(self) -> str:
        """The definition as plain text, for listings and link titles (no rich-text rendering,
        which would look up every page the definition links to)."""
        from mediacenter.seo import plain_text

        return plain_text(self.definition)

    @property
    def form_list(self) -> list[str]:
        return [form.strip() for form in self.forms.split(",") if form.strip()]

    def get_context(self, request, *args, **kwargs):
        from mediacenter.topic_hubs import term_context  # it imports the models

        context = super().get_context(request, *args, **kwargs)
        context.update(term_context(self, request))
        return context
