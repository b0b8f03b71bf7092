"""A small bilingual newsroom for the feed, sitemap and head tests."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Page

from mediacenter.models import Topic
from tests import factories

BODY_HTML = "<p>Проектът свързва <b>иновационни</b> екосистеми в Европа.</p>"


@dataclass
class Newsroom:
    topic_bg: Topic
    topic_en: Topic
    other_topic_bg: Topic
    released_bg: Page  # with topic and featured image
    released_en: Page  # its translation, whose topic link still points at the Bulgarian row
    untagged_bg: Page
    draft_bg: Page
    embargoed_bg: Page
    embargoed_en: Page
    embargo_until: datetime.datetime


def build_newsroom(site_tree) -> Newsroom:
    topic_bg = factories.TopicFactory(name="Персонализирана медицина", slug="personalised-medicine")
    topic_en = factories.translate_snippet(topic_bg, "en", name="Personalised medicine")
    other_topic_bg = factories.TopicFactory(name="Клинични изпитвания", slug="clinical-trials")
    factories.translate_snippet(other_topic_bg, "en", name="Clinical trials")

    released_bg = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Стартира проектът PRECISEU",
        slug="preciseu",
        featured_image=factories.ImageFactory(),
        body=[{"type": "paragraph", "value": BODY_HTML}],
    )
    released_bg.topics.set([topic_bg])
    released_bg.save_revision().publish()
    released_en = factories.translate(
        released_bg,
        "en",
        title="PRECISEU project starts",
        lead="The cluster joins a consortium of 25 partners from 12 European regions.",
    )
    untagged_bg = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Информационен ден", slug="info-day"
    )
    untagged_bg.topics.set([other_topic_bg])
    untagged_bg.save_revision().publish()
    draft_bg = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Чернова за утре", slug="draft", live=False
    )
    embargo_until = timezone.now() + datetime.timedelta(hours=2)
    embargoed_bg = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Резултати под ембарго",
        slug="embargoed",
        embargo_until=embargo_until,
    )
    embargoed_bg.topics.set([topic_bg])
    embargoed_bg.save_revision().publish()
    embargoed_en = factories.translate(embargoed_bg, "en", title="Embargoed results")
    return Newsroom(
        topic_bg,
        topic_en,
        other_topic_bg,
        released_bg,
        released_en,
        untagged_bg,
        draft_bg,
        embargoed_bg,
        embargoed_en,
        embargo_until,
    )
