"""Every page tells feed readers where its language's feeds are."""

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.seo.head import get_soup

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def feed_links(soup) -> dict[str, str]:
    return {
        link["href"]: link["type"]
        for link in soup.head.find_all("link", rel="alternate")
        if link.get("type")
    }


@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_page_links_its_languages_feeds(client, site_tree, newsroom, language):
    release = newsroom.released_bg if language == "bg" else newsroom.released_en
    for url in (f"/{language}/", f"/{language}/press/", release.url, f"/{language}/events/"):
        links = feed_links(get_soup(client, url))
        assert links[f"http://testserver/{language}/feeds/press/rss/"] == "application/rss+xml"
        assert links[f"http://testserver/{language}/feeds/press/atom/"] == "application/atom+xml"
        assert links[f"http://testserver/{language}/feeds/events/rss/"] == "application/rss+xml"
        assert links[f"http://testserver/{language}/feeds/events/ics/"] == "text/calendar"
        other = "en" if language == "bg" else "bg"
        assert not any(f"/{other}/feeds/" in href for href in links)


def test_discovered_feeds_are_readable(client, site_tree, newsroom):
    links = feed_links(get_soup(client, "/en/"))
    for href, kind in links.items():
        response = client.get(href.removeprefix("http://testserver"))
        assert response.status_code == 200, href
        assert response["Content-Type"].startswith(kind)
        if kind != "text/calendar":
            assert feedparser.parse(response.content).bozo == 0


def test_filtered_newsroom_links_the_topic_feed(client, newsroom):
    links = feed_links(get_soup(client, "/en/press/?topic=personalised-medicine"))
    rss = "http://testserver/en/feeds/topics/personalised-medicine/rss/"
    atom = "http://testserver/en/feeds/topics/personalised-medicine/atom/"
    assert links[rss] == "application/rss+xml"
    assert links[atom] == "application/atom+xml"
    soup = get_soup(client, "/en/press/?topic=personalised-medicine")
    assert "Personalised medicine" in soup.head.find("link", href=rss)["title"]
    feed = feedparser.parse(client.get(rss.removeprefix("http://testserver")).content)
    assert [e.title for e in feed.entries] == ["PRECISEU project starts"]


def test_unfiltered_or_unknown_topic_has_no_topic_feed(client, newsroom):
    for url in ("/bg/press/", "/bg/press/?topic=no-such-topic", "/bg/?topic=personalised-medicine"):
        assert not any("/feeds/topics/" in href for href in feed_links(get_soup(client, url)))


def test_pages_outside_the_page_tree_link_feeds_too(client, site_tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.text, "html.parser")
    assert "http://testserver/en/feeds/press/rss/" in feed_links(soup)
