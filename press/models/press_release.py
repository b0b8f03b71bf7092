"""Press releases and the newsroom index, with the embargo rule."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageManager
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from mediacenter.blocks import BodyBlock
from mediacenter.models import (
    LocalizedTopicsMixin,
    SectionPage,
    Topic,
    localized_instances,
)
from press.listing import (
    CARD_IMAGE_SPEC,
    attach_localized_topics,
    localized_related,
    paginate,
    prefetch_body_renditions,
    prefetch_renditions,
    unique_by_translation,
)
from press.models.press_contact import PressContact

EMBARGO_PERMISSION = "press.view_embargoed_pressreleasepage"


class PressReleaseQuerySet(PageQuerySet):
    def released(self, at: datetime.datetime | None = None) -> PressReleaseQuerySet:
        """Live items whose embargo (if any) has lifted: what the public may see."""
        at = at or timezone.now()
        return self.live().filter(Q(embargo_until__isnull=True) | Q(embargo_until__lte=at))

    def embargoed(self, at: datetime.datetime | None = None) -> PressReleaseQuerySet:
        return self.filter(embargo_until__gt=at or timezone.now())

    def for_listing(self, locale: Locale | None = None) -> PressReleaseQuerySet:
        """Released items of one language, newest first, with what a card shows fetched up front."""
        qs = self.released().filter(locale=locale or Locale.get_active())
        return (
            qs.order_by("-publication_date", "-pk")
            .select_related("featured_image")
            .prefetch_related(
                "topics", prefetch_renditions(CARD_IMAGE_SPEC, through="featured_image")
            )
        )


PressReleaseManager = PageManager.from_queryset(PressReleaseQuerySet)


class PressReleasePage(LocalizedTopicsMixin, Page):
    """A press release, news item, interview, statement or announcement."""

    class Kind(models.TextChoices):
        PRESS_RELEASE = "press_release", _("Press release")
        NEWS = "news", _("News")
        INTERVIEW = "interview", _("Interview")
        STATEMENT = "statement", _("Statement")
        ANNOUNCEMENT = "announcement", _("Announcement")

    class Evidence(models.TextChoices):
        PEER_REVIEWED = "peer_reviewed", _("Peer-reviewed study")
        PREPRINT = "preprint", _("Preprint")
        CONFERENCE = "conference", _("Conference talk")
        NOT_RESEARCH = "not_research", _("Not research")

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.PRESS_RELEASE, db_index=True
    )
    lead = models.TextField(_("lead"), help_text=_("One or two sentences: who, what, when."))
    publication_date = models.DateTimeField(_("publication date"), default=timezone.now)
    evidence = models.CharField(
        _("evidence label"),
        max_length=20,
        choices=Evidence.choices,
        default=Evidence.NOT_RESEARCH,
        help_text=_("For research news: what kind of evidence the story rests on."),
    )
    funders = models.CharField(_("funders"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField("mediacenter.Topic", verbose_name=_("topics"), blank=True)
    organisations = ParentalManyToManyField(
        "experts.Organisation", verbose_name=_("organisations"), blank=True
    )
    related_experts = ParentalManyToManyField(
        "experts.ExpertPage",
        verbose_name=_("related experts"),
        blank=True,
        related_name="related_press",
        help_text=_("Experts who can comment on this story; their profiles link back to it."),
    )
    press_contact = models.ForeignKey(
        PressContact,
        verbose_name=_("press contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Until this moment the item is hidden from the public: page, lists, search, feeds, "
            "sitemap and API."
        ),
    )

    objects = PressReleaseManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("publication_date"), FieldPanel("embargo_until")],
            heading=_("Publication"),
        ),
        FieldPanel("lead"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("evidence"), FieldPanel("funders")], heading=_("Research and funding")
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("organisations"),
                FieldPanel("related_experts"),
                FieldPanel("press_contact"),
            ],
            heading=_("Related"),
        ),
    ]

    def search_skeleton(self) -> str:
        """The title and lead as Latin skeletons, so "Eskenazi" finds "Ескенази" (search.normalize)."""
        from search.normalize import fold

        return fold(" ".join(filter(None, (self.title, self.lead))))

    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("funders"),
        index.SearchField("search_skeleton"),
        index.AutocompleteField("lead"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("synonyms")]),
        index.RelatedFields("organisations", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("publication_date"),
        index.FilterField("embargo_until"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("lead"),
        APIField("publication_date"),
        APIField("evidence"),
        APIField("funders"),
        APIField("body"),
        APIField("topics"),
        APIField("organisations"),
        APIField("press_contact"),
        APIField("featured_image"),
    ]

    parent_page_types = ["press.PressIndexPage"]
    subpage_types: list[str] = []
    template = "press/press_release_page.html"

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
        permissions = [("view_embargoed_pressreleasepage", "Can see embargoed press releases")]

    def is_embargoed(self, at: datetime.datetime | None = None) -> bool:
        return bool(self.embargo_until and self.embargo_until > (at or timezone.now()))

    @property
    def is_research(self) -> bool:
        """Research news carries an evidence label (peer-reviewed, preprint, conference)."""
        return bool(self.evidence) and self.evidence != self.Evidence.NOT_RESEARCH

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Snippets linked from a translated page are the original language's rows: show ours.
        context["topics"] = self.localized_topics
        context["organisations"] = localized_related(self.organisations)
        contact = self.press_contact
        context["press_contact"] = localized_instances([contact])[0] if contact else None
        context["press_index_url"] = self.get_parent().get_url(request)
        context["is_embargoed"] = self.is_embargoed()
        prefetch_body_renditions(self.body)
        return context

    def serve(self, request, *args, **kwargs):
        if self.is_embargoed() and not request.user.has_perm(EMBARGO_PERMISSION):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return [] if self.is_embargoed() else super().get_sitemap_urls(request)


class PressIndexPage(SectionPage):
    """The newsroom: every released item of one language, filterable and paginated."""

    subpage_types = ["press.PressReleasePage"]
    template = "press/press_index_page.html"

    class Meta:
        verbose_name = _("press index")

    per_page = 12

    def get_context(self, request, *args, **kwargs):
        from press.forms import PressFilterForm  # the form imports this module

        context = super().get_context(request, *args, **kwargs)
        items = PressReleasePage.objects.child_of(self).for_listing(self.locale)
        form = PressFilterForm(
            request.GET, topics=self.topics_in_use(items), years=self.years_in_use(items)
        )
        page_obj = paginate(request, form.filter(items), self.per_page)
        context.update(
            filter_form=form,
            is_filtered=bool(form.filters),
            page_obj=page_obj,
            items=attach_localized_topics(page_obj.object_list),
        )
        return context

    @staticmethod
    def years_in_use(items: PressReleaseQuerySet) -> list[int]:
        """Years (in Sofia time) that have released items, newest first: the year filter's options."""
        dates = items.prefetch_related(None).datetimes("publication_date", "year", order="DESC")
        return [date.year for date in dates]

    @staticmethod
    def topics_in_use(items: PressReleaseQuerySet) -> list[Topic]:
        """Topics of released items in the active language, by name: the topic filter's options."""
        links = PressReleasePage.topics.through.objects.filter(
            pressreleasepage__in=items.values("pk")
        )
        used = Topic.objects.filter(pk__in=links.values("topic_id"))
        return sorted(
            unique_by_translation(localized_instances(used)), key=lambda topic: topic.name.lower()
        )
