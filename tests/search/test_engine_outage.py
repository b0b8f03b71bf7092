"""The real engine stops in the middle of a run (its process is frozen with SIGSTOP, so requests
hang as on a stuck cluster) and comes back (SIGCONT): search keeps answering from the database
backend with a notice, /healthz says so, and what was published meanwhile is caught up.

Marked `outage`: scripts/test.sh runs it alone after the suite, since every test using the engine
at that moment would see the outage too."""

from __future__ import annotations

import os
import signal
import time

import pytest
from bs4 import BeautifulSoup
from wagtail.search.backends import get_search_backend

from search.models import PendingIndexChange
from tests import factories

pytestmark = [pytest.mark.engine, pytest.mark.outage]


def engine_pid() -> int:
    path = os.environ.get("SEARCH_ENGINE_PID_FILE", "")
    if not path or not os.path.exists(path):
        pytest.fail("SEARCH_ENGINE_PID_FILE is not set: run the suite with `make test`.")
    with open(path) as pid_file:
        return int(pid_file.read().strip())


def cards(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [
        card.select_one(".card__title a").get_text(strip=True)
        for card in page.select("[data-testid=expert-card]")
    ]


def wait_for_engine(backend, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            backend.es.info(request_timeout=2)
            return
        except Exception:  # any failure means "not yet"
            time.sleep(0.5)
    pytest.fail("The engine did not come back within a minute.")


def test_search_answers_through_an_engine_outage_and_catches_up(
    client, site_tree, engine_as_default, settings, caplog, django_capture_on_commit_callbacks
):
    settings.SEARCH_QUERY_TIMEOUT = 1
    settings.SEARCH_ENGINE_RETRY_SECONDS = 2
    factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Кристина", last_name="Ескенази", honorific=""
    )
    engine_as_default.refresh()
    backend = get_search_backend()
    pid = engine_pid()

    os.kill(pid, signal.SIGSTOP)
    try:
        page = client.get(site_tree.experts_bg.url, {"q": "Eskenazi"})
        api = client.get("/api/v1/experts/", {"q": "Eskenazi"})
        site = client.get("/en/search/", {"q": "Eskenazi"})
        suggest = client.get("/api/v1/suggest/", {"q": "eske"})
        health = client.get("/healthz")
        # Published while the engine is down: kept in the backlog, not lost.
        late = factories.ExpertPageFactory(
            parent=site_tree.experts_bg, first_name="Мартин", last_name="Шидеров", honorific=""
        )
        late.save_revision().publish()
    finally:
        os.kill(pid, signal.SIGCONT)

    assert page.status_code == 200
    assert cards(page) == ["Кристина Ескенази"]
    assert BeautifulSoup(page.content, "html.parser").select_one("[data-testid=search-fallback]")
    assert api.status_code == 200
    assert [e["name"] for e in api.json()["results"]] == ["Кристина Ескенази"]
    assert site.status_code == 200
    assert suggest.status_code == 200 and suggest.json()["fallback"] is True
    assert health.status_code == 200
    assert health.json()["search"]["status"] == "down"
    assert health.json()["search"]["answering"] == "database"
    assert "answering from the database backend" in caplog.text
    assert PendingIndexChange.objects.filter(object_pk=str(late.pk)).exists()

    wait_for_engine(backend)
    time.sleep(settings.SEARCH_ENGINE_RETRY_SECONDS + 0.5)
    with django_capture_on_commit_callbacks(execute=True):
        health = client.get("/healthz").json()  # sees the engine back: starts the catch-up
    engine_as_default.refresh()

    assert health["search"]["status"] == "ok"
    assert not PendingIndexChange.objects.exists()
    back = client.get("/api/v1/experts/", {"q": "Shiderov"}).json()
    assert [e["name"] for e in back["results"]] == ["Мартин Шидеров"]
    page = client.get(site_tree.experts_bg.url, {"q": "Shiderov"})
    assert not BeautifulSoup(page.content, "html.parser").select_one(
        "[data-testid=search-fallback]"
    )
