"""The knowledge base's skeleton in both languages, on top of the site tree, and its topics."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from wagtail.models import Page

from mediacenter.models import Topic
from tests import factories


@dataclass
class KnowledgeTree:
    topics_bg: Page
    topics_en: Page
    knowledge_bg: Page
    knowledge_en: Page
    glossary_bg: Page
    glossary_en: Page
    atmp_bg: Topic
    atmp_en: Topic
    trials_bg: Topic
    trials_en: Topic


@pytest.fixture
def knowledge_tree(site_tree) -> KnowledgeTree:
    topics_bg = factories.TopicIndexPageFactory(parent=site_tree.home_bg)
    topics_en = factories.translate(topics_bg, "en", title="Topics")
    knowledge_bg = factories.KnowledgeIndexPageFactory(parent=site_tree.home_bg)
    knowledge_en = factories.translate(knowledge_bg, "en", title="Knowledge base")
    glossary_bg = factories.GlossaryPageFactory(parent=knowledge_bg)
    glossary_en = factories.translate(glossary_bg, "en", title="Glossary")
    atmp_bg = factories.TopicFactory(name="Модерни терапии (ATMP)", slug="atmp")
    atmp_en = factories.translate_snippet(atmp_bg, "en", name="Advanced therapies (ATMP)")
    trials_bg = factories.TopicFactory(name="Клинични изпитвания", slug="clinical-trials")
    trials_en = factories.translate_snippet(trials_bg, "en", name="Clinical trials")
    return KnowledgeTree(
        topics_bg,
        topics_en,
        knowledge_bg,
        knowledge_en,
        glossary_bg,
        glossary_en,
        atmp_bg,
        atmp_en,
        trials_bg,
        trials_en,
    )
