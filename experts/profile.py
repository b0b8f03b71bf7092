"""What an expert's profile page shows beyond its own fields: the organisation and topics in the
active language, links, the press that names the expert, and similar experts.

Every helper here costs a fixed number of queries whatever the profile holds, and the values the
page body, the head and the JSON-LD share are worked out once per page instance (cached on it).
Contact details (ExpertContact) are never read here: the public profile has no use for them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from experts.models import ExpertLink, ExpertPage, ExpertPageQuerySet, Organisation
from mediacenter.seo import SHARE_IMAGE_SPEC
from press.listing import prefetch_renditions

logger = logging.getLogger(__name__)

# Renditions the profile templates ask for (experts/includes/profile_*.html).
PROFILE_PHOTO_SPEC = "fill-320x320"

SIMILAR_LIMIT = 4
RELATED_PRESS_LIMIT = 5
# How many engine hits to read before picking SIMILAR_LIMIT: hits may be drafts, private pages or
# other translations of one expert, which are dropped afterwards.
ENGINE_CANDIDATES = 24
# Words that make any two profiles look alike. The index uses the standard analyzer (no language
# stop words), so more_like_this is told to leave them out when it picks its terms.
# fmt: off
SIMILARITY_STOP_WORDS = [
    "а", "без", "във", "до", "за", "и", "или", "как", "какво", "като", "които", "който", "която",
    "което", "към", "ли", "между", "може", "на", "не", "но", "от", "по", "при", "през", "с", "се",
    "след", "със", "също", "са", "е", "че", "ще", "това",
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "how", "in", "into", "is",
    "it", "its", "not", "of", "on", "or", "that", "the", "their", "them", "they", "this", "to",
    "what", "when", "which", "who", "why", "with",
]
# fmt: on


def _cached(page: Page, name: str, compute):
    """A value computed once per page instance: the body, the head and the JSON-LD share it."""
    cache = page.__dict__.setdefault("_profile_cache", {})
    if name not in cache:
        cache[name] = compute()
    return cache[name]


def _private_q(page: Page) -> Q:
    """Pages in private sections (one query, shared by every list on the profile)."""
    return _cached(page, "private_q", lambda: Page.objects.all().private_q())


# --- the expert's own facts ----------------------------------------------------------------------


def localized_organisation(page: ExpertPage) -> Organisation | None:
    """The expert's organisation in the page's language (a translated profile links the original
    row), else the row it links. One query: all translations of the organisation at once."""

    def compute():
        if page.organisation_id is None:
            return None
        keys = Organisation.objects.filter(pk=page.organisation_id).values("translation_key")
        rows = list(Organisation.objects.filter(translation_key__in=keys))
        same_language = [row for row in rows if row.locale_id == page.locale_id]
        linked = [row for row in rows if row.pk == page.organisation_id]
        return (same_language or linked or [None])[0]

    return _cached(page, "organisation", compute)


def profile_links(page: ExpertPage) -> list[ExpertLink]:
    """ORCID, publications and websites, in the editor's order."""
    return _cached(page, "links", lambda: list(page.links.all()))


def profile_photo(page: ExpertPage):
    """The photo with the renditions the page shows (profile size and share size) fetched up front."""

    def compute():
        if page.photo_id is None:
            return None
        image = (
            get_image_model()
            .objects.filter(pk=page.photo_id)
            .prefetch_related(prefetch_renditions(PROFILE_PHOTO_SPEC, SHARE_IMAGE_SPEC))
            .first()
        )
        if image is not None:
            page.photo = image  # {% image page.photo %} and the share tags read this instance
        return image

    return _cached(page, "photo", compute)


def topic_names(page: ExpertPage) -> list[str]:
    return [topic.name for topic in page.localized_topics]


# --- press that names the expert ------------------------------------------------------------------


def related_press(page: ExpertPage, limit: int = RELATED_PRESS_LIMIT) -> list:
    """Released, public press items in the page's language that list this expert (any of its
    translations) among their related experts, newest first."""
    from press.models import PressReleasePage

    def compute():
        return list(
            PressReleasePage.objects.released()
            .exclude(_private_q(page))
            .filter(
                locale_id=page.locale_id,
                related_experts__translation_key=page.translation_key,
            )
            .distinct()
            .order_by("-publication_date", "-pk")[:limit]
        )

    return _cached(page, "related_press", compute)


# --- similar experts ------------------------------------------------------------------------------


def expert_cards(locale_id: int) -> ExpertPageQuerySet:
    """Live profiles with what a card shows, the organisation's name in the given language
    included, so that any number of cards costs no further query."""
    localized_name = Organisation.objects.filter(
        translation_key=OuterRef("organisation__translation_key"), locale_id=locale_id
    ).values("name")[:1]
    return (
        ExpertPage.objects.live()
        .select_related("locale")
        .annotate(organisation_name=Coalesce(Subquery(localized_name), F("organisation__name")))
    )


def _pick(experts: Iterable[ExpertPage], locale_id: int, limit: int) -> list[ExpertPage]:
    """Experts of the page's language if there are any, else of the others; one per translation."""
    experts = list(experts)
    same_language = [expert for expert in experts if expert.locale_id == locale_id]
    chosen, seen = [], set()
    for expert in same_language or experts:
        if expert.translation_key not in seen:
            seen.add(expert.translation_key)
            chosen.append(expert)
    return chosen[:limit]


def similar_by_topics(page: ExpertPage, limit: int = SIMILAR_LIMIT) -> list[ExpertPage]:
    """Experts sharing the most topics (matched by translation key, so a profile linking the
    Bulgarian rows and one linking the English rows still match), then the organisation, then the
    city; by name among equals. An expert with neither a shared topic nor the same organisation is
    not "similar", whatever the city."""
    topic_keys = [topic.translation_key for topic in page.localized_topics]
    organisation = localized_organisation(page)
    organisation_key = organisation.translation_key if organisation else None
    related = Q(topics__translation_key__in=topic_keys)
    if organisation_key:
        related |= Q(organisation__translation_key=organisation_key)
    if not topic_keys and not organisation_key:
        return []

    def flag(condition: Q | None) -> Case | Value:
        """1 where the condition holds, else 0 (always 0 without a condition)."""
        if condition is None:
            return Value(0)
        return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())

    candidates = (
        expert_cards(page.locale_id)
        .exclude(translation_key=page.translation_key)
        .exclude(_private_q(page))
        .filter(pk__in=ExpertPage.objects.filter(related).values("pk"))
        .annotate(
            same_language=flag(Q(locale_id=page.locale_id)),
            shared_topics=Count(
                "topics", filter=Q(topics__translation_key__in=topic_keys), distinct=True
            ),
            same_organisation=flag(
                Q(organisation__translation_key=organisation_key) if organisation_key else None
            ),
            same_city=flag(Q(city__iexact=page.city) if page.city else None),
        )
        .order_by(
            "-same_language",
            "-shared_topics",
            "-same_organisation",
            "-same_city",
            "last_name",
            "first_name",
            "pk",
        )
    )
    # Within one language each expert appears once; a few spare rows cover other languages.
    return _pick(candidates[: limit * 3], page.locale_id, limit)


def _engine_client(backend):
    """The OpenSearch/Elasticsearch client of a search backend, or None for the database backend."""
    try:
        from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
    except ImportError:  # pragma: no cover - another Wagtail search layout
        return None
    if not isinstance(backend, ElasticsearchBaseSearchBackend):
        return None
    return getattr(backend, "client", None) or getattr(backend, "es", None)


def _more_like_this_body(page: ExpertPage, index_name: str, size: int) -> dict:
    """An engine query for expert profiles that read like this one: its own indexed text (bio,
    keywords, position) and its topic names in the page's language, against every searchable
    field of the others (names are left out of what it reads: a shared first name is no
    likeness)."""
    like_text = " ".join(
        [*topic_names(page), page.keywords.replace(",", " "), page.position]
    ).strip()
    like: list = [{"_index": index_name, "_id": str(page.pk)}]
    if like_text:
        like.append(like_text)
    return {
        "query": {
            "bool": {
                "must": {
                    "more_like_this": {
                        "fields": [
                            "_all_text",
                            "experts_expertpage__keywords",
                            "experts_expertpage__position",
                            "experts_expertpage__short_bio",
                            "experts_expertpage__bio",
                        ],
                        "like": like,
                        "min_term_freq": 1,
                        "min_doc_freq": 1,
                        "max_query_terms": 40,
                        "minimum_should_match": "30%",
                        "stop_words": SIMILARITY_STOP_WORDS,
                    }
                },
                "filter": [
                    {"term": {"_django_content_type": "experts.ExpertPage"}},
                    {"term": {"live_filter": True}},
                ],
                "must_not": [{"term": {"translation_key_filter": str(page.translation_key)}}],
            }
        },
        "size": size,
    }


def similar_by_engine(
    page: ExpertPage, backend, limit: int = SIMILAR_LIMIT
) -> list[ExpertPage] | None:
    """Similar experts by the engine's more_like_this query; None when the engine cannot answer
    (the caller then ranks by topics)."""
    client = _engine_client(backend)
    if client is None:
        return None
    index_name = backend.get_index_for_model(ExpertPage).name
    body = _more_like_this_body(page, index_name, ENGINE_CANDIDATES)
    try:
        if getattr(backend, "use_new_elasticsearch_api", False):
            response = client.search(index=index_name, **body)
        else:
            response = client.search(index=index_name, body=body)
        ids = [int(hit["_id"]) for hit in response["hits"]["hits"]]
    except Exception as error:  # the engine is down, times out or rejects the query
        logger.warning("Similar experts: the search engine failed (%s); ranking by topics", error)
        return None
    if not ids:
        return None
    found = {
        expert.pk: expert
        for expert in expert_cards(page.locale_id).exclude(_private_q(page)).filter(pk__in=ids)
        if expert.translation_key != page.translation_key
    }
    picked = _pick([found[pk] for pk in ids if pk in found], page.locale_id, limit)
    return picked or None


def similar_experts(page: ExpertPage, limit: int = SIMILAR_LIMIT) -> list[ExpertPage]:
    """Up to `limit` live, public experts like this one (never itself, never two translations of
    one expert), each with `organisation_name` in the page's language."""

    def compute():
        experts = similar_by_engine(page, get_search_backend(), limit)
        if experts is None:
            experts = similar_by_topics(page, limit)
        return experts

    return _cached(page, "similar", compute)


# --- experts named by a press item ----------------------------------------------------------------


def story_experts(press_page: Page) -> list[ExpertPage]:
    """The experts a press item names, each in the active language where its profile has a live,
    public translation, else in the language it has; by last name. A fixed number of queries."""
    keys = press_page.related_experts.values("translation_key")
    profiles = ExpertPage.objects.live().public().filter(translation_key__in=keys)
    profiles = profiles.select_related("locale").order_by("pk")
    active = Locale.get_active()
    chosen: dict = {}
    for profile in profiles:
        current = chosen.get(profile.translation_key)
        if current is None or (profile.locale_id == active.pk and current.locale_id != active.pk):
            chosen[profile.translation_key] = profile
    experts = list(chosen.values())
    experts.sort(key=lambda e: (e.last_name.lower(), e.first_name.lower(), e.pk))
    for expert in experts:
        expert.is_other_language = expert.locale_id != active.pk
    return experts


# --- the page context -----------------------------------------------------------------------------


def directory_url(page: ExpertPage, request: HttpRequest | None) -> str:
    """The directory the profile sits in (its parent): topic links filter it with ?topic=<slug>.
    Wagtail serves pages by their slug path, so the parent's URL is the profile's URL without
    its last segment; no query for the parent page."""
    url = page.get_url(request) or ""
    suffix = f"{page.slug}/"
    return url[: -len(suffix)] if url.endswith(suffix) else url


def request_contact_url(page: ExpertPage) -> str:
    return f"{reverse('experts:request_contact')}?expert={page.pk}"


def profile_context(page: ExpertPage, request: HttpRequest) -> dict:
    """Everything the profile template shows besides the page's own fields. Never contact data."""
    profile_photo(page)
    return {
        "organisation": localized_organisation(page),
        "topics": page.localized_topics,
        "links": profile_links(page),
        "availability": page.current_availability(),
        "related_press": related_press(page),
        "similar_experts": similar_experts(page),
        "directory_url": directory_url(page, request),
        "request_contact_url": request_contact_url(page),
    }
