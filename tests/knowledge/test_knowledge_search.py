"""Explainers, glossary terms and fact sheets in the site search: their own tab, the active
language only, Latin spellings of Bulgarian words, on the database backend and the real engine."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.test_site_search import search_backend  # noqa: F401 - the fixture, both backends

pytestmark = pytest.mark.django_db


@pytest.fixture
def knowledge(knowledge_tree):
    k = knowledge_tree
    explainer = factories.ExplainerPageFactory(
        parent=k.knowledge_bg,
        title="Фазите на клиничните изпитвания",
        summary="Всяко ново лекарство минава през четири фази на изпитване, преди и след одобрението.",
    )
    factories.translate(
        explainer,
        "en",
        title="The phases of clinical trials",
        summary="Every new medicine goes through four phases of testing, before and after approval.",
    )
    term = factories.GlossaryTermPageFactory(
        parent=k.glossary_bg,
        title="Плацебо",
        other_language_term="Placebo",
        definition="<p>Вещество без лечебно действие, което контролната група получава.</p>",
    )
    factories.translate(
        term,
        "en",
        title="Placebo",
        other_language_term="Плацебо",
        definition="<p>A substance with no active effect, given to the control group.</p>",
    )
    factories.FactSheetPageFactory(
        parent=k.knowledge_bg,
        title="Spinoff Bulgaria в числа",
        intro="Целта на инициативата: сто нови спиноф компании до 2030 година.",
    )
    return k


def results(response) -> list[tuple[str, str]]:
    """(kind, title) of each result on the page."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (item["data-kind"], item.h2.get_text(strip=True))
        for item in soup.select("li.search-result")
    ]


def tab_count(response, key: str) -> int:
    soup = BeautifulSoup(response.content, "html.parser")
    return int(soup.find(attrs={"data-testid": f"tab-{key}"})["data-count"])


def test_knowledge_has_its_own_tab(client, knowledge, search_backend):  # noqa: F811
    search_backend()
    response = client.get("/bg/search/", {"q": "изпитвания", "type": "knowledge"})
    assert results(response) == [("knowledge", "Фазите на клиничните изпитвания")]
    assert tab_count(response, "knowledge") == 1
    # The knowledge base's pages are not counted again under "Pages".
    assert tab_count(client.get("/bg/search/", {"q": "изпитвания"}), "pages") == 0


def test_each_language_finds_its_own_pages(client, knowledge, search_backend):  # noqa: F811
    search_backend()
    assert results(client.get("/en/search/", {"q": "placebo", "type": "knowledge"})) == [
        ("knowledge", "Placebo")
    ]
    assert results(client.get("/bg/search/", {"q": "плацебо", "type": "knowledge"})) == [
        ("knowledge", "Плацебо")
    ]
    assert results(client.get("/en/search/", {"q": "spinoff", "type": "knowledge"})) == []


def test_fact_sheet_found_by_its_introduction(client, knowledge, search_backend):  # noqa: F811
    search_backend()
    found = results(client.get("/bg/search/", {"q": "спиноф компании", "type": "knowledge"}))
    assert found == [("knowledge", "Spinoff Bulgaria в числа")]


def test_latin_spelling_finds_a_bulgarian_explainer(client, knowledge, search_backend):  # noqa: F811
    search_backend()
    found = results(client.get("/bg/search/", {"q": "klinichnite izpitvania", "type": "knowledge"}))
    assert ("knowledge", "Фазите на клиничните изпитвания") in found


def test_search_api_lists_knowledge(client, knowledge, search_backend):  # noqa: F811
    search_backend()
    data = client.get("/api/v1/search/", {"q": "placebo", "lang": "en", "type": "knowledge"}).json()
    assert [(entry["kind"], entry["title"]) for entry in data["results"]] == [
        ("knowledge", "Placebo")
    ]
