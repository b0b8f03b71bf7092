"""Import expert profiles from a spreadsheet (CSV) or JSON, one expert per row, both languages in
one row (see docs/expert-import.md for the format).

The import runs in three steps so that a bad file changes nothing and a repeated file changes
nothing twice:

1. read: every row is parsed and checked on its own (required fields, codes, dates, e-mail,
   URLs, lengths);
2. plan: rows are compared with what the database holds, found in a handful of queries up front
   (organisations, topics, existing profiles by external_id, their topics, links and contacts), so
   each row is known to create, update or leave alone a profile; unknown organisations and
   topics are errors unless they may be created;
3. write (not for a dry run, and only when no row has an error): one transaction; new and
   changed pages are published in batches (PagePublisher), unchanged rows are not touched (no
   save, no revision), and the search and reference indexes are updated once at the end.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import logging
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends_with_name
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.models.pages import COMMENTS_RELATION_NAME
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from experts.models import (
    INTERVIEW_LANGUAGES,
    Availability,
    ExpertContact,
    ExpertIndexPage,
    ExpertLink,
    ExpertPage,
    MediaFormat,
    Organisation,
)
from mediacenter.models import Topic
from search.transliteration import to_latin

logger = logging.getLogger(__name__)

SOURCE, TARGET = "bg", "en"
LANGUAGES = (SOURCE, TARGET)

# Per-language keys (`<key>_bg`, `<key>_en`) and the page field each one fills.
TEXT_KEYS = {
    "honorific": "honorific",
    "first_name": "first_name",
    "last_name": "last_name",
    "position": "position",
    "city": "city",
    "bio": "short_bio",
    "interests": "declaration_of_interests",
    "keywords": "keywords",
}
SHARED_KEYS = (
    "external_id",
    "organisation",
    "topics",
    "languages",
    "media_formats",
    "media_trained",
    "availability",
    "away_until",
    "email",
    "phone",
    "links",
)
KNOWN_KEYS = frozenset(SHARED_KEYS) | {f"{key}_{code}" for key in TEXT_KEYS for code in LANGUAGES}

# Page fields an import sets: compared before saving, so an identical row saves nothing.
SHARED_PAGE_FIELDS = (
    "external_id",
    "languages",
    "media_formats",
    "media_trained",
    "availability",
    "away_until",
)
TRUE_WORDS = {"true", "1", "yes", "y", "да", "д"}
FALSE_WORDS = {"false", "0", "no", "n", "не", "н", ""}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ORCID_ID = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
# Beginnings of words in an organisation's name that give away its kind (first match wins), for
# organisations the import creates: "Университетска болница" is a hospital.
KIND_WORDS = [
    (Organisation.Kind.HOSPITAL, ("болниц", "умбал", "мбал", "смбал", "hospital", "клиник")),
    (Organisation.Kind.UNIVERSITY, ("университет", "universit", "академия", "academy", "колеж")),
    (Organisation.Kind.PUBLIC_BODY, ("министерств", "агенци", "ministry", "agency", "общин")),
    (Organisation.Kind.NGO, ("сдружени", "фондаци", "associat", "foundation", "клъстер")),
    (Organisation.Kind.INSTITUTE, ("институт", "institut", "бан", "център", "cent")),
]
COMPANY_WORDS = {"оод", "еоод", "ад", "еад", "ltd", "gmbh", "inc", "llc", "sa", "ag", "bv"}


class ImportFileError(Exception):
    """The file cannot be read at all (missing, not JSON/CSV, no external_id column...)."""


class ImportRowsError(Exception):
    """One or more rows are wrong; `problems` lists each one, prefixed with its row."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# --- reading -----------------------------------------------------------------------------------


@dataclass
class TopicSpec:
    slug: str
    names: dict[str, str] = field(default_factory=dict)
    synonyms: dict[str, str] = field(default_factory=dict)


@dataclass
class Row:
    """One expert as the file gives it, checked and normalised."""

    number: int
    external_id: str = ""
    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # language → page field → text
    organisation: str = ""
    topics: list[TopicSpec] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    media_formats: list[str] = field(default_factory=list)
    media_trained: bool = False
    availability: str = Availability.AVAILABLE
    away_until: datetime.date | None = None
    email: str = ""
    phone: str = ""
    links: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # The keys the file has: a column left out of the file leaves that field of a profile alone.
    present: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        if self.external_id:
            return _("row %(number)s (external_id %(id)s)") % {
                "number": self.number,
                "id": self.external_id,
            }
        return _("row %(number)s") % {"number": self.number}

    def problems(self) -> list[str]:
        return [f"{self.label}: {error}" for error in self.errors]


def read_file(path: str | Path) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """The raw rows of a JSON or CSV file with their row numbers, and warnings (ignored columns).

    JSON rows are numbered from 1 in list order; CSV rows as a spreadsheet shows them (the header
    is row 1, the first expert row 2)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error.strerror}
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("%(path)s is not UTF-8 text (save the spreadsheet as CSV UTF-8).") % {"path": path}
        ) from error
    is_json = path.suffix.lower() == ".json" or (
        path.suffix.lower() != ".csv" and text.lstrip().startswith("[")
    )
    rows = _read_json(text) if is_json else _read_csv(text)
    unknown = sorted({key for _number, raw in rows for key in raw} - KNOWN_KEYS)
    warnings = [_("ignored unknown column '%(key)s'") % {"key": key} for key in unknown]
    return rows, warnings


def _read_json(text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            _("The file is not valid JSON (line %(line)s: %(message)s).")
            % {"line": error.lineno, "message": error.msg}
        ) from error
    if not isinstance(data, list):
        raise ImportFileError(_("A JSON import file must hold a list of experts."))
    rows = []
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise ImportFileError(
                _("Row %(number)s of the JSON file is not an object.") % {"number": number}
            )
        rows.append((number, item))
    return rows


def _read_csv(text: str) -> list[tuple[int, dict[str, Any]]]:
    lines = text.splitlines()
    if not lines:
        raise ImportFileError(_("The file is empty."))
    # A spreadsheet in a Bulgarian locale saves CSV with ";" between columns; most others use ",".
    header = lines[0]
    delimiter = max(
        (",", ";", "\t"),
        key=lambda d: sum(c.strip() in KNOWN_KEYS for c in next(csv.reader([header], delimiter=d))),
    )
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [c.strip() for c in reader.fieldnames or []]
    if "external_id" not in columns:
        raise ImportFileError(_("The CSV file has no external_id column in its first row."))
    rows = []
    for number, record in enumerate(reader, start=2):
        values = {(k or "").strip(): v for k, v in record.items() if k is not None}
        if any((v or "").strip() for v in values.values()):  # skip blank spreadsheet rows
            rows.append((number, values))
    return rows


def _text(row: Row, key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value).strip()
    row.errors.append(_("%(key)s must be text") % {"key": key})
    return ""


def _list(row: Row, key: str, value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(";")
    return [text for item in items if (text := _text(row, key, item))]


def _max_length(model, name: str) -> int | None:
    return model._meta.get_field(name).max_length


def _check_length(row: Row, key: str, value: str, limit: int | None) -> None:
    if limit and len(value) > limit:
        row.errors.append(
            _("%(key)s is %(length)s characters long; at most %(limit)s fit")
            % {"key": key, "length": len(value), "limit": limit}
        )


def parse_row(number: int, raw: dict[str, Any]) -> Row:
    """A Row from one record of the file, with every problem found in it in `errors`."""
    row = Row(number=number, present=frozenset(raw) & KNOWN_KEYS)
    row.external_id = _text(row, "external_id", raw.get("external_id"))
    if not row.external_id:
        row.errors.append(_("external_id is required"))
    _check_length(row, "external_id", row.external_id, _max_length(ExpertPage, "external_id"))

    for code in LANGUAGES:
        texts = {}
        for key, page_field in TEXT_KEYS.items():
            name = f"{key}_{code}"
            if key == "keywords":
                value = ", ".join(_list(row, name, raw.get(name)))
            else:
                value = _text(row, name, raw.get(name))
                _check_length(row, name, value, _max_length(ExpertPage, page_field))
            if value:
                texts[page_field] = value
        if texts:
            row.texts[code] = texts
    _check_names(row)

    row.organisation = _text(row, "organisation", raw.get("organisation"))
    _check_length(row, "organisation", row.organisation, _max_length(Organisation, "name"))
    row.topics = _topics(row, raw.get("topics"))

    known_languages = {code for code, _label in INTERVIEW_LANGUAGES}
    row.languages = _codes(row, "languages", raw.get("languages"), known_languages, str.lower)
    row.media_formats = _codes(
        row, "media_formats", raw.get("media_formats"), set(MediaFormat.values), str.lower
    )
    row.media_trained = _boolean(row, raw.get("media_trained"))
    availability = _text(row, "availability", raw.get("availability")).lower()
    if availability and availability not in Availability.values:
        row.errors.append(
            _("unknown availability '%(value)s' (use one of: %(choices)s)")
            % {"value": availability, "choices": ", ".join(Availability.values)}
        )
    row.availability = availability or Availability.AVAILABLE
    row.away_until = _date(row, "away_until", raw.get("away_until"))

    row.email = _text(row, "email", raw.get("email"))
    if row.email:
        try:
            validate_email(row.email)
        except ValidationError:
            row.errors.append(_("invalid e-mail address '%(value)s'") % {"value": row.email})
    row.phone = _text(row, "phone", raw.get("phone"))
    _check_length(row, "phone", row.phone, _max_length(ExpertContact, "phone"))
    row.links = _links(row, raw.get("links"))
    return row


def _check_names(row: Row) -> None:
    """At least one language needs a first and last name; a language given in part borrows the
    names of the other (transliterated into Latin for English)."""
    complete = [
        code
        for code, texts in row.texts.items()
        if texts.get("first_name") and texts.get("last_name")
    ]
    if not complete:
        row.errors.append(
            _("a first and last name are required (first_name_bg and last_name_bg, or _en)")
        )
        return
    for code, texts in row.texts.items():
        other = row.texts[complete[0]]
        for name in ("first_name", "last_name"):
            if not texts.get(name):
                texts[name] = to_latin(other[name]) if code == TARGET else other[name]


def _codes(
    row: Row, key: str, value: Any, allowed: set[str], normalise: Callable[[str], str]
) -> list[str]:
    codes = []
    for item in _list(row, key, value):
        code = normalise(item)
        if code not in allowed:
            row.errors.append(
                _("unknown %(key)s code '%(value)s' (use: %(choices)s)")
                % {"key": key, "value": item, "choices": ", ".join(sorted(allowed))}
            )
        elif code not in codes:
            codes.append(code)
    return codes


def _boolean(row: Row, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(row, "media_trained", value).lower()
    if text in TRUE_WORDS:
        return True
    if text not in FALSE_WORDS:
        row.errors.append(
            _("media_trained must be true or false, not '%(value)s'") % {"value": text}
        )
    return False


def _date(row: Row, key: str, value: Any) -> datetime.date | None:
    text = _text(row, key, value)
    if not text:
        return None
    if ISO_DATE.match(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
    row.errors.append(
        _("%(key)s '%(value)s' is not a date in the form YYYY-MM-DD") % {"key": key, "value": text}
    )
    return None


def _links(row: Row, value: Any) -> list[str]:
    validate_url = URLValidator(schemes=["http", "https"])
    limit = _max_length(ExpertLink, "url")
    links = []
    for item in _list(row, "links", value):
        url = f"https://orcid.org/{item}" if ORCID_ID.match(item) else item
        try:
            validate_url(url)
        except ValidationError:
            row.errors.append(_("invalid link '%(value)s'") % {"value": item})
            continue
        _check_length(row, "links", url, limit)
        if url not in links:
            links.append(url)
    return links


def _topics(row: Row, value: Any) -> list[TopicSpec]:
    items = value if isinstance(value, list) else _list(row, "topics", value)
    topics: list[TopicSpec] = []
    for item in items:
        if isinstance(item, dict):
            names = {code: _text(row, "topics", item.get(f"name_{code}")) for code in LANGUAGES}
            synonyms = {
                code: ", ".join(_list(row, "topics", item.get(f"synonyms_{code}")))
                for code in LANGUAGES
            }
            slug = _text(row, "topics", item.get("slug")) or slugify(
                to_latin(names[SOURCE] or names[TARGET])
            )
            spec = TopicSpec(slug, {k: v for k, v in names.items() if v}, synonyms)
            for code, name in spec.names.items():
                _check_length(row, f"topics.name_{code}", name, _max_length(Topic, "name"))
        else:
            spec = TopicSpec(_text(row, "topics", item))
        if not spec.slug:
            row.errors.append(_("a topic has no slug"))
            continue
        if spec.slug != slugify(spec.slug) or len(spec.slug) > _max_length(Topic, "slug"):
            row.errors.append(
                _("'%(value)s' is not a topic slug (lower-case Latin letters, digits and -)")
                % {"value": spec.slug}
            )
            continue
        if spec.slug not in {t.slug for t in topics}:
            topics.append(spec)
    return topics


# --- planning ----------------------------------------------------------------------------------


def latin_slug(text: str, fallback: str = "expert") -> str:
    """A Latin slug for `text` in any script: Bulgarian is transliterated first."""
    return slugify(to_latin(text))[:80].strip("-") or fallback


def available_slug(taken: set[str], requested: str) -> str:
    """Like wagtail.coreutils.find_available_slug ('x', 'x-1', 'x-2'…), against slugs known in
    memory: one query per parent up front instead of one per row, and it sees this import's own
    new pages during a dry run."""
    slug, number = requested, 1
    while slug in taken:
        slug = f"{requested}-{number}"
        number += 1
    taken.add(slug)
    return slug


def full_name(texts: dict[str, str]) -> str:
    return " ".join(
        part
        for part in (texts.get(k, "") for k in ("honorific", "first_name", "last_name"))
        if part
    )


@dataclass
class PagePlan:
    language: str
    page: ExpertPage | None  # None: the page is created
    values: dict[str, Any]
    organisation_key: uuid.UUID | None
    sets_organisation: bool
    topic_keys: list[uuid.UUID] | None  # None: the file has no topics, the page keeps its own
    links: list[str] | None  # None: likewise
    slug: str = ""
    changed: list[str] = field(default_factory=list)

    @property
    def page_id(self) -> int | None:
        return self.page.pk if self.page else None

    @property
    def status(self) -> str:
        if self.page is None:
            return "created"
        return "updated" if self.changed else "unchanged"


@dataclass
class RowPlan:
    row: Row
    translation_key: uuid.UUID | None
    existing: dict[str, ExpertPage]  # every existing translation of the profile, by language
    pages: dict[str, PagePlan]
    organisation_key: uuid.UUID | None
    contact: ExpertContact | None = None
    contact_values: dict[str, Any] | None = None  # None: contact left as it is

    @property
    def status(self) -> str:
        if not self.existing:
            return "created"
        if self.contact_values is not None or any(
            p.status != "unchanged" for p in self.pages.values()
        ):
            return "updated"
        return "unchanged"


@dataclass
class NewSnippet:
    """An organisation or topic this import creates (with --create-missing)."""

    translation_key: uuid.UUID
    slug: str
    names: dict[str, str]
    synonyms: dict[str, str] = field(default_factory=dict)
    languages: set[str] = field(default_factory=set)


@dataclass
class ImportReport:
    dry_run: bool
    rows: int = 0
    counts: Counter = field(default_factory=Counter)  # created / updated / unchanged experts
    by_language: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    contacts: Counter = field(default_factory=Counter)
    new_organisations: list[str] = field(default_factory=list)
    new_topics: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    row_lines: list[str] = field(default_factory=list)
    seconds: float = 0.0


def chunks(items: list, size: int = 500) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ExpertImporter:
    """Reads, checks, plans and (unless a dry run) writes one import file. See the module doc."""

    def __init__(
        self,
        *,
        create_missing: bool = False,
        today: datetime.date | None = None,
        log: Callable[[str], None] | None = None,
    ):
        self.create_missing = create_missing
        self.now = timezone.now()
        self.today = today or timezone.localdate(self.now)
        self.log = log or (lambda message: None)

    # --- entry point ---------------------------------------------------------------------------

    def run(self, path: str | Path, *, dry_run: bool = False) -> ImportReport:
        """Import the file, or raise ImportFileError / ImportRowsError having written nothing."""
        started = timezone.now()
        raw_rows, warnings = read_file(path)
        rows = [parse_row(number, raw) for number, raw in raw_rows]
        self._check_duplicates(rows)
        self._load(rows)
        self._check_indexes(rows)
        plans = [self._plan(row) for row in rows]  # adds unknown organisations and topics
        problems = [problem for row in rows for problem in row.problems()]
        if problems:
            raise ImportRowsError(problems)

        report = self._report(plans, dry_run, warnings)
        if not dry_run:
            with transaction.atomic():
                with indexing_paused():
                    self._write([plan for plan in plans if plan.status != "unchanged"])
                self._index()
        report.seconds = (timezone.now() - started).total_seconds()
        return report

    @staticmethod
    def _check_duplicates(rows: list[Row]) -> None:
        first_row: dict[str, int] = {}
        for row in rows:
            if not row.external_id:
                continue
            if row.external_id in first_row:
                row.errors.append(
                    _("external_id is also used in row %(number)s")
                    % {"number": first_row[row.external_id]}
                )
            else:
                first_row[row.external_id] = row.number

    # --- what the database holds, fetched up front --------------------------------------------

    def _load(self, rows: list[Row]) -> None:
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.locale_codes = {locale.pk: code for code, locale in self.locales.items()}
        self._load_indexes()
        self._load_snippets()
        self._load_experts([row.external_id for row in rows if row.external_id])
        self.new_organisations: dict[str, NewSnippet] = {}
        self.new_topics: dict[str, NewSnippet] = {}

    def _load_indexes(self) -> None:
        """The live Bulgarian directory, and the English one: its translation if there is one."""
        indexes = list(
            ExpertIndexPage.objects.live()
            .filter(locale__language_code__in=LANGUAGES)
            .select_related("locale")
            .order_by("path")
        )
        source = next((i for i in indexes if i.locale.language_code == SOURCE), None)
        target = None
        if source is not None:
            target = ExpertIndexPage.objects.filter(
                translation_key=source.translation_key, locale__language_code=TARGET
            ).first()
        self.indexes_translated = target is not None
        if target is None:
            target = next((i for i in indexes if i.locale.language_code == TARGET), None)
        self.indexes: dict[str, ExpertIndexPage | None] = {SOURCE: source, TARGET: target}
        self.slugs_taken = {
            code: set(Page.objects.child_of(index).values_list("slug", flat=True))
            for code, index in self.indexes.items()
            if index is not None
        }

    def _load_snippets(self) -> None:
        self.organisations: dict[uuid.UUID, dict[str, Organisation]] = defaultdict(dict)
        self.organisation_names: dict[str, uuid.UUID] = {}
        self.organisation_slugs: set[str] = set()
        for organisation in Organisation.objects.order_by("pk"):
            code = self.locale_codes.get(organisation.locale_id)
            self.organisations[organisation.translation_key][code] = organisation
            self.organisation_names.setdefault(
                organisation.name.casefold(), organisation.translation_key
            )
            self.organisation_slugs.add(organisation.slug)
        self.topics: dict[uuid.UUID, dict[str, Topic]] = defaultdict(dict)
        self.topic_slugs: dict[str, uuid.UUID] = {}
        self.topic_by_id: dict[int, Topic] = {}
        for topic in Topic.objects.order_by("pk"):
            code = self.locale_codes.get(topic.locale_id)
            self.topics[topic.translation_key][code] = topic
            self.topic_by_id[topic.pk] = topic
            self.topic_slugs.setdefault(topic.slug, topic.translation_key)

    def _load_experts(self, external_ids: list[str]) -> None:
        keys_by_id: dict[str, set[uuid.UUID]] = defaultdict(set)
        for ids in chunks(external_ids):
            for external_id, key in ExpertPage.objects.filter(external_id__in=ids).values_list(
                "external_id", "translation_key"
            ):
                keys_by_id[external_id].add(key)
        self.keys_by_id = keys_by_id
        keys = list({key for found in keys_by_id.values() for key in found})
        self.experts: dict[uuid.UUID, dict[str, ExpertPage]] = defaultdict(dict)
        page_ids = []
        for batch in chunks(keys):
            for page in ExpertPage.objects.filter(translation_key__in=batch).order_by("pk"):
                code = self.locale_codes.get(page.locale_id)
                self.experts[page.translation_key].setdefault(code, page)
                page_ids.append(page.pk)
        self.page_topics: dict[int, set[int]] = defaultdict(set)
        self.page_links: dict[int, list[ExpertLink]] = defaultdict(list)
        through = ExpertPage.topics.through
        for batch in chunks(page_ids):
            for page_id, topic_id in through.objects.filter(expertpage_id__in=batch).values_list(
                "expertpage_id", "topic_id"
            ):
                self.page_topics[page_id].add(topic_id)
            for link in ExpertLink.objects.filter(page_id__in=batch).order_by("sort_order", "pk"):
                self.page_links[link.page_id].append(link)
        self.contacts: dict[uuid.UUID, ExpertContact] = {}
        for batch in chunks(keys):
            contacts = ExpertContact.objects.filter(expert__translation_key__in=batch).annotate(
                expert_key=F("expert__translation_key")
            )
            for contact in contacts.order_by("pk"):
                self.contacts.setdefault(contact.expert_key, contact)

    # --- one row -------------------------------------------------------------------------------

    def _plan(self, row: Row) -> RowPlan:
        keys = self.keys_by_id.get(row.external_id, set())
        if len(keys) > 1:
            row.errors.append(
                _("external_id matches %(count)s different profiles; merge them first")
                % {"count": len(keys)}
            )
        key = next(iter(keys)) if len(keys) == 1 else None
        existing = dict(self.experts.get(key, {})) if key else {}
        organisation_key = self._organisation_key(row)
        topic_keys = None
        if "topics" in row.present:
            topic_keys = [k for k in (self._topic_key(row, spec) for spec in row.topics) if k]
        plan = RowPlan(row, key, existing, {}, organisation_key)
        if row.errors:
            return plan
        slug_source = row.texts.get(TARGET) or row.texts[SOURCE]
        base_slug = latin_slug(f"{slug_source['first_name']} {slug_source['last_name']}")
        for code, texts in row.texts.items():
            plan.pages[code] = self._plan_page(
                row, code, texts, existing.get(code), organisation_key, topic_keys, base_slug
            )
        self._plan_contact(plan)
        return plan

    def _check_indexes(self, rows: list[Row]) -> None:
        """Profiles go under the directory of their language: both must be there."""
        needed = {code for row in rows for code in row.texts}
        if SOURCE in needed and self.indexes[SOURCE] is None:
            raise ImportFileError(
                _(
                    "There is no live Bulgarian expert directory (ExpertIndexPage in locale bg) "
                    "to add the profiles to. Create it in the admin first."
                )
            )
        if TARGET in needed and self.indexes[TARGET] is None:
            raise ImportFileError(
                _(
                    "There is no English expert directory (the English translation of the "
                    "ExpertIndexPage) to add the English profiles to. Translate it first."
                )
            )
        if needed == set(LANGUAGES) and not self.indexes_translated:
            raise ImportFileError(
                _(
                    "The English expert directory is not a translation of the Bulgarian one, "
                    "so profiles cannot be translated. Translate the Bulgarian directory instead."
                )
            )

    def _organisation_key(self, row: Row) -> uuid.UUID | None:
        name = row.organisation
        if not name:
            return None
        key = self.organisation_names.get(name.casefold())
        if key is not None:
            return key
        new = self.new_organisations.get(name.casefold())
        if new is None and not self.create_missing:
            row.errors.append(
                _("unknown organisation '%(name)s' (check the name, or use --create-missing)")
                % {"name": name}
            )
            return None
        if new is None:
            slug = available_slug(self.organisation_slugs, latin_slug(name, "organisation")[:120])
            new = NewSnippet(uuid.uuid4(), slug, {SOURCE: name, TARGET: name})
            self.new_organisations[name.casefold()] = new
        new.languages.update(row.texts)
        return new.translation_key

    def _topic_key(self, row: Row, spec: TopicSpec) -> uuid.UUID | None:
        key = self.topic_slugs.get(spec.slug)
        if key is not None:
            return key
        new = self.new_topics.get(spec.slug)
        if new is None and not self.create_missing:
            row.errors.append(
                _("unknown topic '%(slug)s' (check the slug, or use --create-missing)")
                % {"slug": spec.slug}
            )
            return None
        if new is None:
            fallback = spec.slug.replace("-", " ").capitalize()
            names = {code: spec.names.get(code, "") for code in LANGUAGES}
            new = NewSnippet(
                uuid.uuid4(),
                spec.slug,
                {
                    SOURCE: names[SOURCE] or names[TARGET] or fallback,
                    TARGET: names[TARGET] or names[SOURCE] or fallback,
                },
                dict(spec.synonyms),
            )
            self.new_topics[spec.slug] = new
        new.languages.update(row.texts)
        if spec.names.get(TARGET):
            new.languages.add(TARGET)
        return new.translation_key

    def _localized(
        self, objects: dict[uuid.UUID, dict[str, Any]], key: uuid.UUID | None, code: str
    ):
        """The row of `key` in language `code`, else its Bulgarian row, else any; None if new."""
        versions = (objects.get(key) or {}) if key else {}
        return versions.get(code) or versions.get(SOURCE) or next(iter(versions.values()), None)

    def _plan_page(
        self,
        row: Row,
        code: str,
        texts: dict[str, str],
        page: ExpertPage | None,
        organisation_key: uuid.UUID | None,
        topic_keys: list[uuid.UUID] | None,
        base_slug: str,
    ) -> PagePlan:
        """What the page of language `code` gets from the row: the fields whose keys the file
        has (names always), and for an existing page which of them differ from what it has."""
        values = {
            page_field: texts.get(page_field, "")
            for key, page_field in TEXT_KEYS.items()
            # A new page (perhaps a copy of the other language's) gets every text of its own.
            if page is None or f"{key}_{code}" in row.present or key in ("first_name", "last_name")
        }
        values.update(
            {name: getattr(row, name) for name in SHARED_PAGE_FIELDS if name in row.present}
        )
        values["external_id"] = row.external_id
        honorific = values.get("honorific", page.honorific if page else "")
        values["title"] = full_name({**values, "honorific": honorific})
        sets_organisation = "organisation" in row.present
        organisation = self._localized(self.organisations, organisation_key, code)
        if sets_organisation:
            values["organisation_id"] = organisation.pk if organisation else None
        links = row.links if "links" in row.present else None
        plan = PagePlan(code, page, values, organisation_key, sets_organisation, topic_keys, links)
        if page is None:
            plan.slug = available_slug(self.slugs_taken[code], base_slug)
            if values.get("declaration_of_interests"):
                values["interests_declared_on"] = self.today
            return plan
        plan.changed = [name for name, value in values.items() if getattr(page, name) != value]
        if (
            "declaration_of_interests" in plan.changed
            and values["declaration_of_interests"]
            and page.interests_declared_on != self.today
        ):
            values["interests_declared_on"] = self.today
            plan.changed.append("interests_declared_on")
        if organisation_key and organisation is None:  # a new organisation
            plan.changed.append("organisation_id")
        if topic_keys is not None:
            new_topics = {new.translation_key for new in self.new_topics.values()}
            if any(key in new_topics for key in topic_keys) or self._topic_ids(
                topic_keys, code
            ) != self.page_topics.get(page.pk, set()):
                plan.changed.append("topics")
        if links is not None and [link.url for link in self.page_links.get(page.pk, [])] != links:
            plan.changed.append("links")
        return plan

    def _topic_ids(self, keys: Iterable[uuid.UUID], code: str) -> set[int]:
        topics = (self._localized(self.topics, key, code) for key in keys)
        return {topic.pk for topic in topics if topic is not None}

    def _plan_contact(self, plan: RowPlan) -> None:
        row = plan.row
        if not (row.email or row.phone):
            return  # the row says nothing about contact: what staff hold stays
        plan.contact = self.contacts.get(plan.translation_key) if plan.translation_key else None
        values = {name: getattr(row, name) for name in ("email", "phone") if name in row.present}
        contact = plan.contact
        if contact is None or any(getattr(contact, k) != v for k, v in values.items()):
            plan.contact_values = values

    # --- report --------------------------------------------------------------------------------

    def _report(self, plans: list[RowPlan], dry_run: bool, warnings: list[str]) -> ImportReport:
        report = ImportReport(dry_run=dry_run, rows=len(plans), warnings=warnings)
        for plan in plans:
            report.counts[plan.status] += 1
            for code, page_plan in plan.pages.items():
                report.by_language[code][page_plan.status] += 1
            if plan.contact_values is not None:
                report.contacts["created" if plan.contact is None else "updated"] += 1
            languages = ", ".join(
                f"{code} {page_plan.status}" for code, page_plan in plan.pages.items()
            )
            report.row_lines.append(f"{plan.row.label}: {plan.status} ({languages})")
        report.new_organisations = [n.names[SOURCE] for n in self.new_organisations.values()]
        report.new_topics = [n.slug for n in self.new_topics.values()]
        return report

    # --- writing -------------------------------------------------------------------------------

    def _create_snippets(self) -> None:
        for new in self.new_organisations.values():
            self._create_translatable(
                self.organisations,
                new,
                lambda code, new=new: Organisation(
                    name=new.names[code], slug=new.slug, kind=guess_kind(new.names[code])
                ),
            )
        for new in self.new_topics.values():
            self._create_translatable(
                self.topics,
                new,
                lambda code, new=new: Topic(
                    name=new.names[code], slug=new.slug, synonyms=new.synonyms.get(code, "")
                ),
            )

    def _create_translatable(self, registry: dict, new: NewSnippet, build) -> None:
        """A new snippet in Bulgarian, plus English when a row that uses it has English."""
        for code in LANGUAGES:
            if code == SOURCE or code in new.languages:
                obj = build(code)
                obj.locale = self.locales[code]
                obj.translation_key = new.translation_key
                obj.save()
                self.written[type(obj)].add(obj.pk)
                self.created[type(obj)].add(obj.pk)
                registry[new.translation_key][code] = obj
                self.log(f"  created {type(obj).__name__.lower()} ({code}): {obj}")

    def _write(self, plans: list[RowPlan]) -> None:
        self.written: dict[type, set[int]] = defaultdict(set)  # to index at the end
        self.created: dict[type, set[int]] = defaultdict(set)  # of those, the new ones
        self._create_snippets()
        publisher = PagePublisher(self.now)
        contacts = []
        for plan in plans:
            pages = dict(plan.existing)
            key = plan.translation_key or uuid.uuid4()
            for code in (c for c in LANGUAGES if c in plan.pages):
                page_plan = plan.pages[code]
                links, topics = self._children(page_plan)
                if page_plan.page is not None:
                    if page_plan.changed:
                        title_before = page_plan.page.title
                        self._set_values(page_plan.page, page_plan)
                        publisher.update(page_plan.page, links, topics, title_before)
                elif plan.existing:
                    pages[code] = self._translate(pages, page_plan, links, topics)
                else:  # a new expert: pages made in bulk, translations of each other
                    page = ExpertPage(
                        locale=self.locales[code], slug=page_plan.slug, translation_key=key
                    )
                    self._set_values(page, page_plan)
                    publisher.add(self.indexes[code], page, links, topics)
                    pages[code] = page
            if plan.contact_values is not None:
                contacts.append(self._contact(plan, pages))
        publisher.flush()
        ExpertContact.objects.bulk_create([c for c in contacts if c.pk is None])
        for contact in contacts:
            if contact.pk is not None:
                contact.save(update_fields=["email", "phone"])
        self.written[ExpertPage].update(publisher.page_ids)
        self.created[ExpertPage].update(publisher.new_page_ids)

    def _translate(
        self, pages: dict[str, ExpertPage], plan: PagePlan, links: list, topics: list
    ) -> ExpertPage:
        """A new language for an expert already on the site, the way wagtail-localize starts one:
        a copy of an existing translation (photo, long bio and all), then this row's values."""
        source = pages.get(SOURCE) or next(iter(pages.values()))
        page = source.copy_for_translation(self.locales[plan.language]).specific
        page.slug = plan.slug
        self._set_values(page, plan)
        if plan.links is not None:
            page.links = links
        if plan.topic_keys is None:  # the source's topics, in this language
            keys = [topic.translation_key for topic in source.topics.all()]
            topics = [self._localized(self.topics, key, plan.language) for key in keys]
        page.topics.set(topics)
        page.save_revision().publish()
        self.written[ExpertPage].add(page.pk)
        return page

    def _contact(self, plan: RowPlan, pages: dict[str, ExpertPage]) -> ExpertContact:
        """The expert's contact with the row's values: new ones go on the Bulgarian page."""
        contact = plan.contact
        if contact is None:
            contact = ExpertContact(
                expert=pages.get(SOURCE) or pages[TARGET],
                consent_date=self.today,
                preferred_channel=ExpertContact.Channel.EMAIL
                if plan.row.email
                else ExpertContact.Channel.PHONE,
            )
        for name, value in (plan.contact_values or {}).items():
            setattr(contact, name, value)
        return contact

    def _set_values(self, page: ExpertPage, plan: PagePlan) -> None:
        for name, value in plan.values.items():
            if name != "organisation_id":
                setattr(page, name, value)
        if plan.sets_organisation:  # looked up now: this import may have created it
            page.organisation = self._localized(
                self.organisations, plan.organisation_key, plan.language
            )

    def _children(self, plan: PagePlan) -> tuple[list[ExpertLink], list[Topic]]:
        """The page's links and topics after the import: the row's, or those it has."""
        existing_links = self.page_links.get(plan.page_id, [])
        if plan.links is None:
            links = list(existing_links)
        else:
            links = self._links(plan.links, existing_links)
        if plan.topic_keys is None:
            ids = self.page_topics.get(plan.page_id, set())
            topics = [self.topic_by_id[pk] for pk in sorted(ids) if pk in self.topic_by_id]
        else:
            topics = self._topics_for(plan)
        return links, topics

    def _index(self) -> None:
        """Search index and reference index entries for everything written, once, in batches."""
        for model, pks in self.written.items():
            update_indexes(model, sorted(pks), self.created.get(model, set()))

    def _topics_for(self, plan: PagePlan) -> list[Topic]:
        topics = (self._localized(self.topics, key, plan.language) for key in plan.topic_keys)
        return [topic for topic in topics if topic is not None]

    @staticmethod
    def _links(urls: list[str], existing: Iterable[ExpertLink] = ()) -> list[ExpertLink]:
        """The page's links in file order; a link already there keeps its row and label."""
        by_url = {link.url: link for link in existing}
        links = []
        for order, url in enumerate(urls):
            link = by_url.get(url) or ExpertLink(url=url, kind=ExpertLink.kind_for_url(url))
            link.sort_order = order
            links.append(link)
        return links


def guess_kind(name: str) -> str:
    """The kind of a new organisation from words in its name; staff can correct it in the admin."""
    words = re.findall(r"\w+", name.casefold())
    if any(word in COMPANY_WORDS for word in words):
        return Organisation.Kind.COMPANY
    for kind, stems in KIND_WORDS:
        if any(word.startswith(stem) for word in words for stem in stems):
            return kind
    return Organisation.Kind.INSTITUTE


# --- bulk writing ------------------------------------------------------------------------------


class PagePublisher:
    """Publishes new and changed pages, leaving them as `parent.add_child(instance=page)` (for a
    new one), `page.save_revision().publish()` would: tree position and url_path, a revision
    that is both the latest and the live one, "create", "publish" (and "rename") history entries,
    the page_published signal. It takes a few queries per page instead of about eighty: tree
    positions are counted in memory, revisions and history entries are inserted in batches."""

    batch_size = 500

    def __init__(self, now: datetime.datetime):
        self.now = now
        self.next_step: dict[int, int] = {}
        self.added: Counter[int] = Counter()
        self.parents: dict[int, Page] = {}
        self.pending: list[tuple[ExpertPage, str | None]] = []  # page, title before (updates)
        self.new_children: list[tuple[ExpertPage, list, list]] = []  # new page, links, topics
        self.page_ids: list[int] = []
        self.new_page_ids: set[int] = set()

    def add(self, parent: Page, page: ExpertPage, links: list, topics: list) -> None:
        """Add `page` (not saved yet) as the last child of `parent`, published."""
        if parent.pk not in self.next_step:
            last = parent.get_last_child()
            self.next_step[parent.pk] = Page._str2int(last.path[-Page.steplen :]) if last else 0
            self.parents[parent.pk] = parent
        self.next_step[parent.pk] += 1
        self.added[parent.pk] += 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, self.next_step[parent.pk])
        page.numchild = 0
        page._cached_parent_obj = parent  # Page.save reads the parent for url_path
        self._save(page, None)
        self.new_page_ids.add(page.pk)
        # Links and topics of new pages are inserted in bulk by flush(), not one by one.
        self.new_children.append((page, links, topics))
        self._flush_if_full()

    def update(self, page: ExpertPage, links: list, topics: list, title_before: str) -> None:
        """Publish `page` (saved before, with new values set on it) as a new revision."""
        page.links, page.topics = links, topics  # written by save, kept for the revision
        self._save(page, title_before)
        self._flush_if_full()

    def _save(self, page: ExpertPage, title_before: str | None) -> None:
        page.live, page.expired, page.has_unpublished_changes = True, False, False
        page.first_published_at = page.first_published_at or self.now
        page.last_published_at = page.latest_revision_created_at = self.now
        page.draft_title = page.title
        page.save(clean=False, log_action=None)
        self.pending.append((page, title_before))
        self.page_ids.append(page.pk)

    def _flush_if_full(self) -> None:
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self._insert_children()
        pages = [page for page, _before in self.pending]
        content_type = ContentType.objects.get_for_model(ExpertPage)
        base_content_type = ContentType.objects.get_for_model(Page)
        # A published revision cancels any scheduled one, as publish() does.
        Revision.objects.filter(
            base_content_type=base_content_type,
            object_id__in=[str(page.pk) for page, before in self.pending if before is not None],
        ).update(approved_go_live_at=None)
        revisions = Revision.objects.bulk_create(
            Revision(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(page.pk),
                content=page.serializable_data(),
                object_str=str(page),
                created_at=self.now,
            )
            for page in pages
        )
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = page.live_revision = revision
        Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])
        entries = []
        for (page, before), revision in zip(self.pending, revisions, strict=True):
            title = page.get_admin_display_title()
            if before is None:
                entries.append(self._entry(page, "wagtail.create", title))
            elif before != page.title:
                rename = {"title": {"old": before, "new": page.title}}
                entries.append(self._entry(page, "wagtail.rename", title, revision, rename))
            entries.append(self._entry(page, "wagtail.publish", title, revision))
        PageLogEntry.objects.bulk_create(entries)
        for parent_id, count in self.added.items():
            Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + count)
            self.parents[parent_id].numchild += count
        self.added.clear()
        for page, revision in zip(pages, revisions, strict=True):
            page_published.send(sender=ExpertPage, instance=page, revision=revision)
        self.pending.clear()

    def _insert_children(self) -> None:
        links = []
        through = ExpertPage.topics.through
        topic_rows = []
        for page, page_links, topics in self.new_children:
            for link in page_links:
                link.page = page
            links.extend(page_links)
            topic_rows.extend(through(expertpage_id=page.pk, topic_id=t.pk) for t in topics)
        ExpertLink.objects.bulk_create(links)
        through.objects.bulk_create(topic_rows)
        for page, page_links, topics in self.new_children:
            # In memory, for the revision's content: no query per page to read them back.
            page.links, page.topics = page_links, topics
            setattr(page, COMMENTS_RELATION_NAME, [])
        self.new_children.clear()

    def _entry(self, page, action: str, title: str, revision=None, data=None) -> PageLogEntry:
        return PageLogEntry(
            content_type=ContentType.objects.get_for_model(ExpertPage),
            label=title,
            action=action,
            timestamp=self.now,
            page=page,
            revision=revision,
            data=data or {},
            content_changed=action != "wagtail.rename",
        )


@contextmanager
def indexing_paused() -> Iterator[None]:
    """No search or reference index update on each save: `update_indexes` does it once at the
    end (as mediacenter.demo.indexing.deferred_indexing does for the demo content, but in
    batches that fetch related objects up front). Handlers paused by a caller stay paused."""
    indexed = [
        m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)
    ]
    paused = [m for m in indexed if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)


def update_indexes(model: type, pks: list[int], new: set[int] = frozenset()) -> None:
    """Index `model` objects `pks` in every auto-updated search backend and the reference index.
    `new` are objects created by this import: they have no reference index rows to compare."""
    references = ReferenceIndex.is_indexed(model)
    indexed = issubclass(model, search_index.Indexed) and getattr(model, "search_auto_update", True)
    queryset = with_related(model)
    for batch in chunks(pks):
        objects = list(queryset.filter(pk__in=batch))
        if indexed:
            for name, backend in get_search_backends_with_name(with_auto_update=True):
                try:
                    backend.add_bulk(model, objects)
                except Exception:
                    logger.exception("Could not add %s to the '%s' search backend", model, name)
                    if not backend.catch_indexing_errors:
                        raise
        if references:
            add_references([obj for obj in objects if obj.pk in new])
            for obj in objects:
                if obj.pk not in new:
                    ReferenceIndex.create_or_update_for_object(obj)


def add_references(objects: list) -> None:
    """Reference index rows for objects that have none yet, in one insert: what
    ReferenceIndex.create_or_update_for_object writes for them, without its two queries per
    object (a fifth of a large import's time). Uses Wagtail's own extraction and hashing."""
    if not objects:
        return
    model = type(objects[0])
    content_types = [
        ContentType.objects.get_for_model(m, for_concrete_model=False)
        for m in [model, *model._meta.get_parent_list()]
    ]
    rows = [
        ReferenceIndex(
            content_type=content_types[0],
            base_content_type=content_types[-1],
            object_id=obj.pk,
            to_content_type_id=to_content_type_id,
            to_object_id=to_object_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for obj in objects
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        )
    ]
    ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=True)


def with_related(model: type):
    """`model` objects with what indexing them reads fetched up front: the foreign keys search
    follows, many-to-many fields and child rows (the reference index reads those)."""
    queryset = model._default_manager.all()
    for search_field in getattr(model, "get_search_fields", list)():
        if isinstance(search_field, search_index.RelatedFields):
            related = model._meta.get_field(search_field.field_name)
            if related.many_to_one or related.one_to_one:
                queryset = queryset.select_related(search_field.field_name)
    return queryset.prefetch_related(
        *(many.name for many in model._meta.many_to_many),
        *(relation.get_accessor_name() for relation in get_all_child_relations(model)),
    )
