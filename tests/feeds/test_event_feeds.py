"""The events feed (RSS and Atom) and the events calendar (iCalendar) of each language."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


@pytest.fixture
def events(site_tree):
    now = timezone.now()
    upcoming = factories.EventPageFactory(
        parent=site_tree.events_bg,
        title="Spinoff Bulgaria 2026",
        featured_image=factories.ImageFactory(),
    )
    upcoming.save_revision().publish()
    upcoming_en = factories.translate(upcoming, "en", title="Spinoff Bulgaria 2026 (EN)")
    recent = factories.EventPageFactory(
        parent=site_tree.events_bg,
        title="Информационен ден PRECISEU",
        start=now - datetime.timedelta(days=10),
        venue="",
        city="",
        online_url="https://example.org/webinar",
    )
    long_past = factories.EventPageFactory(
        parent=site_tree.events_bg,
        title="Конференция 2019",
        start=now - datetime.timedelta(days=2000),
    )
    draft = factories.EventPageFactory(
        parent=site_tree.events_bg, title="Неанонсирано събитие", live=False
    )
    return upcoming, upcoming_en, recent, long_past, draft


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_events_feed_lists_upcoming_and_recent_events(read_feed, events, kind):
    bg = read_feed(f"/bg/feeds/events/{kind}/")
    assert bg.feed.language == "bg"
    assert bg.feed.link == "http://testserver/bg/events/"
    assert {e.title for e in bg.entries} == {"Spinoff Bulgaria 2026", "Информационен ден PRECISEU"}
    en = read_feed(f"/en/feeds/events/{kind}/")
    assert en.feed.language == "en"
    assert {e.title for e in en.entries} == {"Spinoff Bulgaria 2026 (EN)"}
    for entry in bg.entries + en.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.id.startswith("tag:mediacenter.biocluster.bg,2025:eventpage/")
        assert "<" not in entry.summary


def test_events_feed_summary_says_when_and_where(read_feed, events):
    entries = {e.title: e for e in read_feed("/bg/feeds/events/rss/").entries}
    assert "София Тех Парк, София" in entries["Spinoff Bulgaria 2026"].summary
    assert "Международна конференция" in entries["Spinoff Bulgaria 2026"].summary
    (enclosure,) = entries["Spinoff Bulgaria 2026"].enclosures
    assert enclosure.href.startswith("http://testserver/media/") and int(enclosure.length) > 0


def test_events_calendar_is_an_icalendar_of_the_language(client, events):
    response = client.get("/bg/feeds/events/ics/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}
    assert summaries == {"Spinoff Bulgaria 2026", "Информационен ден PRECISEU"}
    urls = {str(event["URL"]) for event in calendar.walk("VEVENT")}
    assert all(url.startswith("http") and "/bg/events/" in url for url in urls)

    en = icalendar.Calendar.from_ical(client.get("/en/feeds/events/ics/").content)
    assert {str(e["SUMMARY"]) for e in en.walk("VEVENT")} == {"Spinoff Bulgaria 2026 (EN)"}
