"""The glossary's A–Z index and a term's own page, as a journalist looking up a word sees them."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mediacenter.models import GlossaryTermPage
from tests import factories

pytestmark = pytest.mark.django_db

BULGARIAN_ALPHABET = list("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ")
LATIN_ALPHABET = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def term(glossary, title: str, **fields) -> GlossaryTermPage:
    fields.setdefault("other_language_term", "")
    fields.setdefault("definition", f"<p>{title}: кратко определение.</p>")
    return factories.GlossaryTermPageFactory(parent=glossary, title=title, **fields)


def page_soup(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def listed_terms(soup: BeautifulSoup) -> list[str]:
    return [dt.a.get_text(strip=True) for dt in soup.select('[data-testid="term"]')]


def letter_headings(soup: BeautifulSoup) -> list[str]:
    return [h2.get_text(strip=True) for h2 in soup.select('[data-testid="letter"]')]


def az_bar(soup: BeautifulSoup) -> list[tuple[str, str | None]]:
    """(letter, the anchor it links to or None) for each letter of the A–Z bar."""
    items = soup.select("nav.az li")
    return [
        (item.get_text(strip=True), item.a["href"] if item.a is not None else None)
        for item in items
    ]


# --- Bulgarian order -----------------------------------------------------------------------------

# In the order of a Bulgarian dictionary: by the Bulgarian alphabet, whatever the case of the first
# letter, then Latin-script terms under one "A–Z" heading.
BULGARIAN_EXPECTED = [
    "биомаркер",
    "ваксина",
    "Генетика",
    "Генна терапия",
    "Ензим",
    "Имунотерапия",
    "Йонизиращо лъчение",
    "клинично изпитване",
    "Плацебо",
    "Щам",
    "Ядрено-магнитен резонанс",
    "ATMP",
    "CAR-T",
]


def test_bulgarian_glossary_sorts_by_the_bulgarian_alphabet_whatever_the_case(
    client, knowledge_tree
):
    # Created in an order that is neither the expected one nor the naive one.
    for title in [
        "Щам",
        "CAR-T",
        "ваксина",
        "Йонизиращо лъчение",
        "Генна терапия",
        "клинично изпитване",
        "ATMP",
        "Имунотерапия",
        "биомаркер",
        "Ядрено-магнитен резонанс",
        "Генетика",
        "Плацебо",
        "Ензим",
    ]:
        term(knowledge_tree.glossary_bg, title)
    # The test proves something: sorting the raw titles (code points, upper case first, Latin
    # first) or by the database's collation gives another order.
    assert sorted(BULGARIAN_EXPECTED) != BULGARIAN_EXPECTED
    by_database = list(
        GlossaryTermPage.objects.child_of(knowledge_tree.glossary_bg)
        .order_by("title")
        .values_list("title", flat=True)
    )
    assert by_database != BULGARIAN_EXPECTED

    soup = page_soup(client, knowledge_tree.glossary_bg.url)

    assert listed_terms(soup) == BULGARIAN_EXPECTED
    assert letter_headings(soup) == ["Б", "В", "Г", "Е", "И", "Й", "К", "П", "Щ", "Я", "A–Z"]
    # Each term sits under its own letter.
    groups = {
        section.select_one('[data-testid="letter"]').get_text(strip=True): [
            dt.a.get_text(strip=True) for dt in section.select('[data-testid="term"]')
        ]
        for section in soup.select("section.az__group")
    }
    assert groups["Г"] == ["Генетика", "Генна терапия"]
    assert groups["И"] == ["Имунотерапия"]
    assert groups["Й"] == ["Йонизиращо лъчение"]
    assert groups["A–Z"] == ["ATMP", "CAR-T"]


def test_bulgarian_az_bar_lists_every_letter_and_links_those_with_terms(client, knowledge_tree):
    for title in ["ваксина", "Генна терапия", "Щам", "Ювенилен артрит", "CAR-T"]:
        term(knowledge_tree.glossary_bg, title)

    soup = page_soup(client, knowledge_tree.glossary_bg.url)

    bar = az_bar(soup)
    assert [letter for letter, _anchor in bar] == [*BULGARIAN_ALPHABET, "A–Z"]
    linked = {letter: anchor for letter, anchor in bar if anchor}
    assert sorted(linked, key=[*BULGARIAN_ALPHABET, "A–Z"].index) == ["В", "Г", "Щ", "Ю", "A–Z"]
    # Each link leads to its letter's heading on the page.
    for letter, anchor in linked.items():
        heading = soup.find(id=anchor.removeprefix("#"))
        assert heading is not None and heading.get_text(strip=True) == letter
    # Letters without terms are shown, but are not links.
    assert ("Ъ", None) in bar and ("Ь", None) in bar and ("А", None) in bar


# --- English order -------------------------------------------------------------------------------

ENGLISH_EXPECTED = [
    "antisense oligonucleotide",
    "ATMP",
    "Biomarker",
    "CAR-T",
    "clinical trial",
    "gene therapy",
    "Placebo",
]


def test_english_glossary_sorts_a_to_z_whatever_the_case(client, knowledge_tree):
    for title in reversed(ENGLISH_EXPECTED):
        term(knowledge_tree.glossary_en, title, definition=f"<p>{title}: a short definition.</p>")
    assert sorted(ENGLISH_EXPECTED) != ENGLISH_EXPECTED

    soup = page_soup(client, knowledge_tree.glossary_en.url)

    assert listed_terms(soup) == ENGLISH_EXPECTED
    assert letter_headings(soup) == ["A", "B", "C", "G", "P"]
    bar = az_bar(soup)
    assert [letter for letter, _anchor in bar] == LATIN_ALPHABET
    assert [letter for letter, anchor in bar if anchor] == ["A", "B", "C", "G", "P"]


# --- what is listed --------------------------------------------------------------------------------


def test_only_live_terms_of_the_glossarys_language_are_listed(client, knowledge_tree):
    term(knowledge_tree.glossary_bg, "Генна терапия")
    term(knowledge_tree.glossary_bg, "биомаркер")
    term(knowledge_tree.glossary_bg, "Плацебо", live=False)
    withdrawn = term(knowledge_tree.glossary_bg, "Щам")
    withdrawn.unpublish()
    term(knowledge_tree.glossary_en, "Gene therapy")
    term(knowledge_tree.glossary_en, "Biomarker")

    bulgarian = page_soup(client, knowledge_tree.glossary_bg.url)
    english = page_soup(client, knowledge_tree.glossary_en.url)

    assert listed_terms(bulgarian) == ["биомаркер", "Генна терапия"]
    assert listed_terms(english) == ["Biomarker", "Gene therapy"]


def test_index_shows_the_other_language_term_and_the_definition(client, knowledge_tree):
    term(
        knowledge_tree.glossary_bg,
        "Клинично изпитване",
        other_language_term="Clinical trial",
        definition="<p>Проучване с хора, което проверява <b>безопасността</b> на лечение.</p>",
    )

    soup = page_soup(client, knowledge_tree.glossary_bg.url)

    (entry,) = soup.select('[data-testid="term"]')
    other = entry.select_one('[lang="en"]')
    assert other is not None and "Clinical trial" in other.get_text()
    assert entry.find_next_sibling("dd").get_text(strip=True) == (
        "Проучване с хора, което проверява безопасността на лечение."
    )


# --- a term's own page ---------------------------------------------------------------------------


@pytest.fixture
def gene_therapy(knowledge_tree):
    page = term(
        knowledge_tree.glossary_bg,
        "Генна терапия",
        other_language_term="Gene therapy",
        definition=(
            "<p>Лечение, при което в клетките на пациента се внася <b>генетичен материал</b>, "
            "за да замести или поправи дефектен ген.</p>"
        ),
    )
    page.topics.add(knowledge_tree.atmp_bg, knowledge_tree.trials_bg)
    page.save_revision().publish()
    page.refresh_from_db()
    english = factories.translate(
        page,
        "en",
        title="Gene therapy",
        other_language_term="Генна терапия",
        definition=(
            "<p>A treatment that brings <b>genetic material</b> into a patient's cells to replace "
            "or repair a faulty gene.</p>"
        ),
    )
    return page, english


def test_bulgarian_term_page_shows_english_term_definition_and_topic_hubs(
    client, knowledge_tree, gene_therapy
):
    bulgarian, _english = gene_therapy

    soup = page_soup(client, bulgarian.url)

    assert soup.find("h1").get_text(strip=True) == "Генна терапия"
    other = soup.select_one('[data-testid="other-language-term"] [lang]')
    assert other["lang"] == "en"
    assert other.get_text(strip=True) == "Gene therapy"
    body = soup.select_one("article .body")
    assert "генетичен материал" in body.get_text()
    assert body.find("b").get_text() == "генетичен материал"
    hubs = {a["href"]: a.get_text(strip=True) for a in soup.select("article a.tag")}
    assert hubs["/bg/topics/atmp/"] == "Модерни терапии (ATMP)"
    assert hubs["/bg/topics/clinical-trials/"] == "Клинични изпитвания"
    # The hub a topic link leads to exists and lists the term.
    hub = page_soup(client, "/bg/topics/atmp/")
    assert "Генна терапия" in [
        a.get_text(strip=True) for a in hub.select('[data-testid="hub-terms"] a')
    ]


def test_english_term_page_shows_bulgarian_term_and_english_topic_hubs(
    client, knowledge_tree, gene_therapy
):
    _bulgarian, english = gene_therapy

    soup = page_soup(client, english.url)

    other = soup.select_one('[data-testid="other-language-term"] [lang]')
    assert other["lang"] == "bg"
    assert other.get_text(strip=True) == "Генна терапия"
    assert "genetic material" in soup.select_one("article .body").get_text()
    # The translation points at the Bulgarian topics; the page shows their English versions.
    hubs = {a["href"]: a.get_text(strip=True) for a in soup.select("article a.tag")}
    assert hubs == {
        "/en/topics/atmp/": "Advanced therapies (ATMP)",
        "/en/topics/clinical-trials/": "Clinical trials",
    }


# --- queries -------------------------------------------------------------------------------------

TERM_TITLES = [
    "Ваксина",
    "Генна терапия",
    "Щам",
    "биомаркер",
    "Имунотерапия",
    "Йонизиращо лъчение",
    "Плацебо",
    "Ензим",
    "Клетъчна терапия",
    "Ядрено-магнитен резонанс",
    "ATMP",
    "CAR-T",
]


def glossary_queries(client, url: str) -> int:
    cache.clear()  # the page cache would answer with no query: count the page's own
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_glossary_query_count_does_not_grow_with_the_number_of_terms(client, knowledge_tree):
    glossary = knowledge_tree.glossary_bg
    for title in TERM_TITLES[:3]:
        term(
            glossary,
            title,
            other_language_term="Term",
            definition=(
                f'<p>{title}: вижте <a href="https://www.ema.europa.eu/">EMA</a>, '
                "<b>Хоризонт Европа</b>.</p>"
            ),
        )
    client.get(glossary.url)  # warm caches that are not per term (site root paths, locales)
    few = glossary_queries(client, glossary.url)

    for title in TERM_TITLES[3:]:
        term(
            glossary,
            title,
            other_language_term="Term",
            definition=(
                f'<p>{title}: вижте <a href="https://www.ema.europa.eu/">EMA</a>, '
                "<b>Хоризонт Европа</b>.</p>"
            ),
        )
    many = glossary_queries(client, glossary.url)

    assert len(listed_terms(page_soup(client, glossary.url))) == 12
    assert many == few


def test_definitions_linking_to_other_terms_add_no_query_per_term(client, knowledge_tree):
    """Definitions often point to another term ("see biomarker"): the index shows them as plain
    text, so it must not look up each linked page."""
    glossary = knowledge_tree.glossary_bg
    target = term(glossary, "Биомаркер")

    def linked_term(title: str) -> None:
        term(
            glossary,
            title,
            definition=(
                f'<p>{title}: свързано с <a linktype="page" id="{target.pk}">биомаркер</a>.</p>'
            ),
        )

    for title in TERM_TITLES[:3]:
        linked_term(title)
    client.get(glossary.url)
    few = glossary_queries(client, glossary.url)
    for title in TERM_TITLES[3:]:
        linked_term(title)
    many = glossary_queries(client, glossary.url)

    soup = page_soup(client, glossary.url)
    assert len(listed_terms(soup)) == 13
    assert "свързано с биомаркер" in soup.get_text()
    assert many == few
