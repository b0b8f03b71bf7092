"""Editor flow: a Bulgarian release is scheduled, translated, and both languages' feeds carry it
at the scheduled time, not before (Wagtail's scheduled publishing + `publish_scheduled`)."""

import datetime
import io

import feedparser
import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from press.models import PressReleasePage
from tests import factories

pytestmark = pytest.mark.django_db

GO_LIVE = timezone.now().replace(microsecond=0) + datetime.timedelta(days=1)


def feed_titles(client, language: str) -> list[str]:
    response = client.get(f"/{language}/feeds/press/rss/")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0
    return [entry.title for entry in feed.entries]


def schedule(page: PressReleasePage, go_live_at: datetime.datetime) -> None:
    page.go_live_at = go_live_at
    page.save_revision().publish()  # with a future go_live_at this schedules, not publishes


def test_scheduled_release_and_its_translation_appear_at_go_live(client, site_tree):
    release_bg = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Стартира VELES", live=False
    )
    schedule(release_bg, GO_LIVE)
    release_en = release_bg.copy_for_translation(factories.locale("en"))
    release_en.title = "VELES kicks off"
    schedule(release_en, GO_LIVE)

    assert (
        not PressReleasePage.objects.live()
        .filter(title__in=["Стартира VELES", "VELES kicks off"])
        .exists()
    )
    assert "Стартира VELES" not in feed_titles(client, "bg")
    assert client.get("/bg/press/").status_code == 200
    assert "Стартира VELES" not in client.get("/bg/press/").text

    with time_machine.travel(GO_LIVE + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", stdout=io.StringIO())
        assert "Стартира VELES" in feed_titles(client, "bg")
        assert "VELES kicks off" in feed_titles(client, "en")
        assert "VELES kicks off" not in feed_titles(client, "bg")
