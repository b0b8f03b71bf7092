"""The search engine is real: a published press release is found through Wagtail's search API."""

import pytest

from press.models import PressReleasePage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.engine]


def test_published_press_release_is_found_in_the_engine(site_tree, search_engine):
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Клъстерът става член на EuropaBio",
        lead="Българският клъстер се присъединява към най-голямата европейска биотех организация.",
    )
    release.save_revision().publish()
    search_engine.refresh()

    results = PressReleasePage.objects.live().search("EuropaBio", backend="engine")

    assert [page.pk for page in results] == [release.pk]
