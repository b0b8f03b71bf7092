"""Find an expert on the engine: one request to the directory's own index (search.directory_index)
gives the page of experts, the total and every facet's counts.

Relevance, best first:
- the typed words in names, topics, keywords, position, organisation, city and biography, each
  language's text through its own analyzer (names and topics weigh most, biography least);
- the whole query as a phrase in a name;
- the Latin skeletons of the words (search.normalize), so any script or spelling finds the name;
- experts on a topic the query names by any name or synonym (search.synonyms), in any language;
- the same with one or two letters wrong (fuzzy, first letter kept), far below exact matches.
Facets count experts over the hits that pass the *other* facets' filters (post_filter and
filtered aggregations), as on the database backend.
"""

from __future__ import annotations

import datetime
import uuid

from search.directory_index import experts_alias, today
from search.engine import query_timeout
from search.experts import (
    CHOICE_FACETS,
    FACET_LABELS,
    FACETS,
    SORT_RELEVANCE,
    ExpertFilters,
    ExpertHit,
    ExpertSearchResult,
    Facet,
    FacetOption,
    _current_availability,
    _labels,
    _selected_values,
    selected_topics,
    sorted_labels,
)
from search.normalize import fold_variants
from search.query import typed_words
from search.synonyms import Expansion

MAX_WINDOW = 10_000  # the engine's default max_result_window
FACET_SIZE = 200
FUZZINESS = "AUTO:4,5"  # one letter wrong in words of four letters, two from five on
# The first two letters are taken as typed: it keeps fuzzy matching cheap (typos are rarely there).

EXACT_FIELDS = [
    "name^8",
    "topics_bg^4",
    "topics_en^4",
    "keywords_bg^3",
    "keywords_en^3",
    "position_bg^2",
    "position_en^2",
    "organisation^2",
    "city^1.5",
    "bio_bg",
    "bio_en",
]
FUZZY_FIELDS = ["name_skeleton^3", "focus_skeleton^2", "topics_skeleton"]
SKELETON_FIELDS = ["name_skeleton^6", "focus_skeleton^3", "topics_skeleton^2", "skeleton"]
PHRASE_FIELDS = [
    "position_bg^3",
    "position_en^3",
    "keywords_bg^3",
    "keywords_en^3",
    "topics_bg^2",
    "topics_en^2",
]
SYNONYM_FIELDS = [
    "position_bg^2",
    "position_en^2",
    "keywords_bg^3",
    "keywords_en^3",
    "bio_bg",
    "bio_en",
]
MAX_SYNONYM_CLAUSES = 20


def text_query(query: str, expansion: Expansion, language: str) -> dict | None:
    """The relevance part of the request; None when the query has no words."""
    typed = " ".join(typed_words(query))
    if not typed:
        return None
    should: list[dict] = [
        {
            "multi_match": {
                "query": typed,
                "fields": EXACT_FIELDS,
                "type": "best_fields",
                "tie_breaker": 0.3,
            }
        },
        {"match_phrase": {"name": {"query": typed, "boost": 10}}},
        # The query as a phrase in a position, keyword or topic ("cell therapy", "clinical
        # trials") weighs more than its words scattered over the profile.
        {"multi_match": {"query": typed, "type": "phrase", "fields": PHRASE_FIELDS, "boost": 2}},
    ]
    variants = fold_variants(typed)
    for variant in variants:
        should += [
            {"multi_match": {"query": variant, "fields": SKELETON_FIELDS, "boost": 0.8}},
            {"match_phrase": {"name_skeleton": {"query": variant, "boost": 6}}},
            {"match_phrase": {"focus_skeleton": {"query": variant, "boost": 3}}},
        ]
    # Typos: on the skeletons of names, positions, keywords and topics only (every spelling and
    # script meets there, and their vocabulary is small: fuzzy matching over all text costs
    # ten times more), at a fraction of an exact match's weight.
    should.append(
        {
            "multi_match": {
                "query": variants[0],
                "fields": FUZZY_FIELDS,
                "fuzziness": FUZZINESS,
                "prefix_length": 2,
                "max_expansions": 10,
                "boost": 0.25,
            }
        }
    )
    if expansion.topic_keys:
        should.append(
            {
                "constant_score": {
                    "filter": {
                        "terms": {
                            f"view.{language}.topic_keys": sorted(map(str, expansion.topic_keys))
                        }
                    },
                    "boost": 12,
                }
            }
        )
        # A synonym as a phrase in what the expert says they do (the other language's words for
        # the query: "клетъчна терапия" → "cell therapy" in an English-only position).
        should += [
            {
                "multi_match": {
                    "query": phrase,
                    "type": "phrase",
                    "fields": SYNONYM_FIELDS,
                    "boost": 1,
                }
            }
            for phrase in expansion.phrases[:MAX_SYNONYM_CLAUSES]
        ]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _availability_clauses(language: str) -> dict[str, dict]:
    field = f"view.{language}"
    past = {"range": {f"{field}.away_until": {"lt": today().isoformat()}}}
    return {
        "available": {
            "bool": {
                "should": [
                    {"term": {f"{field}.availability": "available"}},
                    {"bool": {"must": [{"term": {f"{field}.availability": "away"}}, past]}},
                ],
                "minimum_should_match": 1,
            }
        },
        "limited": {"term": {f"{field}.availability": "limited"}},
        "away": {
            "bool": {"must": [{"term": {f"{field}.availability": "away"}}], "must_not": [past]}
        },
    }


_FIELDS = {
    "topic": "topic_keys",
    "organisation": "organisation_key",
    "city": "city",
    "language": "languages",
    "format": "media_formats",
}


def _filter(facet: str, values: set, language: str) -> dict | None:
    if not values:
        return None
    if facet == "availability":
        clauses = _availability_clauses(language)
        return {
            "bool": {
                "should": [clauses[value] for value in sorted(values)],
                "minimum_should_match": 1,
            }
        }
    return {"terms": {f"view.{language}.{_FIELDS[facet]}": sorted(map(str, values))}}


def _aggregation(facet: str, language: str) -> dict:
    if facet == "availability":
        return {"filters": {"filters": _availability_clauses(language)}}
    field = "city_label" if facet == "city" else _FIELDS[facet]
    return {"terms": {"field": f"view.{language}.{field}", "size": FACET_SIZE}}


def search_directory(
    backend,
    query: str,
    expansion: Expansion,
    *,
    language: str,
    filters: ExpertFilters,
    order: str,
    page: int,
    per_page: int,
) -> ExpertSearchResult:
    from experts.models import Organisation
    from mediacenter.models import Topic

    # Slugs to keys: topics are few (all of them, one query, also the labels); organisations only
    # when filtered by.
    topic_labels, topic_slugs = _labels(Topic, None, filters.topic, language)
    organisation_labels, organisation_slugs = _labels(
        Organisation, (), filters.organisation, language
    )
    selected, rejected = _selected_values(filters, topic_slugs, organisation_slugs)

    clauses = {facet: _filter(facet, selected[facet], language) for facet in FACETS}
    match = text_query(query, expansion, language) if query else None
    page = min(page, MAX_WINDOW // per_page)
    view = f"view.{language}"
    sort: list = [{f"{view}.sort": "asc"}]
    if order == SORT_RELEVANCE and match:
        sort = ["_score", *sort]
    body = {
        "query": match or {"match_all": {}},
        "post_filter": {"bool": {"filter": [c for c in clauses.values() if c]}},
        "aggs": {
            facet: {
                "filter": {
                    "bool": {"filter": [c for other, c in clauses.items() if c and other != facet]}
                },
                "aggs": {"values": _aggregation(facet, language)},
            }
            for facet in FACETS
        },
        "sort": sort,
        "from": (page - 1) * per_page,
        "size": per_page,
        "track_total_hits": True,
        "_source": [view],
    }
    response = backend.es.search(
        index=experts_alias(backend), body=body, request_timeout=query_timeout()
    )
    total = response["hits"]["total"]["value"]
    last_page = max(1, -(-total // per_page))
    if page > last_page and total:
        return search_directory(
            backend,
            query,
            expansion,
            language=language,
            filters=filters,
            order=order,
            page=last_page,
            per_page=per_page,
        )

    day = today()
    hits: list[ExpertHit] = []
    for position, item in enumerate(response["hits"]["hits"]):
        shown = item["_source"]["view"][language]
        away_until = shown.get("away_until")
        hits.append(
            ExpertHit(
                pk=shown["pk"],
                translation_key=uuid.UUID(item["_id"]),
                language=shown["language"],
                first_name=shown["first_name"],
                last_name=shown["last_name"],
                city=shown["city_label"],
                languages=shown["languages"],
                media_formats=shown["media_formats"],
                availability=_current_availability(
                    shown["availability"],
                    _date(away_until) if away_until else None,
                    day,
                ),
                rank=(page - 1) * per_page + position,
                organisation_key=uuid.UUID(shown["organisation_key"])
                if shown.get("organisation_key")
                else None,
            )
        )
        hits[-1].topics = sorted_labels(
            topic_labels[key] for key in map(uuid.UUID, shown["topic_keys"]) if key in topic_labels
        )

    buckets = {facet: response["aggregations"][facet]["values"]["buckets"] for facet in FACETS}
    organisation_keys = {hit.organisation_key for hit in hits if hit.organisation_key} | {
        uuid.UUID(bucket["key"]) for bucket in buckets["organisation"]
    }
    more_labels, _ = _labels(Organisation, organisation_keys, (), language)
    organisation_labels.update(more_labels)
    for hit in hits:
        hit.organisation = organisation_labels.get(hit.organisation_key)

    return ExpertSearchResult(
        query=query,
        sort=order if match else "name",
        hits=hits,
        facets=_facets(buckets, selected, filters, topic_labels, organisation_labels),
        rejected=rejected,
        selected_topics=selected_topics(filters, topic_slugs, topic_labels),
        total=total,
        page=page,
        per_page=per_page,
    )


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value[:10])


def _facets(buckets, selected, filters, topic_labels, organisation_labels) -> list[Facet]:
    facets = []
    for facet in FACETS:
        options: list[FacetOption] = []
        if facet == "availability":
            counts = {key: bucket["doc_count"] for key, bucket in buckets[facet].items()}
            for value, label in CHOICE_FACETS[facet].items():
                if counts.get(value) or value in selected[facet]:
                    options.append(
                        FacetOption(
                            value, str(label), counts.get(value, 0), value in selected[facet]
                        )
                    )
        elif facet in CHOICE_FACETS:
            counts = {bucket["key"]: bucket["doc_count"] for bucket in buckets[facet]}
            for value, label in CHOICE_FACETS[facet].items():
                if value in counts or value in selected[facet]:
                    options.append(
                        FacetOption(
                            value, str(label), counts.get(value, 0), value in selected[facet]
                        )
                    )
        elif facet == "city":
            seen = set()
            for bucket in buckets[facet]:
                name = bucket["key"]
                seen.add(name.casefold())
                options.append(
                    FacetOption(
                        name, name, bucket["doc_count"], name.casefold() in selected["city"]
                    )
                )
            for city in filters.city:
                if city.casefold() not in seen:
                    options.append(FacetOption(city, city, 0, True))
            options.sort(key=lambda o: (-o.count, o.label.casefold()))
        else:
            labels = topic_labels if facet == "topic" else organisation_labels
            counts = {uuid.UUID(bucket["key"]): bucket["doc_count"] for bucket in buckets[facet]}
            for key in selected[facet]:
                counts.setdefault(key, 0)
            for key, count in counts.items():
                if key in labels:
                    label = labels[key]
                    options.append(
                        FacetOption(label.slug, label.name, count, key in selected[facet])
                    )
            options.sort(key=lambda o: (-o.count, o.label.casefold()))
        facets.append(Facet(facet, str(FACET_LABELS[facet]), options))
    return facets
