"""The expert's public profile: what a journalist reads before asking for an interview.

Fields in each language (topics and organisation in the page's language), one-language profiles,
availability, Person JSON-LD, related press, similar experts on both search backends, and a fixed
number of queries. Contact details must never show.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from experts.models import Availability, ExpertLink, MediaFormat
from experts.profile import similar_by_topics
from mediacenter.models import Topic
from tests import factories

pytestmark = pytest.mark.django_db

# The number of queries a profile takes, whatever it holds (photo, topics, links, related press,
# similar experts): routing, site settings, language switch, the profile's own lists, the head.
PROFILE_QUERIES = 28


@dataclass
class Topics:
    epigenetics: Topic
    trials: Topic
    atmp: Topic
    devices: Topic


def bilingual_topic(slug: str, bg: str, en: str) -> Topic:
    topic = factories.TopicFactory(slug=slug, name=bg)
    factories.translate_snippet(topic, "en", name=en)
    return topic


@pytest.fixture
def topics(db) -> Topics:
    return Topics(
        epigenetics=bilingual_topic("epigenetics", "Епигенетика", "Epigenetics"),
        trials=bilingual_topic("clinical-trials", "Клинични изпитвания", "Clinical trials"),
        atmp=bilingual_topic("atmp", "Модерни терапии (ATMP)", "Advanced therapies (ATMP)"),
        devices=bilingual_topic("medical-devices", "Медицински изделия", "Medical devices"),
    )


@pytest.fixture
def mu_plovdiv(db):
    bg = factories.OrganisationFactory(
        name="Медицински университет – Пловдив",
        slug="medical-university-plovdiv",
        city="Пловдив",
        website="https://mu-plovdiv.bg/",
    )
    factories.translate_snippet(bg, "en", name="Medical University of Plovdiv", city="Plovdiv")
    return bg


def expert(parent, topics=(), **fields):
    page = factories.ExpertPageFactory(parent=parent, **fields)
    if topics:
        page.topics.set(topics)
        page.save_revision().publish()
    return page


def english(page, **fields):
    defaults = {
        "honorific": "Prof.",
        "title": f"Prof. {page.first_name} {page.last_name}",
        "position": "Head of the epigenetics laboratory",
        "city": "Plovdiv",
        "short_bio": "Studies how ageing leaves marks on the genome.",
        "keywords": "epigenetic clock, biological age",
    }
    return factories.translate(page, "en", **{**defaults, **fields})


@pytest.fixture
def elena(site_tree, topics, mu_plovdiv):
    """A full bilingual profile: photo, topics, links, declaration of interests."""
    page = expert(
        site_tree.experts_bg,
        topics=[topics.epigenetics, topics.trials],
        honorific="Проф. д-р",
        first_name="Елена",
        last_name="Стоянова",
        title="Проф. д-р Елена Стоянова",
        slug="elena-stoyanova",
        position="Ръководител на лабораторията по епигенетика",
        organisation=mu_plovdiv,
        city="Пловдив",
        photo=factories.ImageFactory(file__width=600, file__height=600),
        photo_credit="Иван Колев",
        short_bio="Изследва как стареенето оставя следи в генома.",
        bio="<p>Води проекти по <b>епигенетичен часовник</b> в Пловдив.</p>",
        keywords="епигенетичен часовник, биологична възраст",
        languages=["bg", "en", "de"],
        media_formats=[MediaFormat.RADIO, MediaFormat.PRINT],
        media_trained=True,
        declaration_of_interests="Консултант на биотехнологична компания от 2022 г.",
        interests_declared_on=datetime.date(2025, 3, 14),
    )
    ExpertLink.objects.create(page=page, url="https://orcid.org/0000-0002-1825-0097")
    ExpertLink.objects.create(
        page=page, url="https://pubmed.ncbi.nlm.nih.gov/?term=Stoyanova", kind="publications"
    )
    page.save_revision().publish()
    factories.ExpertContactFactory(
        expert=page, email="elena.stoyanova@private.example", phone="+359 88 765 4321"
    )
    return page


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.text, "html.parser")


def text_of(soup: BeautifulSoup, testid: str) -> str:
    element = soup.find(attrs={"data-testid": testid})
    return " ".join(element.get_text(" ").split()) if element else ""


def person_jsonld(soup: BeautifulSoup) -> dict:
    (script,) = soup.find_all("script", attrs={"type": "application/ld+json"})
    return json.loads(script.string)


def similar_names(soup: BeautifulSoup) -> list[str]:
    section = soup.find(attrs={"data-testid": "similar-experts"})
    return [a.get_text(strip=True) for a in section.select("h3 a")] if section else []


# --- fields in each language ----------------------------------------------------------------------


def test_bulgarian_profile_shows_every_public_field(client, elena):
    soup = soup_of(client, "/bg/experts/elena-stoyanova/")

    assert " ".join(soup.h1.get_text(" ").split()) == "Проф. д-р Елена Стоянова"
    main = soup.find("main").get_text(" ")
    for text in (
        "Ръководител на лабораторията по епигенетика",
        "Пловдив",
        "Иван Колев",
        "Изследва как стареенето оставя следи в генома.",
        "епигенетичен часовник",
        "Консултант на биотехнологична компания от 2022 г.",
    ):
        assert text in main, text
    organisation = soup.find(attrs={"data-testid": "organisation"}).a
    assert organisation.get_text() == "Медицински университет – Пловдив"
    assert organisation["href"] == "https://mu-plovdiv.bg/"
    topic_links = {a.get_text(): a["href"] for a in soup.select("[data-testid=topics] a")}
    assert topic_links == {
        "Епигенетика": "/bg/experts/?topic=epigenetics",
        "Клинични изпитвания": "/bg/experts/?topic=clinical-trials",
    }
    assert "биологична възраст" in text_of(soup, "keywords")
    assert soup.find(attrs={"data-testid": "media-trained"}) is not None
    links = soup.select("[data-testid=links] a")
    assert [a["href"] for a in links][0] == "https://orcid.org/0000-0002-1825-0097"
    assert all("noopener" in a["rel"] for a in links)
    photo = soup.select_one(".expert-profile__photo img")
    assert photo["src"].startswith("/media/images/") and photo["alt"] == "Елена Стоянова"
    button = soup.find(attrs={"data-testid": "request-contact"})
    assert button["href"] == f"/bg/request-contact/?expert={elena.pk}"


def test_english_profile_shows_topics_and_organisation_in_english(client, elena):
    english(elena)
    soup = soup_of(client, "/en/experts/elena-stoyanova/")

    assert " ".join(soup.h1.get_text(" ").split()) == "Prof. Елена Стоянова"
    assert text_of(soup, "organisation") == "Medical University of Plovdiv"
    topic_links = {a.get_text(): a["href"] for a in soup.select("[data-testid=topics] a")}
    assert topic_links == {
        "Epigenetics": "/en/experts/?topic=epigenetics",
        "Clinical trials": "/en/experts/?topic=clinical-trials",
    }
    main = soup.find("main").get_text(" ")
    assert "Епигенетика" not in main and "Медицински университет" not in main
    assert text_of(soup, "languages") == "Bulgarian, English, German"
    assert text_of(soup, "media-formats") == "Radio, Print"
    assert "Declared on 14 March 2025" in text_of(soup, "interests")
    assert soup.find(attrs={"data-testid": "request-contact"})["href"] == (
        f"/en/request-contact/?expert={elena.get_translation(factories.locale('en')).pk}"
    )


def test_profile_in_one_language_says_the_other_is_missing(client, site_tree, topics):
    expert(site_tree.experts_bg, first_name="Петър", last_name="Русев", slug="petar-rusev")
    en_only = expert(
        site_tree.experts_en,
        topics=[topics.devices],
        honorific="Dr",
        first_name="Anna",
        last_name="Keller",
        title="Dr Anna Keller",
        slug="anna-keller",
        locale=factories.locale("en"),
        position="Regulatory affairs lead",
        declaration_of_interests="",
    )

    bg_soup = soup_of(client, "/bg/experts/petar-rusev/")
    assert "Петър Русев" in bg_soup.h1.get_text()
    assert bg_soup.find(attrs={"data-testid": "no-translation-en"}) is not None
    assert client.get("/en/experts/petar-rusev/").status_code == 404

    en_soup = soup_of(client, en_only.url)
    assert "Anna Keller" in en_soup.h1.get_text()
    assert en_soup.find(attrs={"data-testid": "no-translation-bg"}) is not None
    assert "No declaration of interests is on file" in text_of(en_soup, "interests")
    # The English page links the Bulgarian topic row; it is shown by its English name.
    assert [a.get_text() for a in en_soup.select("[data-testid=topics] a")] == ["Medical devices"]


# --- availability --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("availability", "away_until", "expected"),
    [
        (Availability.AVAILABLE, None, "Available"),
        (Availability.LIMITED, None, "Limited availability"),
        (Availability.AWAY, datetime.date(2031, 3, 3), "Away until 3 March 2031"),
        (Availability.AWAY, None, "Away"),
        # The away-until date has passed: the expert is available again without anyone editing.
        (Availability.AWAY, datetime.date(2024, 3, 3), "Available"),
    ],
)
def test_availability_badge(client, site_tree, availability, away_until, expected):
    page = expert(
        site_tree.experts_en,
        locale=factories.locale("en"),
        first_name="Ivan",
        last_name="Petrov",
        slug="ivan-petrov",
        availability=availability,
        away_until=away_until,
    )
    assert text_of(soup_of(client, page.url), "availability") == expected


def test_away_date_is_in_the_bulgarian_house_format(client, site_tree):
    page = expert(
        site_tree.experts_bg,
        slug="away",
        availability=Availability.AWAY,
        away_until=datetime.date(2031, 3, 3),
    )
    badge = text_of(soup_of(client, page.url), "availability")
    assert re.search(r"3 \w+ 2031 г\.", badge), badge


# --- privacy and JSON-LD -------------------------------------------------------------------------


def test_profile_never_shows_contact_details(client, elena):
    english(elena)
    for url in ("/bg/experts/elena-stoyanova/", "/en/experts/elena-stoyanova/"):
        html = client.get(url).content.decode()
        for secret in ("elena.stoyanova@private.example", "+359 88 765 4321", "+359887654321"):
            assert secret not in html
        assert "mailto:" not in html and "tel:" not in html


def test_person_jsonld(client, elena):
    data = person_jsonld(soup_of(client, "/bg/experts/elena-stoyanova/"))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Person"
    assert data["name"] == "Елена Стоянова"
    assert data["honorificPrefix"] == "Проф. д-р"
    assert data["jobTitle"] == "Ръководител на лабораторията по епигенетика"
    assert data["affiliation"] == {
        "@type": "Organization",
        "name": "Медицински университет – Пловдив",
        "url": "https://mu-plovdiv.bg/",
    }
    assert data["address"] == {"@type": "PostalAddress", "addressLocality": "Пловдив"}
    assert data["url"] == "http://testserver/bg/experts/elena-stoyanova/"
    assert data["image"].startswith("http://testserver/media/images/")
    assert data["sameAs"] == [
        "https://orcid.org/0000-0002-1825-0097",
        "https://pubmed.ncbi.nlm.nih.gov/?term=Stoyanova",
    ]
    assert data["knowsAbout"] == ["Епигенетика", "Клинични изпитвания"]
    assert data["knowsLanguage"] == ["bg", "en", "de"]
    assert not {"email", "telephone", "contactPoint"} & set(data)
    raw = json.dumps(data, ensure_ascii=False)
    assert "private.example" not in raw and "765" not in raw


def test_english_person_jsonld_is_in_english(client, elena):
    english(elena)
    data = person_jsonld(soup_of(client, "/en/experts/elena-stoyanova/"))
    assert data["knowsAbout"] == ["Epigenetics", "Clinical trials"]
    assert data["affiliation"]["name"] == "Medical University of Plovdiv"
    assert data["address"]["addressLocality"] == "Plovdiv"


def test_person_jsonld_cannot_break_out_of_its_script(client, site_tree):
    page = expert(site_tree.experts_bg, slug="odd", position="</script><script>alert(1)</script>")
    response = client.get(page.url)
    assert "<script>alert(1)" not in response.text
    assert person_jsonld(BeautifulSoup(response.text, "html.parser"))["jobTitle"] == (
        "</script><script>alert(1)</script>"
    )


# --- related press -------------------------------------------------------------------------------


def press(parent, title: str, days_ago: int, experts=(), **fields):
    page = factories.PressReleasePageFactory(
        parent=parent,
        title=title,
        publication_date=timezone.now() - datetime.timedelta(days=days_ago),
        **fields,
    )
    page.related_experts.set(experts)
    page.save_revision().publish()
    return page


def related_titles(soup: BeautifulSoup) -> list[str]:
    return [a.get_text() for a in soup.select("[data-testid=related-press] a")]


def test_related_press_lists_released_items_of_the_language_newest_first(client, site_tree, elena):
    elena_en = english(elena)
    older = press(site_tree.press_bg, "PRECISEU стартира в Барселона", 30, [elena])
    press(site_tree.press_bg, "Spinoff Bulgaria в София Тех Парк", 3, [elena])
    press(
        site_tree.press_bg,
        "Ембаргова новина за епигенетиката",
        0,
        [elena],
        embargo_until=timezone.now() + datetime.timedelta(days=2),
    )
    draft = press(site_tree.press_bg, "Чернова", 1, [elena])
    draft.unpublish()
    press(site_tree.press_bg, "Новина без експерти", 2)
    # The English translation keeps the link to the Bulgarian profile; it shows on the English one.
    factories.translate(older, "en", title="PRECISEU starts in Barcelona")
    press(
        site_tree.press_en,
        "Interview on the epigenetic clock",
        5,
        [elena_en],
        locale=factories.locale("en"),
    )

    assert related_titles(soup_of(client, "/bg/experts/elena-stoyanova/")) == [
        "Spinoff Bulgaria в София Тех Парк",
        "PRECISEU стартира в Барселона",
    ]
    assert related_titles(soup_of(client, "/en/experts/elena-stoyanova/")) == [
        "Interview on the epigenetic clock",
        "PRECISEU starts in Barcelona",
    ]


def test_related_press_shows_the_five_newest(client, site_tree, elena):
    for n in range(7):
        press(site_tree.press_bg, f"Новина {n}", n + 1, [elena])
    titles = related_titles(soup_of(client, "/bg/experts/elena-stoyanova/"))
    assert titles == [f"Новина {n}" for n in range(5)]


def test_press_release_lists_its_experts_in_the_page_language(client, site_tree, elena):
    elena_en = english(elena)
    bg_only = expert(site_tree.experts_bg, first_name="Петър", last_name="Русев", slug="rusev")
    hidden = expert(site_tree.experts_bg, first_name="Скрит", last_name="Експерт", slug="hidden")
    hidden.unpublish()
    item = press(site_tree.press_bg, "Клинично изпитване в Пловдив", 1, [elena, bg_only, hidden])
    item_en = factories.translate(item, "en", title="Clinical trial in Plovdiv")

    bg = soup_of(client, item.url).find(attrs={"data-testid": "story-experts"})
    assert [a["href"] for a in bg.find_all("a")] == [
        "/bg/experts/rusev/",
        "/bg/experts/elena-stoyanova/",
    ]
    en = soup_of(client, item_en.url).find(attrs={"data-testid": "story-experts"})
    links = en.find_all("a")
    assert [a["href"] for a in links] == ["/bg/experts/rusev/", elena_en.url]
    assert links[0]["hreflang"] == "bg"
    assert "Head of the epigenetics laboratory" in en.get_text()


# --- similar experts -----------------------------------------------------------------------------


@pytest.fixture
def colleagues(site_tree, topics, mu_plovdiv, elena):
    """Experts around Elena (epigenetics + clinical trials, MU Plovdiv, Plovdiv)."""
    parent = site_tree.experts_bg
    make = {
        # both topics
        "Борис Ангелов": {"topics": [topics.epigenetics, topics.trials], "city": "Варна"},
        # one topic and the organisation
        "Вера Димова": {"topics": [topics.trials], "organisation": mu_plovdiv, "city": "Пловдив"},
        # one topic, same city
        "Галин Ефтимов": {"topics": [topics.epigenetics], "city": "Пловдив"},
        # one topic, another city
        "Анна Цветкова": {"topics": [topics.epigenetics], "city": "Бургас"},
        # one topic, another city, after Анна by name
        "Яна Христова": {"topics": [topics.trials], "city": "Плевен"},
        # nothing in common but the city: not similar
        "Дамян Илиев": {"topics": [topics.devices], "city": "Пловдив"},
    }
    pages = {}
    for n, (name, fields) in enumerate(make.items()):
        first, last = name.split()
        pages[name] = expert(
            parent, first_name=first, last_name=last, title=name, slug=f"colleague-{n}", **fields
        )
    return pages


def test_similar_experts_on_the_database_rank_by_shared_topics(client, elena, colleagues):
    english(elena)
    # A translation of a similar expert must not appear a second time, nor a draft at all.
    english(colleagues["Борис Ангелов"], title="Boris Angelov")
    colleagues["Анна Цветкова"].unpublish()

    names = similar_names(soup_of(client, "/bg/experts/elena-stoyanova/"))

    assert names == [
        "Проф. д-р Борис Ангелов",  # two shared topics
        "Проф. д-р Вера Димова",  # one topic + organisation
        "Проф. д-р Галин Ефтимов",  # one topic + city
        "Проф. д-р Яна Христова",  # one topic; Анна is a draft
    ]


def test_similar_experts_never_include_private_pages(client, site_tree, elena, colleagues):
    PageViewRestriction.objects.create(
        page=colleagues["Борис Ангелов"], restriction_type=PageViewRestriction.LOGIN
    )
    names = similar_names(soup_of(client, "/bg/experts/elena-stoyanova/"))
    assert "Проф. д-р Борис Ангелов" not in names and len(names) == 4


def test_english_profile_finds_similar_english_experts_through_bulgarian_topics(
    client, elena, colleagues, topics
):
    english(elena)
    boris_en = english(
        colleagues["Борис Ангелов"], title="Boris Angelov", first_name="Boris", last_name="Angelov"
    )
    # An English profile linked to the English topic rows matches too (by translation key).
    boris_en.topics.set([topics.epigenetics.get_translation(factories.locale("en"))])
    boris_en.save_revision().publish()

    names = similar_names(soup_of(client, "/en/experts/elena-stoyanova/"))
    assert names == ["Prof. Boris Angelov"]


def test_similar_experts_fall_back_to_the_other_language(client, site_tree, elena, topics):
    en_only = expert(
        site_tree.experts_en,
        topics=[topics.epigenetics],
        locale=factories.locale("en"),
        honorific="Dr",
        first_name="Anna",
        last_name="Keller",
        title="Dr Anna Keller",
        slug="anna-keller",
    )
    soup = soup_of(client, "/bg/experts/elena-stoyanova/")
    assert similar_names(soup) == ["Dr Anna Keller"]
    assert soup.select_one("[data-testid=similar-experts] h3 a")["href"] == en_only.url


def test_no_similar_experts_no_section(client, elena):
    soup = soup_of(client, "/bg/experts/elena-stoyanova/")
    assert soup.find(attrs={"data-testid": "similar-experts"}) is None
    assert similar_by_topics(elena) == []


@pytest.mark.engine
def test_similar_experts_on_the_engine_read_like_the_profile(
    client, engine_as_default, elena, colleagues, site_tree
):
    # No topic, organisation or city in common, but the same research told in other words:
    # the engine's more_like_this finds her; the topic ranking could not.
    kin = expert(
        site_tree.experts_bg,
        honorific="",
        first_name="Тодор",
        last_name="Марков",
        title="Тодор Марков",
        slug="todor-markov",
        city="Русе",
        position="Изследовател на епигенетичния часовник",
        short_bio="Изследва как стареенето оставя следи в генома и как се мери биологичната възраст.",
        keywords="епигенетичен часовник, биологична възраст, стареене",
    )
    stranger = colleagues["Дамян Илиев"]
    stranger.short_bio = "Проектира инсулинови помпи."
    stranger.keywords = "инсулинови помпи, медицински изделия"
    stranger.position = "Инженер"
    stranger.save_revision().publish()
    english(elena)
    engine_as_default.refresh()

    names = similar_names(soup_of(client, "/bg/experts/elena-stoyanova/"))

    assert "Тодор Марков" in names
    assert kin.title not in similar_names(soup_of(client, "/en/experts/elena-stoyanova/"))
    assert "Проф. д-р Дамян Илиев" not in names
    assert 1 <= len(names) <= 4
    assert "Проф. д-р Елена Стоянова" not in names


@pytest.mark.engine
def test_similar_experts_fall_back_to_topics_when_the_engine_fails(
    client, settings, elena, colleagues
):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": ["http://127.0.0.1:9"],  # nothing listens there
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": False,
        }
    }
    names = similar_names(soup_of(client, "/bg/experts/elena-stoyanova/"))
    assert names[0] == "Проф. д-р Борис Ангелов" and len(names) == 4


# --- queries -------------------------------------------------------------------------------------


def count_queries(client, url: str) -> int:
    assert client.get(url).status_code == 200  # renditions are made on the first view
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.fixture(params=["database", "engine"])
def backend(request):
    """Similar experts ranked by topics on the database backend, by more_like_this on the engine."""
    if request.param == "engine":
        return request.getfixturevalue("engine_as_default").refresh
    return lambda: None


def test_profile_takes_a_fixed_number_of_queries(
    client, site_tree, topics, elena, backend, django_assert_num_queries
):
    url = "/bg/experts/elena-stoyanova/"
    assert count_queries(client, url) == PROFILE_QUERIES  # nothing similar, nothing in the news

    for n in range(6):
        colleague = expert(
            site_tree.experts_bg,
            topics=[topics.epigenetics],
            first_name=f"Колега{n}",
            slug=f"colleague-{n}",
            photo=factories.ImageFactory(),
            organisation=factories.OrganisationFactory(),
        )
        english(colleague)
    for n in range(6):
        press(site_tree.press_bg, f"Новина {n}", n + 1, [elena])
    backend()
    client.get(url)
    cache.clear()
    with django_assert_num_queries(PROFILE_QUERIES):
        response = client.get(url)
    assert len(response.context["similar_experts"]) == 4
    assert len(response.context["related_press"]) == 5
