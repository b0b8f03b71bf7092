"""Typo tolerance for the database backend, which has no fuzzy matching of its own.

A word of the query that is not in the directory's vocabulary (the Latin skeletons of experts'
names, positions, keywords, cities, organisations and of every topic name and synonym) is
corrected to the closest vocabulary word with the same first letter: one letter off in words of
four letters, two from five on, a swap of two neighbours counting as one (as the engine's
`AUTO:4,5` fuzziness does). The vocabulary is built once per process and rebuilt when a profile is
published or unpublished or a topic changes.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from django.db.models import Count, Max

from search.normalize import fold, words

_lock = threading.Lock()
_state: dict = {"fingerprint": None, "buckets": None, "known": None}


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (insert, delete, replace, swap neighbours), or limit + 1
    as soon as it is certain to exceed limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _fingerprint() -> tuple:
    from experts.models import ExpertPage
    from mediacenter.models import Topic

    experts = ExpertPage.objects.live().aggregate(count=Count("pk"), last=Max("last_published_at"))
    topics = hash(tuple(Topic.objects.order_by("pk").values_list("name", "synonyms")))
    return (experts["count"], experts["last"], topics)


def _vocabulary() -> set[str]:
    from experts.models import ExpertPage, Organisation
    from mediacenter.models import Topic

    known: set[str] = set()
    rows = ExpertPage.objects.live().values_list(
        "first_name", "last_name", "position", "keywords", "city"
    )
    for row in rows.iterator(chunk_size=2000):
        for text in row:
            known.update(fold(text).split())
    for name, synonyms in Topic.objects.values_list("name", "synonyms"):
        known.update(fold(f"{name} {synonyms}").split())
    for (name,) in Organisation.objects.values_list("name"):
        known.update(fold(name).split())
    return known


def _buckets() -> tuple[set[str], dict[tuple[str, int], list[str]]]:
    fingerprint = _fingerprint()
    with _lock:
        if _state["fingerprint"] != fingerprint:
            known = _vocabulary()
            buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
            for word in known:
                if len(word) >= 4:
                    buckets[(word[0], len(word))].append(word)
            _state.update(fingerprint=fingerprint, known=known, buckets=buckets)
        return _state["known"], _state["buckets"]


def corrections(query: str) -> dict[str, str]:
    """{typed word's skeleton: closest vocabulary skeleton} for the words that look misspelt."""
    typed = [fold(word) for word in words(query) if len(word) >= 4]
    if not typed:
        return {}
    known, buckets = _buckets()
    found: dict[str, str] = {}
    for word in typed:
        if word in known or len(word) < 4 or word in found:
            continue
        limit = 1 if len(word) == 4 else 2
        best: tuple[int, str] | None = None
        for length in range(len(word) - limit, len(word) + limit + 1):
            for candidate in buckets.get((word[0], length), ()):
                d = distance(word, candidate, limit)
                if d <= limit and (best is None or (d, candidate) < best):
                    best = (d, candidate)
        if best:
            found[word] = best[1]
    return found
