"""Explainer pages: what a journalist reads (summary, sections, sources, reading time, review),
the experts they lead to, "ask an expert" with the topic filled in, and fixed query counts."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from experts.models import Availability
from tests import factories

pytestmark = pytest.mark.django_db

WORDS = " ".join(["клетъчна"] * 450)


@pytest.fixture
def explainer(site_tree, knowledge_tree):
    """A Bulgarian explainer on ATMPs with every kind of section, and its English translation."""
    k = knowledge_tree
    reviewer = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Десислава", last_name="Бонева", honorific="Д-р"
    )
    reviewer.topics.add(k.atmp_bg)
    reviewer.save_revision().publish()
    reviewer_en = factories.translate(
        reviewer, "en", first_name="Desislava", last_name="Boneva", honorific="Dr"
    )
    sheet = factories.FactSheetPageFactory(parent=k.knowledge_bg, title="Модерните терапии в числа")
    sheet_en = factories.translate(sheet, "en", title="Advanced therapies in figures")
    page = factories.ExplainerPageFactory(
        parent=k.knowledge_bg,
        title="Модерни терапии: какво трябва да знае журналистът",
        last_reviewed=datetime.date(2026, 10, 14),
        reviewed_by=reviewer,
        sections=[
            {"type": "heading", "value": "Три вида продукти"},
            {"type": "paragraph", "value": f"<p>{WORDS}</p>"},
            {"type": "key_facts", "value": {"title": "Накратко", "facts": ["Регламент 1394/2007"]}},
            {
                "type": "mistakes",
                "value": {
                    "items": [
                        {
                            "mistake": "Всяка клетъчна терапия е стволова.",
                            "correction": "CAR-T клетките са Т-лимфоцити, не стволови клетки.",
                        }
                    ]
                },
            },
            {"type": "expert_quote", "value": {"expert": reviewer.pk, "text": "Пациентите чакат."}},
            {"type": "fact_sheet", "value": sheet.pk},
        ],
        sources=[
            {
                "type": "source",
                "value": {"title": "EMA: ATMP", "url": "https://www.ema.europa.eu/en/atmp"},
            }
        ],
    )
    page.topics.add(k.atmp_bg)
    page.related_experts.add(reviewer)
    page.save_revision().publish()
    english = factories.translate(page, "en", title="Advanced therapies: what a journalist needs")
    return page, english, reviewer, reviewer_en, sheet_en


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_explainer_shows_what_a_journalist_needs(client, explainer):
    page, *_ = explainer
    soup = soup_of(client.get(page.url))
    assert soup.h1.get_text(strip=True) == page.title
    assert (
        soup.select_one("p.lead").get_text(strip=True).startswith("Лекарствата за модерна терапия")
    )
    # 450 + words of the other sections and the summary: three minutes at 200 words a minute.
    assert soup.find(attrs={"data-testid": "reading-time"}).get_text(strip=True).startswith("3")
    reviewed = soup.find(attrs={"data-testid": "reviewed"})
    assert (
        "14" in reviewed.get_text()
        and reviewed.a["href"] == "/bg/experts/" + page.reviewed_by.slug + "/"
    )
    assert (
        soup.select_one(".mistakes dd")
        .get_text(" ", strip=True)
        .endswith("CAR-T клетките са Т-лимфоцити, не стволови клетки.")
    )
    assert soup.select_one(".fact-box li").get_text() == "Регламент 1394/2007"
    assert soup.select_one(".quote-block--expert cite a").get_text() == "Д-р Десислава Бонева"
    assert soup.select_one(".key-figures__value").get_text() == "95,5 млрд. евро"
    assert soup.select_one("ol.sources a")["href"] == "https://www.ema.europa.eu/en/atmp"
    assert soup.select_one("a.tag")["href"] == "/bg/topics/atmp/"


def test_english_translation_shows_english_expert_and_fact_sheet(client, explainer):
    _page, english, _reviewer, reviewer_en, sheet_en = explainer
    soup = soup_of(client.get(english.url))
    assert soup.select_one(".quote-block--expert cite a").get_text() == "Dr Desislava Boneva"
    assert soup.select_one(".key-figures__title a")["href"] == sheet_en.url
    assert soup.find(attrs={"data-testid": "reviewed"}).a["href"] == reviewer_en.url
    cards = [card.h3.get_text(strip=True) for card in soup.select("[data-testid=hub-expert]")]
    assert cards == ["Dr Desislava Boneva"]
    assert soup.select_one("a.tag").get_text() == "Advanced therapies (ATMP)"
    assert soup.select_one("a.tag")["href"] == "/en/topics/atmp/"


def test_ask_an_expert_prefills_the_topic(client, explainer):
    _page, english, *_ = explainer
    soup = soup_of(client.get(english.url))
    ask = soup.find(attrs={"data-testid": "ask-expert"})["href"]
    assert ask == "/en/request-contact/?topic=atmp"
    form = soup_of(client.get(ask))
    # The form names the topic and asks for no topic choice: the request goes to that topic.
    assert "Advanced therapies (ATMP)" in form.find("main").get_text()
    assert form.find("select", attrs={"name": "topic"}) is None


def test_explainer_runs_in_a_fixed_number_of_queries(client, site_tree, knowledge_tree, explainer):
    page, *_ = explainer

    def queries() -> int:
        client.get(page.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(page.url).status_code == 200
        return len(captured)

    few = queries()
    for n in range(5):
        expert = factories.ExpertPageFactory(
            parent=site_tree.experts_bg, availability=Availability.LIMITED
        )
        page.related_experts.add(expert)
        term = factories.GlossaryTermPageFactory(
            parent=knowledge_tree.glossary_bg, title=f"клетъчна{n}"
        )
        term.save_revision().publish()
    page.topics.add(knowledge_tree.trials_bg)
    page.save_revision().publish()
    assert queries() == few


def test_unpublished_explainer_is_not_public(client, explainer):
    page, *_ = explainer
    page.unpublish()
    assert client.get(page.url).status_code == 404
