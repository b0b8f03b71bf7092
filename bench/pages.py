"""Median and p95 server time and query counts of the public pages journalists and readers hit most.

Runs in-process with Django's test client against a database holding the demo content:

    source scripts/lib.sh && ensure_venv
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 python manage.py migrate -v0
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 python manage.py load_demo_content --quiet
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 python bench/pages.py [rounds]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mediacenter.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from mediacenter.models import ExplainerPage  # noqa: E402
from press.models import EventPage, PressReleasePage  # noqa: E402


def urls() -> list[str]:
    release = PressReleasePage.objects.released().filter(locale__language_code="bg").first()
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    explainer = ExplainerPage.objects.live().filter(locale__language_code="bg").first()
    return [
        "/bg/",
        "/en/",
        "/bg/press/",
        "/en/press/?kind=news",
        release.url,
        "/bg/events/",
        event.url,
        "/en/media-kit/",
        "/bg/feeds/press/rss/",
        "/en/feeds/press/atom/",
        "/bg/feeds/events/ics/",
        "/sitemap.xml",
        "/bg/search/?q=PRECISEU",
        "/bg/topics/",
        "/bg/topics/atmp/",
        "/en/topics/clinical-trials/",
        explainer.url,
        "/bg/knowledge/glossary/",
    ]


def measure(client: Client, url: str, rounds: int) -> tuple[float, float, int]:
    client.get(url)  # renditions and caches warm
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, HTTP_HOST="127.0.0.1:8000")
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    client = Client(HTTP_HOST="127.0.0.1:8000")
    print(f"{'url':<55} {'median ms':>9} {'p95 ms':>7} {'queries':>7}")
    for url in urls():
        median, p95, queries = measure(client, url, rounds)
        print(f"{url:<55} {median:>9.1f} {p95:>7.1f} {queries:>7}")


if __name__ == "__main__":
    main()
