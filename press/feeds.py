"""RSS 2.0 and Atom 1.0 feeds of the newsroom (all items or one topic) and of events, per language.

Every feed lists only what the public may see in the active language: released press items
(embargoed ones appear the moment their embargo lifts) and live events. Items carry a GUID made
from the page id, so renaming or moving a page never makes a reader show it twice.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import formats, timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from mediacenter.models import OrganisationSettings, Topic, localized_instances
from mediacenter.seo import (
    absolutize_html,
    page_description,
    plain_text,
    share_image,
    share_renditions_prefetch,
)
from press.ical import build_calendar, calendar_response
from press.models import EventIndexPage, EventPage, PressIndexPage, PressReleasePage

CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
# RFC 4151 tag URIs: the authority and date are fixed forever, whatever the site's host becomes.
GUID_PREFIX = "tag:mediacenter.biocluster.bg,2025:"
PRESS_ITEMS = 30
EVENT_ITEMS = 50
RECENT_EVENTS = datetime.timedelta(days=90)


def item_guid(page: Page) -> str:
    return f"{GUID_PREFIX}{page._meta.model_name}/{page.pk}"


# --- generators: plain-text summary plus the full body as HTML ------------------------------


class ContentRss201Feed(Rss201rev2Feed):
    """RSS 2.0 with the body in <content:encoded>; <description> holds the plain-text summary."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_NS}

    def add_item_elements(self, handler, item):
        # RSS readers treat <description> as HTML: escape the plain text so "<" stays a character.
        description = item["description"]
        super().add_item_elements(
            handler, {**item, "description": escape(description) if description else None}
        )
        if item.get("content"):
            handler.addQuickElement("content:encoded", item["content"])


class ContentAtom1Feed(Atom1Feed):
    """Atom 1.0 with <summary type="text"> and <content type="html">."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"]:
            handler.addQuickElement("summary", item["description"], {"type": "text"})
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


# --- what a feed is built from ----------------------------------------------------------------


@dataclass
class FeedSource:
    """The request-bound facts of one feed: language, site settings and (for topic feeds) topic."""

    request: HttpRequest
    locale: Locale
    organisation: OrganisationSettings
    topic: Topic | None = None


@dataclass
class FeedEntry:
    """One item, with everything the feed needs computed up front (absolute URLs, topics)."""

    page: Page
    link: str
    summary: str
    content: str
    pubdate: datetime.datetime
    updated: datetime.datetime
    categories: list[str] = field(default_factory=list)
    enclosure: Enclosure | None = None


def _localized_topic_names(pages: list[Page]) -> dict[int, list[str]]:
    """Each page's topic names in the active language, with one query for the lot."""
    per_page = [(page.pk, list(page.topics.all())) for page in pages]
    localized = iter(localized_instances([topic for _pk, topics in per_page for topic in topics]))
    # dict.fromkeys: a page linked to two translations of one topic names it once.
    return {
        pk: list(dict.fromkeys(next(localized).name for _topic in topics))
        for pk, topics in per_page
    }


def _with_feed_prefetches(queryset):
    """Topics and the share-size rendition of the featured image, replacing any listing prefetches."""
    return queryset.prefetch_related(None).prefetch_related(
        "topics", share_renditions_prefetch("featured_image")
    )


def _enclosure(image, request: HttpRequest) -> Enclosure | None:
    shared = share_image(image, request)
    if shared is None or shared.length is None:
        return None
    return Enclosure(url=shared.url, length=str(shared.length), mime_type=shared.mime_type)


def _body_html(page: Page, request: HttpRequest) -> str:
    return absolutize_html(str(page.body), request) if page.body else ""


def _index_url(model: type[Page], source: FeedSource) -> str:
    index = model.objects.live().filter(locale=source.locale).first()
    return index.get_url(source.request) if index else f"/{source.locale.language_code}/"


class PageFeed(Feed):
    """Shared plumbing: request-bound source, items as FeedEntry, RSS with content:encoded."""

    feed_type = ContentRss201Feed
    item_guid_is_permalink = False
    limit = PRESS_ITEMS
    feed_name = ""  # part of the feed's own id: tag:…:feeds/<language>/<feed_name>

    def get_object(self, request: HttpRequest, *args, **kwargs) -> FeedSource:
        return FeedSource(
            request=request,
            locale=Locale.get_active(),
            organisation=OrganisationSettings.for_request(request),
        )

    def items(self, source: FeedSource) -> list[FeedEntry]:
        pages = list(self.pages(source)[: self.limit])
        topic_names = _localized_topic_names(pages)
        return [self.entry(page, source, topic_names[page.pk]) for page in pages]

    def pages(self, source: FeedSource):
        """The pages to list, as a queryset (the feed takes the first `limit`)."""
        raise NotImplementedError

    def entry(self, page: Page, source: FeedSource, categories: list[str]) -> FeedEntry:
        raise NotImplementedError

    def feed_guid(self, source: FeedSource) -> str:
        return f"{GUID_PREFIX}feeds/{source.locale.language_code}/{self.feed_name}"

    def author_name(self, source: FeedSource) -> str:
        return source.organisation.name

    def author_link(self, source: FeedSource) -> str:
        return source.organisation.url

    def feed_copyright(self, source: FeedSource) -> str:
        return f"© {source.organisation.name}"

    def item_title(self, entry: FeedEntry) -> str:
        return entry.page.title

    def item_link(self, entry: FeedEntry) -> str:
        return entry.link

    def item_guid(self, entry: FeedEntry) -> str:
        return item_guid(entry.page)

    def item_description(self, entry: FeedEntry) -> str:
        return entry.summary

    def item_pubdate(self, entry: FeedEntry) -> datetime.datetime:
        return entry.pubdate

    def item_updateddate(self, entry: FeedEntry) -> datetime.datetime:
        return entry.updated

    def item_categories(self, entry: FeedEntry) -> list[str]:
        return entry.categories

    def item_enclosures(self, entry: FeedEntry) -> list[Enclosure]:
        return [entry.enclosure] if entry.enclosure else []

    def item_extra_kwargs(self, entry: FeedEntry) -> dict:
        return {"content": entry.content}


# --- press ------------------------------------------------------------------------------------


class PressFeed(PageFeed):
    """Every released press item of the active language, newest first."""

    feed_name = "press"

    def title(self, source: FeedSource) -> str:
        return gettext("Media Center: press releases")

    def description(self, source: FeedSource) -> str:
        return gettext(
            "Press releases, news, interviews and statements of the Health & Life Sciences "
            "Cluster Bulgaria."
        )

    def subtitle(self, source: FeedSource) -> str:
        return self.description(source)

    def link(self, source: FeedSource) -> str:
        return _index_url(PressIndexPage, source)

    def pages(self, source: FeedSource):
        return _with_feed_prefetches(
            PressReleasePage.objects.for_listing(source.locale).select_related("locale")
        )

    def entry(self, page: Page, source: FeedSource, categories: list[str]) -> FeedEntry:
        request = source.request
        body = _body_html(page, request)
        return FeedEntry(
            page=page,
            link=request.build_absolute_uri(page.get_url(request)),
            summary=page.lead or plain_text(body),
            content=body,
            pubdate=page.publication_date,
            updated=page.last_published_at or page.publication_date,
            categories=categories,
            enclosure=_enclosure(page.featured_image, request),
        )


class PressAtomFeed(PressFeed):
    feed_type = ContentAtom1Feed


class TopicPressFeed(PressFeed):
    """Released press items of the active language on one topic (slugs are shared by languages)."""

    def get_object(self, request: HttpRequest, slug: str) -> FeedSource:
        source = super().get_object(request)
        topic = (
            Topic.objects.filter(slug=slug, locale=source.locale).first()
            or Topic.objects.filter(slug=slug).first()
        )
        if topic is None:
            raise Http404("No such topic.")
        source.topic = localized_instances([topic])[0]
        return source

    def feed_guid(self, source: FeedSource) -> str:
        return f"{super().feed_guid(source)}/{source.topic.slug}"

    def title(self, source: FeedSource) -> str:
        return gettext("Media Center: press releases on %(topic)s") % {"topic": source.topic.name}

    def description(self, source: FeedSource) -> str:
        return source.topic.description or super().description(source)

    def link(self, source: FeedSource) -> str:
        """The topic's hub where the language has one, else the newsroom filtered by the topic."""
        from mediacenter.topic_hubs import topic_index_page  # it imports this app's models

        index = topic_index_page(source.locale)
        if index is not None:
            return source.request.build_absolute_uri(index.hub_url(source.topic, source.request))
        return f"{super().link(source)}?topic={source.topic.slug}"

    def pages(self, source: FeedSource):
        # A page of either language may point at any translation of the topic.
        tagged = PressReleasePage.topics.through.objects.filter(
            topic__translation_key=source.topic.translation_key
        ).values("pressreleasepage_id")
        return super().pages(source).filter(pk__in=tagged)


class TopicPressAtomFeed(TopicPressFeed):
    feed_type = ContentAtom1Feed


# --- events -----------------------------------------------------------------------------------


def calendar_events(locale: Locale):
    """Live events of one language that have not ended, or ended in the last three months."""
    return _with_feed_prefetches(
        EventPage.objects.for_listing(locale)
        .filter(end__gte=timezone.now() - RECENT_EVENTS)
        .select_related("locale")
        .order_by("start")
    )


def _event_when_where(event: EventPage) -> str:
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    when = formats.date_format(start, "DATETIME_FORMAT")
    if end.date() == start.date():
        when += f"–{formats.time_format(end, 'TIME_FORMAT')}"
    else:
        when += f" – {formats.date_format(end, 'DATETIME_FORMAT')}"
    where = ", ".join(part for part in (event.venue, event.city) if part)
    if event.online_url:
        where = f"{where} + {gettext('online')}" if where else gettext("online")
    return f"{when} · {where}" if where else when


class EventFeed(PageFeed):
    """Upcoming and recent events of the active language."""

    limit = EVENT_ITEMS
    feed_name = "events"

    def title(self, source: FeedSource) -> str:
        return gettext("Media Center: events")

    def description(self, source: FeedSource) -> str:
        return gettext(
            "Conferences, info days and webinars of the Health & Life Sciences Cluster Bulgaria."
        )

    def subtitle(self, source: FeedSource) -> str:
        return self.description(source)

    def link(self, source: FeedSource) -> str:
        return _index_url(EventIndexPage, source)

    def pages(self, source: FeedSource):
        return calendar_events(source.locale)

    def entry(self, page: Page, source: FeedSource, categories: list[str]) -> FeedEntry:
        request = source.request
        body = _body_html(page, request)
        published = page.first_published_at or page.last_published_at or page.start
        return FeedEntry(
            page=page,
            link=request.build_absolute_uri(page.get_url(request)),
            summary=f"{_event_when_where(page)}. {page.lead or page_description(page)}",
            content=body,
            pubdate=published,
            updated=page.last_published_at or published,
            categories=categories,
            enclosure=_enclosure(page.featured_image, request),
        )


class EventAtomFeed(EventFeed):
    feed_type = ContentAtom1Feed


def events_calendar(request: HttpRequest) -> HttpResponse:
    """The events feed as iCalendar, for subscribing from a calendar application."""
    locale = Locale.get_active()
    calendar = build_calendar(
        calendar_events(locale), request, name=gettext("Media Center: events")
    )
    return calendar_response(calendar, f"events-{locale.language_code}.ics")
