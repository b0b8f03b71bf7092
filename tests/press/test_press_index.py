"""The newsroom list: what a journalist sees, filters, pagination and bad input."""

from __future__ import annotations

import datetime

import pytest

from press.models import PressReleasePage
from tests import factories
from tests.press.conftest import SOFIA, days_ago, release

pytestmark = pytest.mark.django_db

NEWS = PressReleasePage.Kind.NEWS
INTERVIEW = PressReleasePage.Kind.INTERVIEW


def titles(response) -> list[str]:
    return [item.title for item in response.context["items"]]


@pytest.mark.smoke
def test_press_index_lists_released_items_newest_first_in_both_languages(
    client, site_tree, clinical_trials
):
    older = release(
        site_tree.press_bg, title="Стартира проектът PRECISEU", publication_date=days_ago(10)
    )
    newer = release(
        site_tree.press_bg,
        title="Ден на отворените врати",
        publication_date=days_ago(2),
        topics=[clinical_trials.bg],
    )
    factories.translate(older, "en", title="PRECISEU project starts")
    factories.translate(newer, "en", title="Open day")

    bg = client.get("/bg/press/")
    en = client.get("/en/press/")

    assert bg.status_code == 200 and en.status_code == 200
    assert titles(bg) == ["Ден на отворените врати", "Стартира проектът PRECISEU"]
    assert titles(en) == ["Open day", "PRECISEU project starts"]
    # The English copy points at the Bulgarian topic row; the card shows the English name.
    assert "Clinical trials" in en.text and "Клинични изпитвания" not in en.text
    assert "Клинични изпитвания" in bg.text
    assert 'href="/en/press/?topic=clinical-trials"' in en.text


@pytest.mark.smoke
def test_empty_newsroom_says_so(client, site_tree):
    response = client.get("/en/press/")
    assert response.status_code == 200
    assert "No press releases yet." in response.text


def test_drafts_and_embargoed_items_are_not_listed(client, site_tree):
    release(site_tree.press_bg, title="Публикувано")
    release(
        site_tree.press_bg,
        title="Под ембарго",
        embargo_until=datetime.datetime.now(tz=SOFIA) + datetime.timedelta(days=1),
    )
    draft = release(site_tree.press_bg, title="Чернова")
    draft.unpublish()

    response = client.get("/bg/press/")

    assert titles(response) == ["Публикувано"]
    assert "Под ембарго" not in response.text and "Чернова" not in response.text


def test_filter_by_kind(client, site_tree):
    release(site_tree.press_bg, title="Новина", kind=NEWS)
    release(site_tree.press_bg, title="Интервю", kind=INTERVIEW)

    response = client.get("/bg/press/", {"kind": "news"})

    assert titles(response) == ["Новина"]
    assert '<option value="news" selected>' in response.text


def test_filter_by_topic_in_both_languages(client, site_tree, clinical_trials, genomics):
    tagged = release(site_tree.press_bg, title="Изпитване", topics=[clinical_trials.bg])
    other = release(site_tree.press_bg, title="Геном", topics=[genomics.bg])
    factories.translate(tagged, "en", title="Trial")
    factories.translate(other, "en", title="Genome")

    bg = client.get("/bg/press/", {"topic": "clinical-trials"})
    en = client.get("/en/press/", {"topic": "clinical-trials"})

    assert titles(bg) == ["Изпитване"]
    assert titles(en) == ["Trial"]
    assert '<option value="clinical-trials" selected>Clinical trials</option>' in en.text


def test_topic_slug_of_the_other_language_still_filters(client, site_tree):
    bg_topic = factories.TopicFactory(name="Изкуствен интелект", slug="izkustven-intelekt")
    factories.translate_snippet(bg_topic, "en", name="Artificial intelligence", slug="ai")
    item = release(site_tree.press_bg, title="ИИ в медицината", topics=[bg_topic])
    factories.translate(item, "en", title="AI in medicine")
    release(site_tree.press_bg, title="Друго")

    # An English reader following a link made on the Bulgarian site, and the other way round.
    assert titles(client.get("/en/press/", {"topic": "izkustven-intelekt"})) == ["AI in medicine"]
    assert titles(client.get("/bg/press/", {"topic": "ai"})) == ["ИИ в медицината"]
    # The English list offers the English slug.
    assert '<option value="ai">Artificial intelligence</option>' in client.get("/en/press/").text


def test_filter_by_year_offers_the_years_that_have_items(client, site_tree):
    release(
        site_tree.press_bg,
        title="2023",
        publication_date=datetime.datetime(2023, 6, 1, tzinfo=SOFIA),
    )
    release(
        site_tree.press_bg,
        title="2024",
        publication_date=datetime.datetime(2024, 6, 1, tzinfo=SOFIA),
    )

    response = client.get("/bg/press/", {"year": "2023"})

    assert titles(response) == ["2023"]
    assert response.context["filter_form"].years == [2024, 2023]
    assert '<option value="2024">2024</option>' in response.text


def test_year_follows_sofia_time(client, site_tree):
    # 31 December 23:30 UTC is already New Year in Sofia.
    release(
        site_tree.press_bg,
        title="Новогодишно",
        publication_date=datetime.datetime(2023, 12, 31, 23, 30, tzinfo=datetime.UTC),
    )
    assert titles(client.get("/bg/press/", {"year": "2024"})) == ["Новогодишно"]


def test_filters_combine(client, site_tree, clinical_trials):
    in_2024 = datetime.datetime(2024, 3, 1, tzinfo=SOFIA)
    in_2023 = datetime.datetime(2023, 3, 1, tzinfo=SOFIA)
    release(
        site_tree.press_bg,
        title="match",
        kind=NEWS,
        topics=[clinical_trials.bg],
        publication_date=in_2024,
    )
    release(
        site_tree.press_bg,
        title="wrong kind",
        kind=INTERVIEW,
        topics=[clinical_trials.bg],
        publication_date=in_2024,
    )
    release(site_tree.press_bg, title="wrong topic", kind=NEWS, publication_date=in_2024)
    release(
        site_tree.press_bg,
        title="wrong year",
        kind=NEWS,
        topics=[clinical_trials.bg],
        publication_date=in_2023,
    )

    response = client.get(
        "/bg/press/", {"kind": "news", "topic": "clinical-trials", "year": "2024"}
    )

    assert titles(response) == ["match"]


def test_a_valid_filter_with_no_match_says_so(client, site_tree, genomics):
    release(site_tree.press_bg, title="Без тема")

    response = client.get("/en/press/", {"topic": "genomics"})

    assert response.status_code == 200
    assert titles(response) == []
    assert "Nothing matches these filters." in response.text
    assert 'data-testid="filter-errors"' not in response.text


@pytest.mark.smoke
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"topic": "no-such-topic"}, "There is no topic “no-such-topic”"),
        ({"topic": "x" * 500}, "There is no topic “xxxxxxxxx"),
        ({"kind": "gossip"}, "There is no kind “gossip”"),
        ({"year": "abc"}, "Give the year as a number"),
        ({"year": "99999"}, "Nothing was published in 99999"),
        ({"year": "-1"}, "Give the year as a number"),
        ({"year": "２０２４"}, "Give the year as a number"),
        ({"year": "1999"}, "Nothing was published in 1999"),
        ({"year": "9" * 5000}, "Nothing was published in 999999999"),
    ],
)
def test_invalid_filter_is_explained_and_ignored(client, site_tree, params, message):
    release(site_tree.press_bg, title="Видимо")
    factories.translate(release(site_tree.press_bg, title="Второ"), "en", title="Visible")

    response = client.get("/en/press/", params)

    assert response.status_code == 200
    assert 'data-testid="filter-errors"' in response.text
    assert message in response.content.decode()
    assert titles(response) == ["Visible"]  # the rest of the list still shows


def test_invalid_filter_keeps_the_valid_ones(client, site_tree):
    release(site_tree.press_bg, title="Новина", kind=NEWS)
    release(site_tree.press_bg, title="Интервю", kind=INTERVIEW)

    response = client.get("/bg/press/", {"kind": "news", "year": "abc"})

    assert response.status_code == 200
    assert titles(response) == ["Новина"]


def make_items(parent, count: int, **fields) -> None:
    for n in range(count):
        release(parent, title=f"Item {n:02d}", publication_date=days_ago(n + 1), **fields)


def test_pagination_twelve_per_page(client, site_tree):
    make_items(site_tree.press_bg, 15)

    first = client.get("/bg/press/")
    second = client.get("/bg/press/", {"page": "2"})

    assert titles(first) == [f"Item {n:02d}" for n in range(12)]
    assert titles(second) == ["Item 12", "Item 13", "Item 14"]
    assert 'href="?page=2"' in first.text
    assert first.context["page_obj"].paginator.count == 15


def test_pagination_links_keep_the_filters(client, site_tree):
    make_items(site_tree.press_bg, 14, kind=NEWS)
    release(site_tree.press_bg, title="Interview", kind=INTERVIEW)

    first = client.get("/bg/press/", {"kind": "news"})
    second = client.get("/bg/press/", {"kind": "news", "page": "2"})

    assert 'href="?kind=news&amp;page=2"' in first.text
    assert 'href="?kind=news&amp;page=1"' in second.text
    assert titles(second) == ["Item 12", "Item 13"]


@pytest.mark.smoke
@pytest.mark.parametrize(
    ("page", "expected_number"),
    [
        ("x", 1),
        ("999", 2),
        ("-1", 2),
        ("0", 2),
        ("1.5", 1),
        ("", 1),
        ("9" * 40, 2),
        ("9" * 5000, 1),
    ],
)
def test_bad_page_number_shows_a_page_not_an_error(client, site_tree, page, expected_number):
    make_items(site_tree.press_bg, 15)

    response = client.get("/bg/press/", {"page": page})

    assert response.status_code == 200
    assert response.context["page_obj"].number == expected_number
    assert response.context["items"]
