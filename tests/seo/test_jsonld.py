"""schema.org JSON-LD: Organization on the home page, NewsArticle on releases, Event on events."""

import datetime
import json

import pytest
from django.utils import timezone

from tests import factories
from tests.seo.head import get_soup, jsonld

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def only_jsonld(client, url: str) -> dict:
    (data,) = jsonld(get_soup(client, url))
    assert data["@context"] == "https://schema.org"
    return data


def test_home_page_describes_the_organisation(client, site_tree):
    data = only_jsonld(client, "/bg/")
    assert data["@type"] == "Organization"
    assert data["name"] == "Health & Life Sciences Cluster Bulgaria"
    assert data["url"] == "https://www.biocluster.bg/"
    assert data["email"] == "media@biocluster.bg"
    assert only_jsonld(client, "/en/")["@type"] == "Organization"


def test_press_release_is_a_news_article(client, newsroom):
    page = newsroom.released_bg
    page.refresh_from_db()
    data = only_jsonld(client, page.url)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.title
    assert data["description"] == page.lead
    assert data["inLanguage"] == "bg"
    assert data["url"] == page.full_url
    published = datetime.datetime.fromisoformat(data["datePublished"])
    assert published.utcoffset() is not None
    assert published == page.publication_date.replace(microsecond=0)
    modified = datetime.datetime.fromisoformat(data["dateModified"])
    assert modified == page.last_published_at.replace(microsecond=0)
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Health & Life Sciences Cluster Bulgaria"
    assert data["about"] == [{"@type": "Thing", "name": "Персонализирана медицина"}]


def test_english_release_is_about_english_topics(client, newsroom):
    data = only_jsonld(client, newsroom.released_en.url)
    assert data["inLanguage"] == "en"
    assert data["about"] == [{"@type": "Thing", "name": "Personalised medicine"}]


def test_no_phone_numbers_in_jsonld(client, site_tree):
    contact = factories.PressContactFactory(phone="+359 888 123 456")
    page = factories.PressReleasePageFactory(parent=site_tree.press_bg, press_contact=contact)
    raw = json.dumps(only_jsonld(client, page.url))
    assert "888" not in raw and contact.phone not in raw


def test_jsonld_cannot_break_out_of_its_script(client, site_tree):
    title = "Край на </script><script>alert(1)</script> & ©"
    page = factories.PressReleasePageFactory(parent=site_tree.press_bg, title=title)
    response = client.get(page.url)
    assert "<script>alert(1)" not in response.text
    assert only_jsonld(client, page.url)["headline"] == title


def event_jsonld(client, parent, **fields) -> dict:
    event = factories.EventPageFactory(parent=parent, **fields)
    data = only_jsonld(client, event.url)
    assert data["@type"] == "Event"
    return data


def test_event_in_a_venue(client, site_tree):
    start = timezone.make_aware(datetime.datetime(2030, 6, 3, 10, 0))  # Europe/Sofia, summer
    data = event_jsonld(
        client,
        site_tree.events_bg,
        title="Spinoff Bulgaria 2030",
        start=start,
        end=start + datetime.timedelta(hours=8),
    )
    assert data["name"] == "Spinoff Bulgaria 2030"
    assert data["startDate"] == "2030-06-03T10:00:00+03:00"
    assert data["endDate"] == "2030-06-03T18:00:00+03:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "София Тех Парк"
    assert data["location"]["address"]["addressLocality"] == "София"
    assert data["url"].startswith("http") and "/bg/events/" in data["url"]
    assert data["inLanguage"] == "bg"


def test_online_and_mixed_events(client, site_tree):
    online = event_jsonld(
        client, site_tree.events_bg, venue="", city="", online_url="https://example.org/webinar"
    )
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"] == {"@type": "VirtualLocation", "url": "https://example.org/webinar"}
    mixed = event_jsonld(client, site_tree.events_bg, online_url="https://example.org/stream")
    assert mixed["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert {place["@type"] for place in mixed["location"]} == {"Place", "VirtualLocation"}


def test_pages_that_describe_nothing_in_particular_carry_no_jsonld(client, site_tree):
    assert jsonld(get_soup(client, "/bg/press/")) == []
    assert jsonld(get_soup(client, "/bg/media-kit/")) == []
