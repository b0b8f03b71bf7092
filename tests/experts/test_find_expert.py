"""Find an expert: one search box and facets over the profiles of both languages, on the
database backend and on the real engine."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from experts.models import Availability, ExpertPage, MediaFormat
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[pytest.param("database", marks=pytest.mark.smoke), "engine"])
def search_backend(request):
    """Run the directory's search on the embedded database backend (also in the SQLite smoke
    run) and on the real engine."""
    if request.param == "engine":
        return request.getfixturevalue("engine_as_default").refresh
    return lambda: None


@dataclass
class Directory:
    """Five experts; two translated, two in Bulgarian only, one in English only."""

    eskenazi_bg: ExpertPage  # probiotics, Trakia University, Stara Zagora; translated
    eskenazi_en: ExpertPage
    shiderov: ExpertPage  # personalised medicine + oncology, Plovdiv; Bulgarian only; limited
    boneva_bg: ExpertPage  # AI + personalised medicine, Sofia; translated; away until next month
    boneva_en: ExpertPage
    vidal: ExpertPage  # personalised medicine, Barcelona; English only
    atanasov: ExpertPage  # oncology, Varna; Bulgarian only; was away until last week


def expert(**fields) -> ExpertPage:
    """A profile as the admin makes it: saved, then published, so that the search index holds
    its topics (indexing on the first save runs before many-to-many links are stored)."""
    page = factories.ExpertPageFactory(**fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def bilingual_topic(name_bg: str, name_en: str, slug: str):
    topic = factories.TopicFactory(name=name_bg, slug=slug)
    factories.translate_snippet(topic, "en", name=name_en)
    return topic


@pytest.fixture
def directory(site_tree) -> Directory:
    today = timezone.localdate()
    probiotics = bilingual_topic("Пробиотици", "Probiotics", "probiotics")
    personalised = bilingual_topic(
        "Персонализирана медицина", "Personalised medicine", "personalised-medicine"
    )
    oncology = bilingual_topic("Онкология", "Oncology", "oncology")
    ai = bilingual_topic("Изкуствен интелект", "Artificial intelligence", "artificial-intelligence")
    trakia = factories.OrganisationFactory(
        name="Тракийски университет", slug="trakia-university", city="Стара Загора"
    )
    factories.translate_snippet(trakia, "en", name="Trakia University", city="Stara Zagora")
    mu_plovdiv = factories.OrganisationFactory(
        name="Медицински университет – Пловдив", slug="mu-plovdiv", city="Пловдив"
    )
    factories.translate_snippet(mu_plovdiv, "en", name="Medical University of Plovdiv")

    eskenazi_bg = expert(
        parent=site_tree.experts_bg,
        honorific="Доц. д-р",
        first_name="Елена",
        last_name="Ескенази",
        position="Ръководител на лаборатория по пробиотици",
        short_bio="Изучава как пробиотичните щамове от българското кисело мляко влияят на имунитета.",
        keywords="пробиотици, микробиом",
        organisation=trakia,
        city="Стара Загора",
        topics=[probiotics],
        languages=["bg", "en"],
        media_formats=[MediaFormat.TV, MediaFormat.RADIO],
    )
    eskenazi_en = factories.translate(
        eskenazi_bg,
        "en",
        honorific="Assoc. Prof.",
        first_name="Elena",
        last_name="Eskenazi",
        title="Assoc. Prof. Elena Eskenazi",
        position="Head of the probiotics laboratory",
        short_bio="Studies how probiotic strains from Bulgarian yoghurt shape immunity.",
        keywords="probiotics, microbiome",
        city="Stara Zagora",
    )
    shiderov = expert(
        parent=site_tree.experts_bg,
        honorific="Проф.",
        first_name="Георги",
        last_name="Шидеров",
        position="Онколог, клиника по медицинска онкология",
        short_bio="Лекува метастазен рак с таргетни терапии и води клинични изпитвания.",
        keywords="метастазен рак, клинични изпитвания",
        organisation=mu_plovdiv,
        city="Пловдив",
        topics=[personalised, oncology],
        languages=["bg", "de"],
        media_formats=[MediaFormat.PRINT, MediaFormat.ONLINE],
        availability=Availability.LIMITED,
    )
    boneva_bg = expert(
        parent=site_tree.experts_bg,
        honorific="Д-р",
        first_name="Анна",
        last_name="Бонева",
        position="Изследовател по медицински данни",
        short_bio="Обучава модели за ранна диагностика върху болнични данни.",
        keywords="машинно обучение, здравни данни",
        city="София",
        topics=[ai, personalised],
        languages=["bg", "en", "fr"],
        media_formats=[MediaFormat.ONLINE, MediaFormat.BACKGROUND],
        availability=Availability.AWAY,
        away_until=today + datetime.timedelta(days=30),
    )
    boneva_en = factories.translate(
        boneva_bg,
        "en",
        honorific="Dr",
        first_name="Anna",
        last_name="Boneva",
        title="Dr Anna Boneva",
        position="Health data researcher",
        short_bio="Trains early-diagnosis models on hospital data.",
        city="Sofia",
    )
    vidal = expert(
        parent=site_tree.experts_en,
        honorific="Dr",
        first_name="Laura",
        last_name="Vidal",
        title="Dr Laura Vidal",
        position="Programme manager, PRECISEU",
        short_bio="Connects innovation ecosystems across Europe around advanced therapies.",
        keywords="ATMP, innovation valleys",
        city="Barcelona",
        topics=[personalised],
        languages=["en", "es"],
        media_formats=[MediaFormat.ONLINE],
    )
    atanasov = expert(
        parent=site_tree.experts_bg,
        honorific="Проф.",
        first_name="Петър",
        last_name="Атанасов",
        position="Хирург онколог",
        short_bio="Оперира тумори на храносмилателната система.",
        keywords="хирургия",
        city="Варна",
        topics=[oncology],
        languages=["bg"],
        media_formats=[MediaFormat.TV],
        availability=Availability.AWAY,
        away_until=today - datetime.timedelta(days=7),
    )
    for profile in (eskenazi_bg, shiderov, boneva_bg, vidal, atanasov):
        factories.ExpertContactFactory(expert=profile)
    return Directory(eskenazi_bg, eskenazi_en, shiderov, boneva_bg, boneva_en, vidal, atanasov)


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def cards(response) -> list[str]:
    """The names on the result cards, in order."""
    return [
        card.select_one(".card__title a").get_text(strip=True)
        for card in soup(response).select("[data-testid=expert-card]")
    ]


def card_links(response) -> dict[str, str]:
    return {
        a.get_text(strip=True): a["href"]
        for a in soup(response).select("[data-testid=expert-card] .card__title a")
    }


def facet(response, name: str) -> dict[str, int]:
    """A facet's options as {label: count}; {value: count} for the fixed choices (language,
    format, availability), whose labels are interface text."""
    by_label = name in ("topic", "organisation", "city")
    return {
        (
            item.select_one(".facet__label").get_text(strip=True)
            if by_label
            else item.select_one("input")["value"]
        ): int(item.select_one(".facet__count")["data-count"])
        for item in soup(response).select(f"fieldset[data-facet={name}] li")
    }


def checked(response, name: str) -> list[str]:
    return [box["value"] for box in soup(response).select(f"input[name={name}][checked]")]


ESKENAZI_BG = "Доц. д-р Елена Ескенази"
ESKENAZI_EN = "Assoc. Prof. Elena Eskenazi"
SHIDEROV = "Проф. Георги Шидеров"
BONEVA_BG = "Д-р Анна Бонева"
BONEVA_EN = "Dr Anna Boneva"
VIDAL = "Dr Laura Vidal"
ATANASOV = "Проф. Петър Атанасов"


# Search -------------------------------------------------------------------------------------


def test_search_by_name(client, directory, search_backend):
    search_backend()

    assert cards(client.get("/bg/experts/", {"q": "Ескенази"})) == [ESKENAZI_BG]
    assert cards(client.get("/en/experts/", {"q": "Eskenazi"})) == [ESKENAZI_EN]
    assert cards(client.get("/bg/experts/", {"q": "Шидеров"})) == [SHIDEROV]


def test_search_by_topic_and_keyword(client, directory, search_backend):
    search_backend()

    assert cards(client.get("/bg/experts/", {"q": "пробиотици"})) == [ESKENAZI_BG]
    assert sorted(cards(client.get("/bg/experts/", {"q": "Онкология"}))) == sorted(
        [SHIDEROV, ATANASOV]
    )
    assert cards(client.get("/en/experts/", {"q": "PRECISEU"})) == [VIDAL]


def test_a_match_in_one_translation_shows_the_expert_in_the_visitors_language(
    client, directory, search_backend
):
    search_backend()

    # The English words are only in the English profile; a Bulgarian visitor sees the Bulgarian one.
    response = client.get("/bg/experts/", {"q": "yoghurt"})
    assert cards(response) == [ESKENAZI_BG]
    assert card_links(response)[ESKENAZI_BG] == directory.eskenazi_bg.url


def test_search_marks_the_words_that_matched(client, directory, search_backend):
    search_backend()

    response = client.get("/bg/experts/", {"q": "метастазен"})
    snippet = soup(response).select_one("[data-testid=highlight]")
    assert snippet.select_one("mark").get_text() == "метастазен"


def test_nothing_found_says_so_and_offers_a_way_out(client, directory, search_backend):
    search_backend()

    response = client.get("/bg/experts/", {"q": "вулканология"})
    page = soup(response)
    assert cards(response) == []
    empty = page.select_one("[data-testid=no-results]")
    assert "вулканология" in empty.get_text()
    assert empty.select_one("a[href='?']")  # back to every expert


# Facets -------------------------------------------------------------------------------------


def test_facets_count_every_expert_once(client, directory):
    response = client.get("/bg/experts/")

    assert len(cards(response)) == 5
    assert facet(response, "topic") == {
        "Персонализирана медицина": 3,
        "Онкология": 2,
        "Изкуствен интелект": 1,
        "Пробиотици": 1,
    }
    assert facet(response, "organisation") == {
        "Медицински университет – Пловдив": 1,
        "Тракийски университет": 1,
    }
    assert facet(response, "city") == {
        "Barcelona": 1,
        "Варна": 1,
        "Пловдив": 1,
        "София": 1,
        "Стара Загора": 1,
    }
    assert facet(response, "language") == {"bg": 4, "en": 3, "de": 1, "fr": 1, "es": 1}
    assert facet(response, "format") == {
        "tv": 2,
        "radio": 1,
        "print": 1,
        "online": 3,
        "background": 1,
    }
    # Atanasov's away-until date has passed: he counts as available again.
    assert facet(response, "availability") == {"available": 3, "limited": 1, "away": 1}


def test_facet_labels_follow_the_visitors_language(client, directory):
    response = client.get("/en/experts/")

    assert facet(response, "topic") == {
        "Personalised medicine": 3,
        "Oncology": 2,
        "Artificial intelligence": 1,
        "Probiotics": 1,
    }
    assert set(facet(response, "organisation")) == {
        "Medical University of Plovdiv",
        "Trakia University",
    }
    # The city of the version shown: English where translated, Bulgarian otherwise.
    assert set(facet(response, "city")) == {
        "Barcelona",
        "Варна",
        "Пловдив",
        "Sofia",
        "Stara Zagora",
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "oncology"}, [ATANASOV, SHIDEROV]),
        ({"organisation": "trakia-university"}, [ESKENAZI_BG]),
        ({"city": "Пловдив"}, [SHIDEROV]),
        ({"language": "de"}, [SHIDEROV]),
        ({"format": "background"}, [BONEVA_BG]),
        ({"availability": "available"}, [VIDAL, ATANASOV, ESKENAZI_BG]),
        ({"availability": "away"}, [BONEVA_BG]),
    ],
)
def test_each_facet_filters(client, directory, params, expected):
    response = client.get("/bg/experts/", params)

    assert cards(response) == expected
    assert (
        soup(response)
        .select_one("[data-testid=result-count]")
        .get_text(strip=True)
        .startswith(str(len(expected)))
    )


def test_values_of_one_facet_widen_and_facets_narrow(client, directory):
    either_topic = client.get("/bg/experts/", {"topic": ["personalised-medicine", "oncology"]})
    assert sorted(cards(either_topic)) == sorted([SHIDEROV, BONEVA_BG, VIDAL, ATANASOV])

    and_english = client.get(
        "/bg/experts/", {"topic": ["personalised-medicine", "oncology"], "language": "en"}
    )
    assert cards(and_english) == [VIDAL, BONEVA_BG]
    # Each facet counts what ticking a value would give with the other facets as they are.
    assert facet(and_english, "topic") == {
        "Персонализирана медицина": 2,
        "Изкуствен интелект": 1,
        "Пробиотици": 1,
        "Онкология": 0,
    }
    assert facet(and_english, "language")["de"] == 1  # Shiderov, if German were ticked too
    assert checked(and_english, "topic") == ["personalised-medicine", "oncology"]
    assert checked(and_english, "language") == ["en"]


def test_search_and_facets_combine(client, directory, search_backend):
    search_backend()

    response = client.get("/bg/experts/", {"q": "онкология", "city": "Варна"})
    assert cards(response) == [ATANASOV]
    assert facet(response, "city") == {"Варна": 1, "Пловдив": 1}


def test_the_url_is_the_whole_state_and_can_be_shared(client, directory):
    params = {"topic": ["oncology", "personalised-medicine"], "format": "online", "sort": "name"}
    first = client.get("/en/experts/", params)

    from django.test import Client

    again = Client().get("/en/experts/", params)  # another visitor opening the shared link
    assert cards(first) == cards(again) == [BONEVA_EN, VIDAL, SHIDEROV]
    assert checked(again, "topic") == ["personalised-medicine", "oncology"]
    assert checked(again, "format") == ["online"]


def test_no_match_with_a_topic_links_to_the_request_form_for_that_topic(client, directory):
    response = client.get("/bg/experts/", {"topic": "probiotics", "city": "Пловдив"})

    page = soup(response)
    assert cards(response) == []
    links = [a["href"] for a in page.select("[data-testid=no-results] a")]
    assert "/bg/request-contact/?topic=probiotics" in links
    assert "?" in links  # clear filters


# Order and pages ----------------------------------------------------------------------------


def test_without_a_query_experts_are_in_last_name_order(client, directory):
    assert cards(client.get("/bg/experts/")) == [
        "Dr Laura Vidal",
        ATANASOV,
        BONEVA_BG,
        ESKENAZI_BG,
        SHIDEROV,
    ]


def test_sort_by_name_with_a_query(client, directory, search_backend):
    search_backend()

    response = client.get("/bg/experts/", {"q": "онкология медицина", "sort": "name"})
    names = cards(response)
    assert names == sorted(names, key=lambda n: n.split()[-1])
    assert SHIDEROV in names and ATANASOV in names


def make_experts(site_tree, count: int) -> None:
    for n in range(count):
        factories.ExpertPageFactory(
            parent=site_tree.experts_bg, first_name="Иван", last_name=f"Генов{n:02d}"
        )


def test_twenty_experts_a_page(client, site_tree):
    make_experts(site_tree, 25)

    first = client.get("/bg/experts/", {"language": "bg"})
    second = client.get("/bg/experts/", {"language": "bg", "page": 2})
    assert cards(first) == [f"Проф. д-р Иван Генов{n:02d}" for n in range(20)]
    assert cards(second) == [f"Проф. д-р Иван Генов{n:02d}" for n in range(20, 25)]
    next_link = soup(first).select_one(".pagination a[rel=next]")["href"]
    assert "language=bg" in next_link and "page=2" in next_link


# Both languages at once ---------------------------------------------------------------------


def test_a_translated_profile_is_shown_once_in_the_visitors_language(client, directory):
    bg, en = client.get("/bg/experts/"), client.get("/en/experts/")

    assert ESKENAZI_BG in cards(bg) and ESKENAZI_EN not in cards(bg)
    assert ESKENAZI_EN in cards(en) and ESKENAZI_BG not in cards(en)
    assert card_links(en)[ESKENAZI_EN] == directory.eskenazi_en.url
    assert len(cards(bg)) == len(cards(en)) == 5


def test_one_language_profiles_are_found_from_the_other_language(client, directory, search_backend):
    search_backend()

    en = client.get("/en/experts/", {"q": "Шидеров"})
    assert cards(en) == [SHIDEROV]
    assert card_links(en)[SHIDEROV] == directory.shiderov.url  # the Bulgarian profile
    card = soup(en).select_one("[data-testid=expert-card]")
    assert card.select_one(".card__title")["lang"] == "bg"
    # Organisation and topics still in English where they are translated.
    assert (
        card.select_one("[data-testid=organisation]").get_text() == "Medical University of Plovdiv"
    )
    # By name, in a stable order.
    assert [t.get_text() for t in card.select(".tag")] == ["Oncology", "Personalised medicine"]

    bg = client.get("/bg/experts/", {"q": "PRECISEU"})
    assert cards(bg) == [VIDAL]
    assert card_links(bg)[VIDAL] == directory.vidal.url  # the English profile


def test_card_shows_what_a_journalist_needs(client, directory):
    response = client.get("/bg/experts/", {"organisation": "trakia-university"})

    card = soup(response).select_one("[data-testid=expert-card]")
    text = card.get_text(" ", strip=True)
    assert "Ръководител на лаборатория по пробиотици" in text
    assert card.select_one("[data-testid=organisation]").get_text() == "Тракийски университет"
    assert "Стара Загора" in text
    assert [t.get_text() for t in card.select(".tag")] == ["Пробиотици"]

    english = soup(client.get("/en/experts/", {"organisation": "trakia-university"}))
    assert "Interviews in Bulgarian, English" in english.select_one(
        "[data-testid=expert-card]"
    ).get_text(" ", strip=True)


def test_availability_badge_uses_todays_availability(client, directory):
    response = client.get("/bg/experts/", {"topic": ["oncology", "artificial-intelligence"]})

    badges = {
        card.select_one(".card__title a").get_text(strip=True): card.select_one(
            "[data-testid=availability]"
        )["class"]
        for card in soup(response).select("[data-testid=expert-card]")
    }
    assert "badge--available" in badges[ATANASOV]  # his away-until date has passed
    assert "badge--limited" in badges[SHIDEROV]
    assert "badge--away" in badges[BONEVA_BG]


def test_card_photo(client, directory):
    directory.vidal.photo = factories.ImageFactory()
    directory.vidal.save_revision().publish()

    response = client.get("/bg/experts/", {"q": "", "city": "Barcelona"})
    image = soup(response).select_one("[data-testid=expert-card] img")
    assert "fill-160x160" in image["src"]


# Bad input and privacy ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "no-such-topic"},
        {"organisation": "nowhere"},
        {"language": "xx"},
        {"format": "hologram"},
        {"availability": "sometimes"},
        {"sort": "evil"},
        {"page": "abc"},
        {"page": "999"},
        {"page": "-1"},
        {"city": "x" * 500},
    ],
)
def test_bad_values_are_left_out_with_a_kind_word(client, directory, params):
    response = client.get("/bg/experts/", params)

    assert len(cards(response)) == 5  # the bad value is ignored
    if "page" not in params:
        assert soup(response).select_one("[data-testid=filter-errors]")


@pytest.mark.parametrize(
    "query", ["a" * 500, "<script>alert(1)</script>", "' OR 1=1 --", "%", "\\"]
)
def test_odd_queries_give_a_normal_page(client, directory, search_backend, query):
    search_backend()

    response = client.get("/bg/experts/", {"q": query, "page": "x", "topic": "<b>"})
    assert response.status_code == 200
    assert "<script>" not in response.text.split("<main", 1)[1]
    assert "<b>" not in response.text.split("<main", 1)[1]


def test_a_long_query_is_shortened_and_says_so(client, directory):
    response = client.get("/bg/experts/", {"q": "Ескенази " + "много " * 60})

    page = soup(response)
    assert page.select_one("[data-testid=filter-errors]")
    assert len(page.select_one("#expert-q")["value"]) <= 200


def test_no_contact_details_on_the_directory(client, directory):
    emails = [directory_expert.contact.email for directory_expert in _profiles(directory)]
    phones = [directory_expert.contact.phone for directory_expert in _profiles(directory)]

    for url in ("/bg/experts/", "/en/experts/", "/bg/experts/?q=Ескенази"):
        text = client.get(url).content.decode()
        assert not [e for e in emails if e in text]
        assert not [p for p in phones if p in text]


def _profiles(directory: Directory) -> list[ExpertPage]:
    return [
        directory.eskenazi_bg,
        directory.shiderov,
        directory.boneva_bg,
        directory.vidal,
        directory.atanasov,
    ]


# The engine down ----------------------------------------------------------------------------


def test_the_engine_down_falls_back_to_the_database_with_a_notice(
    client, site_tree, settings, caplog
):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.opensearch3",
            "URLS": ["http://127.0.0.1:9"],  # nothing listens there
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "AUTO_UPDATE": False,
        },
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Елена", last_name="Ескенази", honorific=""
    )

    response = client.get("/bg/experts/", {"q": "Ескенази"})

    assert cards(response) == ["Елена Ескенази"]
    assert soup(response).select_one("[data-testid=search-fallback]")
    assert "answering from the database backend" in caplog.text
