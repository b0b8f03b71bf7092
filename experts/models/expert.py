"""Expert profiles and the "Find an expert" page that lists them."""

from __future__ import annotations

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from mediacenter.fields import ChoiceListField
from mediacenter.models import LocalizedTopicsMixin, SectionPage

# Languages an expert gives interviews in (ISO 639-1), the ones Bulgarian newsrooms ask for.
INTERVIEW_LANGUAGES = [
    ("bg", _("Bulgarian")),
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
]


class MediaFormat(models.TextChoices):
    TV = "tv", _("Live TV")
    RADIO = "radio", _("Radio")
    PRINT = "print", _("Print")
    ONLINE = "online", _("Online")
    BACKGROUND = "background", _("Background only")


class Availability(models.TextChoices):
    AVAILABLE = "available", _("Available")
    LIMITED = "limited", _("Limited availability")
    AWAY = "away", _("Away")


class ExpertPageQuerySet(PageQuerySet):
    def for_listing(self, locale: Locale | None = None) -> ExpertPageQuerySet:
        """Live profiles of one language with what a result card shows, fetched up front."""
        return (
            self.live()
            .public()
            .filter(locale=locale or Locale.get_active())
            .select_related("organisation", "photo")
            .prefetch_related("topics")
        )


ExpertPageManager = PageManager.from_queryset(ExpertPageQuerySet)


class ExpertIndexPage(SectionPage):
    """ "Find an expert": the directory of one language, with search and facets."""

    subpage_types = ["experts.ExpertPage"]
    template = "experts/expert_index_page.html"

    class Meta:
        verbose_name = _("expert directory")

    def get_context(self, request, *args, **kwargs):
        from experts.directory import directory_context  # it imports this module

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(self, request))
        return context


class ExpertPage(LocalizedTopicsMixin, Page):
    """One expert's public profile. Contact details live apart, in ExpertContact (staff only)."""

    honorific = models.CharField(
        _("honorific"), max_length=60, blank=True, help_text=_("For example: Prof. Dr.")
    )
    first_name = models.CharField(_("first name"), max_length=80)
    last_name = models.CharField(_("last name"), max_length=80)
    position = models.CharField(_("position"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        "experts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    city = models.CharField(_("city"), max_length=100, blank=True, db_index=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_credit = models.CharField(_("photo credit"), max_length=200, blank=True)
    short_bio = models.TextField(
        _("short bio"), max_length=400, blank=True, help_text=_("Two sentences for result cards.")
    )
    bio = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link", "ul"])
    topics = ParentalManyToManyField("mediacenter.Topic", verbose_name=_("topics"), blank=True)
    keywords = models.TextField(
        _("keywords"), blank=True, help_text=_("Comma-separated: what the expert can speak on.")
    )
    languages = ChoiceListField(_("interview languages"), choices=INTERVIEW_LANGUAGES)
    media_formats = ChoiceListField(_("media formats"), choices=MediaFormat.choices)
    media_trained = models.BooleanField(_("media-trained"), default=False)
    availability = models.CharField(
        _("availability"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.AVAILABLE,
        db_index=True,
    )
    away_until = models.DateField(_("away until"), null=True, blank=True)
    declaration_of_interests = models.TextField(
        _("declaration of interests"),
        blank=True,
        help_text=_(
            "Funding, employment, shareholdings and anything else that bears on the expert's "
            "comments. Write “None” when the expert declares none."
        ),
    )
    interests_declared_on = models.DateField(_("interests declared on"), null=True, blank=True)
    external_id = models.CharField(
        _("external ID"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The expert's ID in the spreadsheet it was imported from."),
    )

    objects = ExpertPageManager()

    content_panels = [
        MultiFieldPanel(
            [
                FieldPanel("honorific"),
                FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                FieldPanel("position"),
                FieldPanel("organisation"),
                FieldPanel("city"),
            ],
            heading=_("Name and affiliation"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_credit")], heading=_("Photo")),
        FieldPanel("short_bio"),
        FieldPanel("bio"),
        MultiFieldPanel([FieldPanel("topics"), FieldPanel("keywords")], heading=_("Expertise")),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("media_formats"),
                FieldPanel("media_trained"),
                FieldRowPanel([FieldPanel("availability"), FieldPanel("away_until")]),
            ],
            heading=_("Working with the media"),
        ),
        InlinePanel("links", label=_("Links")),
        MultiFieldPanel(
            [FieldPanel("declaration_of_interests"), FieldPanel("interests_declared_on")],
            heading=_("Declaration of interests"),
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("external_id")]

    # Contact details are not here on purpose: the index must never hold them.
    search_fields = Page.search_fields + [
        index.SearchField("first_name", boost=4),
        index.SearchField("last_name", boost=4),
        index.AutocompleteField("first_name"),
        index.AutocompleteField("last_name"),
        index.SearchField("position", boost=1.5),
        index.SearchField("keywords", boost=2),
        index.SearchField("short_bio"),
        index.SearchField("bio"),
        index.SearchField("city"),
        index.RelatedFields(
            "topics",
            [
                index.SearchField("name", boost=3),
                index.SearchField("synonyms", boost=2),
            ],
        ),
        index.RelatedFields("organisation", [index.SearchField("name", boost=1.5)]),
        # For the database backend (the engine has the directory index): every spelling of the
        # names and words, and the topics' names in every language.
        index.SearchField("search_skeleton"),
        index.SearchField("search_topic_names", boost=2),
        index.FilterField("availability"),
        index.FilterField("city"),
        index.FilterField("media_trained"),
        index.FilterField("last_name"),
    ]
    api_fields = [
        APIField("honorific"),
        APIField("first_name"),
        APIField("last_name"),
        APIField("position"),
        APIField("organisation"),
        APIField("city"),
        APIField("short_bio"),
        APIField("topics"),
        APIField("languages"),
        APIField("media_formats"),
        APIField("availability"),
        APIField("away_until"),
    ]

    parent_page_types = ["experts.ExpertIndexPage"]
    subpage_types: list[str] = []
    template = "experts/expert_page.html"

    class Meta:
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self) -> str:
        return self.full_name

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def full_name(self) -> str:
        """The name as a journalist would print it: honorific, first and last name."""
        return " ".join(part for part in (self.honorific, self.first_name, self.last_name) if part)

    def search_topic_names(self) -> str:
        """The names of this profile's topics in every language, so a query in either language
        finds a profile that exists in one."""
        from mediacenter.models import Topic

        keys = [topic.translation_key for topic in self.topics.all()]
        return " ".join(
            Topic.objects.filter(translation_key__in=keys).values_list("name", flat=True)
        )

    def search_skeleton(self) -> str:
        """Names, position, keywords, city, organisation and topics as Latin skeletons."""
        from search.normalize import fold

        organisation = self.organisation.name if self.organisation_id else ""
        parts = [self.full_name, self.position, self.keywords, self.city, self.short_bio]
        return fold(" ".join([*parts, organisation, self.search_topic_names()]))

    def full_clean(self, *args, **kwargs):
        # The page title is the expert's name; editors type the name once, in its own fields.
        if self.first_name or self.last_name:
            self.title = self.full_name
        super().full_clean(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from experts.profile import profile_context  # it imports this module

        context = super().get_context(request, *args, **kwargs)
        context.update(profile_context(self, request))
        return context

    def current_availability(self, today: datetime.date | None = None) -> str:
        """Availability as of today: "away" ends by itself once the away-until date has passed."""
        today = today or timezone.localdate()
        if self.availability == Availability.AWAY and self.away_until and self.away_until < today:
            return Availability.AVAILABLE
        return self.availability

    @property
    def availability_label(self) -> str:
        return Availability(self.current_availability()).label

    @property
    def keyword_list(self) -> list[str]:
        return [word.strip() for word in self.keywords.split(",") if word.strip()]

    @property
    def language_labels(self) -> list[str]:
        labels = dict(INTERVIEW_LANGUAGES)
        return [str(labels[code]) for code in self.languages if code in labels]

    @property
    def media_format_labels(self) -> list[str]:
        return [
            str(MediaFormat(code).label)
            for code in self.media_formats
            if code in MediaFormat.values
        ]


class ExpertLink(Orderable):
    """A link on a profile: ORCID iD, publications, a lab or personal website."""

    class Kind(models.TextChoices):
        ORCID = "orcid", _("ORCID iD")
        PUBLICATIONS = "publications", _("Publications")
        WEBSITE = "website", _("Website")
        OTHER = "other", _("Other")

    page = ParentalKey(ExpertPage, on_delete=models.CASCADE, related_name="links")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WEBSITE)
    url = models.URLField(_("URL"), max_length=500)
    label = models.CharField(_("label"), max_length=120, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("url"), FieldPanel("label")]

    @classmethod
    def kind_for_url(cls, url: str) -> str:
        if "orcid.org/" in url:
            return cls.Kind.ORCID
        if any(host in url for host in ("pubmed", "scholar.google", "researchgate", "scopus")):
            return cls.Kind.PUBLICATIONS
        return cls.Kind.WEBSITE

    @property
    def display_label(self) -> str:
        return self.label or str(self.Kind(self.kind).label)
