"""Suggestions while a journalist types: experts by name, topics, press release titles.

On the engine, experts come from the directory index's edge n-grams on names and on their Latin
skeletons ("eske" → Кристина Ескенази) and press titles from Wagtail's autocomplete (edge n-grams
on titles); on the database backend, from a prefix match on the same skeletons. Topics are few and
matched in Python on every name and synonym, in any script.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Locale, Page

from mediacenter.cache import per_generation
from search.directory_index import experts_alias
from search.engine import (
    ENGINE_ERRORS,
    engine_answered,
    engine_failed,
    is_engine,
    query_timeout,
    search_backend,
)
from search.normalize import fold
from search.query import clean_query, typed_words

MAX_SUGGESTIONS = 5
MIN_LENGTH = 2


@dataclass
class Suggestion:
    kind: str  # expert | topic | press
    label: str
    url: str
    language: str


def _prefix_match(query_words: list[str], label_words: list[str]) -> bool:
    """Every typed word starts some word of the label (the last one may be half typed)."""
    return all(any(word.startswith(typed) for word in label_words) for typed in query_words)


def _experts_from_engine(backend, query: str, language: str) -> list[int]:
    folded = fold(query)
    body = {
        "query": {
            "bool": {
                "should": [
                    {"match": {"name.autocomplete": {"query": query, "operator": "and"}}},
                    {"match": {"name_skeleton.autocomplete": {"query": folded, "operator": "and"}}},
                ],
                "minimum_should_match": 1,
            }
        },
        "size": MAX_SUGGESTIONS,
        "_source": [f"view.{language}.pk"],
    }
    response = backend.es.search(
        index=experts_alias(backend), body=body, request_timeout=query_timeout()
    )
    return [hit["_source"]["view"][language]["pk"] for hit in response["hits"]["hits"]]


def _experts_from_database(query: str, language: str) -> list[int]:
    from experts.models import ExpertPage

    typed = fold(query).split()
    preference = {language: 0, settings.LANGUAGE_CODE: 1}
    best: dict = {}
    rows = (
        ExpertPage.objects.live()
        .public()
        .values_list("pk", "translation_key", "locale__language_code", "first_name", "last_name")
    )
    for pk, key, code, first_name, last_name in rows.iterator(chunk_size=2000):
        if not _prefix_match(typed, fold(f"{first_name} {last_name}").split()):
            continue
        rank = (preference.get(code, 2), pk)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, pk, last_name)
    ordered = sorted(best.values(), key=lambda item: (item[2].casefold(), item[1]))
    return [pk for _rank, pk, _name in ordered[:MAX_SUGGESTIONS]]


def _press(backend, query: str, locale: Locale) -> list[int]:
    from press.models import PressReleasePage

    released = PressReleasePage.objects.live().public().filter(locale=locale).released()
    results = backend.autocomplete(query, released.only("pk"), fields=["title"])
    return [page.pk for page in results[:MAX_SUGGESTIONS]]


def _topics(query: str, language: str) -> list[tuple[str, str]]:
    """(slug, name in the visitor's language) of topics one of whose names or synonyms starts
    with the typed words."""
    from mediacenter.models import Topic

    typed = fold(query).split()
    # The topics are few and change rarely: read once per cache generation (mediacenter.cache).
    rows = per_generation(
        "suggest:topics",
        lambda: list(
            Topic.objects.values_list(
                "translation_key", "locale__language_code", "slug", "name", "synonyms"
            )
        ),
    )
    matched: set = set()
    labels: dict = {}
    for key, code, slug, name, synonyms in rows:
        if code == language or key not in labels:
            labels[key] = (slug, name)
        for phrase in [name, *synonyms.split(",")]:
            if phrase.strip() and _prefix_match(typed, fold(phrase).split()):
                matched.add(key)
                break
    return sorted((labels[key] for key in matched), key=lambda item: item[1].casefold())[
        :MAX_SUGGESTIONS
    ]


def suggest(request: HttpRequest, query: str, language: str) -> tuple[list[Suggestion], bool]:
    """Up to five suggestions of each kind, and True when the database answered for the engine."""
    query, _cut = clean_query(query)
    query = " ".join(typed_words(query))
    if len(query) < MIN_LENGTH:
        return [], False
    locale = per_generation(
        f"locale:{language}", lambda: Locale.objects.get(language_code=language)
    )
    backend, fallback = search_backend()
    expert_pks: list[int] = []
    press_pks: list[int] = []
    if is_engine(backend) and not fallback:
        try:
            expert_pks = _experts_from_engine(backend, query, language)
            press_pks = _press(backend, query, locale)
        except ENGINE_ERRORS as error:
            engine_failed(error, "Suggestions")
            fallback = True
        else:
            engine_answered()
    if fallback or not is_engine(backend):
        from search.engine import fallback_backend

        expert_pks = _experts_from_database(query, language)
        press_pks = _press(fallback_backend(), query, locale)

    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in=expert_pks + press_pks).select_related("locale")
    }
    suggestions = [
        Suggestion("expert", pages[pk].title, pages[pk].get_url(request), language_of(pages[pk]))
        for pk in expert_pks
        if pk in pages
    ]
    directory = _directory_url(request, locale)
    if directory:
        suggestions += [
            Suggestion("topic", name, f"{directory}?topic={slug}", language)
            for slug, name in _topics(query, language)
        ]
    suggestions += [
        Suggestion("press", pages[pk].title, pages[pk].get_url(request), language)
        for pk in press_pks
        if pk in pages
    ]
    return suggestions, fallback


def language_of(page: Page) -> str:
    return page.locale.language_code


def _directory_url(request: HttpRequest, locale: Locale) -> str:
    from experts.models import ExpertIndexPage

    def find() -> str:
        directory = ExpertIndexPage.objects.live().filter(locale=locale).first()
        return directory.get_url(request) if directory else ""

    return per_generation(f"directory-url:{locale.language_code}:{request.get_host()}", find)
