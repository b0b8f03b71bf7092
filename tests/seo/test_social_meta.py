"""Open Graph and Twitter card tags: what a shared link shows on social networks and messengers."""

import pytest
from wagtail.models import Site

from mediacenter.models import OrganisationSettings
from tests import factories
from tests.seo.head import get_soup, meta, meta_all

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def test_home_page_is_a_website_in_its_locale(client, site_tree):
    soup = get_soup(client, "/bg/")
    assert meta(soup, "og:type") == "website"
    assert meta(soup, "og:title") == site_tree.home_bg.title
    assert meta(soup, "og:url") == site_tree.home_bg.full_url
    assert meta(soup, "og:url") == soup.head.find("link", rel="canonical")["href"]
    assert meta(soup, "og:locale") == "bg_BG"
    assert meta_all(soup, "og:locale:alternate") == ["en_US"]
    assert meta(soup, "og:description")
    assert meta(soup, "og:site_name")
    soup = get_soup(client, "/en/")
    assert meta(soup, "og:locale") == "en_US"
    assert meta_all(soup, "og:locale:alternate") == ["bg_BG"]


def test_press_release_is_an_article_with_its_image(client, newsroom):
    page = newsroom.released_bg
    soup = get_soup(client, page.url)
    assert meta(soup, "og:type") == "article"
    assert meta(soup, "og:title") == page.title
    assert meta(soup, "og:description") == page.lead
    assert meta(soup, "og:url") == page.full_url
    image = meta(soup, "og:image")
    assert image.startswith("http://testserver/media/images/") and "fill-1200x630" in image
    assert meta(soup, "og:image:type") == "image/jpeg"
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:image") == image
    assert meta(soup, "twitter:title") == page.title
    assert meta(soup, "article:published_time").startswith(page.publication_date.strftime("%Y-"))
    assert meta_all(soup, "article:tag") == ["Персонализирана медицина"]
    assert meta_all(soup, "og:locale:alternate") == ["en_US"]


def test_english_release_names_topics_in_english(client, newsroom):
    soup = get_soup(client, newsroom.released_en.url)
    assert meta(soup, "og:locale") == "en_US"
    assert meta(soup, "og:title") == "PRECISEU project starts"
    assert meta_all(soup, "article:tag") == ["Personalised medicine"]


def test_untranslated_page_has_no_locale_alternate(client, newsroom):
    soup = get_soup(client, newsroom.untagged_bg.url)
    assert meta_all(soup, "og:locale:alternate") == []
    assert meta(soup, "og:image") is None
    assert meta(soup, "twitter:card") == "summary"


def test_cluster_logo_and_handle_stand_in_without_a_featured_image(client, site_tree):
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.logo = factories.ImageFactory()
    settings.twitter_handle = "@biocluster_bg"
    settings.save()
    soup = get_soup(client, "/bg/")
    assert meta(soup, "og:image").startswith("http://testserver/media/images/")
    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "twitter:site") == "@biocluster_bg"


def test_meta_values_are_escaped(client, site_tree):
    page = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title='Цитат "в кавички" <и> скоби', lead="A & B"
    )
    response = client.get(page.url)
    assert "<и>" not in response.text
    soup = get_soup(client, page.url)
    assert meta(soup, "og:title") == 'Цитат "в кавички" <и> скоби'
    assert meta(soup, "og:description") == "A & B"
