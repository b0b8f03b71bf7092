"""Site search across public pages of the active language (the search issue deepens it)."""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from press.models import PressReleasePage
from search.forms import SiteSearchForm

RESULTS_PER_PAGE = 10


def public_pages(locale: Locale):
    """Live pages of one language, without press items still under embargo."""
    embargoed = PressReleasePage.objects.embargoed().values_list("pk", flat=True)
    return Page.objects.live().public().filter(locale=locale).exclude(pk__in=list(embargoed))


def site_search(request: HttpRequest) -> HttpResponse:
    form = SiteSearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    page_obj = None
    if query:
        results = public_pages(Locale.get_active()).specific().search(query)
        Query.get(query).add_hit()
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search_results.html",
        {"form": form, "query": query, "page_obj": page_obj},
    )
