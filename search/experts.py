"""Find an expert: one search over the profiles of both languages, shared by the directory page
and the JSON API.

Three steps, kept apart on purpose:

1. The engine (`ranked_expert_pks`): the full-text part. It asks the configured Wagtail search
   backend for the ids of matching profiles in relevance order, and falls back to the database
   backend when the engine is down. This is the seam the search work replaces with its own
   mapping (transliteration, synonyms): it only has to return ordered page ids.
2. The candidates (`search_experts`): a few `values()` queries over the live, public profiles of
   both languages. Translations of one expert (same translation_key) collapse into one hit shown
   in the visitor's language when that translation exists, else in the profile's own language.
3. Facets and filters, worked out in Python over the collapsed hits, so the number of queries
   does not depend on the number of experts.

Contact details (ExpertContact) are never read here.
"""

from __future__ import annotations

import datetime
import html
import logging
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.search.backends import get_search_backend

from experts.models import INTERVIEW_LANGUAGES, Availability, ExpertPage, MediaFormat, Organisation
from mediacenter.models import Topic

logger = logging.getLogger(__name__)

SEARCH_CAP = 1000  # relevance beyond the first thousand matches helps nobody
MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20  # more checked boxes than that is a malformed or hostile URL
MAX_VALUE_LENGTH = 120
DATABASE_BACKEND = "wagtail.search.backends.database"
# Any of the words, best matches first, on every backend (the database backends default to "and",
# the engines to "or"): a journalist on deadline sees the closest experts rather than nothing.
SEARCH_OPERATOR = "or"

SORT_RELEVANCE = "relevance"
SORT_NAME = "name"
SORTS = (SORT_RELEVANCE, SORT_NAME)

# The facets, in the order the page shows them; the keys are the GET parameter names.
FACET_LABELS = {
    "topic": _("Topic"),
    "organisation": _("Organisation"),
    "city": _("City"),
    "language": _("Interview language"),
    "format": _("Media format"),
    "availability": _("Availability"),
}
FACETS = tuple(FACET_LABELS)
CHOICE_FACETS = {
    "language": dict(INTERVIEW_LANGUAGES),
    "format": dict(MediaFormat.choices),
    "availability": dict(Availability.choices),
}


def _engine_errors() -> tuple[type[BaseException], ...]:
    """What an unreachable or failing engine raises: the clients' transport errors (connection
    refused, timeout, missing index). Programming errors are not caught."""
    errors: list[type[BaseException]] = []
    try:
        from opensearchpy.exceptions import TransportError as OpenSearchError

        errors.append(OpenSearchError)
    except ImportError:  # pragma: no cover - opensearch-py is a dependency
        pass
    try:  # pragma: no cover - only when the Elasticsearch client is installed instead
        from elasticsearch.exceptions import ApiError, TransportError

        errors += [ApiError, TransportError]
    except ImportError:
        pass
    return tuple(errors)


ENGINE_ERRORS = _engine_errors()


@dataclass(frozen=True)
class Rejected:
    """A filter value that could not be used and was left out."""

    facet: str
    value: str

    @property
    def message(self) -> str:
        value = Truncator(self.value).chars(40)
        if self.facet == "q":
            return gettext("The search was shortened to its first %(limit)d characters.") % {
                "limit": MAX_QUERY_LENGTH
            }
        if self.facet == "sort":
            return gettext("There is no sort order “%(value)s”; the default order is used.") % {
                "value": value
            }
        return gettext("%(facet)s: there is no “%(value)s”, so it was left out.") % {
            "facet": FACET_LABELS[self.facet],
            "value": value,
        }


@dataclass(frozen=True)
class ExpertFilters:
    """The facet values chosen by the visitor; several values within one facet are OR-ed,
    facets are AND-ed. Topics and organisations are given by slug, the rest by value."""

    topic: tuple[str, ...] = ()
    organisation: tuple[str, ...] = ()
    city: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    format: tuple[str, ...] = ()
    availability: tuple[str, ...] = ()

    @classmethod
    def from_params(
        cls, params: Mapping[str, Sequence[str]]
    ) -> tuple[ExpertFilters, list[Rejected]]:
        """Filters from query parameters ({"topic": ["genomics"], …}). Values of the fixed-choice
        facets that are not choices are rejected; blanks and repeats are dropped."""
        values: dict[str, tuple[str, ...]] = {}
        rejected: list[Rejected] = []
        for facet in FACETS:
            kept: list[str] = []
            for raw in list(params.get(facet, ()))[:MAX_VALUES_PER_FACET]:
                value = " ".join(str(raw).split())
                if not value or value in kept:
                    continue
                choices = CHOICE_FACETS.get(facet)
                if len(value) > MAX_VALUE_LENGTH or (choices is not None and value not in choices):
                    rejected.append(Rejected(facet, value))
                    continue
                kept.append(value)
            values[facet] = tuple(kept)
        return cls(**values), rejected

    def __bool__(self) -> bool:
        return any(getattr(self, facet) for facet in FACETS)


@dataclass(frozen=True)
class Label:
    """A topic or organisation in the active language (or its own, when not translated)."""

    key: uuid.UUID  # translation_key, common to all languages
    slug: str
    name: str


@dataclass
class ExpertHit:
    """One expert, as the version of the profile that is shown."""

    pk: int
    translation_key: uuid.UUID
    language: str  # language code of the shown profile
    first_name: str
    last_name: str
    city: str
    languages: list[str]
    media_formats: list[str]
    availability: str  # as of today: a past away_until counts as available
    organisation: Label | None = None
    topics: list[Label] = field(default_factory=list)
    rank: int | None = None  # position in the engine's relevance order (best translation)
    organisation_key: uuid.UUID | None = None

    def facet_values(self, facet: str) -> set:
        if facet == "topic":
            return {topic.key for topic in self.topics}
        if facet == "organisation":
            return {self.organisation.key} if self.organisation else set()
        if facet == "city":
            return {self.city.casefold()} if self.city else set()
        if facet == "language":
            return set(self.languages)
        if facet == "format":
            return set(self.media_formats)
        return {self.availability}


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]


@dataclass
class ExpertSearchResult:
    query: str
    sort: str  # the order applied: "relevance" (with a query) or "name"
    hits: list[ExpertHit]  # every matching expert, in order
    facets: list[Facet]
    rejected: list[Rejected]
    selected_topics: list[Label]  # known topics the visitor filtered by
    fallback: bool = False  # the engine failed and the database backend answered

    @property
    def total(self) -> int:
        return len(self.hits)

    @property
    def ids(self) -> list[int]:
        return [hit.pk for hit in self.hits]


def clean_query(query: str) -> tuple[str, bool]:
    """The query with spaces collapsed and cut to MAX_QUERY_LENGTH; True when it was cut."""
    query = " ".join((query or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rstrip(), True
    return query, False


# 1. The engine ------------------------------------------------------------------------------


def _fallback_backend():
    """The database backend: a configured one (whose index is kept up to date) if any."""
    for name, conf in settings.WAGTAILSEARCH_BACKENDS.items():
        if conf.get("BACKEND") in (DATABASE_BACKEND, "modelsearch.backends.database"):
            return get_search_backend(name)
    return get_search_backend(DATABASE_BACKEND)


def _pks_from(backend, queryset, query: str, cap: int) -> list[int]:
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchResults

    # Only ids are wanted: the database backends then load no more than the ids.
    results = backend.search(query, queryset.only("pk"), operator=SEARCH_OPERATOR)
    if isinstance(results, ElasticsearchBaseSearchResults):
        # Ask the engine for ids only, in one request: iterating the results would load the pages
        # from the database 100 hits at a time, a query count that grows with the matches.
        response = results._backend_do_search(
            results._get_es_body(),
            index=backend.get_index_for_model(queryset.model).name,
            _source=False,
            size=cap,
            **{results.fields_param_name: "pk"},
        )
        return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
    return [page.pk for page in results[:cap]]


def ranked_expert_pks(queryset, query: str, *, cap: int = SEARCH_CAP) -> tuple[list[int], bool]:
    """Ids of the profiles in queryset matching query, best first, through the default search
    backend; on an engine failure, through the database backend (True when it fell back)."""
    backend = get_search_backend()
    try:
        return _pks_from(backend, queryset, query, cap), False
    except ENGINE_ERRORS as error:
        logger.warning(
            "Expert search: the search engine failed (%s); falling back to the database backend.",
            error,
        )
    return _pks_from(_fallback_backend(), queryset, query, cap), True


# 2. Candidates ------------------------------------------------------------------------------


def _labels(model, keys: Iterable[uuid.UUID], slugs: Iterable[str], language: str):
    """Labels of a translatable snippet (Topic, Organisation) by translation_key in `language`,
    falling back to the default language then any, and the keys each requested slug names."""
    keys, slugs = set(keys), set(slugs)
    if not keys and not slugs:
        return {}, {}
    rows = model.objects.filter(Q(translation_key__in=keys) | Q(slug__in=slugs)).values_list(
        "translation_key", "locale__language_code", "slug", "name"
    )
    preference = {language: 0, settings.LANGUAGE_CODE: 1}
    best: dict[uuid.UUID, tuple[int, Label]] = {}
    by_slug: dict[str, set[uuid.UUID]] = defaultdict(set)
    for key, code, slug, name in rows:
        rank = preference.get(code, 2)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, Label(key, slug, name))
        if slug in slugs:
            by_slug[slug].add(key)
    return {key: label for key, (_rank, label) in best.items()}, by_slug


def _current_availability(availability: str, away_until: datetime.date | None, today) -> str:
    # The same rule as ExpertPage.current_availability, on a values() row.
    if availability == Availability.AWAY and away_until and away_until < today:
        return Availability.AVAILABLE
    return availability


def _collapse(rows: list[dict], ranks: dict[int, int], language: str) -> list[ExpertHit]:
    """One hit per expert: the translation in `language`, else the default language's, else any."""
    preference = {language: 0, settings.LANGUAGE_CODE: 1}
    groups: dict[uuid.UUID, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["translation_key"]].append(row)
    today = timezone.localdate()
    hits = []
    for key, group in groups.items():
        row = min(group, key=lambda r: (preference.get(r["locale__language_code"], 2), r["pk"]))
        matched = [ranks[r["pk"]] for r in group if r["pk"] in ranks]
        hits.append(
            ExpertHit(
                pk=row["pk"],
                translation_key=key,
                language=row["locale__language_code"],
                first_name=row["first_name"],
                last_name=row["last_name"],
                city=row["city"].strip(),
                languages=row["languages"],
                media_formats=row["media_formats"],
                availability=_current_availability(row["availability"], row["away_until"], today),
                rank=min(matched) if matched else None,
                organisation_key=row["organisation__translation_key"],
            )
        )
    return hits


# 3. Facets and filters ----------------------------------------------------------------------


def _selected_values(
    filters: ExpertFilters, topic_slugs: dict, organisation_slugs: dict
) -> tuple[dict[str, set], list[Rejected]]:
    """Each facet's chosen values in the form ExpertHit.facet_values gives, and unknown slugs."""
    selected: dict[str, set] = {}
    rejected: list[Rejected] = []
    for facet, by_slug in (("topic", topic_slugs), ("organisation", organisation_slugs)):
        keys: set = set()
        for slug in getattr(filters, facet):
            if slug in by_slug:
                keys |= by_slug[slug]
            else:
                rejected.append(Rejected(facet, slug))
        selected[facet] = keys
    selected["city"] = {city.casefold() for city in filters.city}
    for facet in CHOICE_FACETS:
        selected[facet] = set(getattr(filters, facet))
    return selected, rejected


def _matches(hit: ExpertHit, selected: dict[str, set], *, skip: str = "") -> bool:
    return all(
        not values or hit.facet_values(facet) & values
        for facet, values in selected.items()
        if facet != skip
    )


def _facets(
    hits: list[ExpertHit],
    selected: dict[str, set],
    filters: ExpertFilters,
    topic_labels: dict,
    organisation_labels: dict,
) -> list[Facet]:
    """Counts per value, each facet counted over the hits that pass the *other* facets' filters,
    so that ticking a second topic shows how many more experts it adds."""
    facets = []
    for facet in FACETS:
        counts: dict = defaultdict(int)
        names: dict = {}
        for hit in hits:
            if not _matches(hit, selected, skip=facet):
                continue
            for value in hit.facet_values(facet):
                counts[value] += 1
            if facet == "city" and hit.city:
                names.setdefault(hit.city.casefold(), hit.city)
        for value in selected[facet]:
            counts.setdefault(value, 0)
        options = []
        if facet in ("topic", "organisation"):
            labels = topic_labels if facet == "topic" else organisation_labels
            for key, count in counts.items():
                if key in labels:
                    label = labels[key]
                    options.append(
                        FacetOption(label.slug, label.name, count, key in selected[facet])
                    )
            options.sort(key=lambda o: (-o.count, o.label.casefold()))
        elif facet == "city":
            typed = {city.casefold(): city for city in filters.city}
            for value, count in counts.items():
                name = names.get(value) or typed.get(value, value)
                options.append(FacetOption(name, name, count, value in selected["city"]))
            options.sort(key=lambda o: (-o.count, o.label.casefold()))
        else:
            for value, label in CHOICE_FACETS[facet].items():
                if value in counts:
                    options.append(
                        FacetOption(value, str(label), counts[value], value in selected[facet])
                    )
        facets.append(Facet(facet, str(FACET_LABELS[facet]), options))
    return facets


def unique_labels(labels: Iterable[Label]) -> list[Label]:
    unique: dict[uuid.UUID, Label] = {}
    for label in labels:
        unique.setdefault(label.key, label)
    return list(unique.values())


def _name_key(hit: ExpertHit) -> tuple:
    return (hit.last_name.casefold(), hit.first_name.casefold(), hit.pk)


def search_experts(
    query: str,
    *,
    language: str,
    filters: ExpertFilters | None = None,
    sort: str = "",
) -> ExpertSearchResult:
    """Experts matching query and filters, each once, shown in `language` where translated.

    The number of database queries is fixed whatever the number of experts: the view
    restrictions, the search (one on the database backend, none on the engine), then at most four:
    profiles, their topics, topic labels and organisation labels.
    """
    filters = filters or ExpertFilters()
    query, cut = clean_query(query)
    rejected: list[Rejected] = [Rejected("q", "")] if cut else []
    if sort and sort not in SORTS:
        rejected.append(Rejected("sort", sort))
    order = SORT_RELEVANCE if query and sort != SORT_NAME else SORT_NAME

    profiles = ExpertPage.objects.live().public()  # public() reads the view restrictions once
    ranks: dict[int, int] = {}
    fallback = False
    if query:
        pks, fallback = ranked_expert_pks(profiles, query)
        ranks = {pk: position for position, pk in enumerate(pks)}
        matched = ExpertPage.objects.filter(pk__in=pks).values("translation_key")
        candidates = profiles.filter(translation_key__in=matched) if pks else None
    else:
        candidates = profiles
    rows = []
    if candidates is not None:
        rows = list(
            candidates.values(
                "pk",
                "translation_key",
                "locale__language_code",
                "first_name",
                "last_name",
                "city",
                "languages",
                "media_formats",
                "availability",
                "away_until",
                "organisation__translation_key",
            )
        )
    hits = _collapse(rows, ranks, language)

    topic_links: dict[int, list[uuid.UUID]] = defaultdict(list)
    if hits:
        links = (
            ExpertPage.topics.through.objects.filter(expertpage_id__in=[hit.pk for hit in hits])
            .order_by("pk")
            .values_list("expertpage_id", "topic__translation_key")
        )
        for pk, key in links:
            if key not in topic_links[pk]:
                topic_links[pk].append(key)
    topic_labels, topic_slugs = _labels(
        Topic, (key for keys in topic_links.values() for key in keys), filters.topic, language
    )
    organisation_labels, organisation_slugs = _labels(
        Organisation,
        (hit.organisation_key for hit in hits if hit.organisation_key),
        filters.organisation,
        language,
    )
    for hit in hits:
        hit.topics = [topic_labels[key] for key in topic_links[hit.pk] if key in topic_labels]
        hit.organisation = organisation_labels.get(hit.organisation_key)

    selected, unknown = _selected_values(filters, topic_slugs, organisation_slugs)
    rejected += unknown
    facets = _facets(hits, selected, filters, topic_labels, organisation_labels)
    shown = [hit for hit in hits if _matches(hit, selected)]
    if order == SORT_RELEVANCE:
        shown.sort(
            key=lambda hit: (hit.rank if hit.rank is not None else SEARCH_CAP, *_name_key(hit))
        )
    else:
        shown.sort(key=_name_key)

    return ExpertSearchResult(
        query=query,
        sort=order,
        hits=shown,
        facets=facets,
        rejected=rejected,
        selected_topics=unique_labels(
            topic_labels[key]
            for slug in filters.topic
            for key in sorted(topic_slugs.get(slug, ()))
            if key in topic_labels
        ),
        fallback=fallback,
    )


# Showing a page of hits ---------------------------------------------------------------------


def expert_pages(hits: Sequence[ExpertHit], *, photo_spec: str = "") -> list[ExpertPage]:
    """The profiles behind some hits, in the same order, in one query (and one for the photos'
    renditions when photo_spec is given). Each carries `hit`, and `localized_topics` and
    `localized_organisation` in the active language."""
    queryset = ExpertPage.objects.filter(pk__in=[hit.pk for hit in hits]).select_related("locale")
    if photo_spec:
        from press.listing import prefetch_renditions

        queryset = queryset.select_related("photo").prefetch_related(
            prefetch_renditions(photo_spec, through="photo")
        )
    by_pk = {page.pk: page for page in queryset} if hits else {}
    pages = []
    for hit in hits:
        page = by_pk.get(hit.pk)
        if page is None:  # unpublished in between: leave it out rather than fail
            continue
        page.hit = hit
        page.localized_topics = hit.topics
        page.localized_organisation = hit.organisation
        pages.append(page)
    return pages


def _terms(query: str) -> list[str]:
    return sorted(
        {word for word in re.findall(r"\w+", query.casefold()) if len(word) > 1}, key=len
    )[::-1]


def highlight(texts: Iterable[str], query: str, *, width: int = 160) -> str | None:
    """A short escaped snippet of the first text that contains a query word, with the words
    (and the rest of the word they start) wrapped in <mark>; None when no text contains one."""
    terms = _terms(query)
    if not terms:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE)
    for text in texts:
        text = " ".join((text or "").split())
        match = pattern.search(text)
        if not match:
            continue
        start = max(0, match.start() - width // 3)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < match.start() else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", match.end(), end)
            end = space if space > match.end() else end
        snippet = text[start:end]
        parts, last = [], 0
        for found in pattern.finditer(snippet):
            parts.append(html.escape(snippet[last : found.start()]))
            parts.append(f"<mark>{html.escape(found.group())}</mark>")
            last = found.end()
        parts.append(html.escape(snippet[last:]))
        return ("…" if start else "") + "".join(parts) + ("…" if end < len(text) else "")
    return None


def expert_highlight(page: ExpertPage, query: str) -> str | None:
    """Why this profile matched: a snippet of its bio, position, keywords, topics or name."""
    if not query:
        return None
    organisation = getattr(page, "localized_organisation", None)
    texts = [
        page.short_bio,
        page.position,
        page.keywords,
        ", ".join(topic.name for topic in getattr(page, "localized_topics", [])),
        organisation.name if organisation else "",
        page.full_name,
        page.city,
        html.unescape(strip_tags(page.bio)),
    ]
    return highlight(texts, query)
