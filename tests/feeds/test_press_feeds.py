"""The newsroom's RSS and Atom feeds, read the way a feed reader reads them (feedparser)."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]

PRESS_FEEDS = [
    ("bg", "/bg/feeds/press/rss/"),
    ("bg", "/bg/feeds/press/atom/"),
    ("en", "/en/feeds/press/rss/"),
    ("en", "/en/feeds/press/atom/"),
]


def titles(feed) -> set[str]:
    return {entry.title for entry in feed.entries}


def test_feed_urls_are_named_and_inside_the_language_prefix():
    with translation.override("bg"):
        assert reverse("feeds:press_rss") == "/bg/feeds/press/rss/"
        assert reverse("feeds:topic_atom", kwargs={"slug": "ai"}) == "/bg/feeds/topics/ai/atom/"
    with translation.override("en"):
        assert reverse("feeds:press_atom") == "/en/feeds/press/atom/"
        assert reverse("feeds:events_ics") == "/en/feeds/events/ics/"


@pytest.mark.parametrize(("language", "url"), PRESS_FEEDS)
def test_feed_is_valid_and_in_its_language(read_feed, newsroom, language, url):
    feed = read_feed(url)
    assert feed.version in {"rss20", "atom10"}
    assert feed.feed.language == language
    assert feed.feed.title
    assert feed.feed.link == f"http://testserver/{language}/press/"
    assert feed.entries


@pytest.mark.parametrize(("language", "url"), PRESS_FEEDS)
def test_every_link_is_absolute(read_feed, newsroom, language, url):
    feed = read_feed(url)
    for link in feed.feed.links:
        assert link.href.startswith("http://testserver/"), link
    for entry in feed.entries:
        assert entry.link.startswith(f"http://testserver/{language}/press/")
        for link in entry.links:
            assert link.href.startswith("http://testserver/"), link


@pytest.mark.parametrize(("language", "url"), PRESS_FEEDS)
def test_only_released_items_of_the_language(read_feed, newsroom, language, url):
    feed = read_feed(url)
    if language == "bg":
        assert titles(feed) == {"Стартира проектът PRECISEU", "Информационен ден"}
    else:
        assert titles(feed) == {"PRECISEU project starts"}
    assert not titles(feed) & {"Чернова за утре", "Резултати под ембарго", "Embargoed results"}


@pytest.mark.parametrize(("language", "url"), PRESS_FEEDS)
def test_guids_are_unique_tag_uris_and_not_permalinks(client, read_feed, newsroom, language, url):
    feed = read_feed(url)
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("tag:mediacenter.biocluster.bg,2025:") for i in ids)
    if url.endswith("/rss/"):
        assert all(entry.guidislink is False for entry in feed.entries)
        assert 'isPermaLink="false"' in client.get(url).text


def test_guid_survives_a_slug_change(read_feed, newsroom):
    before = {e.title: e for e in read_feed("/bg/feeds/press/atom/").entries}
    page = newsroom.released_bg
    page.slug = "preciseu-2025"
    page.save_revision().publish()
    after = {e.title: e for e in read_feed("/bg/feeds/press/atom/").entries}
    item_before, item_after = before[page.title], after[page.title]
    assert item_after.link.endswith("/bg/press/preciseu-2025/")
    assert item_after.link != item_before.link
    assert item_after.id == item_before.id


def test_the_bulgarian_and_english_versions_are_different_items(read_feed, newsroom):
    bg = {e.id for e in read_feed("/bg/feeds/press/rss/").entries}
    en = {e.id for e in read_feed("/en/feeds/press/rss/").entries}
    assert not bg & en


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_embargoed_item_appears_when_the_embargo_lifts(read_feed, newsroom, kind):
    url_bg, url_en = f"/bg/feeds/press/{kind}/", f"/en/feeds/press/{kind}/"
    assert "Резултати под ембарго" not in titles(read_feed(url_bg))
    assert "Embargoed results" not in titles(read_feed(url_en))
    with time_machine.travel(newsroom.embargo_until - datetime.timedelta(seconds=1), tick=False):
        assert "Резултати под ембарго" not in titles(read_feed(url_bg))
    with time_machine.travel(newsroom.embargo_until + datetime.timedelta(seconds=1), tick=False):
        assert "Резултати под ембарго" in titles(read_feed(url_bg))
        assert "Embargoed results" in titles(read_feed(url_en))


def test_unpublishing_removes_the_item(read_feed, newsroom):
    newsroom.untagged_bg.unpublish()
    assert "Информационен ден" not in titles(read_feed("/bg/feeds/press/rss/"))


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_categories_are_topics_in_the_feeds_language(read_feed, newsroom, kind):
    # The English page still links the Bulgarian topic row: the feed names its English version.
    assert list(newsroom.released_en.topics.all()) == [newsroom.topic_bg]
    bg = {e.title: e for e in read_feed(f"/bg/feeds/press/{kind}/").entries}
    en = {e.title: e for e in read_feed(f"/en/feeds/press/{kind}/").entries}
    assert [t.term for t in bg["Стартира проектът PRECISEU"].tags] == ["Персонализирана медицина"]
    assert [t.term for t in bg["Информационен ден"].tags] == ["Клинични изпитвания"]
    assert [t.term for t in en["PRECISEU project starts"].tags] == ["Personalised medicine"]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_featured_image_is_an_enclosure_with_its_size(client, read_feed, newsroom, kind):
    entries = {e.title: e for e in read_feed(f"/bg/feeds/press/{kind}/").entries}
    (enclosure,) = entries["Стартира проектът PRECISEU"].enclosures
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert enclosure.type == "image/jpeg"
    image = client.get(enclosure.href.removeprefix("http://testserver"))
    size = int(enclosure.length)
    assert size > 0
    if image.status_code == 200:  # media is served only with DEBUG on
        assert size == len(b"".join(image.streaming_content))
    assert entries["Информационен ден"].enclosures == []


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_content_is_the_body_html_and_summary_plain_text(read_feed, newsroom, kind):
    entries = {e.title: e for e in read_feed(f"/bg/feeds/press/{kind}/").entries}
    entry = entries["Стартира проектът PRECISEU"]
    (content,) = entry.content
    assert content.type == "text/html"
    assert "<p>Проектът свързва <b>иновационни</b> екосистеми в Европа.</p>" in content.value
    assert entry.summary == newsroom.released_bg.lead
    assert "<" not in entry.summary


def test_summary_falls_back_to_the_body_text(read_feed, site_tree):
    from press.models import PressReleasePage
    from tests import factories

    page = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Без резюме",
        body=[{"type": "paragraph", "value": "<p>Само <i>текст</i> &amp; думи.</p>"}],
    )
    # The editor requires a lead; rows imported without one still get a readable summary.
    PressReleasePage.objects.filter(pk=page.pk).update(lead="")
    entry = read_feed("/bg/feeds/press/atom/").entries[0]
    assert entry.summary == "Само текст & думи."


def test_links_in_the_body_become_absolute(read_feed, site_tree):
    from tests import factories

    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="С връзка",
        body=[{"type": "paragraph", "value": '<p><a href="/bg/press/">Всички новини</a></p>'}],
    )
    (content,) = read_feed("/bg/feeds/press/rss/").entries[0].content
    assert 'href="http://testserver/bg/press/"' in content.value


def test_dates_are_publication_and_last_publication(read_feed, newsroom):
    page = newsroom.released_bg
    page.refresh_from_db()
    entry = {e.title: e for e in read_feed("/bg/feeds/press/atom/").entries}[page.title]
    published = datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC)
    updated = datetime.datetime(*entry.updated_parsed[:6], tzinfo=datetime.UTC)
    assert published == page.publication_date.replace(microsecond=0)
    assert updated == page.last_published_at.replace(microsecond=0)


def test_special_characters_reach_the_reader_as_typed(read_feed, site_tree):
    from tests import factories

    factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Ваксини & <имунитет>", lead="p < 0.05 & повече"
    )
    rss = read_feed("/bg/feeds/press/rss/").entries[0]
    atom = read_feed("/bg/feeds/press/atom/").entries[0]
    assert rss.title == atom.title == "Ваксини & <имунитет>"
    assert atom.summary == "p < 0.05 & повече"
    # RSS readers render <description> as HTML: the text arrives escaped, so it shows as typed.
    assert rss.summary_detail.type == "text/html"
    assert rss.summary == "p &lt; 0.05 &amp; повече"
