"""Glossary terms linked in explainers and press releases, as a journalist reads the page.

The first mention of a term in running text links to the term's page; headings, existing links and
the other language's terms are left alone; a page links each term once, whether the first mention
is in the lead or further down the body.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup, Tag

from mediacenter.models import GlossaryTermPage
from tests import factories

pytestmark = pytest.mark.django_db


# --- helpers -----------------------------------------------------------------------------------


def heading(text: str) -> dict:
    return {"type": "heading", "value": text}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def term(glossary, title: str, forms: str = "", definition: str = "", **fields) -> GlossaryTermPage:
    return factories.GlossaryTermPageFactory(
        parent=glossary,
        title=title,
        forms=forms,
        other_language_term="",
        definition=definition or f"<p>{title}: определение за журналисти.</p>",
        **fields,
    )


@dataclass
class Pages:
    """Makes an explainer or a press release of one language with a given lead and body."""

    tree: object
    site_tree: object

    def make(self, kind: str, language: str, lead: str, blocks: list[dict]):
        if kind == "explainer":
            parent = getattr(self.tree, f"knowledge_{language}")
            return factories.ExplainerPageFactory(parent=parent, summary=lead, sections=blocks)
        parent = getattr(self.site_tree, f"press_{language}")
        return factories.PressReleasePageFactory(parent=parent, lead=lead, body=blocks)


@pytest.fixture
def pages(knowledge_tree, site_tree) -> Pages:
    return Pages(knowledge_tree, site_tree)


def article(client, page) -> Tag:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("article")


def glossary_links(root: Tag, target: GlossaryTermPage | None = None) -> list[Tag]:
    links = root.select("a.glossary-term")
    return [link for link in links if target is None or link["href"] == target.url]


KINDS = ["explainer", "press"]


# --- first mention only --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_bulgarian_first_mention_links_once_per_page(client, knowledge_tree, pages, kind):
    trial = term(
        knowledge_tree.glossary_bg,
        "клинично изпитване",
        forms="клиничното изпитване, клинични изпитвания, клиничните изпитвания",
    )
    page = pages.make(
        kind,
        "bg",
        "Клъстерът подкрепя всяко клинично изпитване на модерни терапии в България.",
        [
            paragraph(
                "<p>Преди да започне, клиничното изпитване се одобрява от комисия по етика.</p>"
            ),
            paragraph("<p>Второ клинично изпитване започва в Пловдив през есента.</p>"),
        ],
    )

    root = article(client, page)

    links = glossary_links(root)
    assert len(links) == 1, [str(link) for link in links]
    (link,) = links
    assert link["href"] == trial.url
    assert link.get_text() == "клинично изпитване"
    # It is the mention in the lead, the first one a reader meets.
    assert link.find_parent("p", class_="lead") is not None
    # The later mentions are still there, as plain text.
    body_text = root.select_one(".body").get_text()
    assert "клиничното изпитване" in body_text
    assert "Второ клинично изпитване" in body_text


@pytest.mark.parametrize("kind", KINDS)
def test_english_first_mention_links_once_per_page(client, knowledge_tree, pages, kind):
    trial = term(
        knowledge_tree.glossary_en,
        "clinical trial",
        definition="<p>A study that tests a treatment in people under an approved protocol.</p>",
    )
    page = pages.make(
        kind,
        "en",
        "PRECISEU brings 25 partners from 12 European regions together.",
        [
            paragraph("<p>Each clinical trial is approved by an ethics committee first.</p>"),
            paragraph("<p>A second clinical trial starts in Plovdiv in the autumn.</p>"),
        ],
    )

    root = article(client, page)

    links = glossary_links(root)
    assert [(link["href"], link.get_text()) for link in links] == [(trial.url, "clinical trial")]
    assert "Each clinical trial" in links[0].find_parent("p").get_text()
    # The tooltip is the term's definition.
    assert links[0]["title"].startswith("A study that tests a treatment")


@pytest.mark.parametrize("kind", KINDS)
def test_first_mention_in_lead_uses_up_the_budget_of_the_body(client, knowledge_tree, pages, kind):
    """A term linked in the lead is not linked again in the body (one link per term per page)."""
    placebo = term(knowledge_tree.glossary_bg, "плацебо", forms="плацебото")
    biomarker = term(knowledge_tree.glossary_bg, "биомаркер", forms="биомаркери, биомаркерите")
    page = pages.make(
        kind,
        "bg",
        "Половината участници получават плацебо вместо новото лекарство.",
        [
            paragraph(
                "<p>Плацебото изглежда като лекарството, но не съдържа активно вещество.</p>"
            ),
            paragraph("<p>Лекарите следят един биомаркер в кръвта. Всеки биомаркер има норма.</p>"),
        ],
    )

    root = article(client, page)

    assert len(glossary_links(root, placebo)) == 1
    assert glossary_links(root, placebo)[0].find_parent("p", class_="lead") is not None
    assert glossary_links(root.select_one(".body"), placebo) == []
    # A term first met in the body is linked there, once.
    assert [link.get_text() for link in glossary_links(root, biomarker)] == ["биомаркер"]
    assert len(glossary_links(root)) == 2


# --- headings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_heading_mention_is_not_linked_and_the_next_one_is_bg(client, knowledge_tree, pages, kind):
    therapy = term(knowledge_tree.glossary_bg, "генна терапия", forms="генната терапия")
    biomarker = term(knowledge_tree.glossary_bg, "биомаркер", forms="биомаркери")
    page = pages.make(
        kind,
        "bg",
        "Европейската агенция по лекарствата оценява модерните терапии централизирано.",
        [
            heading("Как работи генната терапия"),
            paragraph("<p>Генната терапия внася работещо копие на гена в клетките.</p>"),
            paragraph(
                "<h3>Биомаркер или симптом</h3>"
                "<p>Един биомаркер показва дали лечението действа.</p>"
            ),
        ],
    )

    root = article(client, page)

    h2 = root.find("h2", string="Как работи генната терапия")
    assert h2 is not None and h2.find("a") is None
    h3 = root.find("h3", string="Биомаркер или симптом")
    assert h3 is not None and h3.find("a") is None

    (therapy_link,) = glossary_links(root, therapy)
    assert therapy_link.get_text() == "Генната терапия"
    assert therapy_link.find_parent("p").get_text().startswith("Генната терапия внася")
    (biomarker_link,) = glossary_links(root, biomarker)
    assert biomarker_link.find_parent("p").get_text().startswith("Един биомаркер")


@pytest.mark.parametrize("kind", KINDS)
def test_heading_mention_is_not_linked_and_the_next_one_is_en(client, knowledge_tree, pages, kind):
    therapy = term(knowledge_tree.glossary_en, "gene therapy")
    page = pages.make(
        kind,
        "en",
        "Spinoff Bulgaria brings researchers and investors together in Sofia.",
        [
            heading("What gene therapy changes"),
            paragraph("<h3>Gene therapy in Europe</h3><p>A gene therapy adds a working gene.</p>"),
        ],
    )

    root = article(client, page)

    assert root.find("h2", string="What gene therapy changes").find("a") is None
    assert root.find("h3", string="Gene therapy in Europe").find("a") is None
    (link,) = glossary_links(root, therapy)
    assert link.find_parent("p").get_text() == "A gene therapy adds a working gene."


# --- existing links ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_mention_inside_an_existing_link_is_not_counted(client, knowledge_tree, pages, kind):
    trial = term(knowledge_tree.glossary_bg, "клинично изпитване", forms="клинични изпитвания")
    page = pages.make(
        kind,
        "bg",
        "Клъстерът публикува нов наръчник за пациенти.",
        [
            paragraph(
                '<p>Регистърът <a href="https://euclinicaltrials.eu/">клинични изпитвания в ЕС</a>'
                " е публичен.</p>"
            ),
            paragraph("<p>Всяко клинично изпитване там има номер.</p>"),
        ],
    )

    root = article(client, page)

    existing = root.find("a", href="https://euclinicaltrials.eu/")
    assert existing.get_text() == "клинични изпитвания в ЕС"
    assert existing.find("a") is None
    assert "glossary-term" not in existing.get("class", [])
    (link,) = glossary_links(root, trial)
    assert link.find_parent("p").get_text() == "Всяко клинично изпитване там има номер."


# --- forms, case and whole words ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_bulgarian_listed_form_links_to_the_term(client, knowledge_tree, pages, kind):
    trial = term(
        knowledge_tree.glossary_bg,
        "клинично изпитване",
        forms="клиничното изпитване, клинични изпитвания, клиничните изпитвания",
    )
    page = pages.make(
        kind,
        "bg",
        "Новите правила на ЕС засягат всички спонсори.",
        [paragraph("<p>Резултатите от клиничните изпитвания се публикуват в CTIS.</p>")],
    )

    (link,) = glossary_links(article(client, page), trial)

    assert link.get_text() == "клиничните изпитвания"


@pytest.mark.parametrize("kind", KINDS)
def test_english_regular_plural_and_capitals_link(client, knowledge_tree, pages, kind):
    biomarker = term(knowledge_tree.glossary_en, "biomarker")
    placebo = term(knowledge_tree.glossary_en, "placebo")
    page = pages.make(
        kind,
        "en",
        "Biomarkers tell doctors early whether a treatment works.",
        [paragraph("<p>PLACEBO groups are common in phase 3. A biomarker is measured.</p>")],
    )

    root = article(client, page)

    assert [link.get_text() for link in glossary_links(root, biomarker)] == ["Biomarkers"]
    assert [link.get_text() for link in glossary_links(root, placebo)] == ["PLACEBO"]


@pytest.mark.parametrize("kind", KINDS)
def test_english_plural_of_a_term_ending_in_y_links(client, knowledge_tree, pages, kind):
    """ "therapy" → "therapies", "antibody" → "antibodies": the regular plural of the many
    life-science words ending in a consonant and -y (the module promises regular plurals)."""
    antibody = term(knowledge_tree.glossary_en, "monoclonal antibody")
    page = pages.make(
        kind,
        "en",
        "Monoclonal antibodies are among the best-selling medicines in Europe.",
        [paragraph("<p>Each monoclonal antibody binds one target.</p>")],
    )

    root = article(client, page)

    (link,) = glossary_links(root, antibody)
    assert link.get_text() == "Monoclonal antibodies"
    assert link.find_parent("p", class_="lead") is not None


@pytest.mark.parametrize("kind", KINDS)
def test_bulgarian_match_ignores_case(client, knowledge_tree, pages, kind):
    placebo = term(knowledge_tree.glossary_bg, "плацебо", forms="плацебото")
    page = pages.make(
        kind,
        "bg",
        "ПЛАЦЕБО не е лечение, а сравнение.",
        [paragraph("<p>Без контролна група резултатът е труден за тълкуване.</p>")],
    )

    (link,) = glossary_links(article(client, page), placebo)

    assert link.get_text() == "ПЛАЦЕБО"


@pytest.mark.parametrize(
    ("language", "title", "forms", "text", "expected"),
    [
        (
            "bg",
            "ген",
            "гена, гени, гените",
            "Генетиката и геномиката изучават наследствеността. Всеки ген носи инструкция.",
            "ген",
        ),
        (
            "en",
            "gene",
            "",
            "Genetics and genomics study heredity; genes carry the instructions.",
            "genes",
        ),
    ],
    ids=["bg", "en"],
)
@pytest.mark.parametrize("kind", KINDS)
def test_term_is_not_linked_inside_a_longer_word(
    client, knowledge_tree, pages, kind, language, title, forms, text, expected
):
    gene = term(getattr(knowledge_tree, f"glossary_{language}"), title, forms=forms)
    page = pages.make(kind, language, "Spinoff Bulgaria 2024.", [paragraph(f"<p>{text}</p>")])

    links = glossary_links(article(client, page))

    assert [(link["href"], link.get_text()) for link in links] == [(gene.url, expected)]


@pytest.mark.parametrize("kind", KINDS)
def test_form_typed_with_two_spaces_still_links(client, knowledge_tree, pages, kind):
    """Editors type forms by hand; a doubled space in a form must not break the page."""
    trial = term(
        knowledge_tree.glossary_bg,
        "клинично изпитване",
        forms="клинични  изпитвания, клиничните изпитвания",
    )
    page = pages.make(
        kind,
        "bg",
        "Клъстерът подкрепя клинични изпитвания на модерни терапии.",
        [paragraph("<p>PRECISEU свързва 25 партньора.</p>")],
    )

    response = client.get(page.url)

    assert response.status_code == 200
    root = BeautifulSoup(response.content.decode(), "html.parser").select_one("article")
    assert [link.get_text() for link in glossary_links(root, trial)] == ["клинични изпитвания"]


# --- overlapping terms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "longer", "shorter", "text"),
    [
        (
            "bg",
            "генна терапия",
            "терапия",
            "Генна терапия е вид терапия, одобрявана от ЕМА по централизирана процедура.",
        ),
        (
            "en",
            "gene therapy",
            "therapy",
            "Gene therapy is a kind of therapy that the EMA approves centrally.",
        ),
    ],
    ids=["bg", "en"],
)
@pytest.mark.parametrize("kind", KINDS)
def test_longer_of_two_overlapping_terms_wins(
    client, knowledge_tree, pages, kind, language, longer, shorter, text
):
    glossary = getattr(knowledge_tree, f"glossary_{language}")
    # The shorter term is created first, so database order cannot be what makes the longer win.
    short_term = term(glossary, shorter)
    long_term = term(glossary, longer)
    page = pages.make(kind, language, text, [paragraph("<p>Spinoff Bulgaria, София.</p>")])

    root = article(client, page)

    (long_link,) = glossary_links(root, long_term)
    assert long_link.get_text().casefold() == longer
    (short_link,) = glossary_links(root, short_term)
    assert short_link.get_text() == shorter
    assert short_link is not long_link
    assert short_link.find_parent("a") is None and long_link.find("a") is None


@pytest.mark.parametrize(
    ("language", "longer", "shorter", "lead", "body", "word_before"),
    [
        (
            "bg",
            "генна терапия",
            "терапия",
            "Първата генна терапия за рядко заболяване достига до български пациенти.",
            "<p>Всяка генна терапия е скъпа. Никоя терапия не е без риск.</p>",
            "Никоя ",
        ),
        (
            "en",
            "gene therapy",
            "therapy",
            "The first gene therapy for a rare disease reaches Bulgarian patients.",
            "<p>Every gene therapy is costly. No therapy is free of risk.</p>",
            "No ",
        ),
    ],
    ids=["bg", "en"],
)
@pytest.mark.parametrize("kind", KINDS)
def test_later_mention_of_the_longer_term_does_not_link_the_shorter_inside_it(
    client, knowledge_tree, pages, kind, language, longer, shorter, lead, body, word_before
):
    """After "генна терапия" is linked in the lead, its next mention in the body is still a
    mention of "генна терапия" (not linked again), not a mention of "терапия"."""
    glossary = getattr(knowledge_tree, f"glossary_{language}")
    short_term = term(glossary, shorter)
    long_term = term(glossary, longer)
    page = pages.make(kind, language, lead, [paragraph(body)])

    root = article(client, page)

    (long_link,) = glossary_links(root, long_term)
    assert long_link.find_parent("p", class_="lead") is not None
    (short_link,) = glossary_links(root, short_term)
    # The link to the shorter term is on its own mention ("Никоя терапия"), not on the word
    # "терапия" of the second "генна терапия".
    assert str(short_link.previous_sibling).endswith(word_before), short_link.find_parent("p")


# --- language and status -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_english_term_is_not_linked_on_a_bulgarian_page(client, knowledge_tree, pages, kind):
    english = term(knowledge_tree.glossary_en, "biomarker")
    bulgarian = term(knowledge_tree.glossary_bg, "биомаркер", forms="биомаркери")
    page = pages.make(
        kind,
        "bg",
        "На английски биомаркер се казва biomarker.",
        [paragraph("<p>В статиите на английски ще срещнете biomarkers.</p>")],
    )

    root = article(client, page)

    assert glossary_links(root, english) == []
    assert [link.get_text() for link in glossary_links(root)] == ["биомаркер"]
    assert glossary_links(root)[0]["href"] == bulgarian.url


@pytest.mark.parametrize("kind", KINDS)
def test_bulgarian_term_is_not_linked_on_an_english_page(client, knowledge_tree, pages, kind):
    bulgarian = term(knowledge_tree.glossary_bg, "плацебо", forms="плацебото")
    english = term(knowledge_tree.glossary_en, "placebo")
    page = pages.make(
        kind,
        "en",
        "In Bulgarian newsrooms, плацебо is the word for it.",
        [paragraph("<p>A placebo looks like the medicine but has no active substance.</p>")],
    )

    root = article(client, page)

    assert glossary_links(root, bulgarian) == []
    assert [(link["href"], link.get_text()) for link in glossary_links(root)] == [
        (english.url, "placebo")
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_draft_and_unpublished_terms_are_not_linked(client, knowledge_tree, pages, kind):
    draft = term(knowledge_tree.glossary_bg, "биомаркер", live=False)
    withdrawn = term(knowledge_tree.glossary_bg, "плацебо")
    withdrawn.unpublish()
    live = term(knowledge_tree.glossary_bg, "генна терапия")
    page = pages.make(
        kind,
        "bg",
        "Биомаркер, плацебо и генна терапия: три думи от един доклад.",
        [paragraph("<p>Един биомаркер, едно плацебо.</p>")],
    )

    root = article(client, page)

    assert glossary_links(root, draft) == []
    assert glossary_links(root, withdrawn) == []
    assert [link["href"] for link in glossary_links(root)] == [live.url]


def test_term_page_itself_is_not_auto_linked(client, knowledge_tree):
    term(knowledge_tree.glossary_bg, "клинично изпитване")
    placebo = term(
        knowledge_tree.glossary_bg,
        "плацебо",
        definition="<p>Вещество без действие, с което клинично изпитване сравнява лекарството.</p>",
    )

    response = client.get(placebo.url)

    assert response.status_code == 200
    root = BeautifulSoup(response.content.decode(), "html.parser").select_one("article")
    assert "клинично изпитване" in root.select_one(".body").get_text()
    assert root.select("a.glossary-term") == []


# --- markup survives ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_other_markup_in_the_paragraph_is_intact(client, knowledge_tree, pages, kind):
    trial = term(knowledge_tree.glossary_bg, "клинично изпитване")
    html = (
        "<p><b>Важно:</b> всяко клинично изпитване в ЕС се вписва в "
        '<a href="https://euclinicaltrials.eu/">CTIS</a> &amp; получава номер; '
        "<i>Хоризонт Европа</i> финансира 95,5 млрд. евро за 2021–2027 г.</p>"
    )
    page = pages.make(kind, "bg", "Клъстерът в Европа.", [paragraph(html)])

    root = article(client, page)

    (link,) = glossary_links(root, trial)
    rendered = link.find_parent("p")
    original = BeautifulSoup(html, "html.parser").p
    # Not a word lost or doubled, and the other tags are where the editor put them.
    assert rendered.get_text() == original.get_text()
    assert rendered.find("b").get_text() == "Важно:"
    assert rendered.find("i").get_text() == "Хоризонт Европа"
    ctis = rendered.find("a", href="https://euclinicaltrials.eu/")
    assert ctis.get_text() == "CTIS"
    assert [child.name for child in rendered.children if isinstance(child, Tag)] == [
        "b",
        "a",
        "a",
        "i",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_tooltip_reads_the_definition_as_plain_text(client, knowledge_tree, pages, kind):
    """The link's title shows the definition as a reader would read it: no markup, no entities."""
    atmp = term(
        knowledge_tree.glossary_en,
        "ATMP",
        definition=(
            "<p>Advanced therapy medicinal products: gene &amp; cell therapies and "
            "<b>tissue-engineered</b> products.</p>"
        ),
    )
    page = pages.make(
        kind, "en", "Each ATMP is authorised by the European Commission.", [paragraph("<p>.</p>")]
    )

    (link,) = glossary_links(article(client, page), atmp)

    assert link["title"] == (
        "Advanced therapy medicinal products: gene & cell therapies and tissue-engineered products."
    )
