"""The expert directory's own index on the real engine: kept up to date on publish, topic
synonyms applied at query time (no reindex), atomic rebuilds, suggestions, and the backlog of
changes the engine missed."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from wagtail.search.backends import get_search_backend

from search import directory_index
from search.backlog import catch_up
from search.experts import search_experts
from search.models import PendingIndexChange
from tests import factories

pytestmark = pytest.mark.engine


def names(result) -> list[str]:
    return [f"{hit.first_name} {hit.last_name}" for hit in result.hits]


@pytest.fixture
def ai_topic(db):
    topic = factories.TopicFactory(
        name="Изкуствен интелект в здравеопазването",
        slug="ai-in-health",
        synonyms="изкуствен интелект, машинно обучение",
    )
    english = factories.translate_snippet(
        topic, "en", name="AI in health", synonyms="artificial intelligence"
    )
    return topic, english


def expert(site_tree, topics=(), **fields):
    page = factories.ExpertPageFactory(parent=site_tree.experts_bg, **fields)
    if topics:
        page.topics.set(topics)
        page.save_revision().publish()
    return page


def test_a_published_profile_is_found_by_latin_spelling_and_an_unpublished_one_is_gone(
    site_tree, engine_as_default
):
    page = expert(site_tree, first_name="Кристина", last_name="Ескенази", honorific="")
    expert(site_tree, first_name="Мартин", last_name="Шидеров", honorific="")
    engine_as_default.refresh()

    assert names(search_experts("Eskenazi", language="bg")) == ["Кристина Ескенази"]
    assert names(search_experts("Shiderov", language="en")) == ["Мартин Шидеров"]

    page.unpublish()
    engine_as_default.refresh()
    assert search_experts("Eskenazi", language="bg").total == 0


def test_a_new_synonym_applies_to_the_next_search_without_a_reindex(
    site_tree, engine_as_default, ai_topic
):
    topic, english = ai_topic
    expert(site_tree, topics=[topic], first_name="Мирела", last_name="Христова", honorific="")
    expert(site_tree, first_name="Ивайло", last_name="Стойков", honorific="")
    engine_as_default.refresh()
    assert "Мирела Христова" not in names(search_experts("LLM", language="en"))

    english.synonyms = "artificial intelligence, LLM"
    english.save()

    assert names(search_experts("LLM", language="en"))[:1] == ["Мирела Христова"]
    assert names(search_experts("ИИ", language="bg")) == []  # not a synonym (yet)


def test_an_english_query_finds_a_bulgarian_only_profile_through_its_topic(
    site_tree, engine_as_default, ai_topic
):
    topic, _english = ai_topic
    expert(
        site_tree,
        topics=[topic],
        first_name="Светла",
        last_name="Михайлова",
        honorific="",
        position="Експерт по регулиране",
        keywords="",
        short_bio="",
    )
    engine_as_default.refresh()

    result = search_experts("artificial intelligence", language="en")

    assert names(result) == ["Светла Михайлова"]
    assert result.hits[0].language == "bg"  # shown in its own language: no translation


def test_a_rebuild_moves_the_alias_to_a_new_index_and_drops_the_old(site_tree, engine_as_default):
    expert(site_tree, first_name="Кристина", last_name="Ескенази", honorific="")
    backend = get_search_backend()
    alias = directory_index.experts_alias(backend)
    before = set(backend.es.indices.get_alias(name=alias))

    call_command("update_index", backend_name="default", stdout=io.StringIO())

    after = set(backend.es.indices.get_alias(name=alias))
    assert len(after) == 1 and after != before
    assert not any(backend.es.indices.exists(index=name) for name in before)
    assert names(search_experts("Ескенази", language="bg")) == ["Кристина Ескенази"]


def test_suggestions_find_names_in_either_script_topics_and_press_titles(
    client, site_tree, engine_as_default, ai_topic
):
    expert(site_tree, first_name="Кристина", last_name="Ескенази", honorific="")
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Клъстерът стартира проекта PRECISEU"
    )
    engine_as_default.refresh()

    def labels(q: str, lang: str = "bg") -> list[tuple[str, str]]:
        data = client.get("/api/v1/suggest/", {"q": q, "lang": lang}).json()
        assert data["fallback"] is False
        return [(item["kind"], item["label"]) for item in data["suggestions"]]

    assert ("expert", "Кристина Ескенази") in labels("eske")
    assert ("expert", "Кристина Ескенази") in labels("Еске")
    assert ("topic", "AI in health") in labels("artificial", "en")
    assert ("topic", "Изкуствен интелект в здравеопазването") in labels("машинно")
    assert ("press", "Клъстерът стартира проекта PRECISEU") in labels("precis")
    assert labels("e") == []  # one letter suggests nothing


def test_changes_the_engine_missed_are_kept_and_caught_up(site_tree, engine_as_default, settings):
    working = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**working, "URLS": ["http://127.0.0.1:9"], "TIMEOUT": 1},
    }
    page = expert(site_tree, first_name="Цветелина", last_name="Янкова", honorific="")

    pending = PendingIndexChange.objects.get(object_pk=str(page.pk))
    assert pending.backend == "engine"

    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "default": working}
    done, still_pending = catch_up()
    engine_as_default.refresh()

    assert (done, still_pending) == (1, 0)
    assert names(search_experts("Tsvetelina Iankova", language="en")) == ["Цветелина Янкова"]
