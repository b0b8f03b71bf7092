"""`load_demo_content`: a complete bilingual demo site, and a second run that changes nothing.

The demo is loaded (twice) once for the whole module inside a transaction that is rolled back at
the end, so the other test modules still start from an empty site.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass

import pytest
from django.conf import settings as settings_module
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Revision, Site
from wagtail.search.models import IndexEntry

from experts.models import (
    Availability,
    ContactRequest,
    ContactRequestEvent,
    ExpertContact,
    ExpertIndexPage,
    ExpertLink,
    ExpertPage,
    Organisation,
)
from mediacenter.demo import content
from mediacenter.demo.loader import DemoLoader
from mediacenter.models import (
    ExplainerPage,
    FactSheetPage,
    GlossaryPage,
    GlossaryTermPage,
    HomePage,
    KnowledgeIndexPage,
    OrganisationSettings,
    Topic,
    TopicIndexPage,
)
from press.models import (
    EventIndexPage,
    EventPage,
    MediaKitAsset,
    MediaKitPage,
    PartnerNewsIndexPage,
    PressContact,
    PressIndexPage,
    PressReleasePage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]

COUNTED = {
    "pages": Page,
    "revisions": Revision,
    "topics": Topic,
    "organisations": Organisation,
    "press contacts": PressContact,
    "images": get_image_model(),
    "documents": get_document_model(),
    "media kit assets": MediaKitAsset,
    "sites": Site,
    "organisation settings": OrganisationSettings,
    "collections": Collection,
    "locales": Locale,
    "reference index": ReferenceIndex,
    "search index entries": IndexEntry,
    "experts": ExpertPage,
    "expert contacts": ExpertContact,
    "expert links": ExpertLink,
    "contact requests": ContactRequest,
    "contact request history": ContactRequestEvent,
}
DEMO_PAGE_TYPES = [
    HomePage,
    PressIndexPage,
    EventIndexPage,
    MediaKitPage,
    PressReleasePage,
    EventPage,
    ExpertIndexPage,
    TopicIndexPage,
    KnowledgeIndexPage,
    GlossaryPage,
    ExplainerPage,
    GlossaryTermPage,
    FactSheetPage,
    PartnerNewsIndexPage,
]
CYRILLIC = re.compile("[а-яА-Я]")


def counts() -> dict[str, int]:
    return {name: model.objects.count() for name, model in COUNTED.items()}


@dataclass
class Demo:
    before: dict[str, int]
    first: dict[str, int]
    second: dict[str, int]
    first_output: str
    second_output: str


def load() -> str:
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("demo-media"))),
        transaction.atomic(),
    ):
        before = counts()
        first_output = load()
        first = counts()
        second_output = load()
        yield Demo(
            before, first, second_output=second_output, first_output=first_output, second=counts()
        )
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths: forget the rolled-back site


def by_locale(model, code: str):
    return model.objects.filter(locale__language_code=code)


def test_second_run_creates_nothing(demo):
    assert demo.first != demo.before
    assert demo.second == demo.first
    assert "0 created, 0 updated" in demo.second_output
    assert "press items" in demo.first_output
    quiet = io.StringIO()
    call_command("load_demo_content", "--quiet", stdout=quiet)
    assert quiet.getvalue() == ""
    assert counts() == demo.first


def test_enough_content_in_each_language(demo):
    for code in ("bg", "en"):
        assert by_locale(PressReleasePage, code).live().count() >= 15
        assert by_locale(EventPage, code).live().count() >= 5
        assert by_locale(Topic, code).count() >= 12
        assert by_locale(Organisation, code).count() >= 10
        assert by_locale(PressContact, code).exists()
        assert EventPage.objects.upcoming(Locale.objects.get(language_code=code)).exists()
        assert EventPage.objects.past(Locale.objects.get(language_code=code)).exists()
    kinds = set(PressReleasePage.objects.values_list("kind", flat=True))
    assert kinds == set(PressReleasePage.Kind.values)
    years = {
        d.year
        for d in PressReleasePage.objects.released().values_list("publication_date", flat=True)
    }
    assert len(years) >= 3


def test_every_demo_page_exists_live_in_both_languages(demo):
    for model in DEMO_PAGE_TYPES:
        bulgarian = list(by_locale(model, "bg"))
        assert bulgarian, model
        for page in bulgarian:
            assert page.live and page.live_revision_id, page
            translation = page.get_translation_or_none(Locale.objects.get(language_code="en"))
            assert translation is not None and translation.live, page
            assert translation.translation_key == page.translation_key
        assert by_locale(model, "en").count() == len(bulgarian)


def test_snippets_are_translations_with_the_same_slug(demo):
    en = Locale.objects.get(language_code="en")
    for model in (Topic, Organisation):
        for source in by_locale(model, "bg"):
            translation = source.get_translation(en)
            assert translation.slug == source.slug
    ai = by_locale(Topic, "bg").get(slug="ai-in-health")
    assert "изкуствен интелект" in ai.synonym_list
    assert "artificial intelligence" in ai.get_translation(en).synonym_list
    assert ai.parent.slug == "digital-health"
    assert ai.get_translation(en).parent.locale == en


def test_texts_are_in_their_own_language(demo):
    for page in by_locale(PressReleasePage, "bg"):
        assert CYRILLIC.search(page.title) and CYRILLIC.search(page.lead), page
    for page in by_locale(PressReleasePage, "en").specific():
        assert not CYRILLIC.search(page.title + page.lead + repr(list(page.body.raw_data))), page
        assert page.press_contact.locale.language_code == "en"
        assert {t.locale.language_code for t in page.topics.all()} <= {"en"}


def test_press_items_have_structured_bodies_and_media(demo):
    items = list(by_locale(PressReleasePage, "bg"))
    block_types = {block.block_type for item in items for block in item.body}
    assert {"paragraph", "heading", "quote", "fact_box", "image", "document"} <= block_types
    assert all(len(item.body) >= 2 and item.topics.exists() for item in items)
    assert sum(item.featured_image_id is not None for item in items) > len(items) // 2
    preciseu = by_locale(PressReleasePage, "en").get(slug="preciseu-official-start")
    assert "Horizon Europe" in preciseu.funders
    assert preciseu.organisations.filter(slug="biocat").exists()


def test_exactly_one_item_is_embargoed_in_the_future(demo):
    embargoed = PressReleasePage.objects.embargoed()
    assert embargoed.count() == 2  # the same item in both languages
    assert len({page.translation_key for page in embargoed}) == 1
    assert all(page.embargo_until > timezone.now() for page in embargoed)
    assert not PressReleasePage.objects.released().filter(pk__in=embargoed.values("pk")).exists()


def test_bulgarian_home_is_the_default_site_root(demo):
    site = Site.objects.get(is_default_site=True)
    # The site's address is the public one in WAGTAILADMIN_BASE_URL (http://testserver in tests).
    assert (site.hostname, site.port) == ("testserver", 80)
    assert site.root_url == settings_module.WAGTAILADMIN_BASE_URL
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "bg"
    root = Page.get_first_root_node()
    assert {type(page.specific) for page in root.get_children()} == {HomePage}
    settings = OrganisationSettings.for_site(site)
    assert settings.logo is not None and settings.email


def test_media_kit_has_logos_photos_and_fact_sheets(demo):
    for code in ("bg", "en"):
        kit = by_locale(MediaKitPage, code).get()
        assets = list(kit.assets.all())
        kinds = [asset.kind for asset in assets]
        assert kinds.count("fact_sheet") >= 2 and "logo" in kinds and "photo" in kinds
        assert all(asset.credit and asset.licence and asset.file_size for asset in assets)
        assert all(asset.document_id for asset in assets if asset.kind == "fact_sheet")
        assert {c.locale.language_code for c in kit.press_contacts.all()} == {code}
    bg_keys = {a.translation_key for a in by_locale(MediaKitPage, "bg").get().assets.all()}
    en_keys = {a.translation_key for a in by_locale(MediaKitPage, "en").get().assets.all()}
    assert bg_keys == en_keys
    logo = get_image_model().objects.get(title=content.IMAGES[0].title)
    assert (logo.width, logo.height) == content.IMAGES[0].size


def test_home_pages_render(client, demo):
    for code in ("bg", "en"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert f'<html lang="{code}">' in response.text
    newest = by_locale(PressReleasePage, "en").released().order_by("-publication_date").first()
    assert newest.title in client.get("/en/").text


def test_a_later_run_renews_the_embargo_and_the_upcoming_events(demo):
    later = timezone.now() + datetime.timedelta(days=60)
    rows = {name: n for name, n in counts().items() if name != "revisions"}

    DemoLoader(now=later).load()

    assert {name: n for name, n in counts().items() if name != "revisions"} == rows
    embargoed = PressReleasePage.objects.embargoed(later)
    assert embargoed.count() == 2
    assert all(page.embargo_until > later for page in embargoed)
    assert EventPage.objects.filter(end__gte=later).count() >= 4
    assert by_locale(EventPage, "bg").get(slug="spinoff-bulgaria-2024").start.year == 2024


# --- experts ------------------------------------------------------------------------------------

DEMO_CITIES = {"София", "Пловдив", "Варна", "Плевен", "Стара Загора", "Бургас"}


def demo_experts() -> dict[str, dict[str, ExpertPage]]:
    experts: dict[str, dict[str, ExpertPage]] = {}
    for page in ExpertPage.objects.filter(external_id__startswith="demo-").select_related("locale"):
        experts.setdefault(page.external_id, {})[page.locale.language_code] = page
    return experts


def test_expert_directory_in_both_languages(demo):
    bg = by_locale(ExpertIndexPage, "bg").get()
    en = by_locale(ExpertIndexPage, "en").get()
    assert (bg.slug, bg.title, bg.show_in_menus) == ("experts", "Намерете експерт", True)
    assert (en.slug, en.title, en.show_in_menus) == ("experts", "Find an expert", True)
    assert en.translation_key == bg.translation_key and bg.live and en.live


def test_at_least_forty_experts_most_in_both_languages(demo):
    experts = demo_experts()
    assert len(experts) >= 40
    languages = [frozenset(pages) for pages in experts.values()]
    assert languages.count(frozenset({"bg", "en"})) >= 34
    assert languages.count(frozenset({"bg"})) >= 3
    assert languages.count(frozenset({"en"})) >= 2
    assert all(page.live for pages in experts.values() for page in pages.values())
    for pages in experts.values():
        if len(pages) == 2:
            assert pages["bg"].translation_key == pages["en"].translation_key
            assert CYRILLIC.search(pages["bg"].position)
            assert not CYRILLIC.search(pages["en"].position + pages["en"].short_bio)
            assert {t.locale.language_code for t in pages["en"].topics.all()} == {"en"}
            assert pages["en"].organisation.locale.language_code == "en"


def test_experts_are_spread_over_topics_cities_and_organisations(demo):
    bulgarian = list(by_locale(ExpertPage, "bg"))
    assert {page.city for page in bulgarian} >= DEMO_CITIES
    used_topics = {t.slug for page in bulgarian for t in page.topics.all()}
    assert used_topics >= {t["slug"] for t in content.TOPICS}  # every demo topic has experts
    assert len(used_topics) >= 12
    kinds = {page.organisation.kind for page in bulgarian if page.organisation}
    assert {"university", "institute", "hospital", "company"} <= kinds
    formats = {f for page in bulgarian for f in page.media_formats}
    assert formats == {"tv", "radio", "print", "online", "background"}
    assert {code for page in bulgarian for code in page.languages} >= {"bg", "en", "de", "fr", "ru"}
    assert any(page.media_trained for page in bulgarian)
    assert all(page.organisation for page in ExpertPage.objects.all())


def test_some_experts_are_away_or_limited(demo):
    away = by_locale(ExpertPage, "bg").filter(availability=Availability.AWAY)
    assert away.count() >= 3 and all(page.away_until for page in away)
    assert by_locale(ExpertPage, "bg").filter(availability=Availability.LIMITED).exists()


def test_experts_have_declarations_links_and_portraits(demo):
    pages = list(ExpertPage.objects.prefetch_related("links"))
    declared = [page for page in pages if page.declaration_of_interests]
    assert len(declared) > len(pages) // 2
    assert all(page.interests_declared_on for page in declared)
    assert any(not page.declaration_of_interests for page in pages)  # "no declaration on file"
    assert all(
        any(link.url.startswith("https://orcid.org/0000-0000-0000-") for link in page.links.all())
        for page in pages
    )
    with_photo = [page for page in pages if page.photo_id]
    assert len(with_photo) >= len(pages) // 2
    assert all(page.photo_credit for page in with_photo)
    # The live revision holds the photo too, so the editor shows what the site shows.
    assert all(page.live_revision.as_object().photo_id == page.photo_id for page in with_photo)


def test_expert_contacts_are_fictional(demo):
    experts = demo_experts()
    contacts = list(ExpertContact.objects.select_related("expert"))
    assert len(contacts) == len(experts)  # one per expert, whatever its languages
    assert all(re.fullmatch(r"[a-z]+\.[a-z]+@example\.org", c.email) for c in contacts)
    assert all(re.fullmatch(r"\+359 2 000 \d{4}", c.phone) for c in contacts)
    assert len({c.email for c in contacts}) == len(contacts)
    assert "+359 2 000 0000" not in {c.phone for c in contacts}  # the press office's number


def test_press_items_name_experts_in_their_language(demo):
    en = Locale.objects.get(language_code="en")
    preciseu = by_locale(PressReleasePage, "bg").get(slug="preciseu-official-start")
    assert preciseu.related_experts.count() == 3
    assert {e.locale.language_code for e in preciseu.related_experts.all()} == {"bg"}
    preciseu_en = preciseu.get_translation(en)
    # An English item names the English profiles, and the Bulgarian one where there is no other.
    assert sorted(e.locale.language_code for e in preciseu_en.related_experts.all()) == [
        "bg",
        "en",
        "en",
    ]
    linked = PressReleasePage.objects.filter(related_experts__isnull=False).distinct()
    assert linked.filter(locale__language_code="bg").count() >= 6
    assert linked.embargoed().exists()


def test_contact_requests_in_every_status_with_history(demo):
    requests = ContactRequest.objects.filter(reference__startswith="MC-DEMO-")
    assert set(requests.values_list("status", flat=True)) == set(ContactRequest.Status.values)
    for request in requests.prefetch_related("events"):
        events = list(request.events.all())
        assert events[0].kind == ContactRequestEvent.Kind.RECEIVED
        assert events[-1].to_status == request.status
        assert request.consent_at and request.questions
    assert requests.filter(expert__isnull=True, topic__isnull=False).exists()
    assert requests.filter(status="connected").get().closed_at is not None


def test_expert_profiles_render_without_contact_details(client, demo):
    contacts = list(ExpertContact.objects.values_list("email", "phone"))
    secrets = [value for pair in contacts for value in pair if value]
    experts = demo_experts()
    samples = [
        next(pages["bg"] for pages in experts.values() if set(pages) == {"bg", "en"}),
        next(pages["en"] for pages in experts.values() if set(pages) == {"bg", "en"}),
        next(pages["bg"] for pages in experts.values() if set(pages) == {"bg"}),
        next(pages["en"] for pages in experts.values() if set(pages) == {"en"}),
    ]
    for page in samples:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.last_name in response.text
        assert not [secret for secret in secrets if secret in response.text]
    for code in ("bg", "en"):
        assert client.get(f"/{code}/experts/").status_code == 200


def test_knowledge_base_in_both_languages(demo):
    for code in ("bg", "en"):
        assert by_locale(ExplainerPage, code).live().count() >= 8
        assert by_locale(GlossaryTermPage, code).live().count() >= 30
        assert by_locale(FactSheetPage, code).live().count() == 3
    for explainer in by_locale(ExplainerPage, "bg"):
        types = {block.block_type for block in explainer.sections}
        assert {"heading", "paragraph", "key_facts", "mistakes", "expert_quote"} <= types
        assert explainer.topics.exists() and explainer.related_experts.exists(), explainer
        assert explainer.reviewed_by is not None and explainer.last_reviewed is not None
    for term in by_locale(GlossaryTermPage, "en"):
        assert not CYRILLIC.search(term.title + term.definition), term
        assert CYRILLIC.search(term.other_language_term), term
    # Some figures are old enough for editors to be told to check them.
    assert any(sheet.stale_figures() for sheet in FactSheetPage.objects.all())


def test_knowledge_pages_render_with_glossary_links(client, demo):
    for code in ("bg", "en"):
        for explainer in by_locale(ExplainerPage, code).live():
            response = client.get(explainer.url)
            assert response.status_code == 200, explainer
            assert response.text.count('class="glossary-term"') >= 2, explainer
        for path in ("topics/", "topics/atmp/", "knowledge/", "knowledge/glossary/"):
            assert client.get(f"/{code}/{path}").status_code == 200, (code, path)


def test_partner_news_in_both_languages_named_as_the_partners(client, demo):
    for code in ("bg", "en"):
        response = client.get(f"/{code}/partner-news/")
        assert response.status_code == 200
        assert response.text.count("card--partner") >= 1, code
    assert "EuropaBio" in client.get("/en/partner-news/").text
    assert "EuropaBio" not in client.get("/bg/partner-news/").text
