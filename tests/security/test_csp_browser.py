"""The Content-Security-Policy in a real browser (Debian's Chromium): public pages, the API's
docs page and Wagtail's editor with its live preview work under their policies, with no
violation reported and no error in the console."""

from __future__ import annotations

import pytest
from playwright.sync_api import Error as PlaywrightError
from wagtail.models import Page

from tests import factories
from tests.e2e.conftest import browser, chromium_path  # noqa: F401 (fixtures)
from tests.e2e.staff import log_in, staff_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Every violation the page reports, collected in the page (Playwright's script is not subject
# to the page's policy).
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def watched(browser):  # noqa: F811
    """A browser tab that records console errors and CSP violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(20_000)
    context.add_init_script(COLLECT_VIOLATIONS)
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    yield page
    context.close()


def violations(page) -> list[str]:
    found = list(page.evaluate("window.__cspViolations"))
    for frame in page.frames[1:]:
        try:
            found += frame.evaluate("window.__cspViolations || []")
        except PlaywrightError:  # a frame of another origin (a video player) cannot be read
            continue
    return found


@pytest.fixture
def press_release(site_tree):
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Клъстерът стартира проекта PRECISEU",
        slug="preciseu",
    )
    factories.translate(release, "en", title="The cluster launches the PRECISEU project")
    expert = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Радка", last_name="Аргирова", slug="argirova"
    )
    factories.translate(expert, "en", first_name="Radka", last_name="Argirova")
    return release


def test_public_pages_run_under_the_policy_without_a_violation(watched, live_server, press_release):
    for path, text in (
        ("/en/press/preciseu/", "The cluster launches the PRECISEU project"),
        ("/bg/press/preciseu/", "Клъстерът стартира проекта PRECISEU"),
        ("/en/experts/?q=Argirova", "Argirova"),
        ("/bg/request-contact/?expert=argirova", None),
    ):
        response = watched.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        watched.wait_for_load_state("load")
        if text:
            assert text in watched.content(), path
        # The stylesheet applied: the policy let the site's own CSS in.
        assert watched.evaluate(
            "getComputedStyle(document.querySelector('.skip-link')).position"
        ) in ("absolute", "fixed"), path
        assert violations(watched) == [], path
    assert watched.console_errors == []


def test_the_api_docs_page_runs_from_local_files(watched, live_server, site_tree):
    response = watched.goto(f"{live_server.url}/api/v1/docs")
    assert response.status == 200
    watched.wait_for_selector(".opblock-summary-path", timeout=20_000)
    assert "/api/v1/experts/" in watched.content()
    assert "cdn.jsdelivr.net" not in watched.content()
    assert violations(watched) == []


def test_the_wagtail_editor_and_its_live_preview_work_under_the_admin_policy(
    watched, live_server, press_release
):
    editor = staff_user("redaktor", "Editors")
    log_in(watched, live_server, editor)
    release_en = Page.objects.get(slug="preciseu", locale__language_code="en")
    watched.goto(f"{live_server.url}/admin/pages/{press_release.pk}/edit/")
    watched.wait_for_selector("#id_title")
    watched.fill("#id_title", "Клъстерът стартира проекта PRECISEU — предварителен преглед")
    watched.click('[data-side-panel-toggle="preview"]')
    frame = watched.frame_locator("#w-preview-iframe")
    frame.locator("h1").filter(has_text="предварителен преглед").wait_for(timeout=20_000)
    assert violations(watched) == []
    # Framing is allowed for the preview only: the public page refuses any frame.
    public = watched.request.get(f"{live_server.url}{release_en.url}")
    assert public.headers["x-frame-options"] == "DENY"
    assert watched.console_errors == []
