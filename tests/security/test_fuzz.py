"""Fuzzing every public form, query string and API endpoint: no input a visitor can send gives a
server error (500) or shows a traceback.

- /api/v1/ (django-ninja): schemathesis generates valid and invalid requests from the OpenAPI
  schema the API serves, sent through the site's real WSGI application.
- Everything else: Hypothesis strategies that mix real values (slugs, page ids, facet values of
  the data below) with hostile ones (NUL bytes, huge numbers, query syntax, markup, long text,
  broken percent-encoding), through the Django test client: the contact-request form (with and
  without its CSRF token, timing stamp and honeypot), site search, the expert directory's filters
  and pagination, the newsroom, events, partner news, topic hubs, the glossary and explainers,
  feeds, the request-contact links (?expert=, ?topic=), the language switch, Wagtail's API v2 and
  media-kit downloads.

Real PostgreSQL and a bilingual site built with the test factories and the demo's topics and
organisations. Derandomized (a fixed seed per strategy): CI runs the same requests every time.
It counts every request sent, prints the count, and fails below MIN_REQUESTS.
"""

from __future__ import annotations

import collections
import datetime
import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

import pytest
import schemathesis
from django.core import signing
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Locale

from experts.forms import STAMP_SALT
from experts.models import Availability, ContactRequest, MediaFormat
from mediacenter.demo.loader import LANGUAGES, DemoLoader
from press.models import PartnerFeed, PartnerNewsIndexPage, PartnerNewsItem, PressReleasePage
from tests import factories

pytestmark = pytest.mark.django_db

MIN_REQUESTS = 2000
# FUZZ_SCALE=5 sends five times as many requests (a long run); the default is the short form for
# CI. Below 2,000 requests in all the test fails, whatever the scale.
SCALE = float(os.environ.get("FUZZ_SCALE", "1"))
TRACEBACK_MARKERS = ("Traceback (most recent call last)", 'File "/', "django.core.exceptions")


def fuzz_settings(examples: int):
    """Hypothesis settings for one surface: `examples` requests, the same ones every run."""
    return hypothesis_settings(
        max_examples=max(1, round(examples * SCALE)),
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=False,
        suppress_health_check=list(HealthCheck),
    )


# --- strategies ------------------------------------------------------------------------------

NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "1e9",
    "99999999999999999999999",
    "NaN",
    "null",
    "None",
    "true",
    "'",
    '"',
    "\\",
    "' OR '1'='1",
    "1; DROP TABLE experts_contactrequest;--",
    "<script>alert(1)</script>",
    "{{ settings.SECRET_KEY }}",
    "${7*7}",
    "%(name)s",
    "../../etc/passwd",
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "\u202e\u200b",
    "AND OR NOT",
    '"unbalanced',
    "title:x AND body:y",
    "*",
    "?",
    "~1",
    "(((",
    "a" * 4000,
    "епигенетика",
    "Ескенази",
    "klinichni izpitvania",
    "ИИ",
    "клинични изпитвания",
    "🧬",
]
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
NASTY_TEXT = st.one_of(st.sampled_from(NASTY), TEXT)
NUMBERS = st.one_of(
    st.integers(min_value=-5, max_value=50).map(str),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)
RAW_QUERY = st.text(alphabet="%0123456789abcdefABCDEFXYZ&=;+?#/ ", max_size=40)


def values(*real) -> st.SearchStrategy[str]:
    """A query-string value: one of the real ones, a number, or something hostile."""
    choices = [NASTY_TEXT, NUMBERS]
    if real:
        choices.insert(0, st.sampled_from([str(value) for value in real]))
    return st.one_of(*choices)


def query(fields: dict[str, st.SearchStrategy[str]]) -> st.SearchStrategy[str]:
    """A query string: known keys (each maybe repeated) and unknown ones, urlencoded, sometimes
    followed by raw bytes with broken percent-encoding."""
    pair = st.one_of(
        *(st.tuples(st.just(key), strategy) for key, strategy in fields.items()),
        st.tuples(NASTY_TEXT, NASTY_TEXT),
    )
    encoded = st.lists(pair, max_size=6).map(lambda pairs: urlencode(pairs))
    return st.one_of(encoded, st.tuples(encoded, RAW_QUERY).map(lambda p: f"{p[0]}&{p[1]}"))


# --- the site ----------------------------------------------------------------------------------


@dataclass
class FuzzSite:
    topics: list[str] = field(default_factory=list)  # slugs
    organisations: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    experts: list[int] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    topic_pks: list[int] = field(default_factory=list)
    events: dict[str, list[str]] = field(default_factory=dict)  # language → event slugs
    explainers: dict[str, list[str]] = field(default_factory=dict)
    asset_ids: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)


@pytest.fixture
def fuzz_site(site_tree) -> FuzzSite:
    """A small bilingual site: the demo's topics (with synonyms) and organisations, experts in
    Sofia, Plovdiv and Varna, press releases (one under embargo), events, partner news, topic
    hubs, an explainer, a glossary and a media kit photo."""
    loader = DemoLoader()
    loader.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    loader.images = defaultdict(lambda: None)
    topics = loader._topics()
    organisations = loader._organisations()
    topic_bg = [pair["bg"] for pair in topics.values()]
    organisation_bg = [pair["bg"] for pair in organisations.values()]

    site = FuzzSite(
        topics=list(topics),
        organisations=list(organisations),
        cities=["София", "Пловдив", "Варна", "Sofia", "Plovdiv"],
        topic_pks=[topic.pk for pair in topics.values() for topic in pair.values()],
    )
    people = [
        ("Радка", "Аргирова", "Radka", "Argirova", "София"),
        ("Драга", "Тончева", "Draga", "Toncheva", "София"),
        ("Иван", "Петров", "Ivan", "Petrov", "Пловдив"),
        ("Мария", "Ескенази", "Maria", "Eskenazi", "Варна"),
        ("Георги", "Димитров", "Georgi", "Dimitrov", "София"),
        ("Елена", "Стоянова", "Elena", "Stoyanova", "Пловдив"),
    ]
    experts = []
    for n, (first_bg, last_bg, first_en, last_en, city) in enumerate(people):
        expert = factories.ExpertPageFactory(
            parent=site_tree.experts_bg,
            first_name=first_bg,
            last_name=last_bg,
            city=city,
            organisation=organisation_bg[n % len(organisation_bg)],
            availability=[Availability.AVAILABLE, Availability.LIMITED, Availability.AWAY][n % 3],
            away_until=timezone.localdate() + datetime.timedelta(days=10) if n % 3 == 2 else None,
            media_formats=[MediaFormat.values[n % len(MediaFormat.values)]],
        )
        expert.topics.add(*topic_bg[n % len(topic_bg) :][:3])
        expert.save_revision().publish()
        factories.ExpertContactFactory(expert=expert)
        experts.append(expert)
        if n % 2 == 0:  # some profiles exist only in Bulgarian
            site.experts.append(
                factories.translate(expert, "en", first_name=first_en, last_name=last_en).pk
            )
        site.experts.append(expert.pk)

    for n, (title_bg, title_en) in enumerate(
        [
            ("Клъстерът стартира проекта PRECISEU", "The cluster launches PRECISEU"),
            ("Spinoff Bulgaria събира учени и инвеститори", "Spinoff Bulgaria meets investors"),
            ("Нова лаборатория по геномика в Пловдив", "A new genomics lab in Plovdiv"),
            ("Клинични изпитвания: какво трябва да знаят пациентите", "Clinical trials explained"),
        ]
    ):
        release = factories.PressReleasePageFactory(
            parent=site_tree.press_bg,
            title=title_bg,
            slug=f"fuzz-release-{n}",
            publication_date=timezone.now() - datetime.timedelta(days=400 * n + 3),
            embargo_until=timezone.now() + datetime.timedelta(days=2) if n == 3 else None,
        )
        release.topics.add(*topic_bg[n : n + 2])
        release.related_experts.add(experts[n])
        release.save_revision().publish()
        factories.translate(release, "en", title=title_en)
        site.years.append(timezone.localtime(release.publication_date).year)

    event = factories.EventPageFactory(parent=site_tree.events_bg, slug="spinoff-bulgaria")
    factories.translate(event, "en", title="Spinoff Bulgaria")
    site.events = {"bg": ["spinoff-bulgaria"], "en": ["spinoff-bulgaria"]}

    topics_index = factories.TopicIndexPageFactory(parent=site_tree.home_bg)
    factories.translate(topics_index, "en", title="Topics")
    knowledge = factories.KnowledgeIndexPageFactory(parent=site_tree.home_bg)
    factories.translate(knowledge, "en", title="Knowledge base")
    glossary = factories.GlossaryPageFactory(parent=knowledge)
    factories.translate(glossary, "en", title="Glossary")
    for term, other in (("Биомаркер", "Biomarker"), ("Епигенетика", "Epigenetics")):
        page = factories.GlossaryTermPageFactory(
            parent=glossary, title=term, other_language_term=other
        )
        page.topics.add(topic_bg[0])
        page.save_revision().publish()
    explainer = factories.ExplainerPageFactory(parent=knowledge, slug="atmp")
    explainer.topics.add(*topic_bg[:2])
    explainer.related_experts.add(experts[0])
    explainer.save_revision().publish()
    factories.translate(explainer, "en", title="What advanced therapies are")
    site.explainers = {"bg": ["atmp"], "en": ["atmp"]}

    partner_bg = PartnerNewsIndexPage(title="Новини от партньорите", slug="partner-news")
    site_tree.home_bg.add_child(instance=partner_bg)
    partner_bg.save_revision().publish()
    factories.translate(partner_bg, "en", title="Partner news")
    for language, name in (("bg", "БАН"), ("en", "EuropaBio")):
        feed = PartnerFeed.objects.create(
            name=name, url=f"https://{language}.partners.example/feed.xml", language=language
        )
        feed.topics.set(topic_bg[:2])
        for n in range(3):
            PartnerNewsItem.objects.create(
                feed=feed,
                guid=f"{language}-{n}",
                link=f"https://{language}.partners.example/news/{n}",
                title=f"{name}: новина {n}",
                summary="<p>Учени от Пловдив представиха резултати.</p>",
                published_at=timezone.now() - datetime.timedelta(days=n),
            )

    asset = factories.MediaKitAssetFactory(page=site_tree.media_kit_bg)
    site.asset_ids = [asset.pk]
    site.pages = list(PressReleasePage.objects.values_list("pk", flat=True)) + [
        site_tree.home_bg.pk,
        site_tree.home_en.pk,
        site_tree.experts_en.pk,
    ]
    return site


# --- requests and their count ----------------------------------------------------------------


@dataclass
class Tally:
    """Requests sent, by surface, and the statuses seen."""

    counts: collections.Counter = field(default_factory=collections.Counter)
    statuses: collections.Counter = field(default_factory=collections.Counter)
    by_surface: dict = field(default_factory=lambda: defaultdict(collections.Counter))
    seconds: collections.Counter = field(default_factory=collections.Counter)
    started: float = field(default_factory=time.monotonic)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def check(self, surface: str, response, label: str) -> None:
        """No server error and no traceback, whatever was sent."""
        self.counts[surface] += 1
        self.statuses[response.status_code] += 1
        self.by_surface[surface][response.status_code] += 1
        now = time.monotonic()
        self.seconds[surface] += now - self.started
        self.started = now
        body = response.content if hasattr(response, "content") else b""
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
        assert response.status_code < 500, f"{response.status_code} for {label}"
        for marker in TRACEBACK_MARKERS:
            assert marker not in text, f"traceback text in the answer to {label}"


@pytest.fixture
def wsgi_app():
    """The site's WSGI application, as gunicorn runs it, minus one thing: Django's handler closes
    the database connection at each request's start and end (close_old_connections), which
    would end the test's transaction; the test client leaves it out the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def fuzz_api_v1(wsgi_app, tally: Tally, examples: int) -> None:
    """schemathesis: each operation of /api/v1/, positive and negative cases."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", wsgi_app)
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):

            @fuzz_settings(examples)
            @given(case=operation.as_strategy(generation_mode=mode))
            def run(case):
                response = case.call()
                tally.check("api v1", response, f"{case.method} {case.path} {case.query}")

            run()


def fuzz_get(client: Client, tally: Tally, surface: str, paths, fields, examples: int) -> None:
    """GET one of `paths` with a generated query string."""

    @fuzz_settings(examples)
    @given(path=st.sampled_from(paths), qs=query(fields))
    def run(path, qs):
        url = f"{path}?{qs}" if qs else path
        tally.check(surface, client.get(url), url)

    run()


def old_stamp(seconds: float) -> str:
    """The form's signed timestamp as it was made `seconds` ago."""
    return signing.dumps(time.time() - seconds, salt=STAMP_SALT)


def fuzz_contact_form(site: FuzzSite, tally: Tally, examples: int) -> None:
    """POST the request-contact form, as a browser (CSRF enforced) and as a bot."""
    browser = Client(enforce_csrf_checks=True)
    form_page = browser.get("/en/request-contact/")
    token = form_page.context["csrf_token"]
    future = timezone.localtime() + datetime.timedelta(days=2)
    valid = {
        "journalist_name": "Елена Димитрова",
        "outlet": "Дневник",
        "email": "elena@dnevnik.example.bg",
        "phone": "+359 88 123 4567",
        "deadline": future.strftime("%Y-%m-%dT%H:%M"),
        "media_format": MediaFormat.TV,
        "language": ContactRequest.Language.BG,
        "questions": "Какво показва новото изследване по епигенетика за пациентите?",
        "consent": "on",
        "stamp": old_stamp(30),
    }
    hostile = {
        "email": st.one_of(st.emails(), NASTY_TEXT),
        "deadline": st.one_of(
            st.datetimes(
                min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime(9999, 12, 31)
            ).map(lambda d: d.strftime("%Y-%m-%dT%H:%M")),
            NASTY_TEXT,
        ),
        "media_format": values(*MediaFormat.values),
        "language": values(*ContactRequest.Language.values),
        "topic": values(*site.topic_pks),
        "questions": st.one_of(NASTY_TEXT, st.text(max_size=4500)),
        "stamp": st.one_of(
            st.just(old_stamp(0)),
            st.just(signing.dumps("not a time", salt=STAMP_SALT)),
            NASTY_TEXT,
        ),
    }
    names = [*valid, "topic", "anonymous", "website"]
    # A valid request with a few fields changed to something hostile, a few left out, and
    # sometimes the honeypot filled: the form's every check, and sometimes none failing.
    fields = st.tuples(
        st.dictionaries(
            st.sampled_from(names),
            st.one_of(NASTY_TEXT, st.just("on")),
            max_size=2,
        ),
        st.fixed_dictionaries({}, optional=hostile),
        st.sets(st.sampled_from(names), max_size=2),
        st.sampled_from(["ana@bnr.example.bg", "ivan@nova.example.bg", "mila@capital.example"]),
    ).map(
        lambda parts: {
            name: value
            for name, value in {**valid, "email": parts[3], **parts[0], **parts[1]}.items()
            if name not in parts[2]
        }
    )
    targets = st.one_of(
        st.just(""),
        st.sampled_from(site.experts).map(lambda pk: f"?expert={pk}"),
        st.sampled_from(site.topics).map(lambda slug: f"?topic={quote(slug)}"),
        query({"expert": values(*site.experts), "topic": values(*site.topics)}).map(
            lambda qs: f"?{qs}"
        ),
    )

    @fuzz_settings(examples)
    @given(
        language=st.sampled_from(["bg", "en"]),
        target=targets,
        data=fields,
        csrf=st.sampled_from(["valid", "missing", "wrong"]),
        address=st.sampled_from([f"203.0.113.{n}" for n in range(1, 9)]),
    )
    def run(language, target, data, csrf, address):
        if csrf == "valid":
            data = {**data, "csrfmiddlewaretoken": token}
        elif csrf == "wrong":
            data = {**data, "csrfmiddlewaretoken": "x" * 64}
        url = f"/{language}/request-contact/{target}"
        response = browser.post(url, data, REMOTE_ADDR=address)
        tally.check("contact form", response, f"POST {url} {data}")

    run()


def fuzz_paths(client: Client, tally: Tally, prefixes: list[str], examples: int) -> None:
    """Any path under the site's sections, with any method: Wagtail's routing, the routable hub
    and media-kit pages, documents and the API must answer 404/405, not fail."""
    segment = st.one_of(st.sampled_from(["", "ics", "download", "1", "rss"]), NASTY_TEXT).map(
        lambda text: quote(text, safe="")
    )

    @fuzz_settings(examples)
    @given(
        prefix=st.sampled_from(prefixes),
        segments=st.lists(segment, min_size=1, max_size=3),
        method=st.sampled_from(["get", "get", "head", "post", "put", "delete", "options"]),
    )
    def run(prefix, segments, method):
        path = prefix + "/".join(segments) + "/"
        response = getattr(client, method)(path)
        tally.check("paths and methods", response, f"{method.upper()} {path}")

    run()


def fuzz_language_switch(tally: Tally, examples: int) -> None:
    client = Client()

    @fuzz_settings(examples)
    @given(
        data=st.fixed_dictionaries(
            {}, optional={"language": values("bg", "en"), "next": values("/en/", "/bg/press/")}
        )
    )
    def run(data):
        tally.check("language switch", client.post("/i18n/setlang/", data), f"setlang {data}")

    run()


def test_no_input_gives_a_server_error(fuzz_site, wsgi_app, capsys):
    site = fuzz_site
    tally = Tally()
    client = Client()
    pages = values(1, 2, 3)
    lang = ("bg", "en")

    fuzz_api_v1(wsgi_app, tally, examples=55)
    fuzz_contact_form(site, tally, examples=250)
    fuzz_get(
        client,
        tally,
        "site search",
        [f"/{code}/search/" for code in lang],
        {
            "q": values("PRECISEU", "геномика", "Аргирова", "Spinoff"),
            "type": values("press", "experts", "events", "knowledge", "pages", "all"),
            "page": pages,
        },
        examples=180,
    )
    fuzz_get(
        client,
        tally,
        "expert directory",
        [f"/{code}/experts/" for code in lang],
        {
            "q": values("Аргирова", "Eskenazi", "геномика"),
            "topic": values(*site.topics),
            "organisation": values(*site.organisations),
            "city": values(*site.cities),
            "language": values("bg", "en", "de", "fr"),
            "format": values(*MediaFormat.values),
            "availability": values(*Availability.values),
            "sort": values("name", "relevance", "availability"),
            "page": pages,
        },
        examples=220,
    )
    fuzz_get(
        client,
        tally,
        "request-contact links",
        [f"/{code}/request-contact/" for code in lang],
        {"expert": values(*site.experts), "topic": values(*site.topics)},
        examples=120,
    )
    fuzz_get(
        client,
        tally,
        "newsroom",
        [f"/{code}/press/" for code in lang] + [f"/{code}/events/" for code in lang],
        {
            "kind": values(*PressReleasePage.Kind.values),
            "topic": values(*site.topics),
            "year": values(*site.years),
            "page": pages,
        },
        examples=130,
    )
    fuzz_get(
        client,
        tally,
        "partner news",
        [f"/{code}/partner-news/" for code in lang],
        {"topic": values(*site.topics), "page": pages},
        examples=80,
    )
    hubs = [f"/{code}/topics/" for code in lang] + [
        f"/{code}/topics/{slug}/" for code in lang for slug in site.topics[:6]
    ]
    knowledge = [f"/{code}/knowledge/glossary/" for code in lang] + [
        f"/{code}/knowledge/{slug}/" for code in lang for slug in site.explainers[code]
    ]
    fuzz_get(
        client,
        tally,
        "topic hubs and knowledge",
        hubs + knowledge + [f"/{code}/topics/{quote('нема-такава')}/" for code in lang],
        {"page": pages, "topic": values(*site.topics), "letter": values("А", "Б", "E")},
        examples=100,
    )
    feeds = [
        f"/{code}/feeds/{kind}/{form}/"
        for code in lang
        for kind in ("press", "events")
        for form in ("rss", "atom")
    ]
    feeds += [f"/{code}/feeds/events/ics/" for code in lang]
    feeds += [
        f"/{code}/feeds/topics/{slug}/{form}/"
        for code in lang
        for slug in site.topics[:4]
        for form in ("rss", "atom")
    ]
    feeds += [f"/{code}/events/{slug}/ics/" for code in lang for slug in site.events[code]]
    fuzz_get(
        client,
        tally,
        "feeds",
        feeds + ["/bg/feeds/topics/no-such-topic/rss/", "/sitemap.xml", "/robots.txt"],
        {"page": pages, "topic": values(*site.topics), "format": values("rss", "atom")},
        examples=150,
    )
    fuzz_get(
        client,
        tally,
        "api v2",
        ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/pages/find/"]
        + [f"/api/v2/pages/{pk}/" for pk in site.pages[:4]],
        {
            "type": values("press.PressReleasePage", "experts.ExpertPage", "wagtailcore.Page"),
            "fields": values("*", "title,lead", "-title", "_,id", "body(type)"),
            "limit": pages,
            "offset": pages,
            "order": values("title", "-id", "random", "publication_date"),
            "search": values("PRECISEU", "геномика"),
            "search_operator": values("and", "or"),
            "locale": values("bg", "en"),
            "child_of": values(*site.pages),
            "descendant_of": values(*site.pages),
            "translation_of": values(*site.pages),
            "html_path": values("/en/press/", "/bg/"),
            "slug": values("press", "fuzz-release-1"),
        },
        examples=200,
    )
    fuzz_get(
        client,
        tally,
        "media kit downloads",
        [
            f"/{code}/media-kit/download/{pk}/"
            for code in lang
            for pk in [*site.asset_ids, 0, 99999]
        ],
        {"page": pages},
        examples=30,
    )
    fuzz_language_switch(tally, examples=100)
    fuzz_paths(
        client,
        tally,
        [
            *(
                f"/{code}/{section}/"
                for code in lang
                for section in (
                    "",
                    "press",
                    "experts",
                    "topics",
                    "knowledge",
                    "knowledge/glossary",
                    "media-kit",
                    "events",
                    "partner-news",
                    "feeds/topics",
                )
            ),
            "/documents/",
            "/api/v1/",
            "/api/v2/pages/",
        ],
        examples=170,
    )

    with capsys.disabled():
        for surface, statuses in tally.by_surface.items():
            print(f"  {surface}: {tally.seconds[surface]:.1f} s {dict(statuses)}")
        print(
            f"\nfuzz: {tally.total} requests, none a server error — "
            + ", ".join(f"{surface} {n}" for surface, n in tally.counts.items())
            + "; statuses "
            + ", ".join(f"{status}×{n}" for status, n in sorted(tally.statuses.items()))
        )
    assert tally.total >= MIN_REQUESTS, f"only {tally.total} requests were sent"
