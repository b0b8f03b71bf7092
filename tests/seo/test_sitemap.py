"""sitemap.xml: live pages of both languages with hreflang alternates; no aliases, no embargo."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine

from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client) -> dict[str, dict[str, str]]:
    """{location: {hreflang: href}} as a search engine reads the sitemap."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", NS)
            if link.get("rel") == "alternate"
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_both_languages_with_alternates(client, site_tree, newsroom):
    sitemap = read_sitemap(client)
    bg, en = newsroom.released_bg.full_url, newsroom.released_en.full_url
    assert bg.endswith("/bg/press/preciseu/") and en.endswith("/en/press/preciseu/")
    expected = {"bg": bg, "en": en, "x-default": bg}
    assert sitemap[bg] == expected
    assert sitemap[en] == expected
    assert sitemap[site_tree.home_bg.full_url] == {
        "bg": site_tree.home_bg.full_url,
        "en": site_tree.home_en.full_url,
        "x-default": site_tree.home_bg.full_url,
    }
    assert site_tree.home_en.full_url in sitemap
    assert site_tree.media_kit_en.full_url in sitemap


def test_untranslated_page_has_only_its_own_language(client, newsroom):
    url = newsroom.untagged_bg.full_url
    assert read_sitemap(client)[url] == {"bg": url, "x-default": url}


def test_drafts_and_aliases_are_left_out(client, site_tree, newsroom):
    alias = newsroom.untagged_bg.create_alias(
        parent=site_tree.press_en, update_locale=factories.locale("en")
    )
    assert alias.live and alias.alias_of_id == newsroom.untagged_bg.pk
    sitemap = read_sitemap(client)
    assert alias.full_url not in sitemap
    assert all("/draft/" not in url for url in sitemap)
    assert "en" not in sitemap[newsroom.untagged_bg.full_url]


def test_embargoed_release_is_absent_until_the_embargo_lifts(client, newsroom):
    bg, en = newsroom.embargoed_bg.full_url, newsroom.embargoed_en.full_url
    sitemap = read_sitemap(client)
    assert bg not in sitemap and en not in sitemap
    assert not any(bg in links.values() or en in links.values() for links in sitemap.values())
    with time_machine.travel(newsroom.embargo_until - datetime.timedelta(seconds=1), tick=False):
        assert bg not in read_sitemap(client)
    with time_machine.travel(newsroom.embargo_until + datetime.timedelta(seconds=1), tick=False):
        sitemap = read_sitemap(client)
    assert sitemap[bg] == {"bg": bg, "en": en, "x-default": bg}
    assert sitemap[en] == {"bg": bg, "en": en, "x-default": bg}


def test_english_only_page_uses_itself_as_x_default(client, site_tree):
    page = factories.PressReleasePageFactory(parent=site_tree.press_en, title="English only")
    url = page.full_url
    assert read_sitemap(client)[url] == {"en": url, "x-default": url}
