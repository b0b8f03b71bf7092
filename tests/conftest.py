from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from wagtail.models import Page, Site

from tests import factories


@dataclass
class SiteTree:
    home_bg: Page
    home_en: Page
    press_bg: Page
    press_en: Page
    events_bg: Page
    events_en: Page
    media_kit_bg: Page
    media_kit_en: Page
    experts_bg: Page
    experts_en: Page


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with empty caches: rate limits, cached pages and fragments, the page
    cache's generation and image renditions don't leak between tests."""
    from django.conf import settings
    from django.core.cache import caches

    from mediacenter.cache import forget_in_process

    for alias in settings.CACHES:
        caches[alias].clear()
    forget_in_process()


@pytest.fixture
def site_tree(db) -> SiteTree:
    """The site skeleton in both languages: home, newsroom, events, media kit and expert directory."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home_bg = factories.HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home_bg, "site_name": "MC"},
    )
    home_en = factories.translate(home_bg, "en", title="Media Center")
    press_bg = factories.PressIndexPageFactory(parent=home_bg)
    press_en = factories.translate(press_bg, "en", title="Press releases")
    events_bg = factories.EventIndexPageFactory(parent=home_bg)
    events_en = factories.translate(events_bg, "en", title="Events")
    media_kit_bg = factories.MediaKitPageFactory(parent=home_bg)
    media_kit_en = factories.translate(media_kit_bg, "en", title="Media kit")
    experts_bg = factories.ExpertIndexPageFactory(parent=home_bg)
    experts_en = factories.translate(experts_bg, "en", title="Find an expert")
    return SiteTree(
        home_bg,
        home_en,
        press_bg,
        press_en,
        events_bg,
        events_en,
        media_kit_bg,
        media_kit_en,
        experts_bg,
        experts_en,
    )


@pytest.fixture
def search_engine(db, settings):
    """The real OpenSearch/Elasticsearch the test command started, with a fresh, empty index,
    updated on every save as in production."""
    from django.core.management import call_command
    from wagtail.search.backends import get_search_backend

    if "engine" not in settings.WAGTAILSEARCH_BACKENDS:
        pytest.fail("ELASTICSEARCH_URL is not set: run the suite with `make test`.")
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "engine": {**settings.WAGTAILSEARCH_BACKENDS["engine"], "AUTO_UPDATE": True},
    }
    # A rebuild from the (empty) test database replaces whatever earlier tests left in the index.
    call_command("update_index", backend_name="engine", stdout=io.StringIO())
    return SearchEngine(get_search_backend("engine"))


@pytest.fixture
def engine_as_default(settings, search_engine):
    """The real engine as the site's default search backend, as in production."""
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": settings.WAGTAILSEARCH_BACKENDS["engine"],
        # As in production: kept up to date beside the engine, to answer when it is down.
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    return search_engine


class SearchEngine:
    def __init__(self, backend):
        self.backend = backend

    def refresh(self) -> None:
        """Make what was just indexed searchable (the engine refreshes every second on its own)."""
        from wagtail.search.index import get_indexed_models

        for index in {
            self.backend.get_index_for_model(m).name: self.backend.get_index_for_model(m)
            for m in get_indexed_models()
        }.values():
            index.refresh()
        from search import directory_index

        if self.backend.es.indices.exists_alias(name=directory_index.experts_alias(self.backend)):
            directory_index.refresh(self.backend)
