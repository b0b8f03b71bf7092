"""Whatever a visitor or a script types into a search box or an API, the answer is a normal
(maybe empty) page or JSON body: never a 500, never the engine's error, never the query run as
engine syntax or echoed as markup; on the database backend and on the real engine.

Each test asks one page or endpoint every bad query and lists all that misbehave, so a failure
shows the whole picture for that page at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup

from tests import factories

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
PASTED_PARAGRAPH = (
    "Кристина Ескенази, председател на Биотехнологичен и Здравен клъстер, говори за "
    "спинофи от университетите и за персонализираната медицина в проекта PRECISEU. "
) * 40
LONG_QUERY = PASTED_PARAGRAPH[:5000]
MIXED_SCRIPTS = "Eskenazi Ескенази 2024 ДНК DNA"
QUERY_DSL = '{"query": {"match_all": {}}}'

BAD_QUERIES = {
    "empty": "",
    "5000 characters": LONG_QUERY,
    "only punctuation": "?!.,;:—…",
    "match all": "*:*",
    "field syntax": "title:(a OR b)",
    "query DSL": QUERY_DSL,
    "unbalanced quote": '"unbalanced',
    "open parentheses": "(((",
    "dangling operators": "a AND OR NOT b",
    "control characters": "\x00\x07 control chars \x1b",
    "NUL inside": "Еске\x00нази",
    "mixed scripts": MIXED_SCRIPTS,
    "emoji": "🧬🔬💊 🦠",
    "right to left": "طب شخصي רפואה מותאמת",
    "SQL-ish": "' OR 1=1 --",
    "script tag": SCRIPT,
}
ENGINE_ERROR_TEXT = (
    "TransportError",
    "search_phase_execution_exception",
    "Traceback",
    "opensearch",
)
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class Endpoint:
    name: str
    url: Callable  # SiteTree -> path
    html: bool
    language: str = "bg"
    finds_experts: bool = True  # the mixed-script query must find Ескенази / Eskenazi here


ENDPOINTS = [
    Endpoint("find an expert bg", lambda tree: tree.experts_bg.url, html=True),
    Endpoint("find an expert en", lambda tree: tree.experts_en.url, html=True, language="en"),
    Endpoint("site search bg", lambda tree: "/bg/search/", html=True),
    Endpoint("site search en", lambda tree: "/en/search/", html=True, language="en"),
    Endpoint("experts API", lambda tree: "/api/v1/experts/", html=False),
    Endpoint("search API", lambda tree: "/api/v1/search/", html=False),
    Endpoint("suggest API", lambda tree: "/api/v1/suggest/", html=False, finds_experts=False),
]


@pytest.fixture(params=["database", "engine"])
def search_backend(request):
    """The site's search on the embedded database backend and on the real engine."""
    if request.param == "engine":
        return request.getfixturevalue("engine_as_default").refresh
    return lambda: None


def publish(page):
    """Saved, then published, as in the admin: the index then holds the page's topics too."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def content(site_tree, search_backend):
    """A few experts and a press release, so that results are not always empty."""
    spinoffs = factories.TopicFactory(name="Спинофи и трансфер на технологии", slug="spinoffs")
    factories.translate_snippet(spinoffs, "en", name="Spin-offs and technology transfer")
    eskenazi = publish(
        factories.ExpertPageFactory(
            parent=site_tree.experts_bg,
            honorific="",
            first_name="Кристина",
            last_name="Ескенази",
            position="Председател на Биотехнологичен и Здравен клъстер",
            short_bio="Събира университети и компании, за да станат откритията спинофи.",
            keywords="спинофи, иновации, клъстери",
            city="София",
            topics=[spinoffs],
        )
    )
    factories.translate(
        eskenazi,
        "en",
        honorific="",
        first_name="Kristina",
        last_name="Eskenazi",
        title="Kristina Eskenazi",
        position="Chair of the Health and Life Sciences Cluster Bulgaria",
        short_bio="Brings universities and companies together so discoveries become spin-offs.",
        keywords="spin-offs, innovation, clusters",
        city="Sofia",
    )
    publish(
        factories.ExpertPageFactory(
            parent=site_tree.experts_bg,
            first_name="Десислава",
            last_name="Маринова",
            position="Изследовател по персонализирана медицина",
            short_bio="Работи по проекта PRECISEU с партньори от Барселона.",
            keywords="персонализирана медицина, ДНК",
            city="Пловдив",
        )
    )
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Ескенази откри Spinoff Bulgaria в София Тех Парк"
    )
    factories.translate(release, "en", title="Eskenazi opens Spinoff Bulgaria at Sofia Tech Park")
    search_backend()
    return site_tree


def problems_with(endpoint: Endpoint, label: str, query: str, response) -> list[str]:
    """What is wrong with one answer; empty when it is a normal page or body."""
    where = f"{endpoint.name}, {label} query"
    if response.status_code != 200:
        return [f"{where}: HTTP {response.status_code}"]
    text = response.content.decode()
    if not endpoint.html and response["Content-Type"].startswith("application/json"):
        text = _readable_json(text)
    found = [s for s in ENGINE_ERROR_TEXT if s.lower() in text.lower()]
    problems = [f"{where}: engine error text {found}"] if found else []
    if endpoint.html:
        problems += _html_problems(endpoint, query, response, text)
    else:
        problems += _json_problems(response, text)
    problems = [p if p.startswith(where) else f"{where}: {p}" for p in problems]
    names_found = "Ескенази" in text or "Eskenazi" in text
    if endpoint.finds_experts and query == MIXED_SCRIPTS and not names_found:
        problems.append(f"{where}: Ескенази / Eskenazi not found")
    if query == QUERY_DSL and names_found:
        # Searched as the words it contains, not run as a match-all: it matches nobody.
        problems.append(f"{where}: the query DSL was run, Ескенази / Eskenazi listed")
    return problems


def _html_problems(endpoint: Endpoint, query: str, response, text: str) -> list[str]:
    problems = []
    if not response["Content-Type"].startswith("text/html"):
        problems.append(f"content type {response['Content-Type']}")
    if SCRIPT in text:
        problems.append("the script tag is in the page unescaped")
    main = BeautifulSoup(text, "html.parser").select_one("main")
    if main is None:
        return [*problems, "no <main> in the page"]
    if query == LONG_QUERY:
        box = main.select_one("input[name=q]")
        value = box.get("value", "") if box else ""
        if not value or len(value) > MAX_QUERY_LENGTH or not query.startswith(value):
            problems.append(
                f"the search box does not hold the shortened query ({len(value)} chars)"
            )
        # The notice's wording is checked in English: the Bulgarian catalogue comes later.
        if endpoint.language == "en" and "shortened" not in main.get_text():
            problems.append("no notice that the search was shortened")
    return problems


def _readable_json(text: str) -> str:
    """The JSON with Cyrillic written out (not as \\u escapes), to look for names in it."""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def _json_problems(response, text: str) -> list[str]:
    if not response["Content-Type"].startswith("application/json"):
        return [f"content type {response['Content-Type']}"]
    try:
        body = json.loads(text)
    except ValueError:
        return ["the body is not JSON"]
    # The query may be echoed as data; anything else (highlights, snippets) is HTML-escaped.
    raw = [key for key, value in _strings(body) if SCRIPT in value and key not in ("q", "query")]
    return [f"unescaped script tag in {raw}"] if raw else []


def _strings(value, key: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _strings(v, k)]
    if isinstance(value, list):
        return [pair for item in value for pair in _strings(item, key)]
    return []


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.name for e in ENDPOINTS])
def test_bad_queries_give_a_normal_answer(client, content, endpoint):
    url = endpoint.url(content)
    problems = []
    for label, query in BAD_QUERIES.items():
        response = client.get(url, {"q": query})
        problems += problems_with(endpoint, label, query, response)

    assert not problems, "\n".join(problems)
