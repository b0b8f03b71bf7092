"""GET /api/v1/experts/: the directory's search as JSON, for partner sites."""

from __future__ import annotations

import pytest

from tests.experts import test_find_expert as find

pytestmark = pytest.mark.django_db

# Fixtures shared with the directory page's tests.
search_backend = find.search_backend
directory = find.directory

URL = "/api/v1/experts/"
FIELDS = {
    "id",
    "external_id",
    "name",
    "url",
    "language",
    "position",
    "organisation",
    "city",
    "topics",
    "languages",
    "availability",
    "highlight",
}


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["results"]]


def test_shape_of_an_answer(client, directory):
    directory.shiderov.external_id = "HLS-0042"
    directory.shiderov.save_revision().publish()

    response = client.get(URL, {"organisation": "mu-plovdiv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["count"] == 1
    [item] = body["results"]
    assert set(item) == FIELDS
    assert item == {
        "id": directory.shiderov.pk,
        "external_id": "HLS-0042",
        "name": "Проф. Георги Шидеров",
        "url": "http://testserver" + directory.shiderov.url,
        "language": "bg",
        "position": "Онколог, клиника по медицинска онкология",
        "organisation": {"slug": "mu-plovdiv", "name": "Медицински университет – Пловдив"},
        "city": "Пловдив",
        "topics": [  # by name
            {"slug": "oncology", "name": "Онкология"},
            {"slug": "personalised-medicine", "name": "Персонализирана медицина"},
        ],
        "languages": ["bg", "de"],
        "availability": "limited",
        "highlight": None,
    }


def test_without_a_query_experts_come_in_name_order(client, directory):
    response = client.get(URL)

    assert response.json()["count"] == 5
    assert names(response) == [
        "Dr Laura Vidal",
        "Проф. Петър Атанасов",
        "Д-р Анна Бонева",
        "Доц. д-р Елена Ескенази",
        "Проф. Георги Шидеров",
    ]


def test_lang_chooses_the_language_of_the_results(client, directory):
    bg = client.get(URL, {"topic": "probiotics"}).json()["results"]
    en = client.get(URL, {"topic": "probiotics", "lang": "en"}).json()["results"]

    assert [r["name"] for r in bg] == ["Доц. д-р Елена Ескенази"]
    assert [r["name"] for r in en] == ["Assoc. Prof. Elena Eskenazi"]
    assert en[0]["url"] == "http://testserver" + directory.eskenazi_en.url
    assert en[0]["organisation"]["name"] == "Trakia University"
    assert en[0]["topics"] == [{"slug": "probiotics", "name": "Probiotics"}]


def test_a_profile_in_one_language_is_returned_in_its_own(client, directory, search_backend):
    search_backend()

    [shiderov] = client.get(URL, {"q": "Шидеров", "lang": "en"}).json()["results"]
    assert shiderov["language"] == "bg"
    assert shiderov["url"] == "http://testserver" + directory.shiderov.url
    assert shiderov["organisation"]["name"] == "Medical University of Plovdiv"

    [vidal] = client.get(URL, {"q": "PRECISEU"}).json()["results"]
    assert vidal["name"] == "Dr Laura Vidal"
    assert vidal["language"] == "en"


def test_relevance_order_and_highlight(client, directory, search_backend):
    search_backend()

    results = client.get(URL, {"q": "пробиотици"}).json()["results"]
    assert [r["name"] for r in results] == ["Доц. д-р Елена Ескенази"]
    assert "<mark>пробиотици</mark>" in results[0]["highlight"]


def test_highlight_escapes_everything_but_the_marks(client, site_tree, search_backend):
    find.expert(
        parent=site_tree.experts_bg,
        first_name="Мила",
        last_name="Тонева",
        short_bio="Пише за <b>ваксини</b> & имунизация.",
    )
    search_backend()

    [result] = client.get(URL, {"q": "ваксини"}).json()["results"]
    assert (
        result["highlight"] == "Пише за &lt;b&gt;<mark>ваксини</mark>&lt;/b&gt; &amp; имунизация."
    )


def test_facets_filter_and_combine(client, directory):
    assert names(client.get(URL, {"city": "Пловдив"})) == ["Проф. Георги Шидеров"]
    assert names(client.get(URL, {"availability": "away"})) == ["Д-р Анна Бонева"]
    either = client.get(URL + "?topic=oncology&topic=artificial-intelligence&format=tv")
    assert names(either) == ["Проф. Петър Атанасов"]
    assert client.get(URL, {"language": ["de", "es"]}).json()["count"] == 2


def test_twenty_a_page(client, site_tree):
    find.make_experts(site_tree, 25)

    first = client.get(URL).json()
    second = client.get(URL, {"page": 2}).json()
    beyond = client.get(URL, {"page": 3}).json()
    assert first["count"] == second["count"] == 25
    assert len(first["results"]) == 20 and len(second["results"]) == 5
    assert beyond["results"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "0"},
        {"lang": "fr"},
        {"language": "xx"},
        {"format": "hologram"},
        {"availability": "sometimes"},
        {"topic": "no-such-topic"},
        {"organisation": "nowhere"},
    ],
)
def test_bad_parameters_answer_422_with_a_reason(client, directory, params):
    response = client.get(URL, params)

    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail and all("msg" in error for error in detail)
    assert any(next(iter(params)) in error["loc"] for error in detail)


def test_a_long_query_is_cut_not_refused(client, directory):
    response = client.get(URL, {"q": "Ескенази " + "a" * 5000})

    assert response.status_code == 200
    names = [expert["name"] for expert in response.json()["results"]]
    assert any("Ескенази" in name for name in names)


def test_no_contact_details_ever(client, directory, search_backend):
    search_backend()
    contacts = [
        (page.contact.email, page.contact.phone)
        for page in (directory.eskenazi_bg, directory.shiderov, directory.vidal)
    ]

    for params in ({}, {"lang": "en"}, {"q": "Ескенази"}, {"q": "expert1"}):
        text = client.get(URL, params).content.decode()
        for email, phone in contacts:
            assert email not in text and phone not in text
    schema = client.get("/api/v1/openapi.json").content.decode().lower()
    assert "email" not in schema and "phone" not in schema


def test_openapi_schema_describes_the_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()

    operation = schema["paths"]["/api/v1/experts/"]["get"]
    assert "both languages" in operation["description"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    assert set(parameters) >= {
        "q",
        "lang",
        "topic",
        "organisation",
        "city",
        "language",
        "format",
        "availability",
        "page",
    }
    assert all(p.get("description") for p in parameters.values())
    assert parameters["lang"]["schema"]["enum"] == ["bg", "en"]
    result = schema["components"]["schemas"]["ExpertOut"]
    assert set(result["properties"]) == FIELDS
