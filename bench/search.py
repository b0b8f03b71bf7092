"""Search measured: indexing time, expert API latency end to end and on the raw engine, and the
mean reciprocal rank of the relevance set, on the engine and on the database backend.

For each size N (default 1000 and 10000) it makes a throwaway database (`bench_search_<N>` on the
PostgreSQL server of DATABASE_URL, else a SQLite file), imports N synthetic bilingual experts
(bench/import_experts.py's generator, through the real `import_experts`) and a few hundred press
releases, then measures on the engine at ELASTICSEARCH_URL under the index prefix
`bench_<N>_`:

- indexing: `update_index` on the engine (Wagtail's index and the directory's own index), the
  directory index rebuilt again on its own (`directory_index.rebuild`), and `update_index` on
  the database backend;
- latency: a fixed list of queries through `/api/v1/experts/` with Django's test client (no
  network), warmed up first, p50/p95; the same queries' request bodies (captured from the
  engine client while the API runs them) sent straight to the engine's `_search`, p50/p95, and
  the engine's own `took`; then the same queries with the database backend as the default.

`--relevance` builds the relevance corpus instead (tests/search/conftest.py) and prints the mean
reciprocal rank of tests/search/relevance.py's cases on each backend.

    source scripts/lib.sh && ensure_venv && eval "$(bash scripts/services.sh env)"
    python bench/search.py [N ...]        # e.g. 1000 10000 (100000 takes hours to import)
    python bench/search.py --relevance

Each size runs in a process of its own; the databases and `bench_` indexes it makes are dropped
at the end. Without ELASTICSEARCH_URL only the database backend is measured.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULT = "BENCH-RESULT "
ROUNDS = 7  # passes over the query list per backend: 7 × 31 queries ≈ 217 requests
PRESS_RELEASES = 150  # Bulgarian, plus an English translation of every other one

# (query string for /api/v1/experts/, what it is). Names and topics are those of the generator.
QUERIES: list[tuple[dict, str]] = [
    ({"q": "Шидеров"}, "name, Cyrillic"),
    ({"q": "Мария Вълканова"}, "full name, Cyrillic"),
    ({"q": "Калоян Щерев"}, "full name, Cyrillic"),
    ({"q": "Юрукова"}, "name, Cyrillic"),
    ({"q": "Shiderov", "lang": "en"}, "name, Latin"),
    ({"q": "Shterev", "lang": "en"}, "name, Latin"),
    ({"q": "Tsenova", "lang": "en"}, "name, Latin"),
    ({"q": "Valkanova"}, "name, Latin (ъ→a)"),
    ({"q": "Vulkanova", "lang": "en"}, "name, Latin variant (ъ→u)"),
    ({"q": "Jekov"}, "name, Latin variant (ж→j)"),
    ({"q": "Чолакоф"}, "name, -ov/-off"),
    ({"q": "геномика"}, "topic, bg"),
    ({"q": "genomics", "lang": "en"}, "topic, en"),
    ({"q": "клинични изпитвания"}, "topic, bg, two words"),
    ({"q": "clinical trials", "lang": "en"}, "topic, en, two words"),
    ({"q": "klinichni izpitvania"}, "topic, Bulgarian in Latin"),
    ({"q": "редки болести"}, "topic, bg"),
    ({"q": "digital health", "lang": "en"}, "topic, en"),
    ({"q": "епигенетика", "lang": "en"}, "topic, bg on the en site"),
    ({"q": "ИИ"}, "synonym"),
    ({"q": "machine learning", "lang": "en"}, "synonym"),
    ({"q": "изкуствен интелект"}, "topic words"),
    ({"q": "genomcs", "lang": "en"}, "typo"),
    ({"q": "epigentics", "lang": "en"}, "typo"),
    ({"q": "Shidrov"}, "typo in a name"),
    ({"q": "лаборатория 12"}, "position words"),
    ({"topic": "genomics", "language": "en"}, "facets only"),
    ({"q": "Sofia", "format": "tv", "lang": "en"}, "city + facet"),
    ({"q": "редки болести", "availability": "limited"}, "topic + facet"),
    ({"topic": "rare-diseases", "city": "Варна", "language": "de"}, "three facets"),
    ({}, "no query: every expert by name"),
]


# Parent: one child process per size ----------------------------------------------------------


def _server_url(database: str) -> str:
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{database}"))


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(_server_url("postgres"), autocommit=True) as conn:
        conn.execute(sql)


def run_child(mode: str, label: str) -> dict:
    """Run one measurement in a fresh database in a process of its own; its result dict."""
    env = dict(os.environ)
    workdir = Path(tempfile.mkdtemp(prefix="bench-search-"))
    database = f"bench_search_{label}"
    on_postgres = bool(os.environ.get("DATABASE_URL"))
    if on_postgres:
        _admin(f'DROP DATABASE IF EXISTS "{database}"')
        _admin(f'CREATE DATABASE "{database}"')
        env["DATABASE_URL"] = _server_url(database)
    else:
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
    env["SEARCH_INDEX_PREFIX"] = f"bench_{label}_"
    env["DJANGO_SETTINGS_MODULE"] = "mediacenter.settings.dev"
    env["DEBUG"] = "false"
    started = time.perf_counter()
    try:
        process = subprocess.run(
            [sys.executable, __file__, mode, label],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        if on_postgres:
            _admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)
    result = None
    for line in process.stdout.splitlines():
        if line.startswith(RESULT):
            result = json.loads(line[len(RESULT) :])
        else:
            print(line, flush=True)
    if process.returncode or result is None:
        raise SystemExit(f"{mode} {label} failed (exit {process.returncode})")
    result["wall_s"] = time.perf_counter() - started
    print(f"[{mode} {label}: {result['wall_s']:.0f} s in all]", flush=True)
    return result


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} ms"


def _s(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} s"


def speed_table(results: list[dict]) -> str:
    lines = [
        "| size | engine | index time | API p50 | API p95 | raw p50 | raw p95 | ratio p95 (p50) |",
        "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        size = f"{r['size']:,}"
        if r.get("engine"):
            e = r["engine"]
            index = (
                f"{_s(e['update_index_s'])} update_index "
                f"(directory index alone {_s(e['directory_rebuild_s'])})"
            )
            ratio = f"{e['api_p95'] / e['raw_p95']:.1f}× ({e['api_p50'] / e['raw_p50']:.1f}×)"
            lines.append(
                f"| {size} | OpenSearch | {index} | {_ms(e['api_p50'])} | {_ms(e['api_p95'])} "
                f"| {_ms(e['raw_p50'])} | {_ms(e['raw_p95'])} | {ratio} |"
            )
        d = r["database"]
        lines.append(
            f"| {size} | database ({r['vendor']}) | {_s(d['update_index_s'])} update_index "
            f"| {_ms(d['api_p50'])} | {_ms(d['api_p95'])} | – | – | – |"
        )
    return "\n".join(lines)


def detail_table(results: list[dict]) -> str:
    lines = [
        "| size | database | import (N experts) | press releases | engine `took` p50 / p95 "
        "| API requests per backend |",
        "| ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        took = (
            f"{_ms(r['engine']['took_p50'])} / {_ms(r['engine']['took_p95'])}"
            if r.get("engine")
            else "–"
        )
        lines.append(
            f"| {r['size']:,} | {r['vendor']} | {_s(r['import_s'])} | {r['press']} | {took} "
            f"| {r['requests']} |"
        )
    return "\n".join(lines)


def mrr_table(result: dict) -> str:
    lines = [
        "| backend | cases | found (all required in top 3) | MRR |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, r in result["backends"].items():
        lines.append(f"| {name} | {r['cases']} | {r['found']} | {r['mrr']:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="numbers of experts (1000 10000)")
    parser.add_argument("--relevance", action="store_true", help="MRR on the relevance corpus")
    args = parser.parse_args()
    if args.relevance:
        result = run_child("--relevance-child", "relevance")
        print("\n" + mrr_table(result))
        return
    results = [run_child("--size-child", str(size)) for size in args.sizes or [1000, 10000]]
    print("\n" + speed_table(results) + "\n\n" + detail_table(results))


# Child: one database, one size ---------------------------------------------------------------


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def setup_django():
    # This file is bench/search.py: its folder must not hide the `search` app.
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    backends = settings.WAGTAILSEARCH_BACKENDS
    engine = "database" in backends  # the engine is the default, the database beside it
    if engine:
        # The import and the press releases are indexed by update_index afterwards, as timed.
        backends["default"]["AUTO_UPDATE"] = False
    return engine


def load_import_bench():
    """bench/import_experts.py (its generator and site set-up), imported, not copied."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "import_experts", ROOT / "bench" / "import_experts.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def log(message: str) -> None:
    print(message, flush=True)


def timed(label: str, function, *args, **kwargs):
    started = time.perf_counter()
    value = function(*args, **kwargs)
    seconds = time.perf_counter() - started
    log(f"  {label:<42} {seconds:8.1f} s")
    return value, seconds


def point_site_at_home() -> None:
    """The default Site's root is the bench's home page, so profiles have URLs."""
    from wagtail.models import Site

    from experts.models import ExpertIndexPage

    home = ExpertIndexPage.objects.filter(locale__language_code="bg").first().get_parent()
    Site.objects.filter(is_default_site=True).update(root_page=home, hostname="localhost")


def make_press(count: int) -> int:
    from wagtail.models import Locale

    from experts.models import ExpertIndexPage
    from tests import factories

    home = ExpertIndexPage.objects.filter(locale__language_code="bg").first().get_parent()
    press = factories.PressIndexPageFactory(parent=home, slug="bench-press")
    en = Locale.objects.get(language_code="en")
    factories.translate(press, "en", title="Press releases")
    made = 0
    topics = ["геномика", "клинични изпитвания", "редки болести", "дигитално здраве"]
    for n in range(count):
        release = factories.PressReleasePageFactory(
            parent=press,
            title=f"Клъстерът обявява резултати по {topics[n % len(topics)]} № {n}",
            slug=f"bench-release-{n}",
        )
        made += 1
        if n % 2 == 0:
            translation = release.copy_for_translation(en)
            translation.title = f"Cluster announces results {n}"
            translation.save()
            made += 1
    return made


def api_urls() -> list[str]:
    return [
        "/api/v1/experts/" + ("?" + urlencode(params, doseq=True) if params else "")
        for params, _what in QUERIES
    ]


def time_api(client, urls: list[str]) -> list[float]:
    timings = []
    for _ in range(ROUNDS):
        for url in urls:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url}: {response.status_code} {response.content[:300]!r}")
    return timings


def engine_bodies(client, urls: list[str]) -> list[tuple[str, dict]]:
    """The request each API query sends to the engine, caught on the client as it is sent."""
    from wagtail.search.backends import get_search_backend

    client_class = type(get_search_backend().es)
    original = client_class.search
    caught: list[tuple[str, dict]] = []

    def catching(self, *args, **kwargs):
        caught.append((kwargs["index"], json.loads(json.dumps(kwargs["body"]))))
        return original(self, *args, **kwargs)

    client_class.search = catching
    bodies = []
    try:
        for url in urls:
            caught.clear()
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            if len(caught) != 1:
                raise SystemExit(f"{url}: {len(caught)} engine requests, expected one")
            bodies.append(caught[0])
    finally:
        client_class.search = original
    return bodies


def time_raw(bodies: list[tuple[str, dict]]) -> tuple[list[float], list[float]]:
    from wagtail.search.backends import get_search_backend

    es = get_search_backend().es
    for index, body in bodies:  # warm
        es.search(index=index, body=body)
    timings, took = [], []
    for _ in range(ROUNDS):
        for index, body in bodies:
            started = time.perf_counter()
            response = es.search(index=index, body=body)
            timings.append((time.perf_counter() - started) * 1000)
            took.append(float(response["took"]))
    return timings, took


def database_default():
    from django.test import override_settings

    return override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "wagtail.search.backends.database"}}
    )


def drop_indexes() -> None:
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    if "database" not in settings.WAGTAILSEARCH_BACKENDS:
        return
    backend = get_search_backend()
    prefix = backend.index_prefix
    assert prefix.startswith("bench_"), prefix
    names = list(backend.es.indices.get(index=f"{prefix}*").keys())
    for name in names:
        backend.es.indices.delete(index=name)
    log(f"  dropped {len(names)} engine indexes {prefix}*")


def size_child(count: int) -> dict:
    engine = setup_django()
    import io

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.search.backends import get_search_backend

    from search import directory_index

    import_experts = load_import_bench()

    result: dict = {"size": count, "vendor": connection.vendor, "engine": None}
    log(f"{count:,} experts — {connection.vendor} {connection.settings_dict['NAME']}")
    try:
        timed("migrate + site", import_experts.ensure_site)
        point_site_at_home()
        result["press"], _ = timed(f"{PRESS_RELEASES} press releases", make_press, PRESS_RELEASES)
        path = import_experts.WORK_DIR / "experts.json"
        path.write_text(json.dumps(import_experts.rows(count), ensure_ascii=False), "utf-8")
        _, result["import_s"] = timed(
            f"import of {count:,} experts",
            call_command,
            "import_experts",
            str(path),
            create_missing=True,
            stdout=io.StringIO(),
        )
        urls = api_urls()
        client = Client(HTTP_HOST="localhost")
        result["requests"] = ROUNDS * len(urls)

        if engine:
            stats: dict = {}
            _, stats["update_index_s"] = timed(
                "update_index (engine: Wagtail + directory)",
                call_command,
                "update_index",
                backend_name="default",
                stdout=io.StringIO(),
            )
            backend = get_search_backend()
            _, stats["directory_rebuild_s"] = timed(
                "directory_index.rebuild alone", directory_index.rebuild, backend
            )
            directory_index.refresh(backend)
            for url in urls:  # warm
                client.get(url)
            bodies = engine_bodies(client, urls)
            api = time_api(client, urls)
            raw, took = time_raw(bodies)
            stats.update(
                api_p50=percentile(api, 50),
                api_p95=percentile(api, 95),
                raw_p50=percentile(raw, 50),
                raw_p95=percentile(raw, 95),
                took_p50=percentile(took, 50),
                took_p95=percentile(took, 95),
            )
            log(
                "  engine: API p50 {api_p50:.1f} p95 {api_p95:.1f} ms; raw p50 {raw_p50:.1f} "
                "p95 {raw_p95:.1f} ms; took p50 {took_p50:.1f} p95 {took_p95:.1f} ms".format(
                    **stats
                )
            )
            result["engine"] = stats

        database: dict = {}
        with database_default():
            if os.environ.get("BENCH_DATABASE_REINDEX", "1") != "0":
                _, database["update_index_s"] = timed(
                    "update_index (database backend)",
                    call_command,
                    "update_index",
                    backend_name="default",
                    stdout=io.StringIO(),
                )
            else:  # the import filled it already (it runs with the database index on)
                database["update_index_s"] = None
            for url in urls:  # warm
                client.get(url)
            api = time_api(client, urls)
        database.update(api_p50=percentile(api, 50), api_p95=percentile(api, 95))
        log("  database: API p50 {api_p50:.1f} p95 {api_p95:.1f} ms".format(**database))
        result["database"] = database
    finally:
        shutil.rmtree(import_experts.WORK_DIR, ignore_errors=True)
        connection.close()
        drop_indexes()
    return result


def relevance_child() -> dict:
    engine = setup_django()
    import io

    from django.core.management import call_command
    from django.db import connection

    from search.experts import search_experts
    from tests.search import relevance
    from tests.search.conftest import _build

    log(f"relevance corpus — {connection.vendor} {connection.settings_dict['NAME']}")

    def run(name: str) -> dict:
        corpus_ranks, found, fell_back = [], 0, 0
        for case in relevance.CASES:
            hits = search_experts(case.query, language=case.lang)
            got = [corpus.external_id(hit.pk) for hit in hits.hits]
            corpus_ranks.append(relevance.reciprocal_rank(got, case.top3))
            found += relevance.found(got, case)
            fell_back += hits.fallback
        mrr = relevance.mean_reciprocal_rank(corpus_ranks)
        log(f"  {name}: {found}/{len(relevance.CASES)} found, MRR {mrr:.3f}, fallback {fell_back}")
        return {"cases": len(relevance.CASES), "found": found, "mrr": mrr, "fallback": fell_back}

    backends: dict = {}
    try:
        timed("migrate", call_command, "migrate", verbosity=0)
        corpus, _ = timed("build the relevance corpus", _build)
        if engine:
            timed(
                "update_index (engine)",
                call_command,
                "update_index",
                backend_name="default",
                stdout=io.StringIO(),
            )
            from wagtail.search.backends import get_search_backend

            from search import directory_index

            directory_index.refresh(get_search_backend())
            backends["OpenSearch"] = run("OpenSearch")
        with database_default():
            backends[f"database ({connection.vendor})"] = run("database")
    finally:
        drop_indexes()
        connection.close()
    return {"backends": backends}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--size-child":
        print(RESULT + json.dumps(size_child(int(sys.argv[2]))), flush=True)
    elif len(sys.argv) == 3 and sys.argv[1] == "--relevance-child":
        print(RESULT + json.dumps(relevance_child()), flush=True)
    else:
        main()
