"""The relevance corpus: the demo topics and organisations, a bilingual expert directory and the
experts of `relevance.CORPUS_FILES`, imported once per test module the way staff import a
spreadsheet (`import_experts --create-missing`).

Built outside the per-test transaction (it is committed), so the tests of a module share it, and
deleted again when the module ends.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass, field

import pytest
from django.core.management import call_command

from tests.search import relevance


@dataclass
class RelevanceCorpus:
    """What the import made: external_id of every profile (both translations) by page id."""

    external_ids: dict[int, str] = field(default_factory=dict)
    pages: list[int] = field(default_factory=list)  # the home pages built (with their trees)
    topics: list[int] = field(default_factory=list)
    organisations: list[int] = field(default_factory=list)

    def external_id(self, pk: int) -> str:
        return self.external_ids.get(pk, f"?{pk}")


def _build() -> RelevanceCorpus:
    from wagtail.models import Locale, Page

    from experts.models import ExpertPage, Organisation
    from mediacenter.demo.loader import LANGUAGES, DemoLoader
    from mediacenter.models import Topic
    from tests import factories

    topics_before = set(Topic.objects.values_list("pk", flat=True))
    organisations_before = set(Organisation.objects.values_list("pk", flat=True))

    # Topics (with their per-language synonyms) and organisations exactly as the demo loader
    # makes them. Logos are left out: nothing searches them and drawing them is slow.
    loader = DemoLoader()
    loader.locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }
    loader.images = defaultdict(lambda: None)
    loader._topics()
    loader._organisations()

    # A bilingual directory for the import to add profiles to (as tests/conftest.py's site_tree).
    root = Page.get_first_root_node()
    home_bg = factories.HomePageFactory(parent=root, slug="relevance-home")
    home_en = factories.translate(home_bg, "en", title="Media Center")
    experts_bg = factories.ExpertIndexPageFactory(parent=home_bg)
    factories.translate(experts_bg, "en", title="Find an expert")

    for path in relevance.CORPUS_FILES:
        output = io.StringIO()
        call_command(
            "import_experts",
            str(path),
            create_missing=True,
            stdout=output,
            stderr=output,
        )

    return RelevanceCorpus(
        external_ids=dict(ExpertPage.objects.values_list("pk", "external_id")),
        pages=[home_bg.pk, home_en.pk],
        topics=list(Topic.objects.exclude(pk__in=topics_before).values_list("pk", flat=True)),
        organisations=list(
            Organisation.objects.exclude(pk__in=organisations_before).values_list("pk", flat=True)
        ),
    )


def _tear_down(corpus: RelevanceCorpus) -> None:
    from wagtail.models import Page

    from experts.models import Organisation
    from mediacenter.models import Topic

    for page in Page.objects.filter(pk__in=corpus.pages):
        page.delete()
    Topic.objects.filter(pk__in=corpus.topics).delete()
    Organisation.objects.filter(pk__in=corpus.organisations).delete()


@pytest.fixture(scope="module")
def relevance_corpus(django_db_setup, django_db_blocker):
    """The imported corpus, built once for the module and removed after it."""
    with django_db_blocker.unblock():
        corpus = _build()
    try:
        yield corpus
    finally:
        with django_db_blocker.unblock():
            _tear_down(corpus)
