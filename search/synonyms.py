"""Topic synonyms, applied when a query is searched (not when it is indexed).

Each Topic translation carries its own language's synonyms ("ИИ, изкуствен интелект" on the
Bulgarian one, "AI, machine learning" on the English one). A query that contains any name or
synonym of any translation of a topic is expanded with all of them, in both languages, and with
the topic itself (its translation_key), so the engines can rank the experts tagged with the topic
first. The synonyms are read from the database at every search (one small query), so an editor's
change applies to the next search: no reindex, no cache to clear.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from mediacenter.models import Topic
from search.normalize import match_keys

MAX_PHRASES = 40  # an expansion longer than this is a taxonomy mistake; keep queries bounded


@dataclass(frozen=True)
class TopicTerms:
    """Every way of naming one topic, in every language."""

    key: uuid.UUID
    phrases: tuple[str, ...]  # names first, then synonyms
    name_count: int  # how many of the phrases are the topic's names


@dataclass
class Expansion:
    """What a query means beyond its words: the topics it names and their other names."""

    topic_keys: set[uuid.UUID] = field(default_factory=set)
    phrases: list[str] = field(default_factory=list)  # other names and synonyms, not typed
    names: list[str] = field(default_factory=list)  # the topics' names among the phrases

    def __bool__(self) -> bool:
        return bool(self.topic_keys)


def _split(synonyms: str) -> list[str]:
    return [" ".join(part.split()) for part in (synonyms or "").replace(";", ",").split(",")]


@lru_cache(maxsize=8)
def _index(rows: tuple[tuple[uuid.UUID, str, str], ...]):
    """Topics and the match keys of each of their phrases; memoised on the rows themselves, so a
    changed synonym is a different argument and is used at once."""
    phrases: dict[uuid.UUID, list[str]] = defaultdict(list)
    synonyms: dict[uuid.UUID, list[str]] = defaultdict(list)
    for key, name, synonym_text in rows:
        phrases[key].append(" ".join(name.split()))
        synonyms[key] += _split(synonym_text)
    topics = []
    for key in phrases:
        unique: list[str] = []
        for phrase in phrases[key] + synonyms[key]:
            if phrase and phrase.casefold() not in {p.casefold() for p in unique}:
                unique.append(phrase)
        name_count = len({name.casefold() for name in phrases[key]})
        keyed = tuple((phrase, match_keys(phrase)) for phrase in unique)
        topics.append((TopicTerms(key, tuple(unique), name_count), keyed))
    return topics


def topic_terms() -> list[tuple[TopicTerms, tuple[tuple[str, tuple[str, ...]], ...]]]:
    rows = tuple(
        Topic.objects.order_by("translation_key", "locale_id").values_list(
            "translation_key", "name", "synonyms"
        )
    )
    return _index(rows)


def contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    """True when the word keys `needle` occur in `haystack` in a row."""
    if not needle or len(needle) > len(haystack):
        return False
    return any(
        haystack[start : start + len(needle)] == needle
        for start in range(len(haystack) - len(needle) + 1)
    )


def expand(query: str) -> Expansion:
    """The topics the query names (by any name or synonym, in any language or spelling) and the
    phrases to add to it."""
    keys = match_keys(query)
    expansion = Expansion()
    if not keys:
        return expansion
    for terms, keyed in topic_terms():
        if not any(contains(keys, phrase_keys) for _phrase, phrase_keys in keyed):
            continue
        expansion.topic_keys.add(terms.key)
        for position, (phrase, phrase_keys) in enumerate(keyed):
            if not contains(keys, phrase_keys):
                expansion.phrases.append(phrase)
                if position < terms.name_count:
                    expansion.names.append(phrase)
    expansion.phrases = expansion.phrases[:MAX_PHRASES]
    return expansion
