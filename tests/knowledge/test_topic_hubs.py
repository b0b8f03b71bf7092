"""Topic hubs and the topics index: the right items per language, only what the public may see,
experts available first, and a fixed number of queries whatever the number of items."""

from __future__ import annotations

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from experts.models import Availability
from tests import factories
from tests.seo.test_sitemap import read_sitemap

pytestmark = pytest.mark.django_db


def publish_with_topics(page, *topics):
    page.topics.add(*topics)
    page.save_revision().publish()
    return page


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section_links(soup: BeautifulSoup, testid: str) -> list[str]:
    section = soup.find(attrs={"data-testid": testid})
    return [a.get_text(" ", strip=True) for a in section.select("h3 a, dt a")] if section else []


@pytest.fixture
def atmp_hub_content(site_tree, knowledge_tree):
    """Items on ATMPs in both languages, with some the public must not see."""
    k = knowledge_tree
    bg_explainer = publish_with_topics(
        factories.ExplainerPageFactory(parent=k.knowledge_bg, title="Какво са модерните терапии"),
        k.atmp_bg,
    )
    # wagtail-localize keeps the Bulgarian topic row on the English translation.
    factories.translate(bg_explainer, "en", title="What advanced therapies are")
    draft = factories.ExplainerPageFactory(
        parent=k.knowledge_bg, title="Чернова за CAR-T", live=False
    )
    draft.topics.add(k.atmp_bg)
    draft.save_revision()
    publish_with_topics(
        factories.ExplainerPageFactory(parent=k.knowledge_bg, title="Фазите на изпитванията"),
        k.trials_bg,
    )
    publish_with_topics(
        factories.GlossaryTermPageFactory(parent=k.glossary_bg, title="Генна терапия"), k.atmp_bg
    )
    publish_with_topics(
        factories.GlossaryTermPageFactory(parent=k.glossary_en, title="Gene therapy"), k.atmp_en
    )
    publish_with_topics(
        factories.PressReleasePageFactory(
            parent=site_tree.press_bg, title="Медийна среща за модерните терапии"
        ),
        k.atmp_bg,
    )
    publish_with_topics(
        factories.PressReleasePageFactory(
            parent=site_tree.press_bg,
            title="Ембаргово съобщение за CAR-T",
            embargo_until=timezone.now() + datetime.timedelta(days=2),
        ),
        k.atmp_bg,
    )
    publish_with_topics(
        factories.PressReleasePageFactory(
            parent=site_tree.press_en, title="Media briefing on advanced therapies"
        ),
        k.atmp_en,
    )
    publish_with_topics(
        factories.EventPageFactory(parent=site_tree.events_bg, title="Информационен ден ATMP"),
        k.atmp_bg,
    )
    past = timezone.now() - datetime.timedelta(days=40)
    publish_with_topics(
        factories.EventPageFactory(
            parent=site_tree.events_bg,
            title="Минал семинар за ATMP",
            start=past,
            end=past + datetime.timedelta(hours=3),
        ),
        k.atmp_bg,
    )
    return k


def test_hub_lists_live_items_of_its_language_only(client, atmp_hub_content):
    soup = soup_of(client.get("/bg/topics/atmp/"))
    assert soup.h1.get_text(strip=True) == "Модерни терапии (ATMP)"
    assert section_links(soup, "hub-explainers") == ["Какво са модерните терапии"]
    assert section_links(soup, "hub-terms") == ["Генна терапия"]
    assert section_links(soup, "hub-press") == ["Медийна среща за модерните терапии"]
    assert section_links(soup, "hub-events") == ["Информационен ден ATMP"]

    soup = soup_of(client.get("/en/topics/atmp/"))
    assert soup.h1.get_text(strip=True) == "Advanced therapies (ATMP)"
    assert section_links(soup, "hub-explainers") == ["What advanced therapies are"]
    assert section_links(soup, "hub-terms") == ["Gene therapy"]
    assert section_links(soup, "hub-press") == ["Media briefing on advanced therapies"]
    assert soup.find(attrs={"data-testid": "hub-events"}) is None


def test_embargoed_press_reaches_the_hub_when_the_embargo_lifts(client, atmp_hub_content):
    from press.models import PressReleasePage

    item = PressReleasePage.objects.get(title="Ембаргово съобщение за CAR-T")
    item.embargo_until = timezone.now() - datetime.timedelta(minutes=1)
    item.save_revision().publish()
    titles = section_links(soup_of(client.get("/bg/topics/atmp/")), "hub-press")
    assert "Ембаргово съобщение за CAR-T" in titles


def test_hub_links_feeds_and_ask_an_expert(client, atmp_hub_content):
    soup = soup_of(client.get("/en/topics/atmp/"))
    ask = soup.find(attrs={"data-testid": "ask-expert"})
    assert ask["href"] == "/en/request-contact/?topic=atmp"
    rss = soup.find("a", href="/en/feeds/topics/atmp/rss/")
    assert rss is not None
    feed = feedparser.parse(client.get(rss["href"]).content)
    assert [entry.title for entry in feed.entries] == ["Media briefing on advanced therapies"]
    assert feed.feed.link == "http://testserver/en/topics/atmp/"


def test_hub_language_switch_and_alternates_lead_to_the_same_topic(client, atmp_hub_content):
    soup = soup_of(client.get("/bg/topics/atmp/"))
    alternates = {
        link["hreflang"]: link["href"]
        for link in soup.find_all("link", rel="alternate")
        if link.get("hreflang")
    }
    assert alternates == {
        "bg": "http://testserver/bg/topics/atmp/",
        "en": "http://testserver/en/topics/atmp/",
        "x-default": "http://testserver/bg/topics/atmp/",
    }
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/bg/topics/atmp/"
    switch = soup.select_one(".language-switch a[hreflang=en]")
    assert switch["href"] == "/en/topics/atmp/"


def test_unknown_topic_is_not_found(client, knowledge_tree):
    assert client.get("/bg/topics/no-such-topic/").status_code == 404


def test_experts_available_first_then_by_name(client, site_tree, knowledge_tree):
    k = knowledge_tree
    today = timezone.localdate()
    specs = [
        ("Атанасова", Availability.AWAY, today + datetime.timedelta(days=10)),
        ("Бонева", Availability.LIMITED, None),
        ("Василева", Availability.AVAILABLE, None),
        ("Генова", Availability.AWAY, today - datetime.timedelta(days=1)),  # back already
        ("Димова", Availability.AVAILABLE, None),
    ]
    for last_name, availability, away_until in specs:
        publish_with_topics(
            factories.ExpertPageFactory(
                parent=site_tree.experts_bg,
                first_name="Ирина",
                last_name=last_name,
                availability=availability,
                away_until=away_until,
            ),
            k.atmp_bg,
        )
    soup = soup_of(client.get("/bg/topics/atmp/"))
    names = [card.h3.get_text(strip=True) for card in soup.select("[data-testid=hub-expert]")]
    assert [name.split()[-1] for name in names] == [
        "Василева",
        "Генова",
        "Димова",
        "Бонева",
        "Атанасова",
    ]


def test_expert_in_both_languages_shows_once_in_the_visitors_language(
    client, site_tree, knowledge_tree
):
    k = knowledge_tree
    expert = publish_with_topics(
        factories.ExpertPageFactory(
            parent=site_tree.experts_bg, first_name="Десислава", last_name="Бонева"
        ),
        k.atmp_bg,
    )
    factories.translate(expert, "en", first_name="Desislava", last_name="Boneva", honorific="Dr")
    bulgarian_only = publish_with_topics(
        factories.ExpertPageFactory(
            parent=site_tree.experts_bg, first_name="Мартин", last_name="Енчев"
        ),
        k.atmp_bg,
    )
    soup = soup_of(client.get("/en/topics/atmp/"))
    cards = soup.select("[data-testid=hub-expert]")
    names = [card.h3.get_text(" ", strip=True) for card in cards]
    assert names == ["Dr Desislava Boneva", bulgarian_only.title]
    # The Bulgarian-only profile is marked as Bulgarian text on the English page.
    assert cards[1].h3["lang"] == "bg"


def test_topics_index_counts_per_language(client, site_tree, atmp_hub_content):
    k = atmp_hub_content
    publish_with_topics(factories.ExpertPageFactory(parent=site_tree.experts_bg), k.atmp_bg)
    soup = soup_of(client.get("/bg/topics/"))
    row = soup.find(attrs={"data-topic": "atmp"})
    counts = {
        key: row.find(attrs={"data-testid": f"count-{key}"}).get_text(strip=True).split()[0]
        for key in ("explainers", "terms", "experts", "press")
    }
    # The draft explainer and the embargoed release do not count.
    assert counts == {"explainers": "1", "terms": "1", "experts": "1", "press": "1"}
    assert row.h2.a["href"] == "/bg/topics/atmp/"
    trials = soup.find(attrs={"data-topic": "clinical-trials"})
    assert trials.find(attrs={"data-testid": "count-explainers"}).get_text(strip=True)[0] == "1"


def test_hubs_and_knowledge_pages_are_in_the_sitemap_with_alternates(client, atmp_hub_content):
    from mediacenter.models import ExplainerPage, GlossaryTermPage

    sitemap = read_sitemap(client)
    assert sitemap["http://testserver/en/topics/atmp/"] == {
        "bg": "http://testserver/bg/topics/atmp/",
        "en": "http://testserver/en/topics/atmp/",
        "x-default": "http://testserver/bg/topics/atmp/",
    }
    assert "http://testserver/bg/topics/clinical-trials/" in sitemap
    explainer = ExplainerPage.objects.live().get(title="Какво са модерните терапии")
    assert explainer.full_url in sitemap
    assert GlossaryTermPage.objects.live().get(title="Gene therapy").full_url in sitemap
    # The draft explainer is not listed.
    assert not any("Чернова" in url for url in sitemap)


def queries_for(client, url: str) -> int:
    client.get(url)  # warm caches that are filled once per process (site root paths)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def add_atmp_items(site_tree, k, count: int) -> None:
    for n in range(count):
        publish_with_topics(
            factories.ExplainerPageFactory(parent=k.knowledge_bg, title=f"Обяснение {n}"),
            k.atmp_bg,
            k.trials_bg,
        )
        publish_with_topics(
            factories.GlossaryTermPageFactory(parent=k.glossary_bg, title=f"Термин {n}"),
            k.atmp_bg,
        )
        publish_with_topics(
            factories.PressReleasePageFactory(parent=site_tree.press_bg), k.atmp_bg, k.trials_bg
        )
        publish_with_topics(factories.EventPageFactory(parent=site_tree.events_bg), k.atmp_bg)
        publish_with_topics(
            factories.ExpertPageFactory(parent=site_tree.experts_bg), k.atmp_bg, k.trials_bg
        )
        publish_with_topics(factories.FactSheetPageFactory(parent=k.knowledge_bg), k.atmp_bg)


def test_hub_and_index_run_in_a_fixed_number_of_queries(client, site_tree, knowledge_tree):
    add_atmp_items(site_tree, knowledge_tree, 1)
    hub_few, index_few = queries_for(client, "/bg/topics/atmp/"), queries_for(client, "/bg/topics/")
    add_atmp_items(site_tree, knowledge_tree, 4)
    assert queries_for(client, "/bg/topics/atmp/") == hub_few
    assert queries_for(client, "/bg/topics/") == index_few
    assert hub_few <= 40, hub_few  # 37 when written: a regression shows here first


def test_hub_shows_partner_news_of_its_language_named_as_the_partners(
    client, site_tree, knowledge_tree
):
    from django.utils import timezone

    from press.models import PartnerFeed

    k = knowledge_tree
    feeds = {}
    for name, language, topic in (("CEBR", "en", k.atmp_en), ("Клъстер ИИ", "bg", k.atmp_bg)):
        feed = PartnerFeed.objects.create(
            name=name, url=f"https://{language}.partner.example/feed/", language=language
        )
        feed.topics.set([topic])
        feed.save()
        feeds[language] = feed
    feeds["en"].items.create(
        guid="1",
        link="https://en.partner.example/atmp",
        title="Bioregions on advanced therapies",
        published_at=timezone.now(),
    )
    feeds["bg"].items.create(
        guid="2",
        link="https://bg.partner.example/atmp",
        title="Среща за модерните терапии",
        published_at=timezone.now(),
    )
    soup = soup_of(client.get("/en/topics/atmp/"))
    section = soup.find(attrs={"data-testid": "hub-partner-news"})
    assert [a.get_text() for a in section.select("h3 a")] == ["Bioregions on advanced therapies"]
    assert section.select_one("h3 a")["href"] == "https://en.partner.example/atmp"
    assert "CEBR" in section.select_one(".badge").get_text()
    # A partner's item is not the cluster's press.
    assert "Bioregions on advanced therapies" not in " ".join(section_links(soup, "hub-press"))
