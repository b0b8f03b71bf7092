"""Keyboard-only completion of the contact-request flow (issue 7, part 2), in both languages.

Only what a keyboard user has: Tab, Shift+Tab, Enter, Space, arrow keys and typing into the
control that has focus — no clicks, no `fill`. Every control reached must be on screen, not
hidden under something else, and look different while it has focus (a focus indicator). The
skip link must lead into the main content, and a form sent with a missing field must move focus
to the errors and tie each error to its field.
"""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from experts.models import ContactRequest, MediaFormat
from tests import factories
from tests.e2e.conftest import shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUERY = {"bg": "епигенетика", "en": "epigenetics"}
OUTLET = {"bg": "Дневник", "en": "Balkan Insight"}
QUESTIONS = {
    "bg": "Какво показва новото изследване за метилирането на ДНК при рак на гърдата?",
    "en": "What does the new study show about DNA methylation in breast cancer?",
}
MAX_TABS = 60

# What the focused element is, whether it is on screen and not covered, and how it looks. The
# element that had focus before is looked at again now that it has lost it: if it looks the
# same focused and unfocused, it has no focus indicator.
FOCUS_STATE = """() => {
  const look = (el) => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor,
            s.backgroundColor, s.color, s.textDecorationLine].join("|");
  };
  const el = document.activeElement;
  const previous = window.__keyboardPrevious;
  let previousLooksSame = null;
  if (previous && previous.el !== el && previous.el.isConnected) {
    previousLooksSame = look(previous.el) === previous.look ? previous.label : "";
  }
  if (!el || el === document.body) { window.__keyboardPrevious = null; return {none: true, previousLooksSame}; }
  const label = (el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
                 (el.name ? "[name=" + el.name + "]" : "") + " " +
                 (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 40));
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
                   r.top < innerHeight && r.left < innerWidth &&
                   s.visibility !== "hidden" && parseFloat(s.opacity) > 0;
  const hit = onScreen ? document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) : null;
  const uncovered = !!hit && (hit === el || el.contains(hit) || hit.contains(el) ||
                              [...(el.labels || [])].some((l) => l.contains(hit)));
  // Looked at as focus arrives: inside a date field, Tab also visits the field's own parts.
  if (!previous || previous.el !== el) window.__keyboardPrevious = {el, look: look(el), label};
  return {none: false, label, onScreen, uncovered, inMain: !!el.closest("main"), previousLooksSame};
}"""


@pytest.fixture
def viewport() -> str:
    return "desktop"


@pytest.fixture(params=["bg", "en"])
def language(request) -> str:
    return request.param


@pytest.fixture
def expert(site_tree, settings):
    """An epigeneticist with a profile in both languages and a staff-only contact."""
    settings.CONTACT_FORM_MIN_SECONDS = 1
    topic = factories.TopicFactory(name="Епигенетика", slug="epigenetics")
    factories.translate_snippet(topic, "en", name="Epigenetics")
    expert = factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        honorific="Доц. д-р",
        first_name="Калина",
        last_name="Шидерова",
        slug="kalina-shiderova",
        city="Пловдив",
        short_bio="Изследва как средата променя активността на гените при рак на гърдата.",
        keywords="епигенетика, метилиране на ДНК",
    )
    expert.topics.set([topic])
    expert.save_revision().publish()
    translation = factories.translate(
        expert,
        "en",
        honorific="Assoc. Prof.",
        first_name="Kalina",
        last_name="Shiderova",
        city="Plovdiv",
        short_bio="Studies how the environment changes gene activity in breast cancer.",
        keywords="epigenetics, DNA methylation",
    )
    factories.ExpertContactFactory(expert=expert, email="k.shiderova@lab.example.org")
    return {"bg": expert, "en": translation}


def test_contact_request_by_keyboard_alone(live_server, page, language, expert):
    profile = expert[language]
    page.goto(f"{live_server.url}/{language}/")
    page.wait_for_load_state()

    # The first Tab reaches the skip link; Enter on it leads into the main content.
    focused = press(page, "Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main", focused
    shot(page, "1-skip-link")
    press(page, "Enter")
    assert page.url.endswith("#main")
    focused = press(page, "Tab")
    assert focused["inMain"], f"after the skip link, Tab went to {focused['label']}"

    # Find an expert from the home page.
    tab_to(page, "#home-expert-q")
    page.keyboard.type(QUERY[language])
    shot(page, "2-home-search")
    activate(page, "Enter")

    # Results → the expert's profile.
    tab_to(page, f"main a[href='{profile.url}']")
    shot(page, "3-results")
    activate(page, "Enter")
    assert page.locator("h1").inner_text().strip() == profile.full_name

    # Profile → "Request contact".
    tab_to(page, "[data-testid=request-contact]")
    activate(page, "Enter")
    assert "/request-contact/" in page.url

    # The form, every field by keyboard; the media outlet left out on purpose.
    deadline = (timezone.localtime() + datetime.timedelta(days=2)).replace(
        hour=10, minute=30, second=0, microsecond=0
    )
    tab_to(page, "input[name=journalist_name]")
    page.keyboard.type("Елена Димитрова")
    tab_to(page, "input[name=email]")
    page.keyboard.type("elena@dnevnik.example.bg")
    tab_to(page, "input[name=phone]")
    page.keyboard.type("+359 88 123 4567")
    tab_to(page, "input[name=deadline]")
    type_datetime_local(page, deadline)
    tab_to(page, "select[name=media_format]")
    choose_with_arrows(page, MediaFormat.RADIO)
    tab_to(page, "select[name=language]")
    assert page.evaluate("document.activeElement.value") == language  # preset to the site's
    tab_to(page, "textarea[name=questions]")
    page.keyboard.type(QUESTIONS[language])
    tab_to(page, "input[name=anonymous]")
    press(page, "Space")
    tab_to(page, "input[name=consent]")
    press(page, "Space")
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, ".contact-form button[type=submit]")
    shot(page, "4-form-missing-outlet")
    activate(page, "Enter")

    # Sent back: focus on the errors, each error tied to its field, nothing stored.
    shot(page, "5-errors")
    assert ContactRequest.objects.count() == 0
    summary = page.locator(".error-summary")
    assert summary.get_attribute("role") == "alert"
    assert summary.locator("a[href='#id_outlet']").count() == 1
    focused = page.evaluate(
        "document.activeElement.id || document.activeElement.className || 'body'"
    )
    assert focused in ("id_outlet", "error-summary") or "error-summary" in focused, (
        f"after a refused send, focus is on {focused!r}, not on the errors"
    )
    outlet = page.locator("#id_outlet")
    assert outlet.get_attribute("aria-invalid") == "true"
    described_by = (outlet.get_attribute("aria-describedby") or "").split()
    error_texts = [page.locator(f"[id='{id_}']").inner_text() for id_ in described_by]
    summary_error = summary.locator("li").filter(has=page.locator("a[href='#id_outlet']"))
    message = summary_error.inner_text().split(":", 1)[1].strip()
    assert message and any(message in text for text in error_texts), (described_by, message)
    # What was typed is still there.
    assert page.locator("input[name=journalist_name]").input_value() == "Елена Димитрова"
    assert page.locator("input[name=deadline]").input_value() == deadline.strftime("%Y-%m-%dT%H:%M")
    assert page.locator("input[name=consent]").is_checked()

    # From the error to the field, by keyboard; fix it and send again.
    if page.evaluate("document.activeElement.id") != "id_outlet":
        tab_to(page, "a[href='#id_outlet']")
        press(page, "Enter")
    tab_to(page, "#id_outlet")
    page.keyboard.type(OUTLET[language])
    tab_to(page, ".contact-form button[type=submit]")
    activate(page, "Enter")
    assert "/request-contact/sent/" in page.url

    reference = page.get_by_test_id("reference").inner_text().strip()
    shot(page, "6-confirmation")
    stored = ContactRequest.objects.get(reference=reference)
    assert stored.expert_id == profile.pk
    assert stored.journalist_name == "Елена Димитрова"
    assert stored.outlet == OUTLET[language]
    assert stored.email == "elena@dnevnik.example.bg"
    assert stored.phone == "+359 88 123 4567"
    assert timezone.localtime(stored.deadline) == deadline
    assert stored.media_format == MediaFormat.RADIO
    assert stored.language == language
    assert stored.questions == QUESTIONS[language]
    assert stored.anonymous is True
    assert stored.consent_at is not None
    assert stored.site_language == language


def press(page, key: str) -> dict:
    """Press one key and check where focus is now, and the control focus has just left."""
    page.keyboard.press(key)
    state = page.evaluate(FOCUS_STATE)
    if state["previousLooksSame"]:
        pytest.fail(f"no visible focus indicator on {state['previousLooksSame']!r}")
    if not state["none"]:
        assert state["onScreen"], f"focused but off screen or invisible: {state['label']!r}"
        assert state["uncovered"], f"focused but covered by another element: {state['label']!r}"
    return state


def tab_to(page, selector: str) -> dict:
    """Tab forward until the control matching `selector` has focus, checking each stop."""
    state = {}
    for _ in range(MAX_TABS):
        if page.evaluate("(s) => !!document.activeElement?.matches(s)", selector):
            return state
        state = press(page, "Tab")
    pytest.fail(f"{selector} not reached with {MAX_TABS} presses of Tab")


def activate(page, key: str) -> None:
    """Leave the focused control and come back (Shift+Tab, Tab) so its unfocused look is checked
    too, then press `key` on it and wait for the page it leads to."""
    handle = page.evaluate_handle("document.activeElement")
    press(page, "Shift+Tab")
    press(page, "Tab")
    assert page.evaluate("(el) => el === document.activeElement", handle)
    with page.expect_navigation():
        page.keyboard.press(key)


def type_datetime_local(page, when: datetime.datetime) -> None:
    """Type a date and time into the focused datetime-local field, segment by segment, in the
    order and 12/24-hour style this browser shows them."""
    parts = page.evaluate(
        """([y, m, d, h, min]) => new Intl.DateTimeFormat(undefined, {year: "numeric",
             month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit"})
             .formatToParts(new Date(y, m - 1, d, h, min))
             .filter((p) => p.type !== "literal").map((p) => [p.type, p.value])""",
        [when.year, when.month, when.day, when.hour, when.minute],
    )
    for index, (kind, value) in enumerate(parts):
        page.keyboard.type(value[0] if kind == "dayPeriod" else value)
        if kind == "year" and index < len(parts) - 1:
            page.keyboard.press("ArrowRight")  # a year may have more digits: move on by hand
    assert page.evaluate("document.activeElement.value") == when.strftime("%Y-%m-%dT%H:%M")


def choose_with_arrows(page, value: str) -> None:
    """Pick an option of the focused select with the arrow keys."""
    for _ in range(10):
        if page.evaluate("document.activeElement.value") == value:
            return
        page.keyboard.press("ArrowDown")
    pytest.fail(f"option {value!r} not reached with the arrow keys")
