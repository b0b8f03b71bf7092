import feedparser
import pytest

from tests.feeds.newsroom import build_newsroom


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)


@pytest.fixture
def read_feed(client):
    """GET a feed and parse it with feedparser, failing on anything a reader would choke on."""

    def read(url: str):
        response = client.get(url)
        assert response.status_code == 200, url
        parsed = feedparser.parse(response.content)
        assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
        return parsed

    return read
