"""Events: the list of upcoming and past events, an event's page and its .ics file."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests import factories
from tests.press.conftest import SOFIA

pytestmark = pytest.mark.django_db


def event(parent, starts_in_days: float, **fields):
    start = fields.pop("start", timezone.now() + datetime.timedelta(days=starts_in_days))
    return factories.EventPageFactory(
        parent=parent, start=start, end=start + datetime.timedelta(hours=8), **fields
    )


def titles(events) -> list[str]:
    return [e.title for e in events]


@pytest.mark.smoke
def test_event_index_lists_upcoming_soonest_first_and_past_latest_first(client, site_tree):
    event(site_tree.events_bg, 30, title="Далечно")
    event(site_tree.events_bg, 3, title="Скорошно")
    event(site_tree.events_bg, -40, title="Отдавна")
    event(site_tree.events_bg, -5, title="Наскоро")

    response = client.get("/bg/events/")

    assert response.status_code == 200
    assert titles(response.context["upcoming"]) == ["Скорошно", "Далечно"]
    assert titles(response.context["past_events"]) == ["Наскоро", "Отдавна"]
    text = response.content.decode()
    assert (
        text.index("Скорошно")
        < text.index("Далечно")
        < text.index("Наскоро")
        < text.index("Отдавна")
    )


@pytest.mark.smoke
def test_event_index_in_english(client, site_tree, clinical_trials):
    bg = event(site_tree.events_bg, 10, title="Инфо ден")
    bg.topics.set([clinical_trials.bg])
    bg.save()
    factories.translate(bg, "en", title="Info day", city="Sofia")

    response = client.get("/en/events/")

    assert response.status_code == 200
    assert "Upcoming events" in response.text
    assert "Info day" in response.text and "Инфо ден" not in response.text
    assert "Clinical trials" in response.text
    assert "No upcoming events." not in response.text


def test_an_event_in_progress_is_still_upcoming(client, site_tree):
    event(site_tree.events_bg, -0.1, title="Тече в момента")

    response = client.get("/bg/events/")

    assert titles(response.context["upcoming"]) == ["Тече в момента"]


def test_past_events_are_paginated(client, site_tree):
    for n in range(14):
        event(site_tree.events_bg, -(n + 1), title=f"Past {n:02d}")

    first = client.get("/bg/events/")
    second = client.get("/bg/events/", {"page": "2"})
    out_of_range = client.get("/bg/events/", {"page": "abc"})

    assert titles(first.context["past_events"]) == [f"Past {n:02d}" for n in range(12)]
    assert titles(second.context["past_events"]) == ["Past 12", "Past 13"]
    assert 'href="?page=2#past"' in first.text
    assert out_of_range.status_code == 200


@pytest.fixture
def conference(site_tree, clinical_trials):
    page = factories.EventPageFactory(
        parent=site_tree.events_bg,
        title="Spinoff Bulgaria 2030",
        lead="Международна конференция за технологичния трансфер.",
        start=datetime.datetime(2030, 6, 12, 10, 0, tzinfo=SOFIA),
        end=datetime.datetime(2030, 6, 12, 18, 0, tzinfo=SOFIA),
        venue="София Тех Парк",
        city="София",
        online_url="https://stream.example.org/spinoff",
        registration_url="https://example.org/register",
    )
    page.topics.set([clinical_trials.bg])
    page.save()
    english = factories.translate(
        page,
        "en",
        lead="International technology transfer conference.",
        venue="Sofia Tech Park",
        city="Sofia",
    )
    return page, english


@pytest.mark.smoke
def test_event_page_in_both_languages(client, conference):
    page, english = conference

    bg = client.get(page.url)
    en = client.get(english.url)

    assert bg.status_code == 200 and en.status_code == 200
    assert "София Тех Парк, София" in bg.text
    assert "Клинични изпитвания" in bg.text
    text = en.content.decode()
    assert "Spinoff Bulgaria 2030" in text
    assert "Sofia Tech Park, Sofia" in text
    assert "12 June 2030, 10:00" in text and "18:00" in text and "EEST" in text
    assert 'datetime="2030-06-12T10:00:00+03:00"' in text
    assert 'href="https://stream.example.org/spinoff"' in text
    assert 'href="https://example.org/register"' in text
    assert "Clinical trials" in text
    assert f'href="{english.url}ics/"' in text and "Add to calendar (.ics)" in text


def test_past_event_page_says_it_ended_and_hides_registration(client, site_tree):
    page = event(
        site_tree.events_bg, -3, title="Минало", registration_url="https://example.org/register"
    )
    english = factories.translate(page, "en")

    response = client.get(english.url)

    assert "This event has ended." in response.text
    assert "https://example.org/register" not in response.text


def test_event_spanning_days_shows_both_dates(client, site_tree):
    page = factories.EventPageFactory(
        parent=site_tree.events_bg,
        start=datetime.datetime(2030, 1, 20, 9, 0, tzinfo=SOFIA),
        end=datetime.datetime(2030, 1, 21, 17, 0, tzinfo=SOFIA),
    )
    english = factories.translate(page, "en")

    text = client.get(english.url).content.decode()

    assert "20 January 2030, 09:00" in text and "21 January 2030, 17:00" in text and "EET" in text


@pytest.mark.smoke
@pytest.mark.parametrize(
    "start",
    [
        datetime.datetime(2030, 6, 12, 10, 0, tzinfo=SOFIA),  # summer time, UTC+3
        datetime.datetime(2030, 1, 15, 10, 0, tzinfo=SOFIA),  # winter time, UTC+2
    ],
)
def test_ics_per_event_parses_with_the_start_in_sofia(client, site_tree, start):
    page = factories.EventPageFactory(
        parent=site_tree.events_bg,
        title="Инфо ден",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    english = factories.translate(page, "en", title="Info day")

    for item, title in ((page, "Инфо ден"), (english, "Info day")):
        response = client.get(f"{item.url}ics/")

        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        [vevent] = Calendar.from_ical(response.content).walk("VEVENT")
        assert str(vevent["SUMMARY"]) == title
        dtstart = vevent.decoded("DTSTART")
        assert dtstart == start
        assert dtstart.astimezone(SOFIA).hour == 10
        assert vevent.decoded("DTEND") == start + datetime.timedelta(hours=2)
