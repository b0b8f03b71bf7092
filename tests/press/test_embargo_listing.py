"""An embargoed item is absent from the newsroom list until the embargo lifts, then appears."""

from __future__ import annotations

import datetime

import pytest
import time_machine

from tests import factories
from tests.press.conftest import SOFIA, release

pytestmark = pytest.mark.django_db

LIFTS = datetime.datetime(2030, 3, 1, 9, 0, tzinfo=SOFIA)


def test_embargoed_item_appears_in_the_press_index_when_the_embargo_lifts(client, site_tree):
    release(
        site_tree.press_bg, title="Открито", publication_date=LIFTS - datetime.timedelta(days=30)
    )
    hidden = release(
        site_tree.press_bg, title="Под ембарго", publication_date=LIFTS, embargo_until=LIFTS
    )
    factories.translate(hidden, "en", title="Embargoed results")

    for moment in (None, LIFTS - datetime.timedelta(seconds=1)):
        with time_machine.travel(moment or datetime.datetime.now(tz=SOFIA), tick=False):
            bg = client.get("/bg/press/")
            en = client.get("/en/press/")
            assert "Под ембарго" not in bg.text
            assert "Embargoed results" not in en.text
            # Nor does its year leak through the year filter.
            assert bg.context["filter_form"].years == [2030]
            assert en.context["filter_form"].years == []

    with time_machine.travel(LIFTS, tick=False):
        bg = client.get("/bg/press/")
        en = client.get("/en/press/")
        assert [item.title for item in bg.context["items"]] == ["Под ембарго", "Открито"]
        assert [item.title for item in en.context["items"]] == ["Embargoed results"]
