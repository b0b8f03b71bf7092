"""GET /api/v1/search/: the site search as JSON, the same kinds, counts and results as the search
page (search.site_search), one language at a time. Mounted on the API in search/api.py with
`api.add_router("/search/", router)`."""

from __future__ import annotations

import datetime
from typing import Literal

from django.http import HttpRequest
from django.utils import translation
from ninja import Field, Query, Router, Schema
from wagtail.models import Locale

from search.query import MAX_QUERY_LENGTH
from search.site_search import ALL, KINDS, kind_choices, run_search

RESULTS_PER_PAGE = 10

router = Router(tags=["search"])

KindKey = Literal[tuple(KINDS)]  # type: ignore[valid-type]
TypeKey = Literal[tuple(kind_choices())]  # type: ignore[valid-type]


class SearchQuery(Schema):
    q: str = Field(
        "",
        description=(
            "Words to look for, in Cyrillic or Latin letters. Longer than "
            f"{MAX_QUERY_LENGTH} characters is cut, not rejected; query syntax is read as words. "
            "Empty finds nothing."
        ),
    )
    lang: Literal["bg", "en"] = Field(
        "bg", description="Language searched and shown (experts: see the `experts` kind)."
    )
    type: TypeKey = Field(
        ALL, description="One kind of result, or `all` (the kinds interleaved by rank)."
    )
    page: int = Field(1, ge=1, description=f"Page number, {RESULTS_PER_PAGE} results a page.")


class SearchResultOut(Schema):
    kind: KindKey = Field(description="What the result is: " + ", ".join(KINDS) + ".")
    id: int = Field(description="Page id.")
    title: str = Field(description="Title, or an expert's full name with honorific.")
    url: str = Field(description="Absolute URL of the public page.")
    language: str = Field(
        description=(
            "Language of the page (bg or en). Always `lang`, except experts whose profile "
            "exists only in the other language."
        )
    )
    summary: str = Field(
        description="Plain text: the lead of press and events, an expert's position and place."
    )
    date: datetime.datetime | None = Field(
        description=(
            "Publication date (press), start (events), last published (pages); null for experts."
        )
    )


class SearchOut(Schema):
    query: str = Field(
        description="The query searched: control characters dropped, spaces collapsed, cut."
    )
    query_was_cut: bool = Field(description=f"True when q was longer than {MAX_QUERY_LENGTH}.")
    type: TypeKey
    counts: dict[str, int] = Field(
        description="Number of results per kind, and of all kinds under `all`."
    )
    count: int = Field(description="Number of results of the type asked for, over all pages.")
    page: int
    fallback: bool = Field(
        description=(
            "True when the search engine was unavailable and the simpler database search "
            "answered: results may be less precise."
        )
    )
    results: list[SearchResultOut]


@router.get(
    "/",
    response=SearchOut,
    summary="Search the Media Center",
    description=(
        "Search press releases, events, experts, the knowledge base (explainers, glossary terms, "
        "fact sheets) and the other pages of one language at once. "
        "Press items under embargo are never returned. Latin spellings of Bulgarian words and "
        "names find the Cyrillic text and the other way round; topic synonyms are applied. "
        "Experts are searched in both languages and returned once, in `lang` where translated."
    ),
    url_name="search",
)
def search(request: HttpRequest, params: Query[SearchQuery]) -> dict:
    with translation.override(params.lang):
        locale = Locale.objects.get(language_code=params.lang)
        found = run_search(params.q, locale)
        entries = found.entries(params.type)
        start = (params.page - 1) * RESULTS_PER_PAGE
        results = found.load(entries[start : start + RESULTS_PER_PAGE])
        return {
            "query": found.query,
            "query_was_cut": found.was_cut,
            "type": params.type,
            "counts": found.counts,
            "count": len(entries),
            "page": params.page,
            "fallback": found.fallback,
            "results": [
                {
                    "kind": result.kind.key,
                    "id": result.object.pk,
                    "url": result.object.get_full_url(request),
                    **result.describe(),
                }
                for result in results
            ],
        }
