"""GET /api/v1/search/: the site search as JSON — the same kinds, counts and results as the
search page, one language at a time, on the database backend and on the real engine."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/search/"
LIFT = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
RESULT_FIELDS = {"kind", "id", "title", "url", "language", "summary", "date"}


@pytest.fixture(params=["database", "engine"])
def backend(request):
    """Run on the embedded database backend and on the real engine; returns a function that
    makes what was just saved searchable (Wagtail's indexes and the experts' own index)."""
    if request.param == "database":
        return lambda: None
    engine = request.getfixturevalue("engine_as_default")

    def refresh():
        from search import directory_index

        engine.refresh()
        directory_index.refresh(engine.backend)

    return refresh


@pytest.fixture
def oxentia(site_tree):
    """Oxentia in press (one item translated, one Bulgarian only, one under embargo), an event
    (translated) and an expert (Bulgarian profile only)."""
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Партньорство с Oxentia ще ускори иновационната екосистема",
        lead="Клъстерът сключи меморандум с Oxentia, компанията на Оксфорд за иновации.",
    )
    factories.translate(
        release,
        "en",
        title="Partnership with Oxentia to speed up the innovation ecosystem",
        lead="The cluster signed a memorandum with Oxentia, Oxford's innovation company.",
    )
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Интервю за Oxentia по БНР",
        lead="Кристина Ескенази разказва за партньорството с Oxentia.",
    )
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Oxentia открива офис в София",
        lead="Съобщение под ембарго до пресконференцията.",
        embargo_until=LIFT,
    )
    event = factories.EventPageFactory(
        parent=site_tree.events_bg,
        title="Среща с Oxentia за трансфер на технологии",
        lead="Как университетите комерсиализират изследвания с Oxentia.",
    )
    factories.translate(
        event,
        "en",
        title="Meeting Oxentia on technology transfer",
        lead="How universities commercialise research with Oxentia.",
    )
    expert = factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        first_name="Кристина",
        last_name="Ескенази",
        position="Председател на управителния съвет на клъстера",
        keywords="Oxentia, комерсиализация на технологии",
    )
    return {"release": release, "event": event, "expert": expert}


def get(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_all_kinds_with_counts_in_bulgarian(client, oxentia, backend):
    backend()

    body = get(client, q="Oxentia", lang="bg")

    assert body["counts"] == {
        "all": 4,
        "press": 2,
        "events": 1,
        "experts": 1,
        "knowledge": 0,
        "pages": 0,
    }
    assert body["count"] == 4
    assert body["fallback"] is False
    assert body["type"] == "all"
    assert body["query"] == "Oxentia"
    assert sorted(r["kind"] for r in body["results"]) == ["events", "experts", "press", "press"]
    for result in body["results"]:
        assert set(result) == RESULT_FIELDS
        assert result["url"].startswith("http://testserver/bg/")
        assert result["language"] == "bg"
    # The embargoed item is never returned.
    assert "Oxentia открива офис в София" not in {r["title"] for r in body["results"]}


def test_english_results_leave_out_bulgarian_only_press(client, oxentia, backend):
    backend()

    body = get(client, q="Oxentia", lang="en")

    assert body["counts"] == {
        "all": 3,
        "press": 1,
        "events": 1,
        "experts": 1,
        "knowledge": 0,
        "pages": 0,
    }
    by_kind = {r["kind"]: r for r in body["results"]}
    assert by_kind["press"]["title"] == (
        "Partnership with Oxentia to speed up the innovation ecosystem"
    )
    assert by_kind["press"]["url"].startswith("http://testserver/en/")
    assert by_kind["press"]["summary"].startswith("The cluster signed a memorandum")
    assert by_kind["events"]["title"] == "Meeting Oxentia on technology transfer"
    # The expert has a Bulgarian profile only: found, and returned in Bulgarian.
    assert by_kind["experts"]["title"] == "Проф. д-р Кристина Ескенази"
    assert by_kind["experts"]["language"] == "bg"
    assert by_kind["experts"]["date"] is None
    assert "Председател на управителния съвет" in by_kind["experts"]["summary"]


def test_one_type_and_its_pages(client, site_tree, backend):
    for n in range(12):
        factories.PressReleasePageFactory(
            parent=site_tree.press_bg,
            title=f"Spinoff Bulgaria {2013 + n}: наградите за спинофи",
            lead="Конференцията за технологичен трансфер отличи най-добрите спинофи.",
        )
    backend()

    first = get(client, q="Spinoff", lang="bg", type="press")
    second = get(client, q="Spinoff", lang="bg", type="press", page=2)
    beyond = get(client, q="Spinoff", lang="bg", type="press", page=9)

    assert first["count"] == second["count"] == 12
    assert len(first["results"]) == 10
    assert len(second["results"]) == 2
    assert {r["id"] for r in first["results"]}.isdisjoint({r["id"] for r in second["results"]})
    assert beyond["results"] == []
    assert {r["kind"] for r in first["results"]} == {"press"}
    assert first["results"][0]["date"]  # publication date, ISO 8601


def test_same_counts_as_the_search_page(client, oxentia):
    body = get(client, q="Oxentia", lang="bg")
    page = BeautifulSoup(
        client.get("/bg/search/", {"q": "Oxentia"}).content.decode(), "html.parser"
    )

    tabs = {
        a["data-testid"].removeprefix("tab-"): int(a["data-count"])
        for a in page.select("nav.search-tabs a")
    }
    assert tabs == body["counts"]


def test_latin_typed_name_finds_the_cyrillic_press_item(client, oxentia):
    body = get(client, q="Eskenazi", lang="bg", type="press")

    assert [r["title"] for r in body["results"]] == ["Интервю за Oxentia по БНР"]


@pytest.mark.parametrize(
    "params",
    [
        {"lang": "de"},
        {"lang": ""},
        {"type": "glossary-terms"},
        {"page": "0"},
        {"page": "x"},
    ],
)
def test_invalid_parameters_are_422(client, site_tree, params):
    response = client.get(URL, {"q": "Oxentia", **params})

    assert response.status_code == 422
    assert "detail" in response.json()


@pytest.mark.parametrize(
    "query",
    ["", "*:*", "title:(a OR b)", '"unbalanced', "\x00\x1b", "?!.,;:", "Oxentia " * 700],
    ids=["empty", "match-all", "field-syntax", "quote", "control", "punctuation", "5000-chars"],
)
def test_bad_queries_answer_normally(client, oxentia, backend, query):
    backend()

    body = get(client, q=query, lang="bg")

    assert len(body["query"]) <= 200
    assert body["query_was_cut"] is (len(query) > 200)
    assert len(body["results"]) == min(body["count"], 10)
    if query.startswith("Oxentia"):
        assert body["counts"]["press"] == 2  # cut, not rejected: still searched


def test_the_openapi_schema_documents_the_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()

    operation = schema["paths"]["/api/v1/search/"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) == {"q", "lang", "type", "page"}
    assert parameters["lang"]["schema"]["enum"] == ["bg", "en"]
    assert "/api/v1/experts/" in schema["paths"]  # one schema for the whole API
    response_schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    name = response_schema["$ref"].rsplit("/", 1)[-1]
    fields = schema["components"]["schemas"][name]["properties"]
    assert {"counts", "fallback", "results", "count"} <= set(fields)


def test_query_count_does_not_grow_with_the_results(
    client, site_tree, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(n: int, start: int):
        for i in range(start, start + n):
            factories.PressReleasePageFactory(
                parent=site_tree.press_bg, title=f"Интервю за ДНК анализа {i}"
            )
            factories.EventPageFactory(parent=site_tree.events_bg, title=f"ДНК уебинар {i}")
            factories.ExpertPageFactory(
                parent=site_tree.experts_bg, first_name=f"Мария{i}", keywords="ДНК анализ"
            )

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            get(client, q="ДНК", lang="bg")
        return len(captured)

    add(1, 0)
    get(client, q="ДНК", lang="bg")  # warm caches (site root paths, content types)
    few = count()
    add(5, 1)
    many = count()

    assert get(client, q="ДНК", lang="bg")["counts"]["experts"] == 6
    assert many == few
    with django_assert_max_num_queries(25):
        get(client, q="ДНК", lang="bg")
