"""Browser tests: Debian's Chromium driven by Playwright against a live server.

Playwright does not download a browser here: it drives the system Chromium (`CHROMIUM_PATH`,
default /usr/bin/chromium), which `make test` installs with apt. Screenshots of each step go to
`var/test-output/e2e/`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "test-output" / "e2e"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}

# Playwright's sync API runs an event loop in the test's thread; the test's own database work
# (fixtures, assertions) happens in that thread too, between browser calls, never concurrently.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail("Chromium is not installed: run the suite with `make test`, which installs it.")
    return path


@pytest.fixture
def browser(live_server, transactional_db):
    """Chromium for one test, started after the test database is set up and stopped before it
    is flushed.

    Playwright's sync API runs an event loop, and while it runs Django hands this thread fresh
    database connection wrappers (connections are context-local). A browser kept for the whole
    session would leak that into later tests (which would then miss the serialized test data and
    their transactions), so each test gets its own, and the connections opened meanwhile are
    closed with it.
    """
    from django.db import connections
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=["--no-sandbox"]
        )
        yield browser
        browser.close()
        connections.close_all()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request) -> str:
    return request.param


@pytest.fixture
def page(browser, viewport, request):
    context = browser.new_context(
        viewport=VIEWPORTS[viewport],
        is_mobile=viewport == "phone",
        has_touch=viewport == "phone",
        timezone_id="Europe/Sofia",
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.screenshot_dir = SCREENSHOTS / request.node.name.replace("/", "_")
    yield page
    context.close()


def shot(page, name: str) -> None:
    """Save a full-page screenshot of the current step."""
    page.screenshot_dir.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(page.screenshot_dir / f"{name}.png"), full_page=True)
