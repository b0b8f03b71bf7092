"""The log of what visitors search, one row per query, day, language and place, for the staff
report of top queries and queries with no results (search.wagtail_hooks). Only the query is kept:
never who asked."""

from __future__ import annotations

from django.db.models import F
from django.utils import timezone

from mediacenter.cache import replay_on_hit
from search.models import SearchQueryDay

MAX_LENGTH = SearchQueryDay._meta.get_field("query").max_length


def normalise(query: str) -> str:
    """The form a query is counted under: case folded, spaces collapsed, cut to the column."""
    return " ".join((query or "").casefold().split())[:MAX_LENGTH].rstrip()


def record_query(query: str, *, language: str, scope: str, found: int, times: int = 1) -> None:
    """Count one search of query (and one empty search when found is 0) for today; `times`
    searches at once for the page cache's hits of the same search (mediacenter.cache).

    An atomic upsert: an UPDATE with F() increments, and on the first search of the day an
    INSERT through get_or_create, which copes with a concurrent first search (the unique
    constraint) by reading the row the other request made; that row is then incremented.
    """
    query = normalise(query)
    if not query:
        return
    # Counted again each time this search's page is served from the page cache.
    replay_on_hit(record_query, query, language=language, scope=scope, found=found)
    key = {"date": timezone.localdate(), "language": language, "scope": scope, "query": query}
    increments = {
        "searches": F("searches") + times,
        "empty_searches": F("empty_searches") + (0 if found else times),
    }
    if SearchQueryDay.objects.filter(**key).update(**increments):
        return
    _row, created = SearchQueryDay.objects.get_or_create(
        **key, defaults={"searches": times, "empty_searches": 0 if found else times}
    )
    if not created:
        SearchQueryDay.objects.filter(**key).update(**increments)
