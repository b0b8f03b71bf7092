"""How long `manage.py import_experts` takes for N synthetic bilingual experts (default 10,000):
the first import (creates every profile, organisation and topic), the same file again (must be a
no-op), and the file with 1% of the rows changed (updates in place).

With no DATABASE_URL it runs on a throwaway SQLite database it migrates and fills itself;
otherwise on that database (migrated if needed; the site tree is added if it has no expert
directory). Use a database of its own, not one you care about: it adds N experts.

    source scripts/lib.sh && ensure_venv
    python bench/import_experts.py [N]
    DATABASE_URL=postgres://mediacenter:mediacenter@127.0.0.1:54329/bench_import \\
        python bench/import_experts.py [N]

The search index is the one the settings name (the database backend unless ELASTICSEARCH_URL is
set; then also set SEARCH_INDEX_PREFIX=bench_ to keep the bench out of the development index).
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mediacenter.settings.dev")
os.environ.setdefault("DEBUG", "false")  # with DEBUG on, Django keeps every query in memory
WORK_DIR = Path(tempfile.mkdtemp(prefix="bench-import-"))
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{WORK_DIR / 'db.sqlite3'}"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from experts.models import ExpertIndexPage, ExpertPage  # noqa: E402
from mediacenter.models import HomePage  # noqa: E402
from search.transliteration import to_latin  # noqa: E402

FIRST_NAMES = [
    ("Мария", "Петрова"),
    ("Иван", "Иванов"),
    ("Елена", "Димитрова"),
    ("Георги", "Стоянов"),
    ("Десислава", "Николова"),
    ("Стефан", "Шидеров"),
    ("Радостина", "Ценова"),
    ("Владимир", "Жеков"),
    ("Цветана", "Юрукова"),
    ("Калоян", "Щерев"),
]
LAST_NAMES = ["Вълканов", "Чолаков", "Ангелов", "Христов", "Йорданов", "Пеев", "Гочев", "Ушев"]
CITIES = [
    ("София", "Sofia"),
    ("Пловдив", "Plovdiv"),
    ("Варна", "Varna"),
    ("Стара Загора", "Stara Zagora"),
    ("Плевен", "Pleven"),
]
TOPICS = [
    ("personalised-medicine", "Персонализирана медицина", "Personalised medicine"),
    ("genomics", "Геномика", "Genomics"),
    ("atmp", "Лекарствени продукти за модерна терапия", "Advanced therapies"),
    ("clinical-trials", "Клинични изпитвания", "Clinical trials"),
    ("rare-diseases", "Редки болести", "Rare diseases"),
    ("digital-health", "Дигитално здраве", "Digital health"),
    ("ai-in-health", "Изкуствен интелект в здравеопазването", "AI in health care"),
    ("epigenetics", "Епигенетика", "Epigenetics"),
    ("health-data", "Здравни данни", "Health data"),
    ("medical-devices", "Медицински изделия", "Medical devices"),
]


def feminine(surname: str) -> str:
    return surname + "а"


def rows(count: int, seed: int = 7) -> list[dict]:
    """`count` bilingual experts with realistic (fictional) Bulgarian names and affiliations."""
    rng = random.Random(seed)
    result = []
    for n in range(count):
        first, _surname = FIRST_NAMES[n % len(FIRST_NAMES)]
        last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
        if first.endswith("а"):
            last = feminine(last)
        city_bg, city_en = CITIES[n % len(CITIES)]
        topics = rng.sample(TOPICS, 3)
        organisation = n % 50
        result.append(
            {
                "external_id": f"BENCH-{n:06d}",
                "honorific_bg": "Проф. д-р" if n % 3 == 0 else "Д-р",
                "honorific_en": "Prof. Dr." if n % 3 == 0 else "Dr.",
                "first_name_bg": first,
                "first_name_en": to_latin(first),
                "last_name_bg": last,
                "last_name_en": to_latin(last),
                "position_bg": f"Ръководител на лаборатория {n % 40 + 1}",
                "position_en": f"Head of laboratory {n % 40 + 1}",
                "organisation": f"Научен институт № {organisation + 1}",
                "city_bg": city_bg,
                "city_en": city_en,
                "bio_bg": f"Изследва {topics[0][1].lower()} и {topics[1][1].lower()}.",
                "bio_en": f"Works on {topics[0][2].lower()} and {topics[1][2].lower()}.",
                "topics": [{"slug": s, "name_bg": bg, "name_en": en} for s, bg, en in topics],
                "keywords_bg": [t[1].lower() for t in topics],
                "keywords_en": [t[2].lower() for t in topics],
                "languages": ["bg", "en"] if n % 4 else ["bg", "en", "de"],
                "media_formats": ["tv", "online"] if n % 2 else ["radio", "print"],
                "media_trained": n % 5 == 0,
                "availability": "available" if n % 7 else "limited",
                "email": f"expert{n}@institute{organisation + 1}.example.bg",
                "phone": f"+359 2 {n:07d}",
                "links": [f"https://orcid.org/0000-0002-{n // 1000:04d}-{n % 1000:03d}X"],
            }
        )
    return result


def ensure_site() -> None:
    """A Bulgarian and English home page with an expert directory, unless the database has one."""
    call_command("migrate", verbosity=0)
    if ExpertIndexPage.objects.live().filter(locale__language_code="bg").exists():
        return
    bg, en = Locale.objects.get(language_code="bg"), Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=bg).first()
    if home is None:
        home = root.add_child(
            instance=HomePage(title="Медиен център", slug="bench-home", locale=bg)
        )
        home.save_revision().publish()
    if home.get_translation_or_none(en) is None:
        translation = home.copy_for_translation(en)
        translation.title = "Media Center"
        translation.save_revision().publish()
    index = home.add_child(
        instance=ExpertIndexPage(title="Намерете експерт", slug="experts", locale=bg, live=False)
    )
    index.save_revision().publish()
    translation = index.copy_for_translation(en)
    translation.title = "Find an expert"
    translation.save_revision().publish()


def timed_import(path: Path, label: str, count: int) -> str:
    out = io.StringIO()
    started, cpu_started = time.perf_counter(), time.process_time()
    call_command("import_experts", str(path), create_missing=True, stdout=out)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    summary = out.getvalue().splitlines()[0]
    print(
        f"{label:<20} {seconds:>8.1f} s {count / seconds:>8.0f} rows/s {cpu:>8.1f} s CPU   {summary}",
        flush=True,
    )
    return summary


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    ensure_site()
    print(f"database: {connection.vendor} {connection.settings_dict['NAME']}", flush=True)
    print(f"{'':<20} {'wall':>10} {'':>15} {'in this process':>15}")
    data = rows(count)
    path = WORK_DIR / "experts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = ExpertPage.objects.count()
    timed_import(path, f"import of {count}", count)
    print(f"{'':<20} expert pages: {before} → {ExpertPage.objects.count()}", flush=True)
    timed_import(path, "same file again", count)
    changed = max(count // 100, 1)
    for row in data[:changed]:
        row["position_en"] += " (acting)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    timed_import(path, f"{changed} rows changed", count)


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        shutil.rmtree(WORK_DIR, ignore_errors=True)  # the JSON file and any throwaway database
