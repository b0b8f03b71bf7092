"""Partners' news on our pages: the "Partner news" section and topic hubs.

Items come from the partners' feeds (press.partner_feeds). They are never the cluster's own press:
they have no pages of their own, stay out of the newsroom, our feeds and the sitemap, and every
listing names the partner and links out to the partner's page.
"""

from __future__ import annotations

import re

from django.db.models import CharField, F, QuerySet, Value
from django.db.models.functions import Coalesce, Concat, Left, NullIf, StrIndex, Substr
from django.http import HttpRequest
from wagtail.models import Locale

from mediacenter.models import Topic, localized_instances, tagged_with, unique_by_translation
from press.listing import paginate
from press.models import PartnerFeed, PartnerNewsItem

PER_PAGE = 20
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")


def _feed_site():
    """SQL for the site of a feed's URL ("https://www.cebr.net/feed/" → "https://www.cebr.net/")."""
    after_scheme = StrIndex("feed__url", Value("://"))
    rest = Concat(Substr("feed__url", after_scheme + 3), Value("/"), output_field=CharField())
    return Left("feed__url", after_scheme + 2 + StrIndex(rest, Value("/")))


def partner_news_for(locale: Locale, topic: Topic | None = None) -> QuerySet[PartnerNewsItem]:
    """Items of the active feeds in the locale's language, newest first, optionally on one topic
    (any translation of it), in one query: `item.feed` is selected and `item.source_url` is the
    partner's website, else its feed's site."""
    feeds = PartnerFeed.objects.filter(active=True, language=locale.language_code)
    if topic is not None:
        feeds = tagged_with(feeds, topic)
    return (
        PartnerNewsItem.objects.filter(feed__in=feeds)
        .select_related("feed")
        .annotate(
            source_url=Coalesce(NullIf(F("feed__website"), Value("")), _feed_site()),
        )
        .order_by("-published_at", "-pk")
    )


def topics_in_use(locale: Locale) -> list[Topic]:
    """Topics of the active feeds of the locale's language, in the active language, by name."""
    links = PartnerFeed.topics.through.objects.filter(
        partnerfeed__active=True, partnerfeed__language=locale.language_code
    )
    used = Topic.objects.filter(pk__in=links.values("topic_id"))
    return sorted(
        unique_by_translation(localized_instances(used)), key=lambda topic: topic.name.lower()
    )


def _topic_for_slug(slug: str, topics: list[Topic], locale: Locale) -> Topic | None:
    """The topic of a ?topic= slug (slugs are shared by translations), or None if there is none."""
    for topic in topics:
        if topic.slug == slug:
            return topic
    if not SLUG.match(slug):
        return None
    candidates = list(Topic.objects.filter(slug=slug))
    for topic in candidates:
        if topic.locale_id == locale.pk:
            return topic
    return candidates[0] if candidates else None


def partner_news_context(page, request: HttpRequest, context: dict) -> dict:
    """The context of a PartnerNewsIndexPage: one page of its language's items, filtered by
    ?topic=<slug>. An unknown topic shows everything and says so, never an error."""
    topics = topics_in_use(page.locale)
    slug = request.GET.get("topic", "").strip()
    topic = _topic_for_slug(slug, topics, page.locale) if slug else None
    page_obj = paginate(request, partner_news_for(page.locale, topic), PER_PAGE)
    context.update(
        topics=topics,
        selected_topic=topic,
        unknown_topic=slug if slug and topic is None else "",
        page_obj=page_obj,
        items=list(page_obj.object_list),
    )
    return context
