"""Find an expert: one search over the profiles of both languages, shared by the directory page,
the JSON API and the site search's experts tab.

`search_experts()` answers from one of two implementations with the same result:

- On the engine (search.directory_search): one request to the directory's own index gives the
  page of experts, the total and the facet counts (aggregations).
- On the database backend (the embedded default, and the stand-in when the engine fails):
  Wagtail's database search over the profiles, with the query's Latin skeletons, topic names and
  spelling corrections, gives candidates; topics the query names add their experts; a few
  `values()` queries load them; translations of one expert (same translation_key) collapse into
  one hit shown in the visitor's language when that translation exists, else in the profile's
  own; a small score (`_relevance`) orders them; facets are counted in Python. The number of
  queries does not depend on the number of experts.

Both expand the query the same way first (search.normalize, search.synonyms).
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

from experts.models import INTERVIEW_LANGUAGES, Availability, ExpertPage, MediaFormat, Organisation
from mediacenter.models import Topic
from search import spelling
from search.engine import ENGINE_ERRORS, engine_answered, engine_failed, is_engine, search_backend
from search.normalize import fold, match_keys, words
from search.query import MAX_QUERY_LENGTH, SEARCH_CAP, clean_query, ranked_pks
from search.synonyms import Expansion, contains, expand

logger = logging.getLogger(__name__)

MAX_VALUES_PER_FACET = 20  # more checked boxes than that is a malformed or hostile URL
MAX_VALUE_LENGTH = 120
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")

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
                # A control character (a NUL byte above all: PostgreSQL refuses it in a query)
                # is in no slug, city or choice: such a value is rejected, never queried.
                if (
                    len(value) > MAX_VALUE_LENGTH
                    or CONTROL_CHARACTERS.search(value)
                    or (choices is not None and value not in choices)
                ):
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
    total: int = 0  # experts matching, over all pages
    page: int = 1
    per_page: int = 20

    @property
    def pages(self) -> HitPages:
        """The hits as a sequence Django's Paginator can page through: `total` long, the current
        page's hits at their positions (only that page was fetched)."""
        return HitPages(self)

    @property
    def ids(self) -> list[int]:
        return [hit.pk for hit in self.hits]


class HitPages(Sequence):
    def __init__(self, result: ExpertSearchResult):
        self.result = result

    def __len__(self) -> int:
        return self.result.total

    def __getitem__(self, index):
        start = (self.result.page - 1) * self.result.per_page
        if isinstance(index, slice):
            first, stop, _step = index.indices(len(self))
            return self.result.hits[max(first - start, 0) : max(stop - start, 0)]
        return self.result.hits[index - start]


# Candidates on the database backend --------------------------------------------------------- ------------------------------------------------------------------------------


def _labels(model, keys: Iterable[uuid.UUID] | None, slugs: Iterable[str], language: str):
    """Labels of a translatable snippet (Topic, Organisation) by translation_key in `language`,
    falling back to the default language then any, and the keys each requested slug names.
    keys=None reads all of them (topics: a short list)."""
    slugs = set(slugs)
    rows = model.objects.all()
    if keys is not None:
        keys = set(keys)
        if not keys and not slugs:
            return {}, {}
        rows = rows.filter(Q(translation_key__in=keys) | Q(slug__in=slugs))
    rows = rows.values_list("translation_key", "locale__language_code", "slug", "name")
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


def _relevance(
    rows: list[dict],
    ranks: dict[int, int],
    query: str,
    expansion: Expansion,
    topic_links: dict[int, list[uuid.UUID]],
) -> dict[uuid.UUID, float]:
    """A score per expert for the database backend, whose own ranking cannot weigh fields or
    phrases: the query as a phrase in a name or in a position or keyword (any translation) counts
    most, then its words there, then a topic the query names, a synonym phrase in the position
    or keywords, then the backend's own order."""
    typed = match_keys(query)
    if not typed:
        return {}
    typed_set = set(typed)
    phrases = [keys for keys in (match_keys(phrase) for phrase in expansion.phrases) if keys]
    names_ = [keys for keys in (match_keys(name) for name in expansion.names) if keys]
    names: dict[uuid.UUID, list[str]] = defaultdict(list)
    texts: dict[uuid.UUID, list[str]] = defaultdict(list)
    best_rank: dict[uuid.UUID, int] = {}
    on_topic: set[uuid.UUID] = set()
    for row in rows:
        key = row["translation_key"]
        names[key].append(f"{row['first_name']} {row['last_name']}")
        texts[key] += [row["position"], row["keywords"].replace(",", " ; ")]
        if row["pk"] in ranks:
            best_rank[key] = min(best_rank.get(key, SEARCH_CAP), ranks[row["pk"]])
        if expansion.topic_keys.intersection(topic_links.get(row["pk"], ())):
            on_topic.add(key)
    scores: dict[uuid.UUID, float] = {}
    for key in names:
        name_keys = match_keys(" ".join(names[key]))
        text_keys = match_keys(" ; ".join(texts[key]))
        score = 0.0
        if contains(name_keys, typed):
            score += 20
        if contains(text_keys, typed):
            score += 8
        score += 2 * len(typed_set & set(name_keys)) + len(typed_set & set(text_keys))
        if key in on_topic:
            score += 5
        # The topic's name in the other language in what they do: as good as the typed phrase.
        if any(contains(text_keys, name) for name in names_):
            score += 10
        elif any(contains(text_keys, phrase) for phrase in phrases):
            score += 6
        if key in best_rank:
            score += 3 / (1 + best_rank[key])
        scores[key] = score
    return scores


def sorted_labels(labels: Iterable[Label]) -> list[Label]:
    """Topics in a stable order (by name): the order of the links in the database is not."""
    return sorted(labels, key=lambda label: label.name.casefold())


def selected_topics(filters: ExpertFilters, topic_slugs: dict, topic_labels: dict) -> list[Label]:
    """The known topics the visitor filtered by, once each, in the order of the filter."""
    return unique_labels(
        topic_labels[key]
        for slug in filters.topic
        for key in sorted(topic_slugs.get(slug, ()))
        if key in topic_labels
    )


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
    page: int = 1,
    per_page: int = 20,
) -> ExpertSearchResult:
    """One page of the experts matching query and filters, each expert once, shown in `language`
    where translated, with facet counts over all of them.

    On the engine: one request to the directory's own index (search.directory_index), then two
    small queries for labels. On the database backend (the default with no engine, and the
    stand-in when the engine fails): a fixed number of queries whatever the number of experts.
    """
    filters = filters or ExpertFilters()
    query, cut = clean_query(query)
    rejected: list[Rejected] = [Rejected("q", "")] if cut else []
    if sort and sort not in SORTS:
        rejected.append(Rejected("sort", sort))
    order = SORT_RELEVANCE if query and sort != SORT_NAME else SORT_NAME
    page = max(1, page)
    expansion = expand(query) if query else Expansion()

    backend, fallback = search_backend()
    if is_engine(backend) and not fallback:
        from search.directory_search import search_directory

        try:
            result = search_directory(
                backend,
                query,
                expansion,
                language=language,
                filters=filters,
                order=order,
                page=page,
                per_page=per_page,
            )
        except ENGINE_ERRORS as error:
            engine_failed(error, "Find an expert")
            fallback = True
        else:
            engine_answered()
            result.rejected = rejected + result.rejected
            return result
    result = _search_database(query, expansion, language, filters, order, page, per_page)
    result.rejected = rejected + result.rejected
    result.fallback = result.fallback or fallback
    return result


def _search_database(
    query: str,
    expansion: Expansion,
    language: str,
    filters: ExpertFilters,
    order: str,
    page: int,
    per_page: int,
) -> ExpertSearchResult:
    profiles = ExpertPage.objects.live().public()  # public() reads the view restrictions once
    ranks: dict[int, int] = {}
    fallback = False
    query_for_ranking = query
    if query:
        # No fuzzy matching in the database: correct likely typos against the directory's words,
        # and let the corrected query name topics too.
        fixed = spelling.corrections(query)
        if fixed:
            corrected = " ".join(fixed.get(fold(word), word) for word in words(query))
            more = expand(corrected)
            expansion = Expansion(
                topic_keys=expansion.topic_keys | more.topic_keys,
                phrases=expansion.phrases + [p for p in more.phrases if p not in expansion.phrases],
                names=expansion.names + [n for n in more.names if n not in expansion.names],
            )
            query_for_ranking = f"{query} {corrected}"
        # Experts on the topics the query names are candidates through their topics (below); the
        # text search gets only the topics' names, not every synonym: each extra word costs the
        # database's full-text search more than it adds.
        pks, fallback = ranked_pks(
            profiles,
            query,
            where="Find an expert",
            expansion=Expansion(phrases=expansion.names),
            extra_terms=list(fixed.values()),
        )
        ranks = {pk: position for position, pk in enumerate(pks)}
        matched = Q(
            translation_key__in=ExpertPage.objects.filter(pk__in=pks).values("translation_key")
        )
        if expansion.topic_keys:
            # Every expert on a topic the query names, even where no word of it is in the text
            # (a subquery, not a join: no duplicate rows to remove).
            on_topic = ExpertPage.objects.filter(topics__translation_key__in=expansion.topic_keys)
            matched |= Q(translation_key__in=on_topic.values("translation_key"))
        candidates = profiles.filter(matched) if pks or expansion.topic_keys else None
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
                "position",
                "keywords",
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
        hit.topics = sorted_labels(
            topic_labels[key] for key in topic_links[hit.pk] if key in topic_labels
        )
        hit.organisation = organisation_labels.get(hit.organisation_key)

    selected, unknown = _selected_values(filters, topic_slugs, organisation_slugs)
    rejected: list[Rejected] = unknown
    facets = _facets(hits, selected, filters, topic_labels, organisation_labels)
    shown = [hit for hit in hits if _matches(hit, selected)]
    if order == SORT_RELEVANCE:
        scores = _relevance(rows, ranks, query_for_ranking, expansion, topic_links)
        shown.sort(
            key=lambda hit: (
                -scores.get(hit.translation_key, 0.0),
                hit.rank if hit.rank is not None else SEARCH_CAP,
                *_name_key(hit),
            )
        )
    else:
        shown.sort(key=_name_key)

    last_page = max(1, -(-len(shown) // per_page))
    page = min(page, last_page)
    return ExpertSearchResult(
        query=query,
        sort=order,
        hits=shown[(page - 1) * per_page : page * per_page],
        total=len(shown),
        page=page,
        per_page=per_page,
        facets=facets,
        rejected=rejected,
        selected_topics=selected_topics(filters, topic_slugs, topic_labels),
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
