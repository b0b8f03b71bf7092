"""iCalendar (RFC 5545) for events: one file per event and a calendar feed per language."""

from __future__ import annotations

from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

PRODID = "-//Health & Life Sciences Cluster Bulgaria//Media Center//EN"


def event_uid(event) -> str:
    # Stable across edits, slug changes and languages' own copies.
    return f"event-{event.translation_key}-{event.locale.language_code}@mediacenter.biocluster.bg"


def build_calendar(events: Iterable, request: HttpRequest, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Sofia")
    for event in events:
        calendar.add_component(_vevent(event, request))
    return calendar


def _vevent(event, request: HttpRequest) -> Event:
    vevent = Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.end)
    vevent.add("summary", event.title)
    if event.lead:
        vevent.add("description", event.lead)
    location = ", ".join(part for part in (event.venue, event.city) if part) or event.online_url
    if location:
        vevent.add("location", location)
    vevent.add("url", event.get_full_url(request))
    return vevent


def calendar_response(calendar: Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
