"""The JSON API at /api/v1/ (django-ninja), with its OpenAPI schema at /api/v1/openapi.json.

Only public profile fields are exposed: no schema here has a field for an e-mail or a phone, and
the search behind it (search.experts) never reads ExpertContact.
"""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest
from django.utils import translation
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError

from experts.models import INTERVIEW_LANGUAGES, Availability, MediaFormat
from search.experts import (
    MAX_QUERY_LENGTH,
    ExpertFilters,
    expert_highlight,
    expert_pages,
    search_experts,
)
from search.query import clean_query

api = NinjaAPI(
    title="Media Center API",
    version="1",
    urls_namespace="api-v1",
    description="Find experts and search the Media Center. No contact details are ever returned.",
)

EXPERTS_PER_PAGE = 20

LanguageCode = Literal[tuple(code for code, _label in INTERVIEW_LANGUAGES)]  # type: ignore[valid-type]
MediaFormatCode = Literal[tuple(MediaFormat.values)]  # type: ignore[valid-type]
AvailabilityCode = Literal[tuple(Availability.values)]  # type: ignore[valid-type]


class ExpertQuery(Schema):
    q: str = Field(
        "",
        description=(
            "Words to look for: a name, a topic, a keyword, in either language and either script. "
            f"Empty lists every expert; only the first {MAX_QUERY_LENGTH} characters are used."
        ),
    )
    lang: Literal["bg", "en"] = Field(
        "bg",
        description=(
            "Language the results are shown in. Experts whose profile exists only in the other "
            "language are still found, and returned in their own language."
        ),
    )
    topic: list[str] = Field(
        [], description="Topic slug; repeat the parameter for any of several topics."
    )
    organisation: list[str] = Field(
        [], description="Organisation slug; repeat the parameter for any of several."
    )
    city: list[str] = Field([], description="City as shown on the profile; repeatable.")
    language: list[LanguageCode] = Field(
        [], description="Interview language (ISO 639-1 code); repeatable."
    )
    format: list[MediaFormatCode] = Field([], description="Media format; repeatable.")
    availability: list[AvailabilityCode] = Field(
        [],
        description="Availability as of today (an expert away until a past date is available).",
    )
    page: int = Field(1, ge=1, description=f"Page number, {EXPERTS_PER_PAGE} experts a page.")


class SlugName(Schema):
    slug: str
    name: str = Field(description="In the language of the results where translated.")


class ExpertOut(Schema):
    id: int = Field(description="Page id of the profile shown.")
    external_id: str | None = Field(description="ID in the directory's source spreadsheet.")
    name: str = Field(description="Full name with honorific.")
    url: str = Field(description="Absolute URL of the public profile.")
    language: str = Field(description="Language of the profile shown (bg or en).")
    position: str
    organisation: SlugName | None
    city: str
    topics: list[SlugName]
    languages: list[str] = Field(description="Interview languages (ISO 639-1 codes).")
    availability: AvailabilityCode = Field(description="Availability as of today.")
    highlight: str | None = Field(
        description=(
            "A short snippet of the matching text, HTML-escaped, with the query words in "
            "<mark>…</mark>; null without a query or when the match is not in the text shown."
        )
    )


class ExpertList(Schema):
    count: int = Field(description="Number of experts matching, over all pages.")
    results: list[ExpertOut]


@api.get(
    "/experts/",
    response=ExpertList,
    tags=["experts"],
    summary="Find experts",
    description=(
        "Search the expert directory in both languages at once. Each expert appears once, in the "
        "language asked for when the profile is translated, else in its own. Results come in "
        "relevance order with a query, by last and first name without one. Facet values of one "
        "kind are combined with OR, different kinds with AND. Contact details are never returned: "
        "journalists ask for contact through the site."
    ),
    url_name="experts",
)
def experts(request: HttpRequest, params: Query[ExpertQuery]) -> dict:
    filters, _rejected = ExpertFilters.from_params(
        {
            "topic": params.topic,
            "organisation": params.organisation,
            "city": params.city,
            "language": params.language,
            "format": params.format,
            "availability": params.availability,
        }
    )
    with translation.override(params.lang):
        result = search_experts(
            params.q,
            language=params.lang,
            filters=filters,
            page=params.page,
            per_page=EXPERTS_PER_PAGE,
        )
        unknown = [item for item in result.rejected if item.facet in ("topic", "organisation")]
        if unknown:
            raise ValidationError(
                [
                    {
                        "type": "unknown_value",
                        "loc": ["query", item.facet],
                        "msg": f"There is no {item.facet} with the slug “{item.value}”.",
                    }
                    for item in unknown
                ]
            )
        pages = expert_pages(result.hits if result.page == params.page else [])
        return {
            "count": result.total,
            "results": [_expert(request, page, result.query) for page in pages],
        }


def _expert(request: HttpRequest, page, query: str) -> dict:
    organisation = page.localized_organisation
    return {
        "id": page.pk,
        "external_id": page.external_id or None,
        "name": page.full_name,
        "url": page.get_full_url(request),
        "language": page.hit.language,
        "position": page.position,
        "organisation": {"slug": organisation.slug, "name": organisation.name}
        if organisation
        else None,
        "city": page.city,
        "topics": [{"slug": t.slug, "name": t.name} for t in page.localized_topics],
        "languages": page.languages,
        "availability": page.current_availability(),
        "highlight": expert_highlight(page, query),
    }


class SuggestQuery(Schema):
    q: str = Field("", description="What has been typed so far (two characters at least).")
    lang: Literal["bg", "en"] = Field("bg", description="Language of the suggestions.")


class SuggestionOut(Schema):
    kind: Literal["expert", "topic", "press"]
    label: str
    url: str = Field(description="Where the suggestion leads on the site.")
    language: str = Field(description="Language of the page it leads to.")


class SuggestionList(Schema):
    query: str
    suggestions: list[SuggestionOut]
    fallback: bool = Field(description="True when the database answered for the search engine.")


@api.get(
    "/suggest/",
    response=SuggestionList,
    tags=["search"],
    summary="Suggestions as you type",
    description=(
        "Up to five experts (by name, in either script: “eske” finds Ескенази), five topics (by "
        "any name or synonym) and five press releases (by title) for what has been typed."
    ),
    url_name="suggest",
)
def suggestions(request: HttpRequest, params: Query[SuggestQuery]) -> dict:
    from search.suggest import suggest

    with translation.override(params.lang):
        found, fallback = suggest(request, params.q, params.lang)
    query, _cut = clean_query(params.q)
    return {"query": query, "suggestions": [vars(item) for item in found], "fallback": fallback}


api.add_router("/search/", "search.api_search.router")  # site search: GET /api/v1/search/
