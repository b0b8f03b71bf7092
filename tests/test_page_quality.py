"""What Lighthouse and axe-core check on every page, held by fast tests on the HTML itself: one meta
description, a favicon that exists, a labelled search landmark, a skip link to <main>, and a
contact form whose errors a keyboard or screen-reader user finds at once."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site_tree):
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Стартира VELES: регионално пространство за здравни данни",
        lead="Проектът свързва болници и университети в Югоизточна Европа.",
    )
    factories.translate(
        release,
        "en",
        title="VELES starts: a regional health data space",
        lead="The project links hospitals and universities in South-East Europe.",
    )
    expert = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Калина", last_name="Шидерова", slug="shiderova"
    )
    factories.translate(expert, "en", first_name="Kalina", last_name="Shiderova")
    return site_tree, release, expert


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def urls(site_tree, release, expert) -> list[str]:
    return [
        "/bg/",
        "/en/",
        site_tree.press_bg.url,
        release.url,
        site_tree.experts_en.url + "?q=Shiderova",
        expert.url,
        f"/en/request-contact/?expert={expert.pk}",
        "/bg/request-contact/",
        "/en/search/?q=VELES",
    ]


def test_every_page_has_one_description_a_favicon_and_a_skip_link(client, pages):
    for url in urls(*pages):
        soup = soup_of(client, url)
        descriptions = soup.head.find_all("meta", attrs={"name": "description"})
        assert len(descriptions) == 1 and len(descriptions[0]["content"]) > 40, url

        icon = soup.head.find("link", rel="icon")
        assert icon is not None, url
        assert finders.find(icon["href"].removeprefix("/static/")), icon["href"]

        # The first thing a keyboard reaches skips to the main content.
        first_link = soup.body.find(["a", "button", "input", "select", "textarea"])
        assert first_link.name == "a" and first_link["href"] == "#main", url
        assert soup.find("main", id="main") is not None

        # Each search landmark has its own name, so a screen reader can tell them apart.
        names = [form.get("aria-label") for form in soup.find_all(attrs={"role": "search"})]
        assert all(names) and len(names) == len(set(names)), (url, names)


def test_page_description_follows_the_content(client, pages):
    _site_tree, release, expert = pages
    description = soup_of(client, release.url).find("meta", attrs={"name": "description"})
    assert description["content"] == release.lead
    profile = soup_of(client, expert.url).find("meta", attrs={"name": "description"})
    assert profile["content"] == expert.short_bio


def test_contact_form_is_one_indexable_page(client, pages):
    *_, expert = pages
    soup = soup_of(client, f"/en/request-contact/?expert={expert.pk}")
    assert soup.find("meta", attrs={"name": "robots"}) is None
    assert soup.find("link", rel="canonical")["href"] == "http://testserver/en/request-contact/"


def test_contact_form_errors_are_announced_and_linked(client, pages):
    *_, expert = pages
    response = client.post(f"/en/request-contact/?expert={expert.pk}", {"email": "not-an-address"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    # A form sent back with errors is not for search engines.
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"

    summary = soup.find(id="error-summary")
    assert summary["role"] == "alert" and summary.has_attr("autofocus")
    assert summary["tabindex"] == "-1"
    links = {a["href"] for a in summary.find_all("a")}
    assert {"#id_journalist_name", "#id_email", "#id_consent"} <= links

    for name in ("journalist_name", "email", "questions", "consent"):
        field = soup.find(attrs={"name": name})
        assert field["aria-invalid"] == "true", name
        described_by = field["aria-describedby"].split()
        assert f"id_{name}_error" in described_by, name
        assert soup.find(id=f"id_{name}_error") is not None, name
