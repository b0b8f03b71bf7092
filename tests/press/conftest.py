from __future__ import annotations

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from mediacenter.models import Topic
from tests import factories

SOFIA = ZoneInfo("Europe/Sofia")


@dataclass
class BilingualTopic:
    bg: Topic
    en: Topic


@pytest.fixture
def clinical_trials(db) -> BilingualTopic:
    bg = factories.TopicFactory(name="Клинични изпитвания", slug="clinical-trials")
    en = factories.translate_snippet(bg, "en", name="Clinical trials")
    return BilingualTopic(bg, en)


@pytest.fixture
def genomics(db) -> BilingualTopic:
    bg = factories.TopicFactory(name="Геномика", slug="genomics")
    en = factories.translate_snippet(bg, "en", name="Genomics")
    return BilingualTopic(bg, en)


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def release(parent, **fields):
    """A published press release; topics and organisations given as lists."""
    topics = fields.pop("topics", [])
    organisations = fields.pop("organisations", [])
    page = factories.PressReleasePageFactory(parent=parent, **fields)
    if topics or organisations:
        page.topics.set(topics)
        page.organisations.set(organisations)
        page.save()
    return page
