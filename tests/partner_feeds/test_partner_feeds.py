"""Partners' news feeds: fetched over real HTTP from a local partner site by the command (or the
task), parsed, cleaned, stored once, and shown on the "Partner news" page as the partners' own."""

from __future__ import annotations

import datetime
import io
import socket

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from press.models import PartnerFeed, PartnerNewsItem
from press.partner_feeds import clean_summary
from tests import factories
from tests.partner_feeds.conftest import (
    ATOM,
    RDF,
    RSS,
    fixture_bytes,
    fixture_text,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def fetch(*args: str) -> str:
    """Run the command as cron does; its output."""
    out = io.StringIO()
    call_command("fetch_partner_feeds", *args, stdout=out)
    return out.getvalue()


def stored(feed: PartnerFeed) -> dict[str, PartnerNewsItem]:
    return {item.title: item for item in PartnerNewsItem.objects.filter(feed=feed)}


def at(*parts: int) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=UTC)


EUROPABIO_SUMMARY = (
    '<p>Dr Claire Skentelbery joins the <a href="https://www.europabio.org/events/spinoff-bulgaria/">'
    "Spinoff Bulgaria</a> conference in Sofia Tech Park on 20 and 21 June.</p>"
    '<p>Read the <a href="https://www.europabio.org/news/spinoff-bulgaria-2024/programme.pdf">'
    "programme</a> or vote.</p>"
)
ICT_TITLE = "Дигитален иновационен хъб в Стара Загора приема първите си членове"
ICT_SUMMARY = "<p>Хъбът ще помага на малки фирми от региона с <em>изкуствен интелект</em> и облачни услуги.</p>"


# --- each format -----------------------------------------------------------------------------


def test_rss20_items_are_stored_with_title_link_date_and_clean_summary(feed_server, make_feed):
    url = feed_server.route("/rss", body=fixture_bytes("europabio_rss20.xml"), content_type=RSS)
    feed = make_feed("EuropaBio", url, website="https://www.europabio.org/")

    assert fetch() == "EuropaBio: ok, 2 new, 0 updated\n"

    items = stored(feed)
    spinoff = items["EuropaBio's director general to speak at Spinoff Bulgaria"]
    assert spinoff.link == "https://www.europabio.org/news/spinoff-bulgaria-2024/"
    assert spinoff.guid == "europabio-news-2024-0618"
    assert spinoff.published_at == at(2024, 6, 18, 9, 0)
    assert spinoff.summary == EUROPABIO_SUMMARY
    atmp = items["Biotech industry welcomes the EU's plan for advanced therapies"]
    assert atmp.published_at == at(2024, 5, 2, 12, 30)  # +0200 in the feed
    assert atmp.summary == (
        "<p>Gene and cell therapies need a <strong>predictable</strong> path to patients.</p>"
    )
    feed.refresh_from_db()
    assert feed.last_status == PartnerFeed.Status.OK
    assert feed.last_error == ""
    assert feed.last_new_items == 2
    assert feed.last_fetched_at == feed.last_success_at


def test_atom_entries_are_stored_with_links_resolved_against_the_feed_base(feed_server, make_feed):
    url = feed_server.route("/atom", body=fixture_bytes("cebr_atom.xml"), content_type=ATOM)
    feed = make_feed("CEBR", url)

    assert fetch() == "CEBR: ok, 2 new, 0 updated\n"

    items = stored(feed)
    guidelines = items["INNAXE publishes guidelines for benchmarking cluster ecosystems"]
    assert guidelines.link == "https://www.cebr.net/news/innaxe-guidelines/"  # xml:base
    assert guidelines.guid == "tag:cebr.net,2024:news/318"
    assert guidelines.published_at == at(2024, 7, 12, 8, 0)
    assert guidelines.summary == (
        "Six cluster organisations, among them the Bulgarian health and life sciences cluster, "
        'share how they measure the impact of their services. <a href="https://www.cebr.net/innaxe/">'
        "About INNAXE</a>"
    )
    kick_off = items["PRECISEU kick-off in Barcelona"]
    assert kick_off.published_at == at(2024, 7, 11, 14, 0)  # only <updated>, +02:00
    # A plain-text summary is text: wrapped in a paragraph, never read as markup.
    assert kick_off.summary == (
        "<p>25 partners from 12 EU regions met in Barcelona to start the Regional Innovation "
        "Valley for personalised medicine.</p>"
    )


def test_rss091_items_without_guid_or_date_are_stored_by_link_dated_when_fetched(
    feed_server, make_feed
):
    url = feed_server.route(
        "/rss091", body=fixture_bytes("echalliance_rss091.xml", "latin-1"), content_type="text/xml"
    )
    feed = make_feed("ECHAlliance", url)
    before = timezone.now()

    assert fetch() == "ECHAlliance: ok, 2 new, 0 updated\n"

    items = stored(feed)
    joined = items["Bulgarian ecosystem joins the digital health connector"]
    assert joined.guid == joined.link == "https://echalliance.com/news/bulgarian-ecosystem/"
    assert before <= joined.published_at <= timezone.now()
    assert joined.summary == (
        "Health &amp; life sciences companies from Sofia, Plovdiv and Varna are now part of the "
        "network."
    )
    veles = items["Smart health excellence hub for South-East Europe"]
    assert veles.summary == (
        "<p>The VELES project strengthens smart health in the region. "
        '<a href="https://echalliance.com/news/events/">Events</a></p>'
    )


def test_rss10_bulgarian_utf8_items_are_stored_in_cyrillic(feed_server, make_feed):
    url = feed_server.route("/rdf", body=fixture_bytes("ai_cluster_rss10.rdf"), content_type=RDF)
    feed = make_feed("Клъстер Изкуствен интелект България", url, language="bg")

    assert fetch() == "Клъстер Изкуствен интелект България: ok, 2 new, 0 updated\n"

    items = stored(feed)
    eaif = items["Клъстерът е сред основателите на Европейския форум за ИИ"]
    assert eaif.link == "https://www.aicluster.bg/novini/eaif/"
    assert eaif.published_at == at(2024, 5, 20, 7, 0)  # dc:date, +03:00
    assert eaif.summary == (
        "<p>Форумът говори от името на над 2000 европейски компании в областта на изкуствения "
        "интелект.</p>"
    )
    spinoff = items["Spinoff Bulgaria 2024 събира изследователи и инвеститори в София Тех Парк"]
    assert spinoff.summary == "Целта е 100 нови спиноф компании до 2030 г."


def test_gzip_answers_and_redirects_are_followed(feed_server, make_feed):
    feed_server.route("/feed.xml", body=fixture_bytes("europabio_rss20.xml"), gzip=True)
    url = feed_server.route("/old-feed", location=feed_server.url("/feed.xml"), status=301)
    feed = make_feed("EuropaBio", url)

    assert fetch() == "EuropaBio: ok, 2 new, 0 updated\n"

    assert stored(feed)["EuropaBio's director general to speak at Spinoff Bulgaria"].summary == (
        EUROPABIO_SUMMARY
    )
    (request,) = feed_server.requests_to("/feed.xml")
    assert request["accept-encoding"] == "gzip"


# --- politeness: User-Agent, conditional GET -------------------------------------------------


def test_the_fetcher_names_itself(feed_server, make_feed, settings):
    url = feed_server.route("/rss", body=fixture_bytes("europabio_rss20.xml"))
    make_feed("EuropaBio", url)
    fetch()
    (request,) = feed_server.requests_to("/rss")
    assert request["user-agent"] == settings.PARTNER_FEED_USER_AGENT
    assert "biocluster.bg" in request["user-agent"]
    assert request["accept"].startswith("application/rss+xml")
    assert "if-none-match" not in request and "if-modified-since" not in request


@pytest.mark.parametrize(
    "validators",
    [
        {"etag": '"europabio-v1"'},
        {"last_modified": "Tue, 18 Jun 2024 09:00:00 GMT"},
        {"etag": '"europabio-v1"', "last_modified": "Tue, 18 Jun 2024 09:00:00 GMT"},
    ],
)
def test_a_second_fetch_is_conditional_and_a_304_changes_no_item(
    feed_server, make_feed, validators
):
    url = feed_server.route("/rss", body=fixture_bytes("europabio_rss20.xml"), **validators)
    feed = make_feed("EuropaBio", url)
    fetch()
    snapshot = list(PartnerNewsItem.objects.order_by("pk").values())
    feed.refresh_from_db()
    first_fetch = feed.last_fetched_at

    assert fetch() == "EuropaBio: not modified\n"

    first, second = feed_server.requests_to("/rss")
    assert second.get("if-none-match") == validators.get("etag")
    assert second.get("if-modified-since") == validators.get("last_modified")
    assert list(PartnerNewsItem.objects.order_by("pk").values()) == snapshot
    feed.refresh_from_db()
    assert feed.last_status == PartnerFeed.Status.NOT_MODIFIED
    assert feed.last_fetched_at > first_fetch
    assert feed.last_new_items == 0


# --- storing once ------------------------------------------------------------------------------


def test_items_are_deduplicated_by_guid_and_updated_when_they_change(feed_server, make_feed):
    original = fixture_text("europabio_rss20.xml")
    url = feed_server.route("/rss", body=original.encode(), etag='"v1"')
    make_feed("EuropaBio", url)
    fetch()

    changed = original.replace(
        "EuropaBio's director general to speak at Spinoff Bulgaria",
        "EuropaBio's director general opens Spinoff Bulgaria",
    ).replace("on 20 and 21 June", "on 20 June")
    feed_server.route("/rss", body=changed.encode(), etag='"v2"')

    assert fetch() == "EuropaBio: ok, 0 new, 1 updated\n"

    assert PartnerNewsItem.objects.count() == 2
    item = PartnerNewsItem.objects.get(guid="europabio-news-2024-0618")
    assert item.title == "EuropaBio's director general opens Spinoff Bulgaria"
    assert "in Sofia Tech Park on 20 June.</p>" in item.summary

    feed_server.route("/rss", body=changed.encode(), etag='"v3"')  # same content, new ETag
    assert fetch() == "EuropaBio: ok, 0 new, 0 updated\n"


def test_items_without_guid_are_deduplicated_by_link(feed_server, make_feed):
    original = fixture_text("echalliance_rss091.xml")
    url = feed_server.route("/rss", body=original.encode("latin-1"), content_type="text/xml")
    feed = make_feed("ECHAlliance", url)
    fetch()
    first_dates = dict(PartnerNewsItem.objects.values_list("link", "published_at"))

    changed = original.replace("Sofia, Plovdiv and Varna", "Sofia, Plovdiv, Varna and Ruse")
    feed_server.route("/rss", body=changed.encode("latin-1"), content_type="text/xml")
    assert fetch() == "ECHAlliance: ok, 0 new, 1 updated\n"

    # The partner starts giving GUIDs: the same links are still the same items.
    with_guids = changed.replace(
        "<link>https://echalliance.com/news/veles-hub/</link>",
        "<link>https://echalliance.com/news/veles-hub/</link><guid>echa-77</guid>",
    )
    feed_server.route("/rss", body=with_guids.encode("latin-1"), content_type="text/xml")
    assert fetch() == "ECHAlliance: ok, 0 new, 0 updated\n"

    assert PartnerNewsItem.objects.filter(feed=feed).count() == 2
    joined = PartnerNewsItem.objects.get(link="https://echalliance.com/news/bulgarian-ecosystem/")
    assert "Sofia, Plovdiv, Varna and Ruse" in joined.summary
    # An undated item keeps the date it was first seen.
    assert dict(PartnerNewsItem.objects.values_list("link", "published_at")) == first_dates


# --- encodings -------------------------------------------------------------------------------

ICT = "ict_cluster_rss20_cp1251.xml"
DECLARED_UTF8 = fixture_text(ICT).replace('encoding="windows-1251"', 'encoding="UTF-8"')


@pytest.mark.parametrize(
    ("body", "content_type", "warning"),
    [
        pytest.param(fixture_bytes(ICT, "cp1251"), "application/rss+xml", "", id="cp1251"),
        pytest.param(
            fixture_bytes(ICT, "cp1251"),
            "application/rss+xml; charset=windows-1251",
            "",
            id="cp1251-http-and-xml",
        ),
        pytest.param(
            DECLARED_UTF8.encode("cp1251"),
            "application/rss+xml; charset=windows-1251",
            "",
            id="xml-says-utf8-http-says-cp1251-bytes-cp1251",
        ),
        pytest.param(
            DECLARED_UTF8.encode("cp1251"),
            "application/rss+xml",
            "The feed declares the encoding UTF-8 but is written in windows-1251",
            id="xml-says-utf8-bytes-cp1251",
        ),
        pytest.param(
            DECLARED_UTF8.encode("cp1251"),
            "text/xml",
            "written in windows-1251",
            id="text-xml-bytes-cp1251",
        ),
        pytest.param(
            DECLARED_UTF8.encode("utf-8"),
            "application/rss+xml; charset=windows-1251",
            "The feed declares the encoding windows-1251 but is written in UTF-8",
            id="http-says-cp1251-bytes-utf8",
        ),
        pytest.param(DECLARED_UTF8.encode("utf-8"), "text/xml", "", id="utf8-text-xml"),
    ],
)
def test_bulgarian_text_is_stored_in_cyrillic_whatever_the_encoding(
    feed_server, make_feed, body, content_type, warning
):
    url = feed_server.route("/rss", body=body, content_type=content_type)
    feed = make_feed("ИКТ Клъстер", url, language="bg")

    assert fetch().startswith("ИКТ Клъстер: ok, 2 new, 0 updated")

    items = stored(feed)
    assert set(items) == {ICT_TITLE, "Иновационни хъбове във Варна и Русе"}
    assert items[ICT_TITLE].summary == ICT_SUMMARY
    assert items["Иновационни хъбове във Варна и Русе"].summary == (
        "Регионалните центрове свързват университети, общини и бизнес."
    )
    feed.refresh_from_db()
    assert feed.last_status == PartnerFeed.Status.OK
    if warning:
        assert warning in feed.last_error
    else:
        assert feed.last_error == ""


# --- failures --------------------------------------------------------------------------------


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed"


def huge_feed() -> bytes:
    item = "<item><title>Item {n}</title><link>https://partner.example/{n}</link></item>"
    items = "".join(item.format(n=n) for n in range(3000))  # about 200 KB
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>{items}</channel></rss>'.encode()


FAILURES = {
    # name: (route options, words the recorded error must contain)
    "Slow": ({"body": b"<rss/>", "delay": 2.0}, "timed out"),
    "Gone": ({"body": b"gone", "status": 404, "content_type": "text/plain"}, "404 Not Found"),
    "Broken server": (
        {"body": b"oops", "status": 500, "content_type": "text/plain"},
        "500 Internal Server Error",
    ),
    "Loop": ({"location": "/loop-b"}, "More than 5 redirects"),
    "Web page": (
        {"body": fixture_bytes("not_a_feed.html"), "content_type": "text/html; charset=utf-8"},
        "web page (text/html; charset=utf-8), not an RSS or Atom feed",
    ),
    "Web page as XML": (
        {"body": fixture_bytes("not_a_feed.html"), "content_type": "application/xml"},
        "not an RSS or Atom feed",
    ),
    "Malformed": ({"body": fixture_bytes("malformed.xml")}, "not well-formed XML"),
    "Huge": ({"body": huge_feed()}, "larger than 65536 bytes"),
    "Huge, no length": ({"body": huge_feed(), "send_length": False}, "larger than 65536 bytes"),
    "Undecodable": (
        {
            "body": '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            "<title>Клъстер</title></channel></rss>".encode("cp1251").replace(
                b"<title>", b"<title>\x98"
            )
        },
        "neither that, UTF-8 nor windows-1251",
    ),
    "Empty": ({"body": b""}, "empty answer"),
}


def test_each_failure_is_recorded_on_its_feed_and_the_others_still_succeed(feed_server, make_feed):
    good = make_feed(
        "EuropaBio", feed_server.route("/good", body=fixture_bytes("europabio_rss20.xml"))
    )
    feed_server.route("/loop-b", location="/loop")
    failing = {}
    for name, (route, _words) in FAILURES.items():
        path = "/loop" if name == "Loop" else f"/{name.lower().replace(' ', '-').replace(',', '')}"
        failing[name] = make_feed(name, feed_server.route(path, **route))
    failing["Refused"] = make_feed("Refused", closed_port_url())
    started = timezone.now()

    output = fetch()  # no CommandError: one feed worked

    lines = output.splitlines()
    assert len(lines) == len(failing) + 1
    assert "EuropaBio: ok, 2 new, 0 updated" in lines
    assert len(stored(good)) == 2
    good.refresh_from_db()
    assert good.last_status == PartnerFeed.Status.OK
    for name, feed in failing.items():
        feed.refresh_from_db()
        words = FAILURES[name][1] if name in FAILURES else "Could not connect"
        assert feed.last_status == PartnerFeed.Status.ERROR, name
        assert words in feed.last_error, (name, feed.last_error)
        assert feed.last_fetched_at >= started
        assert feed.last_success_at is None
        assert f"{name}: error: {feed.last_error}" in lines
        assert not feed.items.exists()
    # At most 5 redirects were followed before giving up on the loop.
    assert len(feed_server.requests_to("/loop") + feed_server.requests_to("/loop-b")) == 6


def test_a_failed_fetch_keeps_the_items_and_validators_of_the_last_good_one(feed_server, make_feed):
    url = feed_server.route("/rss", body=fixture_bytes("europabio_rss20.xml"), etag='"v1"')
    feed = make_feed("EuropaBio", url)
    fetch()
    feed_server.route("/rss", body=b"oops", status=500, content_type="text/plain")

    with pytest.raises(CommandError, match="All 1 partner feeds failed"):
        fetch()

    feed.refresh_from_db()
    assert feed.last_status == PartnerFeed.Status.ERROR
    assert feed.etag == '"v1"'
    assert feed.last_success_at < feed.last_fetched_at
    assert len(stored(feed)) == 2


def test_a_partly_broken_feed_stores_what_parsed_and_records_a_warning(feed_server, make_feed):
    url = feed_server.route("/rss", body=fixture_bytes("partly_broken_rss20.xml"))
    feed = make_feed("Medicen", url)

    output = fetch()

    assert "Paris region joins the INNAXE joint action plan" in stored(feed)
    feed.refresh_from_db()
    assert feed.last_status == PartnerFeed.Status.OK
    assert "The feed has errors" in feed.last_error
    assert "could be read were stored" in feed.last_error
    assert output.startswith("Medicen: ok,") and "warning: The feed has errors" in output


def test_the_command_fails_only_when_every_feed_failed(feed_server, make_feed):
    make_feed("Gone", feed_server.route("/gone", status=404, content_type="text/plain"))
    make_feed("Loop", feed_server.route("/loop", location="/loop"))

    with pytest.raises(CommandError, match="All 2 partner feeds failed") as raised:
        fetch()
    assert raised.value.returncode == 1


def test_inactive_feeds_are_not_fetched_and_no_feeds_is_not_an_error(feed_server, make_feed):
    make_feed("Old partner", feed_server.route("/old", body=b"<rss/>"), active=False)
    assert fetch() == "No active partner feeds.\n"
    assert feed_server.requests_to("/old") == []


def test_the_task_runs_the_same_fetch(feed_server, make_feed):
    from press.tasks import fetch_partner_feeds

    make_feed("EuropaBio", feed_server.route("/rss", body=fixture_bytes("europabio_rss20.xml")))
    make_feed("Gone", feed_server.route("/gone", status=404, content_type="text/plain"))

    result = fetch_partner_feeds.enqueue()

    assert result.return_value == {
        "feeds": 2,
        "ok": 1,
        "not_modified": 0,
        "error": 1,
        "new_items": 2,
        "updated_items": 0,
    }
    assert PartnerNewsItem.objects.count() == 2


# --- cleaning ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<SCRIPT>alert(1)</SCRIPT><P ONCLICK="x()">Hi</P>', "<p>Hi</p>"),
        ('<a href=" java\tscript:alert(1)">click</a>', "click"),
        (
            '<a href="data:text/html,hi">data</a> <a href="mailto:press@cebr.net">mail</a>',
            'data <a href="mailto:press@cebr.net">mail</a>',
        ),  # fmt: skip
        ('<p><img src="https://stats.wordpress.com/b.gif?x=1" width="1" height="1"></p>', ""),
        (
            '<blockquote style="x"><em>Quote</em></blockquote><!-- note -->',
            "<blockquote><em>Quote</em></blockquote>",
        ),  # fmt: skip
        (
            '<ul><li><a href="../x" target="_blank" rel="opener">x</a></li></ul>',
            '<ul><li><a href="https://partner.example/news/x">x</a></li></ul>',
        ),  # fmt: skip
        ("<h2>Title</h2><div>One</div><div>Two</div>", "Title One Two"),
        ("<svg><script>alert(1)</script></svg><object data='x'></object>Fine", "Fine"),
    ],
)
def test_clean_summary_keeps_only_the_allow_list(html, expected):
    assert clean_summary(html, "https://partner.example/news/item/") == expected


# --- the "Partner news" page ---------------------------------------------------------------------


@pytest.fixture
def personalised_medicine(db):
    bg = factories.TopicFactory(name="Персонализирана медицина", slug="personalised-medicine")
    en = factories.translate_snippet(bg, "en", name="Personalised medicine")
    return bg, en


@pytest.fixture
def partners(feed_server, make_feed, personalised_medicine):
    """Four partners' feeds fetched: two English, two Bulgarian."""
    biotech = factories.TopicFactory(name="Биотехнологии", slug="biotechnology")
    factories.translate_snippet(biotech, "en", name="Biotechnology")
    feeds = {
        "europabio": make_feed(
            "EuropaBio",
            feed_server.route("/europabio", body=fixture_bytes("europabio_rss20.xml")),
            website="https://www.europabio.org/",
            topics=[biotech],
        ),
        "cebr": make_feed(
            "CEBR",
            feed_server.route("/cebr", body=fixture_bytes("cebr_atom.xml"), content_type=ATOM),
            topics=[personalised_medicine[0]],  # the Bulgarian row, as editors may pick it
        ),
        "ai": make_feed(
            "Клъстер Изкуствен интелект България",
            feed_server.route("/ai", body=fixture_bytes("ai_cluster_rss10.rdf"), content_type=RDF),
            language="bg",
            website="https://www.aicluster.bg/",
        ),
        "ict": make_feed(
            "ИКТ Клъстер",
            feed_server.route(
                "/ict", body=fixture_bytes(ICT, "cp1251"), content_type="application/rss+xml"
            ),
            language="bg",
            website="https://www.ictcluster.bg/",
            topics=[personalised_medicine[0]],
        ),
    }
    assert fetch().count(": ok, 2 new, 0 updated\n") == 4
    assert not PartnerFeed.objects.exclude(last_error="").exists()
    return feeds


def cards(response) -> list:
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select("article.card--partner")


def card_titles(response) -> list[str]:
    return [card.select_one(".card__title").get_text(strip=True) for card in cards(response)]


def test_the_page_lists_its_language_newest_first_naming_and_linking_each_source(
    client, partner_pages, partners, feed_server
):
    response = client.get("/en/partner-news/")
    assert card_titles(response) == [
        "INNAXE publishes guidelines for benchmarking cluster ecosystems",
        "PRECISEU kick-off in Barcelona",
        "EuropaBio's director general to speak at Spinoff Bulgaria",
        "Biotech industry welcomes the EU's plan for advanced therapies",
    ]
    by_title = {c.select_one(".card__title").get_text(strip=True): c for c in cards(response)}
    europabio = by_title["EuropaBio's director general to speak at Spinoff Bulgaria"]
    assert europabio.select_one(".badge--partner").get_text(strip=True) == "From EuropaBio"
    title_link = europabio.select_one(".card__title a")
    assert title_link["href"] == "https://www.europabio.org/news/spinoff-bulgaria-2024/"
    assert title_link["rel"] == ["noopener", "external"]
    source = europabio.select_one(".card__source a")
    assert (source.get_text(), source["href"]) == ("EuropaBio", "https://www.europabio.org/")
    assert source["rel"] == ["noopener", "external"]
    # Without a website, the source links to the site of the feed's address.
    cebr = by_title["PRECISEU kick-off in Barcelona"].select_one(".card__source a")
    assert (cebr.get_text(), cebr["href"]) == ("CEBR", f"{feed_server.base_url}/")

    bg = client.get("/bg/partner-news/")
    assert card_titles(bg) == [
        "Spinoff Bulgaria 2024 събира изследователи и инвеститори в София Тех Парк",
        "Клъстерът е сред основателите на Европейския форум за ИИ",
        ICT_TITLE,
        "Иновационни хъбове във Варна и Русе",
    ]
    # The Bulgarian page names the source in Bulgarian.
    assert "От ИКТ Клъстер" in [c.select_one(".badge").get_text(strip=True) for c in cards(bg)]
    assert ICT_SUMMARY in bg.content.decode()


def test_the_rendered_summaries_are_clean(client, partner_pages, partners):
    response = client.get("/en/partner-news/")
    html = response.content.decode()
    card = next(c for c in cards(response) if "Spinoff Bulgaria" in c.get_text())
    summary = card.select_one(".card__summary")
    assert not summary.find_all(["script", "style", "iframe", "img", "form", "input"])
    assert all(set(tag.attrs) <= {"href"} for tag in summary.find_all(True))
    assert [a["href"] for a in summary.find_all("a")] == [
        "https://www.europabio.org/events/spinoff-bulgaria/",
        "https://www.europabio.org/news/spinoff-bulgaria-2024/programme.pdf",
    ]
    for leftover in (
        "document.cookie",
        "display: none",
        "ads.example.com",
        "pixel.gif",
        "feedburner",
        "onclick",
        "onmouseover",
        "javascript:",
        "/subscribe",
    ):
        assert leftover not in html, leftover


def test_the_page_filters_by_topic_in_any_language(
    client, partner_pages, partners, personalised_medicine
):
    response = client.get("/en/partner-news/?topic=personalised-medicine")
    assert card_titles(response) == [
        "INNAXE publishes guidelines for benchmarking cluster ecosystems",
        "PRECISEU kick-off in Barcelona",
    ]
    soup = BeautifulSoup(response.content, "html.parser")
    topic_links = {a.get_text(strip=True): a for a in soup.select(".partner-news__topics a")}
    assert set(topic_links) == {"All topics", "Biotechnology", "Personalised medicine"}
    assert topic_links["Personalised medicine"].get("aria-current") == "true"

    bg = client.get("/bg/partner-news/?topic=personalised-medicine")
    assert card_titles(bg) == [ICT_TITLE, "Иновационни хъбове във Варна и Русе"]

    everything = client.get("/en/partner-news/?topic=no-such-topic")
    assert len(card_titles(everything)) == 4
    assert "There is no topic “no-such-topic”" in everything.content.decode()
    hostile = client.get("/en/partner-news/", {"topic": "<script>alert(1)</script>"})
    assert len(card_titles(hostile)) == 4
    assert "<script>alert(1)</script>" not in hostile.content.decode()


def add_items(feeds: list[PartnerFeed], count: int, start: int = 0) -> None:
    now = timezone.now()
    for n in range(start, start + count):
        PartnerNewsItem.objects.create(
            feed=feeds[n % len(feeds)],
            guid=f"item-{n}",
            link=f"https://www.europabio.org/news/{n}/",
            title=f"Partner item {n}",
            summary=f"<p>Summary {n}</p>",
            published_at=now - datetime.timedelta(hours=n),
        )


def test_the_page_takes_the_same_queries_for_3_and_12_items(client, partner_pages, make_feed):
    feeds = [
        make_feed(f"Partner {n}", f"https://partner{n}.example/feed/", website="") for n in range(4)
    ]
    add_items(feeds, 3)
    client.get("/en/partner-news/")  # warm up the site and locale caches
    cache.clear()  # the page cache would answer with no query: count the page's own
    with CaptureQueriesContext(connection) as three:
        assert len(cards(client.get("/en/partner-news/"))) == 3

    add_items(feeds, 9, start=3)
    cache.clear()
    with CaptureQueriesContext(connection) as twelve:
        response = client.get("/en/partner-news/")
    assert len(cards(response)) == 12
    assert len(twelve) == len(three)
    sources = [c.select_one(".card__source a")["href"] for c in cards(response)]
    assert sources[:4] == [f"https://partner{n}.example/" for n in range(4)]


def test_the_page_is_paginated(client, partner_pages, make_feed):
    from press.partner_news import PER_PAGE

    add_items([make_feed("EuropaBio", "https://www.europabio.org/feed/")], PER_PAGE + 5)
    first = card_titles(client.get("/en/partner-news/"))
    assert len(first) == PER_PAGE and first[0] == "Partner item 0"
    assert card_titles(client.get("/en/partner-news/?page=2")) == [
        f"Partner item {n}" for n in range(PER_PAGE, PER_PAGE + 5)
    ]
    assert card_titles(client.get("/en/partner-news/?page=nonsense")) == first


def test_an_inactive_feeds_items_are_not_shown(client, partner_pages, make_feed):
    feed = make_feed("EuropaBio", "https://www.europabio.org/feed/")
    add_items([feed], 2)
    feed.active = False
    feed.save()
    response = client.get("/en/partner-news/")
    assert cards(response) == []
    assert "No partner news yet." in response.content.decode()


def test_partner_items_are_not_in_the_newsroom_our_feeds_or_the_sitemap(
    client, site_tree, partner_pages, partners
):
    own = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Клъстерът стартира PRECISEU"
    )
    own.save_revision().publish()
    factories.translate(own, "en", title="The cluster starts PRECISEU")
    partner_titles = list(PartnerNewsItem.objects.values_list("title", flat=True))
    assert len(partner_titles) == 8
    for language, own_title in (("bg", "Клъстерът стартира PRECISEU"), ("en", "The cluster starts PRECISEU")):  # fmt: skip
        for url in (
            f"/{language}/press/",
            f"/{language}/feeds/press/rss/",
            f"/{language}/feeds/press/atom/",
        ):
            response = client.get(url)
            assert response.status_code == 200
            text = response.content.decode()
            assert own_title in text, url
            for title in partner_titles:
                assert title.replace("'", "&#x27;") not in text and title not in text, (url, title)
            for host in ("europabio.org", "cebr.net", "aicluster.bg", "ictcluster.bg"):
                assert host not in text, (url, host)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/partner-news/" in sitemap
    for host in ("europabio.org", "cebr.net", "aicluster.bg", "ictcluster.bg"):
        assert host not in sitemap
