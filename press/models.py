"""The newsroom: press releases and news, events, the media kit and press contacts."""

from __future__ import annotations

import datetime
import os

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager, TranslatableMixin
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from mediacenter.blocks import BodyBlock
from mediacenter.models import Topic, localized_instances
from press.listing import (
    CARD_IMAGE_SPEC,
    PREVIEW_IMAGE_SPEC,
    attach_localized_topics,
    paginate,
    prefetch_body_renditions,
    prefetch_renditions,
    unique_by_translation,
)

EMBARGO_PERMISSION = "press.view_embargoed_pressreleasepage"


class PressContact(TranslatableMixin, models.Model):
    """A cluster press officer. Public by design: journalists are meant to call them."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("photo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


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


class PressReleasePage(Page):
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
            [FieldPanel("topics"), FieldPanel("organisations"), FieldPanel("press_contact")],
            heading=_("Related"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("funders"),
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
        context["topics"] = unique_by_translation(localized_instances(self.topics.all()))
        context["organisations"] = unique_by_translation(
            localized_instances(self.organisations.all())
        )
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


class PressIndexPage(Page):
    """The newsroom: every released item of one language, filterable and paginated."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["mediacenter.HomePage"]
    subpage_types = ["press.PressReleasePage"]
    max_count_per_parent = 1
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


class EventQuerySet(PageQuerySet):
    def for_listing(self, locale: Locale | None = None) -> EventQuerySet:
        return (
            self.live()
            .filter(locale=locale or Locale.get_active())
            .select_related("featured_image")
            .prefetch_related("topics")
        )

    def upcoming(self, locale: Locale | None = None) -> EventQuerySet:
        return self.for_listing(locale).filter(end__gte=timezone.now()).order_by("start")

    def past(self, locale: Locale | None = None) -> EventQuerySet:
        return self.for_listing(locale).filter(end__lt=timezone.now()).order_by("-start")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventPage(RoutablePageMixin, Page):
    """A conference, info day or webinar; times are entered and shown in Europe/Sofia."""

    lead = models.TextField(_("lead"), blank=True)
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(_("ends"), db_index=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ParentalManyToManyField("mediacenter.Topic", verbose_name=_("topics"), blank=True)
    organisations = ParentalManyToManyField(
        "experts.Organisation", verbose_name=_("organisers and partners"), blank=True
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = EventManager()

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("city"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("registration_url"),
        FieldPanel("lead"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        FieldPanel("topics"),
        FieldPanel("organisations"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.RelatedFields("topics", [index.SearchField("name"), index.SearchField("synonyms")]),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    api_fields = [
        APIField("lead"),
        APIField("start"),
        APIField("end"),
        APIField("venue"),
        APIField("city"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("body"),
        APIField("topics"),
    ]

    parent_page_types = ["press.EventIndexPage"]
    subpage_types: list[str] = []
    template = "press/event_page.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = unique_by_translation(localized_instances(self.topics.all()))
        context["organisations"] = unique_by_translation(
            localized_instances(self.organisations.all())
        )
        context["is_past"] = self.end < timezone.now()
        prefetch_body_renditions(self.body)
        return context

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if not (self.venue or self.city or self.online_url):
            raise ValidationError({"venue": _("Give a venue, a city or an online link.")})

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.venue

    @path("")
    def event(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics(self, request):
        """This one event as an .ics file, for a journalist's calendar."""
        from press.ical import build_calendar, calendar_response

        calendar = build_calendar([self], request, name=self.title)
        return calendar_response(calendar, f"{self.slug}.ics")


class EventIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["mediacenter.HomePage"]
    subpage_types = ["press.EventPage"]
    max_count_per_parent = 1
    template = "press/event_index_page.html"

    class Meta:
        verbose_name = _("event index")

    per_page = 12

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.child_of(self)
        past = paginate(request, events.past(self.locale), self.per_page)
        context.update(
            upcoming=attach_localized_topics(events.upcoming(self.locale)),
            past=past,
            past_events=attach_localized_topics(past.object_list),
        )
        return context


class MediaKitPage(RoutablePageMixin, Page):
    """Logos, photos and fact sheets journalists may use, with credit and licence."""

    intro = models.TextField(_("introduction"), blank=True)
    press_contacts = ParentalManyToManyField(
        PressContact, verbose_name=_("press contacts"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("assets", label=_("Assets")),
        FieldPanel("press_contacts"),
    ]
    parent_page_types = ["mediacenter.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "press/media_kit_page.html"

    class Meta:
        verbose_name = _("media kit")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        assets = list(
            self.assets.select_related("image", "document").prefetch_related(
                prefetch_renditions(PREVIEW_IMAGE_SPEC, through="image")
            )
        )
        context["asset_groups"] = [
            (heading, group)
            for kind, heading in MediaKitAsset.GROUP_HEADINGS.items()
            if (group := [asset for asset in assets if asset.kind == kind])
        ]
        context["press_contacts"] = unique_by_translation(
            localized_instances(self.press_contacts.all())
        )
        return context

    @path("download/<int:asset_id>/", name="download")
    def download(self, request, asset_id: int):
        """The asset's original file as a download, under its own file name."""
        asset = get_object_or_404(self.assets.select_related("image", "document"), pk=asset_id)
        try:
            handle = asset.file.open("rb")
        except (FileNotFoundError, ValueError) as e:
            raise Http404 from e
        return FileResponse(handle, as_attachment=True, filename=asset.download_filename)


class MediaKitAsset(TranslatableMixin, Orderable):
    """One downloadable file of the media kit: an image (logo, photo) or a document (fact sheet)."""

    class Kind(models.TextChoices):
        LOGO = "logo", _("Logo")
        PHOTO = "photo", _("Photo")
        FACT_SHEET = "fact_sheet", _("Fact sheet")

    # Headings of the media kit's sections, in the order they are shown.
    GROUP_HEADINGS = {
        Kind.LOGO: _("Logos"),
        Kind.PHOTO: _("Photos"),
        Kind.FACT_SHEET: _("Fact sheets"),
    }

    page = ParentalKey(MediaKitPage, related_name="assets", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    licence = models.CharField(_("licence"), max_length=200, default="CC BY 4.0")

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("image"),
        FieldPanel("document"),
        FieldPanel("credit"),
        FieldPanel("licence"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("media kit asset")
        verbose_name_plural = _("media kit assets")

    def clean(self):
        super().clean()
        if bool(self.image_id) == bool(self.document_id):
            raise ValidationError(_("Choose either an image or a document."))

    @property
    def file(self):
        return self.image.file if self.image_id else self.document.file

    @property
    def download_filename(self) -> str:
        """A file name a journalist recognises: the asset's title, with the file's extension."""
        stem, extension = os.path.splitext(os.path.basename(self.file.name))
        return f"{slugify(self.title, allow_unicode=True) or stem}{extension.lower()}"

    @property
    def file_format(self) -> str:
        """The file's extension in capitals (PNG, SVG, PDF), for the download label."""
        return os.path.splitext(self.file.name)[1].lstrip(".").upper()

    @property
    def file_size(self) -> int | None:
        """Bytes, as recorded at upload; else read from storage (files added outside the admin)."""
        obj = self.image if self.image_id else self.document
        if obj.file_size is not None:
            return obj.file_size
        try:
            return obj.file.size
        except (OSError, ValueError):
            return None
