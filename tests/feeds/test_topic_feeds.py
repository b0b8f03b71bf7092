"""Per-topic feeds: /<lang>/feeds/topics/<slug>/rss/ and /atom/."""

import datetime

import pytest
import time_machine

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def titles(feed) -> set[str]:
    return {entry.title for entry in feed.entries}


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_topic_feed_lists_only_that_topic(read_feed, newsroom, kind):
    bg = read_feed(f"/bg/feeds/topics/personalised-medicine/{kind}/")
    assert bg.feed.language == "bg"
    assert titles(bg) == {"Стартира проектът PRECISEU"}
    assert "Персонализирана медицина" in bg.feed.title
    assert bg.feed.link == "http://testserver/bg/press/?topic=personalised-medicine"
    # The English page links the Bulgarian topic row and still belongs in the English topic feed.
    en = read_feed(f"/en/feeds/topics/personalised-medicine/{kind}/")
    assert en.feed.language == "en"
    assert titles(en) == {"PRECISEU project starts"}
    assert "Personalised medicine" in en.feed.title
    for entry in bg.entries + en.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.id.startswith("tag:")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_topic_feed_honours_the_embargo(read_feed, newsroom, kind):
    url = f"/bg/feeds/topics/personalised-medicine/{kind}/"
    assert "Резултати под ембарго" not in titles(read_feed(url))
    with time_machine.travel(newsroom.embargo_until + datetime.timedelta(minutes=1), tick=False):
        assert "Резултати под ембарго" in titles(read_feed(url))


def test_topic_feed_of_a_topic_without_items_is_empty_but_valid(read_feed, site_tree):
    from tests import factories

    factories.TopicFactory(name="Епигенетика", slug="epigenetics")
    feed = read_feed("/bg/feeds/topics/epigenetics/atom/")
    assert feed.entries == []


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_unknown_topic_is_not_found(client, site_tree, kind):
    assert client.get(f"/bg/feeds/topics/no-such-topic/{kind}/").status_code == 404
    assert client.get(f"/en/feeds/topics/no-such-topic/{kind}/").status_code == 404


def test_topic_feed_categories_in_the_feeds_language(read_feed, newsroom):
    (entry,) = read_feed("/en/feeds/topics/personalised-medicine/rss/").entries
    assert [t.term for t in entry.tags] == ["Personalised medicine"]
