"""The newsroom's pages take the same number of queries for 3 items as for 15 (no N+1)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.press.conftest import days_ago, release

pytestmark = pytest.mark.django_db


def warm_up(client, url: str) -> None:
    """First view creates the image renditions; then empty the cache so it hides nothing."""
    assert client.get(url).status_code == 200
    cache.clear()


def count_queries(client, url: str) -> int:
    warm_up(client, url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def bilingual_topic(n: int):
    bg = factories.TopicFactory(name=f"Тема {n}", slug=f"topic-q{n}")
    factories.translate_snippet(bg, "en", name=f"Topic {n}")
    return bg


def add_press_items(site_tree, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        item = release(
            site_tree.press_bg,
            title=f"Новина {n}",
            publication_date=days_ago(n + 1),
            featured_image=factories.ImageFactory(),
            topics=[bilingual_topic(2 * n), bilingual_topic(2 * n + 1)],
        )
        factories.translate(item, "en", title=f"News {n}")


@pytest.mark.parametrize("url", ["/bg/press/", "/en/press/"])
def test_press_index_queries_do_not_grow_with_items(
    client, site_tree, django_assert_num_queries, url
):
    add_press_items(site_tree, 3)
    with_three = count_queries(client, url)

    add_press_items(site_tree, 12, start=3)
    warm_up(client, url)
    with django_assert_num_queries(with_three):
        response = client.get(url)
    assert len(response.context["items"]) == 12  # a full page of cards, images and topics


def rich_release(site_tree, count: int):
    images = [factories.ImageFactory() for _ in range(count)]
    page = release(
        site_tree.press_bg,
        featured_image=factories.ImageFactory(),
        press_contact=factories.PressContactFactory(),
        topics=[bilingual_topic(1000 * count + n) for n in range(count)],
        organisations=[factories.OrganisationFactory() for _ in range(count)],
        body=[
            {"type": "image", "value": {"image": image.pk, "caption": "", "credit": "БКЗНЖ"}}
            for image in images
        ],
    )
    return factories.translate(page, "en")


def test_press_release_queries_do_not_grow_with_topics_organisations_or_images(
    client, site_tree, django_assert_num_queries
):
    with_three = count_queries(client, rich_release(site_tree, 3).url)

    url = rich_release(site_tree, 15).url
    warm_up(client, url)
    with django_assert_num_queries(with_three):
        response = client.get(url)
    assert response.content.decode().count("БКЗНЖ") == 15


def test_media_kit_queries_do_not_grow_with_assets(client, site_tree, django_assert_num_queries):
    page = site_tree.media_kit_en
    for _ in range(3):
        factories.MediaKitAssetFactory(page=page)
    with_three = count_queries(client, page.url)

    for _ in range(12):
        factories.MediaKitAssetFactory(page=page)
    warm_up(client, page.url)
    with django_assert_num_queries(with_three):
        client.get(page.url)


def test_event_index_queries_do_not_grow_with_events(client, site_tree, django_assert_num_queries):
    def add_events(count: int) -> None:
        for n in range(count):
            past = factories.EventPageFactory(parent=site_tree.events_bg, start=days_ago(n + 2))
            past.topics.set([bilingual_topic(5000 + past.pk)])
            past.save()
            factories.EventPageFactory(parent=site_tree.events_bg)

    add_events(3)
    with_three = count_queries(client, "/bg/events/")
    add_events(12)
    warm_up(client, "/bg/events/")
    with django_assert_num_queries(with_three):
        client.get("/bg/events/")


@pytest.mark.parametrize("url", ["/bg/", "/en/"])
def test_home_page_queries_do_not_grow_with_items(
    client, site_tree, django_assert_num_queries, url
):
    add_press_items(site_tree, 2)
    event = factories.EventPageFactory(parent=site_tree.events_bg, topics=[bilingual_topic(80)])
    factories.translate(event, "en", title="Event")
    with_two = count_queries(client, url)

    add_press_items(site_tree, 6, start=2)
    for n in range(3):
        event = factories.EventPageFactory(
            parent=site_tree.events_bg, topics=[bilingual_topic(90 + n)]
        )
        factories.translate(event, "en", title=f"Event {n}")
    warm_up(client, url)
    with django_assert_num_queries(with_two):
        response = client.get(url)
    assert len(response.context["latest_press"]) == 6
    assert len(response.context["upcoming_events"]) == 4
