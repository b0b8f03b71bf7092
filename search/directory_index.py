"""The expert directory's own index on the engine (OpenSearch or Elasticsearch).

Wagtail's engine backend copies all of a page's text into one field analysed one way. A
journalist's search needs more, so the directory keeps an index of its own beside Wagtail's, one
document per *expert* (all translations of a profile together):

- Bulgarian text analysed with the engine's `bulgarian` analyzer, English with `english`;
- names, topics and all text also as Latin skeletons (search.normalize.fold), so "Eskenazi" finds
  "Ескенази" and "Ескенази" finds "Eskenazi";
- topic names of every language (a query in English finds a Bulgarian-only profile) and the
  topics' translation keys, which synonyms expand to at query time (search.synonyms);
- edge n-grams on names and topics for suggestions;
- for each visitor language, the translation shown and its facet values (`view.bg`, `view.en`),
  so facet counts come from aggregations and count experts, not translations.

It is kept up to date by the site's search backend (search.backends) whenever Wagtail indexes an
expert, topic or organisation, rebuilt with no downtime by `manage.py update_index` (a new index
is filled, then the alias moves to it in one step), and caught up from search.backlog after an
outage. Contact details are never read here.
"""

from __future__ import annotations

import datetime
import html
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

from search.normalize import fold

BATCH = 500
LANGUAGES = ("bg", "en")

_TEXT_LANG = {"bg": "bulgarian", "en": "english"}

ANALYSIS = {
    "filter": {
        "autocomplete_edge": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
    },
    "analyzer": {
        # Names, organisations, cities: no stemming, case and accents folded.
        "folded": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding"],
        },
        # Latin skeletons made in Python: split on spaces only.
        "skeleton": {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
        "autocomplete": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "autocomplete_edge"],
        },
        "skeleton_autocomplete": {
            "type": "custom",
            "tokenizer": "whitespace",
            "filter": ["lowercase", "autocomplete_edge"],
        },
    },
    "normalizer": {"casefold": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
}


def _text(analyzer: str, **extra) -> dict:
    return {"type": "text", "analyzer": analyzer, **extra}


KEYWORD = {"type": "keyword"}
STORED = {"type": "keyword", "index": False, "doc_values": False}

_VIEW = {
    "properties": {
        "pk": {"type": "integer"},
        "language": KEYWORD,
        "honorific": STORED,
        "first_name": STORED,
        "last_name": STORED,
        "city": {"type": "keyword", "normalizer": "casefold"},
        "city_label": KEYWORD,
        "sort": KEYWORD,
        "topic_keys": KEYWORD,
        "organisation_key": KEYWORD,
        "languages": KEYWORD,
        "media_formats": KEYWORD,
        "availability": KEYWORD,
        "away_until": {"type": "date"},
    }
}

EXPERT_MAPPING = {
    "dynamic": "strict",
    "properties": {
        "key": KEYWORD,
        "profiles": KEYWORD,
        "name": _text(
            "folded",
            fields={"autocomplete": _text("autocomplete", search_analyzer="folded")},
        ),
        "name_skeleton": _text(
            "skeleton",
            fields={"autocomplete": _text("skeleton_autocomplete", search_analyzer="skeleton")},
        ),
        "topics_bg": _text("bulgarian"),
        "topics_en": _text("english"),
        "topics_skeleton": _text("skeleton"),
        "keywords_bg": _text("bulgarian"),
        "keywords_en": _text("english"),
        "position_bg": _text("bulgarian"),
        "position_en": _text("english"),
        "bio_bg": _text("bulgarian"),
        "bio_en": _text("english"),
        "organisation": _text("folded"),
        "city": _text("folded"),
        "focus_skeleton": _text("skeleton"),
        "skeleton": _text("skeleton"),
        "view": {"properties": dict.fromkeys(LANGUAGES, _VIEW)},
    },
}

INDEX_SETTINGS = {
    "number_of_shards": 1,
    "number_of_replicas": 0,
    "analysis": ANALYSIS,
}


# Names ---------------------------------------------------------------------------------------


def experts_alias(backend) -> str:
    """The alias searches and updates use; the index behind it changes at each rebuild."""
    return f"{backend.index_prefix}directory_experts"


def _client(backend):
    return backend.es


def _request_timeout() -> float:
    return float(getattr(settings, "SEARCH_INDEX_TIMEOUT", 10.0))


# Documents ------------------------------------------------------------------------------------


def _plain(rich_text: str) -> str:
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


def _split_keywords(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _shown(profiles: dict[str, dict], language: str) -> dict:
    """The translation a visitor of `language` sees: theirs, else the default language's, else
    any (the lowest page id, so the choice is stable)."""
    if language in profiles:
        return profiles[language]
    if settings.LANGUAGE_CODE in profiles:
        return profiles[settings.LANGUAGE_CODE]
    return profiles[min(profiles, key=lambda code: profiles[code]["pk"])]


def _full_name(row: dict) -> str:
    return " ".join(
        part for part in (row["honorific"], row["first_name"], row["last_name"]) if part
    )


def expert_documents(keys: Iterable[uuid.UUID]) -> Iterator[tuple[str, dict | None]]:
    """(translation_key, document) for each expert; None when no live public profile is left."""
    from experts.models import ExpertPage, Organisation
    from mediacenter.models import Topic

    keys = list(dict.fromkeys(keys))
    for start in range(0, len(keys), BATCH):
        batch = keys[start : start + BATCH]
        rows = list(
            ExpertPage.objects.live()
            .public()
            .filter(translation_key__in=batch)
            .values(
                "pk",
                "translation_key",
                "locale__language_code",
                "honorific",
                "first_name",
                "last_name",
                "position",
                "city",
                "short_bio",
                "bio",
                "keywords",
                "languages",
                "media_formats",
                "availability",
                "away_until",
                "organisation__translation_key",
            )
        )
        pks = [row["pk"] for row in rows]
        topic_links: dict[int, list[uuid.UUID]] = defaultdict(list)
        for pk, key in (
            ExpertPage.topics.through.objects.filter(expertpage_id__in=pks)
            .order_by("pk")
            .values_list("expertpage_id", "topic__translation_key")
        ):
            if key not in topic_links[pk]:
                topic_links[pk].append(key)
        topic_keys = {key for keys_ in topic_links.values() for key in keys_}
        topic_names: dict[uuid.UUID, dict[str, str]] = defaultdict(dict)
        for key, code, name in Topic.objects.filter(translation_key__in=topic_keys).values_list(
            "translation_key", "locale__language_code", "name"
        ):
            topic_names[key][code] = name
        organisation_keys = {
            row["organisation__translation_key"]
            for row in rows
            if row["organisation__translation_key"]
        }
        organisation_names: dict[uuid.UUID, list[str]] = defaultdict(list)
        for key, name in Organisation.objects.filter(
            translation_key__in=organisation_keys
        ).values_list("translation_key", "name"):
            if name not in organisation_names[key]:
                organisation_names[key].append(name)

        by_key: dict[uuid.UUID, dict[str, dict]] = defaultdict(dict)
        for row in rows:
            code = row["locale__language_code"]
            if code not in by_key[row["translation_key"]] or (
                row["pk"] < by_key[row["translation_key"]][code]["pk"]
            ):
                by_key[row["translation_key"]][code] = row
        for key in batch:
            profiles = by_key.get(key)
            if not profiles:
                yield str(key), None
                continue
            yield (
                str(key),
                _document(key, profiles, topic_links, topic_names, organisation_names),
            )


def _document(key, profiles, topic_links, topic_names, organisation_names) -> dict:
    doc_topic_keys: list[uuid.UUID] = []
    for row in profiles.values():
        for topic_key in topic_links[row["pk"]]:
            if topic_key not in doc_topic_keys:
                doc_topic_keys.append(topic_key)
    topics_by_language: dict[str, list[str]] = defaultdict(list)
    for topic_key in doc_topic_keys:
        for code, name in topic_names[topic_key].items():
            topics_by_language[code].append(name)
    names = list(dict.fromkeys(_full_name(row) for row in profiles.values()))
    organisations = list(
        dict.fromkeys(
            name
            for row in profiles.values()
            for name in organisation_names.get(row["organisation__translation_key"], [])
        )
    )
    cities = list(dict.fromkeys(row["city"].strip() for row in profiles.values() if row["city"]))
    document: dict = {
        "key": str(key),
        "profiles": sorted(profiles),
        "name": names,
        "name_skeleton": [fold(name) for name in names],
        "topics_skeleton": [
            fold(name) for names_ in topics_by_language.values() for name in names_
        ],
        "organisation": organisations,
        "city": cities,
        "view": {},
    }
    skeleton_parts = organisations + cities
    focus_parts: list[str] = []
    for code in LANGUAGES:
        # Topic names in every language go to that language's field: a Bulgarian topic name is
        # analysed as Bulgarian even on an English-only profile.
        document[f"topics_{code}"] = topics_by_language.get(code, [])
        row = profiles.get(code)
        keywords = _split_keywords(row["keywords"]) if row else []
        position = row["position"] if row else ""
        bio = " ".join(filter(None, [row["short_bio"], _plain(row["bio"])])) if row else ""
        document[f"keywords_{code}"] = keywords
        document[f"position_{code}"] = position
        document[f"bio_{code}"] = bio
        skeleton_parts += keywords + [position, bio]
        focus_parts += [position, *keywords]
    # Languages the site does not have yet still reach the skeleton and the names.
    for code, row in profiles.items():
        if code not in LANGUAGES:
            skeleton_parts += [
                row["position"],
                row["keywords"],
                row["short_bio"],
                _plain(row["bio"]),
            ]
    # What the expert says they do (position, keywords), apart: a phrase there is a strong answer.
    document["focus_skeleton"] = [fold(part) for part in focus_parts if part]
    document["skeleton"] = fold(" ".join(part for part in skeleton_parts if part))
    for language in LANGUAGES:
        row = _shown(profiles, language)
        document["view"][language] = {
            "pk": row["pk"],
            "language": row["locale__language_code"],
            "honorific": row["honorific"],
            "first_name": row["first_name"],
            "last_name": row["last_name"],
            "city": row["city"].strip(),
            "city_label": row["city"].strip(),
            "sort": f"{row['last_name'].casefold()} {row['first_name'].casefold()}",
            "topic_keys": [str(topic_key) for topic_key in topic_links[row["pk"]]],
            "organisation_key": str(row["organisation__translation_key"])
            if row["organisation__translation_key"]
            else None,
            "languages": list(row["languages"]),
            "media_formats": list(row["media_formats"]),
            "availability": row["availability"],
            "away_until": row["away_until"].isoformat() if row["away_until"] else None,
        }
    return document


# Writing --------------------------------------------------------------------------------------


def ensure_index(backend) -> None:
    """Create the index behind the alias if there is none yet (first run, or a wiped engine)."""
    es = _client(backend)
    alias = experts_alias(backend)
    if es.indices.exists_alias(name=alias) or es.indices.exists(index=alias):
        return
    name = f"{alias}_{int(time.time() * 1000)}"
    es.indices.create(
        index=name,
        body={"settings": INDEX_SETTINGS, "mappings": EXPERT_MAPPING, "aliases": {alias: {}}},
        request_timeout=_request_timeout(),
    )


def _actions(index: str, documents: Iterable[tuple[str, dict | None]]) -> list[dict]:
    body: list[dict] = []
    for key, document in documents:
        if document is None:
            body.append({"delete": {"_index": index, "_id": key}})
        else:
            body += [{"index": {"_index": index, "_id": key}}, document]
    return body


def _bulk(backend, index: str, documents: Iterable[tuple[str, dict | None]]) -> int:
    es = _client(backend)
    written = 0
    chunk: list[tuple[str, dict | None]] = []
    for item in documents:
        chunk.append(item)
        if len(chunk) >= BATCH:
            written += _send(es, index, chunk)
            chunk = []
    if chunk:
        written += _send(es, index, chunk)
    return written


def _send(es, index: str, chunk: list[tuple[str, dict | None]]) -> int:
    response = es.bulk(body=_actions(index, chunk), request_timeout=_request_timeout())
    if response.get("errors"):
        failures = [
            item
            for item in response["items"]
            for action, result in item.items()
            if result.get("status", 200) >= 300
            and not (action == "delete" and result.get("status") == 404)
        ]
        if failures:
            raise RuntimeError(f"The engine refused {len(failures)} documents: {failures[:3]}")
    return len(chunk)


def update_experts(backend, keys: Iterable[uuid.UUID]) -> int:
    """Re-index (or remove) the experts with these translation keys."""
    keys = list(keys)
    if not keys:
        return 0
    ensure_index(backend)
    return _bulk(backend, experts_alias(backend), expert_documents(keys))


def experts_with_topic(topic_key: uuid.UUID) -> list[uuid.UUID]:
    from experts.models import ExpertPage

    return list(
        ExpertPage.objects.filter(topics__translation_key=topic_key)
        .values_list("translation_key", flat=True)
        .distinct()
    )


def experts_with_organisation(organisation_key: uuid.UUID) -> list[uuid.UUID]:
    from experts.models import ExpertPage

    return list(
        ExpertPage.objects.filter(organisation__translation_key=organisation_key)
        .values_list("translation_key", flat=True)
        .distinct()
    )


def rebuild(backend) -> int:
    """Fill a new index from the database, then move the alias to it in one step and drop the old
    one: searches never see a half-built index."""
    from experts.models import ExpertPage

    es = _client(backend)
    alias = experts_alias(backend)
    name = f"{alias}_{int(time.time() * 1000)}"
    es.indices.create(
        index=name,
        body={
            "settings": {**INDEX_SETTINGS, "refresh_interval": "-1"},
            "mappings": EXPERT_MAPPING,
        },
        request_timeout=_request_timeout(),
    )
    keys = (
        ExpertPage.objects.live()
        .public()
        .order_by("translation_key")
        .values_list("translation_key", flat=True)
        .distinct()
    )
    count = _bulk(backend, name, (item for item in expert_documents(keys) if item[1]))
    es.indices.put_settings(index=name, body={"index": {"refresh_interval": "1s"}})
    es.indices.refresh(index=name)
    old = (
        list(es.indices.get_alias(name=alias).keys()) if es.indices.exists_alias(name=alias) else []
    )
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    if not old and es.indices.exists(index=alias):
        es.indices.delete(index=alias)  # a plain index squatting the alias's name
    actions.append({"add": {"index": name, "alias": alias}})
    es.indices.update_aliases(body={"actions": actions})
    for index in old:
        es.indices.delete(index=index)
    return count


def refresh(backend) -> None:
    _client(backend).indices.refresh(index=experts_alias(backend))


def today() -> datetime.date:
    return timezone.localdate()
