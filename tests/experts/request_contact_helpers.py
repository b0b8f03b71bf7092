"""Shared steps for the request-contact tests: fill the form the way a journalist does (open it,
take a few seconds, send it) and read what the pages show."""

from __future__ import annotations

import datetime
import html
import re

import time_machine
from django.utils import timezone

from tests import factories

# Seconds a person takes to fill the form: well above settings.CONTACT_FORM_MIN_SECONDS.
HUMAN_SECONDS = 20


def sofia_input(moment: datetime.datetime) -> str:
    """A datetime as the form's datetime-local input sends it (Sofia wall-clock time)."""
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def valid_data(**overrides) -> dict:
    data = {
        "journalist_name": "Елена Димитрова",
        "outlet": "Дневник",
        "email": "elena.dimitrova@dnevnik.example.bg",
        "phone": "+359 88 123 4567",
        "deadline": sofia_input(timezone.now() + datetime.timedelta(days=2)),
        "media_format": "online",
        "language": "bg",
        "questions": "Какво ще промени проектът PRECISEU за пациентите с редки болести в България?",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def form_stamp(response) -> str:
    match = re.search(r'name="stamp" value="([^"]*)"', response.content.decode())
    assert match, "the form carries no timestamp"
    return html.unescape(match.group(1))


def submit(client, url: str, data: dict, *, after: float = HUMAN_SECONDS, **extra):
    """Open the form, wait `after` seconds as a person would, then send it."""
    stamp = form_stamp(client.get(url, **extra))
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=after)):
        return client.post(url, {"stamp": stamp, **data}, **extra)


def error_texts(response) -> list[str]:
    """Every error message the page shows, as text."""
    page = response.content.decode()
    items = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', page, flags=re.S)
    texts = []
    for block in items:
        for item in re.findall(r"<li>(.*?)</li>", block, flags=re.S):
            texts.append(html.unescape(re.sub(r"<[^>]+>", "", item)).strip())
    return texts


def make_expert(site_tree, **fields):
    """A Bulgarian profile with an English translation, both live."""
    expert_bg = factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        honorific=fields.pop("honorific", "Доц. д-р"),
        first_name=fields.pop("first_name", "Радослава"),
        last_name=fields.pop("last_name", "Петкова"),
        position="Ръководител на лаборатория по клетъчна терапия",
        city="Пловдив",
        **fields,
    )
    expert_en = factories.translate(
        expert_bg,
        "en",
        honorific="Assoc. Prof. Dr.",
        first_name="Radoslava",
        last_name="Petkova",
        position="Head of the cell therapy laboratory",
        city="Plovdiv",
    )
    return expert_bg, expert_en
