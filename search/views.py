"""Site search: /<lang>/search/?q=&type=&page= across press, events, experts and other pages of
the active language, with type tabs and counts, editors' picks on top and a notice when the
database backend answered for the engine (see search.site_search)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale

from press.listing import paginate
from search.forms import SiteSearchForm
from search.models import SearchQueryDay
from search.querylog import record_query
from search.site_search import ALL, KINDS, editors_picks, run_search

RESULTS_PER_PAGE = 10


def _tabs(query: str, counts: dict[str, int], active: str) -> list[dict]:
    """The "All" tab and one tab per kind, each a link with its count."""
    labels = {ALL: _("All"), **{key: kind.label for key, kind in KINDS.items()}}
    tabs = []
    for key, label in labels.items():
        params = {"q": query} if key == ALL else {"q": query, "type": key}
        tabs.append(
            {
                "key": key,
                "label": label,
                "count": counts.get(key, 0),
                "url": "?" + urlencode(params),
                "active": key == active,
            }
        )
    return tabs


def _is_new_search(request: HttpRequest) -> bool:
    """A search typed in the form, not a tab or a further page of one: counted once."""
    return "page" not in request.GET and "type" not in request.GET


def site_search(request: HttpRequest) -> HttpResponse:
    """One page of results of one kind (or all, interleaved), with every kind's count; a search
    typed in the form is logged for the staff report and counted for editors' picks."""
    form = SiteSearchForm(request.GET)
    form.is_valid()  # never invalid: odd input is cleaned, with notices
    query = form.cleaned_data.get("q", "")
    kind = form.cleaned_data.get("type", ALL)
    locale = Locale.get_active()

    search = run_search(query, locale)
    context = {
        "form": form,
        "query": search.query,
        "kind": kind,
        "notices": form.notices,
        "search_fallback": search.fallback,
        "page_obj": None,
        "results": [],
        "picks": [],
        "tabs": [],
    }
    if search.query:
        page_obj = paginate(request, search.entries(kind), RESULTS_PER_PAGE)
        context.update(
            page_obj=page_obj,
            results=search.load(page_obj.object_list),
            picks=editors_picks(search.query, search.scope, request),
            tabs=_tabs(search.query, search.counts, kind),
            kind_label=KINDS[kind].label if kind != ALL else None,
        )
        if _is_new_search(request):
            Query.get(search.query).add_hit()
            record_query(
                search.query,
                language=locale.language_code,
                scope=SearchQueryDay.Scope.SITE,
                found=search.total,
            )
    return render(request, "search/search_results.html", context)
