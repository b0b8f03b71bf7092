"""The media kit: logos, photos and fact sheets with credit, licence, sizes and downloads."""

from __future__ import annotations

import re

import pytest
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from press.models import MediaKitAsset
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def kit(site_tree):
    """The English media kit with a logo, a photo and a fact sheet, and a press contact."""
    page = site_tree.media_kit_en
    logo = factories.MediaKitAssetFactory(
        page=page,
        kind=MediaKitAsset.Kind.LOGO,
        title="Cluster logo",
        image=factories.ImageFactory(file__width=600, file__height=200, file__filename="logo.png"),
        credit="",
    )
    photo = factories.MediaKitAssetFactory(
        page=page, title="The cluster team", credit="HLSCB / Ivan Ivanov", licence="CC BY 4.0"
    )
    fact_sheet = factories.MediaKitAssetFactory(
        page=page,
        kind=MediaKitAsset.Kind.FACT_SHEET,
        title="The cluster in numbers",
        image=None,
        document=factories.DocumentFactory(
            title="Facts", file__filename="facts.pdf", file__data=b"%PDF-1.4 " + b"x" * 2039
        ),
    )
    contact = factories.PressContactFactory(locale=page.locale, name="Maria Petrova")
    page.press_contacts.set([contact])
    page.save()
    return page, logo, photo, fact_sheet


def section(text: str, heading: str) -> str:
    """The HTML of the media kit section under a heading."""
    start = text.index(f">{heading}</h2>")
    end = text.find("</section>", start)
    return text[start:end]


@pytest.mark.smoke
def test_media_kit_groups_assets_by_kind_with_credit_licence_and_sizes(client, kit):
    page, logo, photo, fact_sheet = kit

    response = client.get(page.url)

    assert response.status_code == 200
    text = response.content.decode()
    assert text.index(">Logos</h2>") < text.index(">Photos</h2>") < text.index(">Fact sheets</h2>")
    assert "Cluster logo" in section(text, "Logos")
    photos = section(text, "Photos")
    assert "The cluster team" in photos
    assert "HLSCB / Ivan Ivanov" in photos and "CC BY 4.0" in photos
    assert "1200×800" in photos
    assert "600×200" in section(text, "Logos")
    facts = section(text, "Fact sheets")
    assert "The cluster in numbers" in facts and "PDF" in facts
    assert "2.0\xa0KB" in facts  # filesizeformat of 2048 bytes
    # Image sizes are the real file sizes.
    with translation.override("en"):
        assert filesizeformat(photo.image.file.size) in photos
    assert "Maria Petrova" in section(text, "Press contacts")
    # A preview rendition, not the original, is shown.
    assert re.search(r'<img[^>]+src="[^"]+max-480x320', photos)


@pytest.mark.smoke
def test_media_kit_in_bulgarian(client, site_tree):
    asset = factories.MediaKitAssetFactory(page=site_tree.media_kit_bg, title="Екипът на клъстера")

    response = client.get(site_tree.media_kit_bg.url)

    assert response.status_code == 200
    assert "Екипът на клъстера" in response.text
    assert "1200×800" in response.text
    cyrillic = client.get(f"{site_tree.media_kit_bg.url}download/{asset.pk}/")
    assert "filename*=utf-8''%D0%B5%D0%BA%D0%B8%D0%BF" in cyrillic["Content-Disposition"]


@pytest.mark.smoke
def test_empty_media_kit_says_so(client, site_tree):
    response = client.get(site_tree.media_kit_en.url)
    assert response.status_code == 200
    assert "The media kit is empty for now." in response.text


@pytest.mark.smoke
def test_download_link_returns_the_original_file(client, kit):
    page, logo, photo, fact_sheet = kit
    text = client.get(page.url).content.decode()

    for asset, stored in (
        (logo, logo.image.file),
        (photo, photo.image.file),
        (fact_sheet, fact_sheet.document.file),
    ):
        link = f"{page.url}download/{asset.pk}/"
        assert f'href="{link}"' in text
        response = client.get(link)
        assert response.status_code == 200
        assert "attachment" in response["Content-Disposition"]
        with stored.open("rb") as original:
            assert b"".join(response.streaming_content) == original.read()
    # Saved under the asset's title, whatever name the file has in storage.
    disposition = client.get(f"{page.url}download/{fact_sheet.pk}/")["Content-Disposition"]
    assert disposition == 'attachment; filename="the-cluster-in-numbers.pdf"'


def test_download_of_another_page_asset_or_unknown_id_is_a_404(client, site_tree, kit):
    page, *_ = kit
    other = factories.MediaKitAssetFactory(page=site_tree.media_kit_bg)

    assert client.get(f"{page.url}download/{other.pk}/").status_code == 404
    assert client.get(f"{page.url}download/999999/").status_code == 404
    assert client.get(f"{page.url}download/abc/").status_code == 404
