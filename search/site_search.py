"""Site search: one query across press, events, experts and the other pages of one language,
shared by the search page (search.views) and the JSON API (search.api_search).

What can be found is a small registry of result kinds (`KINDS`): a key for the URL (`?type=`),
a label for the tab, how to find matches (ids best first), how to load one page of them (one
query per kind, whatever the number of results) and how to describe one for the API. The
knowledge base's explainers, glossary terms and fact sheets share one kind; the "pages" kind,
last, covers every other page type, so a new kind's pages move out of it by themselves.

On "All", the kinds' results are interleaved by rank (each kind's best, then each kind's
second…): relevance scores of different kinds are not comparable, and a journalist should see the
best expert and the best press item on the first screen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import zip_longest
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from experts.models import ExpertPage
from mediacenter.models import ExplainerPage, FactSheetPage, GlossaryTermPage
from press.models import EventPage, PressReleasePage
from search.experts import expert_pages, search_experts
from search.query import clean_query, ranked_pks

ALL = "all"
SUMMARY_WORDS = 40


@dataclass
class SearchScope:
    """Where one search looks: the language, and what the public may not see, read once per
    search and shared by the kinds (each kind's queryset starts from `pages()`)."""

    locale: Locale

    @cached_property
    def private_q(self) -> Q:
        return Page.objects.all().private_q()

    @cached_property
    def embargoed(self) -> list[int]:
        return list(PressReleasePage.objects.embargoed().values_list("pk", flat=True))

    def pages(self, model: type[Page] = Page) -> QuerySet:
        """Live, public pages of one type in the scope's language."""
        return model.objects.live().filter(locale=self.locale).exclude(self.private_q)


@dataclass
class Found:
    """What one kind found: how many, a way to fetch the matches at some ranks (page ids, or
    expert hits), and whether the database backend answered because the engine was down."""

    total: int
    fetch: Callable[[int, int], list]  # the matches at ranks start..stop-1, best first
    fallback: bool = False

    @classmethod
    def of(cls, items: list, fallback: bool = False) -> Found:
        return cls(len(items), lambda start, stop: items[start:stop], fallback)


@dataclass(frozen=True)
class ResultKind:
    """One kind of result.

    find(query, scope) -> Found: the matches in the scope's language, best first.
    load(items) -> objects: one page of matches (leaving out any that went away in between),
        in a fixed number of queries.
    describe(obj) -> dict: title, summary, date and language for the API and the page.
    """

    key: str
    label: Any  # a lazy translated string
    template: str
    find: Callable[[str, SearchScope], Found]
    load: Callable[[Sequence], list]
    describe: Callable[[Any], dict]
    models: tuple[type[Page], ...] = ()  # the page types it covers, left out of the "pages" kind


KINDS: dict[str, ResultKind] = {}


def register_kind(kind: ResultKind, *, before: str | None = "pages") -> None:
    """Add a kind of result; it goes before the catch-all "pages" kind unless told otherwise."""
    items = [(key, value) for key, value in KINDS.items() if key != kind.key]
    position = next((i for i, (key, _kind) in enumerate(items) if key == before), len(items))
    items.insert(position, (kind.key, kind))
    KINDS.clear()
    KINDS.update(items)


# Kinds made of pages ------------------------------------------------------------------------


def _summary(*texts: str) -> str:
    for text in texts:
        text = " ".join(strip_tags(text or "").split())
        if text:
            return Truncator(text).words(SUMMARY_WORDS)
    return ""


def page_kind(
    key: str,
    label: Any,
    *,
    queryset: Callable[[SearchScope], QuerySet],
    template: str,
    describe: Callable[[Any], dict],
    models: tuple[type[Page], ...] = (),
    load_queryset: Callable[[Sequence[int]], QuerySet] | None = None,
) -> ResultKind:
    """A kind whose results are pages of one language, found through search.query.ranked_pks
    (typed words, Latin/Cyrillic skeletons, synonyms, the engine with the database fallback)."""

    def find(query: str, scope: SearchScope) -> Found:
        pks, fallback = ranked_pks(queryset(scope), query, where="Site search")
        return Found.of(pks, fallback)

    def load(pks: Sequence[int]) -> list:
        if not pks:
            return []
        return list(load_queryset(pks) if load_queryset else models[0].objects.filter(pk__in=pks))

    return ResultKind(key, label, template, find, load, describe, models)


def _with_locale(model: type[Page], pks: Sequence[int]) -> QuerySet:
    return model.objects.filter(pk__in=list(pks)).select_related("locale")


def _press_queryset(scope: SearchScope) -> QuerySet:
    # released(): not under embargo, as the public sees the newsroom.
    return scope.pages(PressReleasePage).released()


def _describe_press(page: PressReleasePage) -> dict:
    return {
        "title": page.title,
        "summary": _summary(page.lead, page.search_description),
        "date": page.publication_date,
        "language": page.locale.language_code,
    }


def _event_queryset(scope: SearchScope) -> QuerySet:
    return scope.pages(EventPage)


def _describe_event(page: EventPage) -> dict:
    return {
        "title": page.title,
        "summary": _summary(page.lead, page.search_description, page.venue),
        "date": page.start,
        "language": page.locale.language_code,
    }


def _other_pages_queryset(scope: SearchScope) -> QuerySet:
    """Every other live, public page of the language: what no other kind covers."""
    covered = [model for kind in KINDS.values() for model in kind.models]
    return scope.pages().filter(depth__gt=1).not_type(*covered)


def _describe_page(page: Page) -> dict:
    return {
        "title": page.title,
        "summary": _summary(
            page.search_description, getattr(page, "intro", ""), getattr(page, "lead", "")
        ),
        "date": page.last_published_at,
        "language": page.locale.language_code,
    }


# Experts: search.experts does the search (both languages, collapsed to one profile each) -----


# Fetched with the count, so that the first page of "All" or "Experts" needs no second search.
EXPERTS_FIRST_PAGE = 10


def _find_experts(query: str, scope: SearchScope) -> Found:
    language = scope.locale.language_code
    first = search_experts(query, language=language, per_page=EXPERTS_FIRST_PAGE)

    def fetch(start: int, stop: int) -> list:
        if stop <= len(first.hits):
            return first.hits[start:stop]
        # A later page: search again for the experts up to `stop`, in the same order.
        return list(search_experts(query, language=language, per_page=stop).hits[start:stop])

    return Found(first.total, fetch, first.fallback)


def _describe_expert(page: ExpertPage) -> dict:
    organisation = getattr(page, "localized_organisation", None)
    details = [page.position, organisation.name if organisation else "", page.city]
    return {
        "title": page.full_name,
        "summary": " · ".join(detail.strip() for detail in details if detail and detail.strip()),
        "date": None,
        "language": page.hit.language,
    }


register_kind(
    page_kind(
        "press",
        _("Press"),
        models=(PressReleasePage,),
        queryset=_press_queryset,
        template="search/results/press.html",
        describe=_describe_press,
        load_queryset=lambda pks: _with_locale(PressReleasePage, pks),
    )
)
register_kind(
    page_kind(
        "events",
        _("Events"),
        models=(EventPage,),
        queryset=_event_queryset,
        template="search/results/event.html",
        describe=_describe_event,
        load_queryset=lambda pks: _with_locale(EventPage, pks),
    )
)
register_kind(
    ResultKind(
        "experts",
        _("Experts"),
        "search/results/expert.html",
        find=_find_experts,
        load=expert_pages,
        describe=_describe_expert,
        models=(ExpertPage,),
    )
)


# The knowledge base: explainers, glossary terms and fact sheets under one tab -----------------

KNOWLEDGE_MODELS = (ExplainerPage, GlossaryTermPage, FactSheetPage)


def _knowledge_queryset(scope: SearchScope) -> QuerySet:
    return scope.pages().type(*KNOWLEDGE_MODELS)


def _describe_knowledge(page: Page) -> dict:
    if isinstance(page, ExplainerPage):
        summary = _summary(page.search_description, page.summary)
    elif isinstance(page, GlossaryTermPage):
        summary = _summary(page.definition)
    else:
        summary = _summary(page.search_description, getattr(page, "intro", ""))
    return {
        "title": page.title,
        "summary": summary,
        "date": page.last_published_at,
        "language": page.locale.language_code,
    }


register_kind(
    page_kind(
        "knowledge",
        _("Knowledge base"),
        models=KNOWLEDGE_MODELS,
        queryset=_knowledge_queryset,
        template="search/results/knowledge.html",
        describe=_describe_knowledge,
        # One query for the pages and one per page type for their own fields.
        load_queryset=lambda pks: (
            Page.objects.filter(pk__in=list(pks)).select_related("locale").specific()
        ),
    )
)
register_kind(
    page_kind(
        "pages",
        _("Pages"),
        queryset=_other_pages_queryset,
        template="search/results/page.html",
        describe=_describe_page,
        # One query for the pages and one per page type for their specific fields.
        load_queryset=lambda pks: (
            Page.objects.filter(pk__in=list(pks)).select_related("locale").specific()
        ),
    ),
    before=None,
)


# One search ---------------------------------------------------------------------------------


@dataclass
class SiteResult:
    """One result on a page: its kind and the loaded object."""

    kind: ResultKind
    object: Any

    @property
    def template(self) -> str:
        return self.kind.template

    def describe(self) -> dict:
        return self.kind.describe(self.object)


@dataclass
class SiteSearch:
    """Everything one query found in one language, per kind."""

    query: str
    was_cut: bool
    scope: SearchScope
    found: dict[str, Found] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        """Number of results per kind key, and their sum under "all"."""
        counts = {key: found.total for key, found in self.found.items()}
        return {ALL: sum(counts.values()), **counts}

    @property
    def total(self) -> int:
        return self.counts[ALL]

    @property
    def fallback(self) -> bool:
        return any(found.fallback for found in self.found.values())

    def entries(self, kind: str = ALL) -> list[tuple[str, int]]:
        """(kind key, rank) of every result of one kind, or of all kinds interleaved by rank:
        the list a paginator pages through; `load()` turns a page of it into objects."""
        if kind != ALL:
            return [(kind, rank) for rank in range(self.found[kind].total)]
        columns = [
            [(key, rank) for rank in range(found.total)] for key, found in self.found.items()
        ]
        return [entry for row in zip_longest(*columns) for entry in row if entry is not None]

    def load(self, entries: Sequence[tuple[str, int]]) -> list[SiteResult]:
        """The objects behind one page of entries, in order: one fetch and one load per kind."""
        ranks: dict[str, list[int]] = defaultdict(list)
        for key, rank in entries:
            ranks[key].append(rank)
        items: dict[tuple[str, int], Any] = {}
        loaded: dict[str, dict] = {}
        for key, kind_ranks in ranks.items():
            start, stop = min(kind_ranks), max(kind_ranks) + 1
            fetched = self.found[key].fetch(start, stop)
            items.update({(key, start + i): item for i, item in enumerate(fetched)})
            # Loaders leave out what went away in between (unpublished): match the rest by id.
            loaded[key] = {obj.pk: obj for obj in KINDS[key].load(fetched)}
        results = []
        for entry in entries:
            item = items.get(entry)
            if item is None:
                continue
            obj = loaded[entry[0]].get(item if isinstance(item, int) else item.pk)
            if obj is not None:
                results.append(SiteResult(KINDS[entry[0]], obj))
        return results


def run_search(raw_query: str, locale: Locale) -> SiteSearch:
    """Search every kind for a query (cleaned: control characters dropped, cut to 200)."""
    query, was_cut = clean_query(raw_query)
    search = SiteSearch(query=query, was_cut=was_cut, scope=SearchScope(locale))
    if query:
        for key, kind in KINDS.items():
            search.found[key] = kind.find(query, search.scope)
    else:
        search.found = {key: Found.of([]) for key in KINDS}
    return search


# Editors' picks -----------------------------------------------------------------------------


@dataclass
class Pick:
    title: str
    url: str
    description: str


def editors_picks(query: str, scope: SearchScope, request=None) -> list[Pick]:
    """The search promotions editors set for this query: pages of the scope's language that the
    public may see (live, public, not under embargo), and external links."""
    if not query:
        return []
    visible = scope.pages().exclude(pk__in=scope.embargoed).values("pk")
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True, external_link_url__gt="") | Q(page__in=visible))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    picks = []
    for promotion in promotions:
        if promotion.page_id:
            url = promotion.page.get_url(request)
            if not url:
                continue
            title = promotion.page.title
            description = promotion.description or promotion.page.search_description
        else:
            url = promotion.external_link_url
            title = promotion.external_link_text or promotion.external_link_url
            description = promotion.description
        picks.append(Pick(title=title, url=url, description=description))
    return picks


def kind_choices() -> list[str]:
    """The values ?type= accepts: "all" and every kind's key."""
    return [ALL, *KINDS]
