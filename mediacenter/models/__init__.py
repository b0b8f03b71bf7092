"""Site core and knowledge base: home page, topics and their hubs, explainers, glossary, fact sheets."""

from mediacenter.models.core import (
    HomePage,
    LocalizedTopicsMixin,
    OrganisationSettings,
    SectionPage,
    Topic,
    localized_instances,
    tagged_with,
    unique_by_translation,
)
from mediacenter.models.fact_sheet import FactSheetPage
from mediacenter.models.glossary import GlossaryPage, GlossaryTermPage
from mediacenter.models.knowledge import ExplainerPage, KnowledgeIndexPage
from mediacenter.models.topic_index import TopicIndexPage

__all__ = [
    "ExplainerPage",
    "FactSheetPage",
    "GlossaryPage",
    "GlossaryTermPage",
    "HomePage",
    "KnowledgeIndexPage",
    "LocalizedTopicsMixin",
    "OrganisationSettings",
    "SectionPage",
    "Topic",
    "TopicIndexPage",
    "localized_instances",
    "tagged_with",
    "unique_by_translation",
]
