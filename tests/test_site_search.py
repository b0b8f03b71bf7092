"""Site search: the active language only, and nothing under embargo until it lifts."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db

LIFT = timezone.now().replace(microsecond=0) + datetime.timedelta(days=2)


@pytest.fixture(params=["database", "engine"])
def search_backend(request):
    """Run the site search on the embedded database backend and on the real engine."""
    if request.param == "engine":
        return request.getfixturevalue("engine_as_default").refresh
    return lambda: None


def result_titles(response) -> list[str]:
    import re

    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.text)


def test_search_finds_released_items_of_the_active_language(client, site_tree, search_backend):
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Консорциумът PRECISEU стартира в Барселона"
    )
    factories.translate(release, "en", title="PRECISEU consortium starts in Barcelona")
    search_backend()

    assert result_titles(client.get("/bg/search/", {"q": "PRECISEU"})) == [
        "Консорциумът PRECISEU стартира в Барселона"
    ]
    assert result_titles(client.get("/en/search/", {"q": "PRECISEU"})) == [
        "PRECISEU consortium starts in Barcelona"
    ]


def test_embargoed_item_is_not_found_until_the_embargo_lifts(client, site_tree, search_backend):
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Меморандум с Тракийския университет", embargo_until=LIFT
    )
    search_backend()

    with time_machine.travel(LIFT - datetime.timedelta(minutes=1), tick=False):
        assert result_titles(client.get("/bg/search/", {"q": "Тракийския"})) == []
    with time_machine.travel(LIFT + datetime.timedelta(minutes=1), tick=False):
        assert result_titles(client.get("/bg/search/", {"q": "Тракийския"})) == [
            "Меморандум с Тракийския университет"
        ]


@pytest.mark.smoke
@pytest.mark.parametrize("query", ["", " ", "a" * 500, "<script>", "' OR 1=1 --", "%", "\\"])
def test_odd_queries_give_a_normal_page(client, site_tree, query):
    response = client.get("/bg/search/", {"q": query, "page": "x"})

    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main", 1)[1]
