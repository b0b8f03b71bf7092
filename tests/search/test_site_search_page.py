"""The site search page /<lang>/search/: one page across press, events, experts and other pages
of the active language, with type tabs and counts, editors' picks on top, a notice when the
database answers for the engine, and a normal page whatever is typed. On the database backend
and on the real engine."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests import factories

pytestmark = pytest.mark.django_db

LIFT = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)


@pytest.fixture(params=["database", "engine"])
def backend(request):
    """Run on the embedded database backend and on the real engine; returns a function that
    makes what was just saved searchable."""
    if request.param == "engine":
        return refresher(request.getfixturevalue("engine_as_default"))
    return lambda: None


def refresher(engine):
    """Refresh Wagtail's indexes and the expert directory's own index (search.directory_index),
    which tests/conftest.py's refresh() leaves to its one-second refresh interval."""

    def refresh():
        from search import directory_index

        engine.refresh()
        directory_index.refresh(engine.backend)

    return refresh


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def tab_counts(response) -> dict[str, int]:
    """The tabs shown, by kind, with the count each one says."""
    counts = {}
    for link in soup(response).select("nav.search-tabs a[data-testid^=tab-]"):
        key = link["data-testid"].removeprefix("tab-")
        counts[key] = int(link["data-count"])
        assert f"({counts[key]})" in link.get_text()
    return counts


def titles(response) -> list[str]:
    return [
        link.get_text(strip=True) for link in soup(response).select("ol.search-results > li h2 a")
    ]


def kinds(response) -> list[str]:
    return [item["data-kind"] for item in soup(response).select("ol.search-results > li")]


def publish(page):
    page.save_revision().publish()
    return page


def preciseu_everywhere(site_tree):
    """PRECISEU in two Bulgarian press items (one translated), an event (translated), an expert
    (Bulgarian profile only) and the Bulgarian media kit page."""
    translated = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Клъстерът се включва в консорциума PRECISEU",
        lead="Консорциумът PRECISEU обединява 25 партньора от 12 европейски региона.",
    )
    factories.translate(
        translated,
        "en",
        title="The cluster joins the PRECISEU consortium",
        lead="PRECISEU brings together 25 partners from 12 European regions.",
    )
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Стартова среща на PRECISEU в Барселона",
        lead="Официалният старт на PRECISEU беше на 10 и 11 юли 2024 г. в Барселона.",
    )
    event = factories.EventPageFactory(
        parent=site_tree.events_bg,
        title="Информационен ден PRECISEU в София",
        lead="Как българските компании могат да участват в PRECISEU.",
    )
    factories.translate(
        event,
        "en",
        title="PRECISEU info day in Sofia",
        lead="How Bulgarian companies can take part in PRECISEU.",
    )
    factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        first_name="Кристина",
        last_name="Ескенази",
        position="Председател на управителния съвет на клъстера",
        keywords="PRECISEU, персонализирана медицина, иновационни екосистеми",
    )
    site_tree.media_kit_bg.title = "Медиен пакет на PRECISEU"
    publish(site_tree.media_kit_bg)


def test_tabs_count_each_kind_of_result_in_the_active_language(client, site_tree, backend):
    preciseu_everywhere(site_tree)
    backend()

    bg = client.get("/bg/search/", {"q": "PRECISEU"})
    en = client.get("/en/search/", {"q": "PRECISEU"})

    assert tab_counts(bg) == {
        "all": 5,
        "press": 2,
        "events": 1,
        "experts": 1,
        "knowledge": 0,
        "pages": 1,
    }
    assert sorted(kinds(bg)) == ["events", "experts", "pages", "press", "press"]
    # The Bulgarian-only press item and media kit title are not found under /en/; the expert
    # whose profile exists only in Bulgarian is (cross-language, shown in Bulgarian).
    assert tab_counts(en) == {
        "all": 3,
        "press": 1,
        "events": 1,
        "experts": 1,
        "knowledge": 0,
        "pages": 0,
    }
    assert "Стартова среща на PRECISEU в Барселона" not in titles(en)
    assert set(titles(en)) == {
        "The cluster joins the PRECISEU consortium",
        "PRECISEU info day in Sofia",
        "Проф. д-р Кристина Ескенази",
    }


def test_all_shows_the_best_of_each_kind_before_the_second_of_any(client, site_tree, backend):
    preciseu_everywhere(site_tree)
    backend()

    shown = kinds(client.get("/bg/search/", {"q": "PRECISEU"}))

    assert sorted(shown[:4]) == ["events", "experts", "pages", "press"]


def test_a_tab_shows_only_its_kind_and_is_marked_current(client, site_tree, backend):
    preciseu_everywhere(site_tree)
    backend()

    response = client.get("/bg/search/", {"q": "PRECISEU", "type": "press"})

    assert set(titles(response)) == {
        "Клъстерът се включва в консорциума PRECISEU",
        "Стартова среща на PRECISEU в Барселона",
    }
    current = soup(response).select("nav.search-tabs a[aria-current=page]")
    assert [link["data-testid"] for link in current] == ["tab-press"]
    # Every tab still says how many it holds, and links to its own kind with the query.
    assert tab_counts(response)["experts"] == 1
    experts_tab = soup(response).select_one("a[data-testid=tab-experts]")
    assert experts_tab["href"] == "?q=PRECISEU&type=experts"
    assert titles(client.get("/bg/search/" + experts_tab["href"])) == [
        "Проф. д-р Кристина Ескенази"
    ]


def test_unknown_type_shows_all_results_with_a_notice(client, site_tree):
    preciseu_everywhere(site_tree)

    response = client.get("/bg/search/", {"q": "PRECISEU", "type": "explainers'--"})

    page = soup(response)
    assert "explainers'--" in page.select_one("[data-testid=search-notices]").get_text()
    assert tab_counts(response)["all"] == 5
    assert len(titles(response)) == 5
    assert [a["data-testid"] for a in page.select("a[aria-current=page]")] == ["tab-all"]


def test_embargoed_press_is_never_found(client, site_tree, backend):
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Меморандум с Тракийския университет в Стара Загора",
        lead="Клъстерът и Тракийският университет ще работят заедно по проекти за здраве.",
        embargo_until=LIFT,
    )
    backend()

    for params in ({"q": "Тракийския"}, {"q": "Тракийския", "type": "press"}):
        response = client.get("/bg/search/", params)
        assert titles(response) == []
        assert tab_counts(response)["press"] == 0
        assert "Тракийския университет" not in response.content.decode()


def test_latin_typed_name_finds_the_cyrillic_press_item(client, site_tree, backend):
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Ново партньорство с Oxentia за иновационната екосистема",
        lead=(
            "Кристина Ескенази, председател на управителния съвет на клъстера, подписа "
            "меморандум с Oxentia, компанията на Оксфорд за комерсиализация на технологии."
        ),
    )
    backend()

    response = client.get("/bg/search/", {"q": "Eskenazi", "type": "press"})

    assert titles(response) == ["Ново партньорство с Oxentia за иновационната екосистема"]


def test_editors_picks_are_shown_on_top_in_the_visitors_language(client, site_tree):
    bg_kit = site_tree.media_kit_bg
    en_kit = site_tree.media_kit_en
    draft = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Чернова за Oxentia", live=False
    )
    embargoed = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Ембаргово съобщение за Oxentia", embargo_until=LIFT
    )
    query = Query.get("Oxentia")
    for order, page in enumerate([bg_kit, en_kit, draft, embargoed]):
        SearchPromotion.objects.create(
            query=query, page=page, sort_order=order, description="Лога и снимки с автори."
        )

    bg = soup(client.get("/bg/search/", {"q": "oxentia"}))
    en = soup(client.get("/en/search/", {"q": "  OXENTIA "}))

    bg_picks = bg.select_one("[data-testid=editors-picks]")
    assert [a.get_text() for a in bg_picks.select("h3 a")] == [bg_kit.title]
    assert bg_picks.select_one("h3 a")["href"] == bg_kit.url
    assert "Лога и снимки с автори." in bg_picks.get_text()
    en_picks = en.select_one("[data-testid=editors-picks]")
    assert [a.get_text() for a in en_picks.select("h3 a")] == [en_kit.title]
    # On top: before the results and their count.
    assert str(bg).index("editors-picks") < str(bg).index("no-results")


def test_no_picks_block_without_promotions(client, site_tree):
    assert (
        soup(client.get("/bg/search/", {"q": "Oxentia"})).select("[data-testid=editors-picks]")
        == []
    )


def test_a_search_counts_a_hit_for_editors_picks_once(client, site_tree):
    client.get("/bg/search/", {"q": "Oxentia"})
    client.get("/bg/search/", {"q": "Oxentia", "type": "press"})  # a tab: the same search
    client.get("/bg/search/", {"q": "Oxentia", "page": "2"})

    assert Query.get("oxentia").hits == 1


@pytest.mark.parametrize(
    "query",
    [
        "*:*",
        "title:(a OR b)",
        '"unbalanced',
        "\x00\x07 control \x1b",
        "?!.,;:—…",
        '{"query": {"match_all": {}}}',
        "Ескенази " * 700,
    ],
    ids=["match-all", "field-syntax", "quote", "control", "punctuation", "dsl", "5000-chars"],
)
def test_bad_queries_give_a_normal_page(client, site_tree, backend, query):
    preciseu_everywhere(site_tree)
    backend()

    response = client.get("/bg/search/", {"q": query, "type": "\x00", "page": "-1"})

    page = soup(response)
    assert page.select_one("main form[role=search] input[name=q]") is not None
    assert page.select("[data-testid=search-results], [data-testid=no-results]")
    assert "\x00" not in page.select_one("main input[name=q]")["value"]


def test_long_query_is_cut_with_a_notice_and_still_searched(client, site_tree, backend):
    preciseu_everywhere(site_tree)
    backend()

    response = client.get("/bg/search/", {"q": "PRECISEU " + "консорциум " * 500})

    page = soup(response)
    assert "200" in page.select_one("[data-testid=search-notices]").get_text()
    assert len(page.select_one("main input[name=q]")["value"]) <= 200
    assert tab_counts(response)["press"] == 2


@pytest.fixture
def engine_held_down(settings, engine_as_default):
    """The real engine as the default with the database backend kept up to date beside it (as in
    production); `hold_down()` then records a failure, as a timeout would."""
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }

    def hold_down():
        from opensearchpy.exceptions import ConnectionTimeout

        from search.engine import engine_failed

        engine_failed(ConnectionTimeout("TIMEOUT", "read timed out", None), "Site search test")

    return hold_down


def test_engine_down_answers_from_the_database_with_a_notice(
    client, site_tree, engine_as_default, engine_held_down
):
    preciseu_everywhere(site_tree)
    refresher(engine_as_default)()
    up = client.get("/bg/search/", {"q": "PRECISEU"})
    assert soup(up).select("[data-testid=search-fallback]") == []

    engine_held_down()
    down = client.get("/bg/search/", {"q": "PRECISEU"})

    assert soup(down).select("[data-testid=search-fallback]")
    assert tab_counts(down) == tab_counts(up)


def add_results(site_tree, n: int, start: int = 0) -> None:
    """n more matches of each kind for "Oxentia", with topics, an organisation and images."""
    topic = factories.TopicFactory(name=f"Трансфер на технологии {start}")
    organisation = factories.OrganisationFactory(name=f"Oxentia {start}")
    for i in range(start, start + n):
        release = factories.PressReleasePageFactory(
            parent=site_tree.press_bg,
            title=f"Oxentia и клъстерът: среща {i}",
            featured_image=factories.ImageFactory(),
        )
        release.topics.set([topic])
        release.organisations.set([organisation])
        publish(release)
        factories.EventPageFactory(parent=site_tree.events_bg, title=f"Уебинар с Oxentia {i}")
        factories.ExpertPageFactory(
            parent=site_tree.experts_bg,
            first_name=f"Десислава{i}",
            keywords="Oxentia, трансфер на технологии",
            organisation=organisation,
        )


def count_queries(client, params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/bg/search/", params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("params", [{}, {"type": "press"}, {"type": "experts"}])
def test_query_count_does_not_grow_with_the_results(client, site_tree, backend, params):
    params = {"q": "Oxentia", **params}
    add_results(site_tree, 1)
    backend()
    client.get("/bg/search/", params)  # warm caches (site root paths, content types)
    few = count_queries(client, params)

    add_results(site_tree, 4, start=1)
    backend()
    # Once after a publish, the database backend's spelling vocabulary is rebuilt (a few queries,
    # not one per result): warm it again, as for the first count.
    client.get("/bg/search/", params)
    many = count_queries(client, params)

    assert tab_counts(client.get("/bg/search/", params))["experts"] == 5
    assert many == few
    assert many <= 32  # one search per kind of result, five kinds
