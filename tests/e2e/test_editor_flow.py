"""Flow 3 of DESIGN.md in a real browser, through the Wagtail admin: an editor writes a Bulgarian
press release, schedules it, has it translated to English with wagtail-localize, and both
languages appear on the public site (lists, pages, feeds) at the scheduled time, not before.

Desktop only: this is a staff flow. The clock is moved with time_machine (it patches the clock
for every thread, so the live server sees the same time as the test).
"""

from __future__ import annotations

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from press.models import PressReleasePage
from tests.e2e.conftest import shot
from tests.e2e.staff import log_in, staff_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SLUG = "innaxe-start"
TITLE = {"bg": "Клъстерът стартира проекта INNAXE", "en": "The cluster starts the INNAXE project"}
LEAD = {
    "bg": "Иновационните програми на региона се обединяват по програма „Хоризонт Европа“.",
    "en": "The region's innovation agendas come together under Horizon Europe.",
}


@pytest.fixture
def viewport() -> str:
    return "desktop"


def test_editor_schedules_a_release_translates_it_and_both_appear_at_go_live(
    live_server, page, site_tree
):
    editor = staff_user("editor", "Editors", first_name="Мария", last_name="Петрова")
    log_in(page, live_server, editor)
    # The minute is what the admin's field holds; a little ahead of now.
    go_live = timezone.localtime().replace(second=0, microsecond=0) + datetime.timedelta(minutes=10)

    release_bg = write_and_schedule_release(page, live_server, site_tree.press_bg, go_live)
    assert not release_bg.live
    assert release_bg.get_latest_revision().approved_go_live_at == go_live

    release_en = translate_to_english(page, live_server, release_bg)
    assert release_en.title == TITLE["en"]
    assert release_en.lead == LEAD["en"]
    # Published by the editor, but it waits for the same moment as the original.
    assert not release_en.live
    assert release_en.get_latest_revision().approved_go_live_at == go_live

    # Not before: the scheduler runs on time, and nothing of it is public yet.
    call_command("publish_scheduled", stdout=io.StringIO())
    for language in ("bg", "en"):
        assert_not_public(page, live_server, language)
    shot(page, "6-not-yet-public")

    with time_machine.travel(go_live + datetime.timedelta(minutes=1), tick=True):
        call_command("publish_scheduled", stdout=io.StringIO())
        for language in ("bg", "en"):
            assert_public(page, live_server, language)


def write_and_schedule_release(page, live_server, press_index, go_live) -> PressReleasePage:
    """New press release under the Bulgarian newsroom, with a go-live time, "Schedule to publish"."""
    page.goto(f"{live_server.url}/admin/pages/{press_index.pk}/")
    page.locator(f"a[href$='/pages/{press_index.pk}/add_subpage/']").first.click()
    page.fill("#id_title", TITLE["bg"])
    page.fill("#id_lead", LEAD["bg"])
    page.locator("a[href='#tab-promote']").click()
    page.fill("#id_slug", SLUG)
    shot(page, "1-new-release")

    # Status side panel → "Set schedule" → go-live date/time → "Save schedule" (saves a draft).
    page.locator("button[data-side-panel-toggle=status]").click()
    page.locator("button[data-a11y-dialog-show=schedule-publishing-dialog]").click()
    page.fill("#id_go_live_at", go_live.strftime("%Y-%m-%d %H:%M"))
    save_schedule = page.locator("#schedule-publishing-dialog button[type=submit]")
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.first.wait_for()  # the date picker opens a moment after the field gets focus…
    save_schedule.focus()  # …and closes when the field loses it
    picker.first.wait_for(state="detached")
    shot(page, "2-schedule")
    save_schedule.click()
    page.wait_for_url("**/edit/")
    release = PressReleasePage.objects.get(locale__language_code="bg", slug=SLUG)
    assert not release.live

    # The footer's menu: "Schedule to publish".
    page.locator("footer .w-dropdown__toggle").first.click()
    publish = page.locator("button[name=action-publish]")
    assert "Schedule to publish" in publish.inner_text()
    publish.click()
    page.wait_for_url(f"**/admin/pages/{press_index.pk}/")
    shot(page, "3-scheduled")
    release.refresh_from_db()
    return release


def translate_to_english(page, live_server, release_bg: PressReleasePage) -> PressReleasePage:
    """ "Translate this page" → English → wagtail-localize's editor: each segment translated and
    saved, then "Publish in English"."""
    page.goto(f"{live_server.url}/admin/pages/{release_bg.pk}/edit/")
    page.locator("header button[aria-label=Actions]").first.click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_label("English").check()
    page.locator("main input[type=submit]").click()
    page.wait_for_url("**/edit/")

    toggle = page.locator("button[data-side-panel-toggle=status]")
    if toggle.get_attribute("aria-expanded") == "true":
        toggle.click()  # the status panel would cover the segments' buttons
    for field in ("title", "lead"):
        segment = page.locator("li").filter(has=page.get_by_text(source_text(field), exact=True))
        segment = segment.last
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(TITLE["en"] if field == "title" else LEAD["en"])
        segment.get_by_role("button", name="Save").click()
        segment.get_by_role("button", name="Edit").wait_for()  # saved
    shot(page, "4-translated")
    page.get_by_role("button", name="Publish in English").click()
    page.wait_for_load_state()
    shot(page, "5-translation-published")
    return PressReleasePage.objects.get(locale__language_code="en", slug=SLUG)


def source_text(field: str) -> str:
    return TITLE["bg"] if field == "title" else LEAD["bg"]


def release_url(live_server, language: str) -> str:
    return f"{live_server.url}/{language}/press/{SLUG}/"


def feed_text(page, live_server, language: str) -> str:
    response = page.request.get(f"{live_server.url}/{language}/feeds/press/rss/")
    assert response.ok
    return response.text()


def assert_not_public(page, live_server, language: str) -> None:
    page.goto(f"{live_server.url}/{language}/press/")
    assert TITLE[language] not in page.locator("main").inner_text()
    response = page.goto(release_url(live_server, language))
    assert response.status == 404
    assert TITLE[language] not in feed_text(page, live_server, language)


def assert_public(page, live_server, language: str) -> None:
    other = "en" if language == "bg" else "bg"
    page.goto(f"{live_server.url}/{language}/press/")
    listing = page.locator("main")
    assert TITLE[language] in listing.inner_text()
    assert TITLE[other] not in listing.inner_text()
    shot(page, f"7-{language}-press-index")

    listing.get_by_role("link", name=TITLE[language]).first.click()
    page.wait_for_load_state()
    assert page.url == release_url(live_server, language)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").inner_text().strip() == TITLE[language]
    assert LEAD[language] in page.locator("main").inner_text()
    shot(page, f"8-{language}-release")

    # The language switch leads to the same release in the other language.
    switch = page.locator(f".language-switch a[hreflang={other}]")
    assert switch.get_attribute("href") == f"/{other}/press/{SLUG}/"
    assert page.locator(f"link[rel=alternate][hreflang={other}]").count() == 1
    assert TITLE[language] in feed_text(page, live_server, language)
    assert TITLE[other] not in feed_text(page, live_server, language)
