"""The directory page and the experts API run the same number of queries for 5 experts as for 25
(no query per card, per topic, per organisation or per photo)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.experts import test_find_expert as find

pytestmark = pytest.mark.django_db

search_backend = find.search_backend  # the database backend and the real engine

TOPICS = [
    ("Персонализирана медицина", "Personalised medicine", "personalised-medicine"),
    ("Клинични изпитвания", "Clinical trials", "clinical-trials"),
    ("Биотехнологии", "Biotechnology", "biotechnology"),
]
CITIES = ["София", "Пловдив", "Варна", "Стара Загора", "Плевен"]


@pytest.fixture
def add_experts(site_tree):
    """add_experts(n): n more experts, each with a photo, an organisation, topics and a contact;
    every other one translated to English."""
    topics = [find.bilingual_topic(*topic) for topic in TOPICS]
    added = 0

    def add(count: int) -> None:
        nonlocal added
        for n in range(added, added + count):
            organisation = factories.OrganisationFactory(
                name=f"Институт {n}", slug=f"institute-{n}"
            )
            factories.translate_snippet(organisation, "en", name=f"Institute {n}")
            page = find.expert(
                parent=site_tree.experts_bg,
                first_name="Десислава",
                last_name=f"Клинична{n:02d}",
                position="Изследовател в клинични изпитвания",
                photo=factories.ImageFactory(),
                organisation=organisation,
                city=CITIES[n % len(CITIES)],
                topics=[topics[n % 3], topics[(n + 1) % 3]],
            )
            factories.ExpertContactFactory(expert=page)
            if n % 2:
                factories.translate(page, "en", first_name="Desislava", title=f"Desislava {n}")
        added += count

    return add


def count_queries(client, url: str, params: dict) -> int:
    assert client.get(url, params).status_code == 200  # renditions made, caches filled
    cache.clear()  # then emptied, so they hide nothing
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


PAGES = [
    ("/bg/experts/", {}),
    ("/en/experts/", {}),
    ("/bg/experts/", {"q": "клинични изпитвания"}),
    ("/en/experts/", {"q": "клинични", "topic": "clinical-trials", "city": ["София", "Варна"]}),
    ("/api/v1/experts/", {}),
    ("/api/v1/experts/", {"q": "клинични изпитвания", "lang": "en", "topic": "biotechnology"}),
]


@pytest.mark.parametrize(("url", "params"), PAGES)
def test_queries_do_not_grow_with_experts(
    client, add_experts, search_backend, django_assert_num_queries, url, params
):
    add_experts(5)
    search_backend()
    with_five = count_queries(client, url, params)

    add_experts(20)
    search_backend()
    client.get(url, params)
    cache.clear()
    with django_assert_num_queries(with_five):
        response = client.get(url, params)

    if url.startswith("/api/"):
        assert len(response.json()["results"]) >= 5
    else:
        assert len(response.context["experts"]) >= 5
