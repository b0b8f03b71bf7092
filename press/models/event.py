"""Events (times in Europe/Sofia) and their index; an .ics per event."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, PageManager
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from mediacenter.blocks import BodyBlock
from mediacenter.models import LocalizedTopicsMixin, SectionPage
from press.listing import (
    attach_localized_topics,
    localized_related,
    paginate,
    prefetch_body_renditions,
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


class EventPage(LocalizedTopicsMixin, RoutablePageMixin, Page):
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

    def search_skeleton(self) -> str:
        """The title and lead as Latin skeletons, so "Eskenazi" finds "Ескенази" (search.normalize)."""
        from search.normalize import fold

        return fold(" ".join(filter(None, (self.title, self.lead, self.venue, self.city))))

    search_fields = Page.search_fields + [
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.SearchField("search_skeleton"),
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
        context["topics"] = self.localized_topics
        context["organisations"] = localized_related(self.organisations)
        context["is_past"] = self.end < timezone.now()
        prefetch_body_renditions(self.body)
        return context

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if not (self.venue or self.city or self.online_url):
            raise ValidationError({"venue": _("Give a venue, a city or an online link.")})

    @path("")
    def event(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics(self, request):
        """This one event as an .ics file, for a journalist's calendar."""
        from press.ical import build_calendar, calendar_response

        calendar = build_calendar([self], request, name=self.title)
        return calendar_response(calendar, f"{self.slug}.ics")


class EventIndexPage(SectionPage):
    subpage_types = ["press.EventPage"]
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
