"""Find an expert: the directory page's search, facets and pagination.

Everything lives in the query string (?q=&topic=&city=…&sort=&page=), so a journalist can share
or bookmark the exact list they see. Bad values are reported and left out, never an error page.
"""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode

from press.listing import paginate
from search.experts import (
    FACETS,
    ExpertFilters,
    expert_highlight,
    expert_pages,
    search_experts,
)
from search.querylog import record_query

RESULTS_PER_PAGE = 20
CARD_PHOTO_SPEC = "fill-160x160"  # experts/includes/expert_card.html


def _page_number(request: HttpRequest) -> int:
    try:
        return max(1, int(request.GET.get("page", 1)))
    except (TypeError, ValueError):
        return 1


def directory_context(index_page, request: HttpRequest) -> dict:
    """The template context of an ExpertIndexPage: one page of experts, the facets and notices."""
    language = index_page.locale.language_code
    filters, rejected = ExpertFilters.from_params(
        {facet: request.GET.getlist(facet) for facet in FACETS}
    )
    result = search_experts(
        request.GET.get("q", ""),
        language=language,
        filters=filters,
        sort=request.GET.get("sort", "").strip(),
        page=_page_number(request),
        per_page=RESULTS_PER_PAGE,
    )
    record_query(result.query, language=language, scope="experts", found=result.total)
    page_obj = paginate(request, result.pages, RESULTS_PER_PAGE)
    experts = expert_pages(page_obj.object_list, photo_spec=CARD_PHOTO_SPEC)
    for expert in experts:
        expert.highlight = expert_highlight(expert, result.query)

    request_topic = result.selected_topics[0] if result.selected_topics else None
    request_contact_url = reverse("experts:request_contact")
    if request_topic:
        request_contact_url += "?" + urlencode({"topic": request_topic.slug})
    return {
        "query": result.query,
        "sort": result.sort,
        "experts": experts,
        "page_obj": page_obj,
        "result_count": result.total,
        "facets": result.facets,
        "filter_notices": [item.message for item in rejected + result.rejected],
        "search_fallback": result.fallback,
        "is_filtered": bool(filters),
        "clear_filters_url": "?" + urlencode({"q": result.query}) if result.query else "?",
        "request_topic": request_topic,
        "request_contact_url": request_contact_url,
    }
