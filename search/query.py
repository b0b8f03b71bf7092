"""Queries for Wagtail's search backends (pages, snippets): the typed words, their spelling-
insensitive skeletons and the topic synonyms they name, any of them matching, best first; on the
engine with a short timeout and the database backend standing in when it fails.
"""

from __future__ import annotations

from collections.abc import Sequence

from search.engine import (
    ENGINE_ERRORS,
    engine_answered,
    engine_failed,
    fallback_backend,
    is_engine,
    query_timeout,
    search_backend,
)
from search.normalize import fold_variants, words
from search.synonyms import Expansion, expand

SEARCH_CAP = 1000  # relevance beyond the first thousand matches helps nobody
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12  # of the typed query; a pasted paragraph is cut to its first words
# Any of the words, best matches first, on every backend (the database backends default to "and",
# the engines to "or"): a journalist on deadline sees the closest results rather than nothing.
OPERATOR = "or"
STOP_WORDS = frozenset(
    [
        "and",
        "the",
        "for",
        "with",
        "from",
        "into",
        "над",
        "под",
        "при",
        "към",
        "със",
        "без",
        "във",
        "или",
        "для",
        "на",
        "за",
        "от",
        "по",
        "до",
        "във",
        "със",
        "като",
        "след",
    ]
)


def clean_query(query: str) -> tuple[str, bool]:
    """The query with control characters dropped, spaces collapsed and cut to MAX_QUERY_LENGTH
    characters; True when it was cut."""
    query = "".join(char if char.isprintable() else " " for char in (query or ""))
    query = " ".join(query.split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rstrip(), True
    return query, False


def typed_words(query: str) -> list[str]:
    """The words of a query, without any query syntax (quotes, operators, fields, wildcards):
    nothing typed reaches an engine as syntax."""
    return words(query)[:MAX_WORDS]


def backend_query(
    query: str, expansion: Expansion | None = None, extra_terms: Sequence[str] = ()
) -> str:
    """The query string for a Wagtail backend: typed words, their skeletons and synonyms (and
    extra_terms: spelling corrections)."""
    typed = typed_words(query)
    if not typed:
        return ""
    expansion = expand(query) if expansion is None else expansion
    terms: list[str] = [*typed, *extra_terms]
    for variant in fold_variants(" ".join(typed)):
        terms += variant.split()
    for phrase in expansion.phrases:
        # Synonyms add their content words only: no digits ("фаза 1"), short function words or
        # stop words, which would match half the site.
        terms += [
            word
            for word in words(phrase)
            if len(word) >= 3 and not word.isdigit() and word.casefold() not in STOP_WORDS
        ]
    unique: list[str] = []
    seen: set[str] = set()
    for term in terms:
        if term.casefold() not in seen:
            seen.add(term.casefold())
            unique.append(term)
    return " ".join(unique)


def _ranked_pks(backend, queryset, query_string: str, cap: int) -> list[int]:
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchResults

    # Only ids are wanted: the database backends then load no more than the ids.
    results = backend.search(query_string, queryset.only("pk"), operator=OPERATOR)
    if isinstance(results, ElasticsearchBaseSearchResults):
        # Ask the engine for ids only, in one request with a short timeout: iterating the results
        # would load the objects 100 hits at a time, a query count that grows with the matches.
        response = results._backend_do_search(
            results._get_es_body(),
            index=backend.get_index_for_model(queryset.model).name,
            _source=False,
            size=cap,
            request_timeout=query_timeout(),
            **{results.fields_param_name: "pk"},
        )
        return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
    window = results[:cap]
    if hasattr(window, "get_queryset"):
        # The database backends build a ranked queryset: read its ids without making a model
        # instance of each match (most of the time of a broad search).
        return list(window.get_queryset().values_list("pk", flat=True))
    return [obj.pk for obj in window]


def ranked_pks(
    queryset,
    query: str,
    *,
    cap: int = SEARCH_CAP,
    where: str = "Search",
    expansion: Expansion | None = None,
    extra_terms: Sequence[str] = (),
) -> tuple[list[int], bool]:
    """Ids of the objects in queryset matching query, best first, and True when the database
    backend answered because the engine failed or is held down."""
    query_string = backend_query(query, expansion, extra_terms)
    if not query_string:
        return [], False
    backend, fallback = search_backend()
    if not fallback:
        try:
            pks = _ranked_pks(backend, queryset, query_string, cap)
        except ENGINE_ERRORS as error:
            engine_failed(error, where)
        else:
            if is_engine(backend):
                engine_answered()
            return pks, False
    return _ranked_pks(fallback_backend(), queryset, query_string, cap), True
