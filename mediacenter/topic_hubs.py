"""What topic hubs, explainers and glossary terms show, each in a fixed number of queries
whatever the number of items (no query per card).

Pages may point at any language's version of a topic or an expert (wagtail-localize copies links
as they are), so everything here matches topics by translation_key and shows each expert once, in
the page's language when the profile has that translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from wagtail.models import Locale

from experts.models import Availability, ExpertIndexPage, ExpertPage
from experts.profile import expert_cards
from mediacenter.alphabet import sort_key
from mediacenter.models import (
    ExplainerPage,
    FactSheetPage,
    GlossaryTermPage,
    Topic,
    TopicIndexPage,
    tagged_with,
)
from mediacenter.sitemaps import alternate_links
from press.listing import attach_localized_topics, prefetch_body_renditions
from press.models import EventPage, PressReleasePage
from press.partner_news import partner_news_for

HUB_EXPERTS = 8
HUB_PRESS = 6
HUB_EVENTS = 4
HUB_PARTNER_NEWS = 4
TERM_EXPLAINERS = 6


@dataclass
class TopicRow:
    """One line of the topics index: a topic, its hub and how much it gathers."""

    topic: Topic
    url: str
    explainers: int
    terms: int
    experts: int
    press: int

    @property
    def total(self) -> int:
        return self.explainers + self.terms + self.experts + self.press


def _counts_by_topic(queryset: QuerySet) -> dict:
    """translation_key of a topic → number of items of the queryset tagged with it; items are
    counted once per translation (a profile in two languages is one expert)."""
    model = queryset.model
    column = f"{model._meta.model_name}_id"
    links = model.topics.through.objects.filter(**{f"{column}__in": queryset.values("pk")})
    rows = links.values("topic__translation_key").annotate(
        n=Count(f"{model._meta.model_name}__translation_key", distinct=True)
    )
    return {row["topic__translation_key"]: row["n"] for row in rows}


def live_public(model, locale: Locale | None = None) -> QuerySet:
    queryset = model.objects.live().public()
    return queryset.filter(locale=locale) if locale else queryset


def topic_index_page(locale: Locale) -> TopicIndexPage | None:
    return TopicIndexPage.objects.live().filter(locale=locale).first()


def topic_counts(locale: Locale) -> list[TopicRow]:
    """Every topic of a language, in its alphabetical order, with the number of live explainers,
    glossary terms, experts (any language) and released press items tagged with it."""
    index = topic_index_page(locale)
    base_url = index.url if index else ""
    explainers = _counts_by_topic(live_public(ExplainerPage, locale))
    terms = _counts_by_topic(live_public(GlossaryTermPage, locale))
    experts = _counts_by_topic(live_public(ExpertPage))
    press = _counts_by_topic(PressReleasePage.objects.released().filter(locale=locale))
    topics = sorted(
        Topic.objects.filter(locale=locale),
        key=lambda topic: sort_key(topic.name, locale.language_code),
    )
    return [
        TopicRow(
            topic=topic,
            url=f"{base_url}{topic.slug}/",
            explainers=explainers.get(topic.translation_key, 0),
            terms=terms.get(topic.translation_key, 0),
            experts=experts.get(topic.translation_key, 0),
            press=press.get(topic.translation_key, 0),
        )
        for topic in topics
    ]


# --- experts -----------------------------------------------------------------------------------


def _availability_rank() -> Case:
    """0 for experts available now (an "away" whose date has passed is back), 1 limited, 2 away."""
    today = timezone.localdate()
    return Case(
        When(availability=Availability.AVAILABLE, then=Value(0)),
        When(availability=Availability.AWAY, away_until__lt=today, then=Value(0)),
        When(availability=Availability.LIMITED, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )


def one_per_translation(experts: Iterable[ExpertPage], locale: Locale) -> list[ExpertPage]:
    """Each expert once, in the given language where the profile has it, keeping the order."""
    experts = list(experts)
    preferred = {
        expert.translation_key: expert for expert in experts if expert.locale_id == locale.pk
    }
    chosen, seen = [], set()
    for expert in experts:
        if expert.translation_key in seen:
            continue
        seen.add(expert.translation_key)
        chosen.append(preferred.get(expert.translation_key, expert))
    return chosen


def experts_on_topic(topic: Topic, locale: Locale) -> list[ExpertPage]:
    """Every live public expert tagged with the topic, available ones first, then by name; each
    once, in the page's language where possible. One query; cards need no more."""
    experts = (
        tagged_with(expert_cards(locale.pk).public(), topic)
        .annotate(available_rank=_availability_rank())
        .order_by("available_rank", "last_name", "first_name", "pk")
    )
    return one_per_translation(experts, locale)


def experts_by_key(keys: list, locale: Locale) -> dict:
    """translation_key → the live public expert with that key, in the given language if possible."""
    if not keys:
        return {}
    experts = expert_cards(locale.pk).public().filter(translation_key__in=keys)
    return {expert.translation_key: expert for expert in one_per_translation(experts, locale)}


# --- hubs --------------------------------------------------------------------------------------


def ask_expert_url(topic: Topic | None) -> str:
    """The contact-request form, with the topic filled in when there is one."""
    url = reverse("experts:request_contact")
    return f"{url}?{urlencode({'topic': topic.slug})}" if topic else url


def directory_url(locale: Locale, topic: Topic, request: HttpRequest | None = None) -> str:
    directory = ExpertIndexPage.objects.live().filter(locale=locale).first()
    if directory is None:
        return ""
    return f"{directory.get_url(request)}?{urlencode({'topic': topic.slug})}"


def hub_links(
    topics: Iterable[Topic], locale: Locale, request=None, index: TopicIndexPage | None = None
) -> list[tuple[Topic, str]]:
    """(topic, its hub's URL) pairs; the URL is empty where the language has no topics index.
    `index`: the language's topics index when the caller has it (a hub), saving its lookup."""
    index = index or topic_index_page(locale)
    return [(topic, index.hub_url(topic, request) if index else "") for topic in topics]


def hub_context(index: TopicIndexPage, topic: Topic, request: HttpRequest) -> dict:
    locale = index.locale
    experts = experts_on_topic(topic, locale)
    hub_url = index.hub_url(topic, request)
    parent = topic.parent
    children = Topic.objects.filter(
        locale=locale, parent__translation_key=topic.translation_key
    ).order_by("name")
    if parent is not None:
        parent = Topic.objects.filter(translation_key=parent.translation_key, locale=locale).first()
    return {
        "topic": topic,
        "hub_url": hub_url,
        "canonical_url": request.build_absolute_uri(hub_url),
        "route_suffix": f"{topic.slug}/",
        "parent_topic": hub_links([parent], locale, request, index)[0] if parent else None,
        "subtopics": hub_links(children, locale, request, index),
        "explainers": list(
            tagged_with(ExplainerPage.objects.for_listing(locale).prefetch_related(None), topic)
        ),
        "terms": sorted(
            tagged_with(live_public(GlossaryTermPage, locale), topic),
            key=lambda term: sort_key(term.title, locale.language_code),
        ),
        "fact_sheets": list(
            tagged_with(live_public(FactSheetPage, locale), topic).order_by("title")
        ),
        "experts": experts[:HUB_EXPERTS],
        "expert_total": len(experts),
        "directory_url": directory_url(locale, topic, request),
        "press_items": attach_localized_topics(
            tagged_with(PressReleasePage.objects.for_listing(locale), topic)[:HUB_PRESS]
        ),
        "upcoming_events": attach_localized_topics(
            tagged_with(EventPage.objects.upcoming(locale), topic)[:HUB_EVENTS]
        ),
        "partner_news": list(partner_news_for(locale, topic)[:HUB_PARTNER_NEWS]),
        "ask_expert_url": ask_expert_url(topic),
    }


def hub_sitemap_urls(index: TopicIndexPage, request=None) -> list[dict]:
    """One sitemap entry per topic hub of the index's language, with the hub's URL in every
    language that has a topics index."""
    indexes = {
        page.locale.language_code: page
        for page in index.get_translations(inclusive=True).live().select_related("locale")
    }
    urls = []
    for topic in Topic.objects.filter(locale=index.locale).order_by("slug"):
        by_code = {
            code: page.get_full_url(request) + page.reverse_subpage("hub", args=[topic.slug])
            for code, page in indexes.items()
        }
        urls.append(
            {
                "location": by_code[index.locale.language_code],
                "lastmod": None,
                "alternates": alternate_links(by_code),
            }
        )
    return urls


# --- explainers and glossary terms -------------------------------------------------------------


def explainer_context(page: ExplainerPage, request: HttpRequest) -> dict:
    locale = page.locale
    topics = page.localized_topics
    reviewer = page.reviewed_by
    keys = [expert.translation_key for expert in page.related_experts.all()]
    experts = experts_by_key(keys + ([reviewer.translation_key] if reviewer else []), locale)
    prefetch_body_renditions(page.sections)
    return {
        "topics": topics,
        "topic_links": hub_links(topics, locale, request),
        "related_experts": [experts[key] for key in dict.fromkeys(keys) if key in experts],
        "reviewer": experts.get(reviewer.translation_key) if reviewer else None,
        "ask_expert_url": ask_expert_url(topics[0] if topics else None),
    }


def term_context(term: GlossaryTermPage, request: HttpRequest) -> dict:
    locale = term.locale
    topics = term.localized_topics
    keys = [topic.translation_key for topic in topics]
    in_topics = Q(topics__translation_key__in=keys)
    explainers = ExplainerPage.objects.for_listing(locale).prefetch_related(None)
    related_terms = live_public(GlossaryTermPage, locale).exclude(pk=term.pk)
    return {
        "topics": topics,
        "topic_links": hub_links(topics, locale, request),
        "explainers": list(
            explainers.filter(pk__in=ExplainerPage.objects.filter(in_topics).values("pk"))[
                :TERM_EXPLAINERS
            ]
        ),
        "related_terms": sorted(
            related_terms.filter(pk__in=GlossaryTermPage.objects.filter(in_topics).values("pk")),
            key=lambda other: sort_key(other.title, locale.language_code),
        ),
        "glossary": term.get_parent(),
        "ask_expert_url": ask_expert_url(topics[0] if topics else None),
    }
