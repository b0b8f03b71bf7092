"""Two languages: the switch stays on the same page, hreflang points at the right translation."""

import re

import pytest

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def hreflangs(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def switch_links(html: str) -> dict[str, str]:
    nav = html.split('class="language-switch"', 1)[1].split("</nav>", 1)[0]
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', nav)}


def test_switch_and_hreflang_point_at_the_translation(client, site_tree):
    release_bg = factories.PressReleasePageFactory(parent=site_tree.press_bg, slug="europabio")
    release_en = factories.translate(release_bg, "en", title="The cluster joins EuropaBio")

    html = client.get("/bg/press/europabio/").text

    assert switch_links(html) == {"en": "/en/press/europabio/"}
    assert hreflangs(html) == {
        "bg": "http://testserver/bg/press/europabio/",
        "en": "http://testserver/en/press/europabio/",
        "x-default": "http://testserver/bg/press/europabio/",
    }
    html_en = client.get(release_en.url).text
    assert switch_links(html_en) == {"bg": "/bg/press/europabio/"}
    assert '<html lang="en">' in html_en


def test_switch_says_so_when_there_is_no_translation(client, site_tree):
    factories.PressReleasePageFactory(parent=site_tree.press_bg, slug="only-bulgarian")

    html = client.get("/bg/press/only-bulgarian/").text

    assert switch_links(html) == {"en": "/en/"}
    assert 'data-testid="no-translation-en"' in html
    assert hreflangs(html) == {
        "bg": "http://testserver/bg/press/only-bulgarian/",
        "x-default": "http://testserver/bg/press/only-bulgarian/",
    }


def test_draft_translation_is_not_offered(client, site_tree):
    release_bg = factories.PressReleasePageFactory(parent=site_tree.press_bg, slug="draft-en")
    release_en = factories.translate(release_bg, "en", title="Draft")
    release_en.unpublish()

    html = client.get("/bg/press/draft-en/").text

    assert "en" not in hreflangs(html)
    assert 'data-testid="no-translation-en"' in html


@pytest.mark.parametrize(
    "header",
    ["", "*", "xx-YY", "en;q=abc", "bg;q=0.5,,,;", "a" * 500, "en-US,en;q=0.9,\x00"],
)
def test_malformed_accept_language_never_breaks_the_root(client, site_tree, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)

    assert response.status_code == 302
    assert response["Location"] in {"/bg/", "/en/"}


def test_unknown_language_prefix_ends_in_a_404(client, site_tree):
    assert client.get("/de/", follow=True).status_code == 404


def test_dates_follow_the_active_language(client, site_tree):
    import datetime
    import zoneinfo

    sofia = zoneinfo.ZoneInfo("Europe/Sofia")
    release_bg = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        slug="dated",
        # 22:30 UTC on 30 June is already 1 July in Sofia.
        publication_date=datetime.datetime(2024, 6, 30, 22, 30, tzinfo=datetime.UTC),
    )
    factories.translate(release_bg, "en", title="Dated")
    assert release_bg.publication_date.astimezone(sofia).day == 1

    assert "1 юли 2024 г." in client.get("/bg/press/dated/").text
    assert "1 July 2024" in client.get("/en/press/dated/").text
