"""Editors translate with wagtail-localize: its own machinery copies our pages, bodies and rows."""

import pytest
from wagtail_localize.models import StringTranslation, TranslationSource

from press.models import MediaKitAsset
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]


def translate_with_wagtail_localize(page, language_code: str, strings: dict[str, str], on_commit):
    """What the editor does in wagtail-localize's editor: translate some strings, then publish
    (strings left untranslated fall back to the source text)."""
    locale = factories.locale(language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=strings[segment.string.data],
            )
    with on_commit(execute=True):  # wagtail-localize publishes once the transaction commits
        translation, _created = source.create_or_update_translation(locale, fallback=True)
    translation.refresh_from_db()
    return translation


def test_press_release_is_translated_with_its_body_and_taxonomy(
    client, site_tree, django_capture_on_commit_callbacks
):
    topic = factories.TopicFactory(name="Персонализирана медицина", slug="personalised-medicine")
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, slug="preciseu", topics=[topic]
    )
    release.save_revision().publish()

    translation = translate_with_wagtail_localize(
        release,
        "en",
        {release.title: "PRECISEU starts in Barcelona"},
        django_capture_on_commit_callbacks,
    )

    assert translation.title == "PRECISEU starts in Barcelona"
    assert translation.locale.language_code == "en"
    assert translation.translation_key == release.translation_key
    assert translation.body.raw_data[0]["value"] == release.body.raw_data[0]["value"]
    assert list(translation.topics.all()) == [topic]
    assert translation.url.startswith("/en/press/")
    assert "PRECISEU starts in Barcelona" in client.get(translation.url).text


def test_media_kit_rows_follow_the_page_into_the_translation(
    site_tree, django_capture_on_commit_callbacks
):
    page = site_tree.media_kit_bg
    MediaKitAsset.objects.create(
        page=page,
        locale=page.locale,
        kind=MediaKitAsset.Kind.LOGO,
        title="Лого на клъстера",
        image=factories.ImageFactory(),
        credit="Биотехнологичен и здравен клъстер",
    )
    page.save_revision().publish()

    translation = translate_with_wagtail_localize(
        page, "en", {"Лого на клъстера": "Cluster logo"}, django_capture_on_commit_callbacks
    )

    (asset,) = translation.assets.all()
    assert asset.title == "Cluster logo"
    assert asset.locale.language_code == "en"
    assert asset.image_id == page.assets.get().image_id
