"""A feed costs the same number of queries for two items as for six: no query per item."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def add_items(site_tree, topic, count: int) -> None:
    for _ in range(count):
        page = factories.PressReleasePageFactory(
            parent=site_tree.press_bg, featured_image=factories.ImageFactory()
        )
        page.topics.set([topic])
        page.save_revision().publish()
        factories.translate(page, "en")


def queries_for(client, url: str) -> int:
    client.get(url)  # renditions are generated on the first request
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url",
    ["/bg/feeds/press/rss/", "/en/feeds/press/atom/", "/en/feeds/topics/genomics/rss/"],
)
def test_queries_do_not_grow_with_items(client, site_tree, url):
    topic = factories.TopicFactory(name="Геномика", slug="genomics")
    factories.translate_snippet(topic, "en", name="Genomics")
    add_items(site_tree, topic, 2)
    few = queries_for(client, url)
    add_items(site_tree, topic, 4)
    assert queries_for(client, url) == few
