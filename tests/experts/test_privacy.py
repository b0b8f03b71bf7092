"""An expert's e-mail and phone (ExpertContact) reach staff only: never a public page, list, feed,
API, sitemap or search index.

The test loads experts in both languages and in one language only, each with distinctive contact
details, press items and an event that name them, then walks every public URL a visitor, a feed
reader, a crawler or an API client can reach and looks for any form of those details.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from wagtail.search.models import IndexEntry

from experts.models import Availability, ExpertContact, ExpertLink, ExpertPage, MediaFormat
from tests import factories

pytestmark = pytest.mark.django_db


@dataclass
class Directory:
    experts: list[ExpertPage] = field(default_factory=list)  # every live profile, all languages
    contacts: list[ExpertContact] = field(default_factory=list)
    topic_slugs: list[str] = field(default_factory=list)

    @property
    def secrets(self) -> set[str]:
        """Every form in which a contact detail could leak."""
        found = set()
        for contact in self.contacts:
            found |= {contact.email, contact.email.split("@")[0]}
            phone = contact.phone
            digits = phone.replace(" ", "")
            found |= {phone, digits, "0" + digits.removeprefix("+359")}
        return found


def bilingual(bg_name: str, en_name: str, slug: str):
    topic = factories.TopicFactory(name=bg_name, slug=slug)
    factories.translate_snippet(topic, "en", name=en_name)
    return topic


def contact(page: ExpertPage, n: int) -> ExpertContact:
    return factories.ExpertContactFactory(
        expert=page,
        email=f"hidden-contact-{n}-x7q@private-mail.example",
        phone=f"+359 87 914 {n:02d}{n:02d}",
    )


@pytest.fixture
def directory(site_tree) -> Directory:
    epigenetics = bilingual("Епигенетика", "Epigenetics", "epigenetics")
    trials = bilingual("Клинични изпитвания", "Clinical trials", "clinical-trials")
    university = factories.OrganisationFactory(
        name="Тракийски университет", slug="trakia-university", city="Стара Загора"
    )
    factories.translate_snippet(university, "en", name="Trakia University", city="Stara Zagora")
    result = Directory(topic_slugs=["epigenetics", "clinical-trials"])
    people = [
        ("Радослава", "Илиева", "Radoslava", "Ilieva", "Стара Загора", epigenetics),
        ("Калоян", "Митев", "Kaloyan", "Mitev", "Пловдив", trials),
        ("Десислава", "Бонева", "Desislava", "Boneva", "Варна", epigenetics),
    ]
    for n, (first, last, first_en, last_en, city, topic) in enumerate(people, start=1):
        page = factories.ExpertPageFactory(
            parent=site_tree.experts_bg,
            first_name=first,
            last_name=last,
            title=f"Проф. д-р {first} {last}",
            slug=f"{first_en}-{last_en}".lower(),
            city=city,
            organisation=university,
            keywords="епигенетичен часовник, клинични изпитвания",
            media_formats=[MediaFormat.TV, MediaFormat.RADIO],
            availability=Availability.AVAILABLE if n != 3 else Availability.AWAY,
            away_until=timezone.localdate() + datetime.timedelta(days=20) if n == 3 else None,
            declaration_of_interests="Консултант на биотехнологична компания.",
        )
        page.topics.set([topic])
        ExpertLink.objects.create(page=page, url=f"https://orcid.org/0000-0000-0000-000{n}")
        page.save_revision().publish()
        english = factories.translate(
            page,
            "en",
            honorific="Prof.",
            first_name=first_en,
            last_name=last_en,
            title=f"Prof. {first_en} {last_en}",
            city="Stara Zagora",
            short_bio="Studies the epigenetic clock and clinical trials.",
        )
        result.experts += [page, english]
        result.contacts.append(contact(page, n))
    bg_only = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Стоян", last_name="Пеев", slug="stoyan-peev"
    )
    bg_only.topics.set([trials])
    bg_only.save_revision().publish()
    en_only = factories.ExpertPageFactory(
        parent=site_tree.experts_en,
        locale=factories.locale("en"),
        honorific="Dr",
        first_name="Helen",
        last_name="Whitford",
        title="Dr Helen Whitford",
        slug="helen-whitford",
        position="Technology transfer consultant",
        short_bio="Advises universities on licensing and spin-offs.",
    )
    result.experts += [bg_only, en_only]
    result.contacts += [contact(bg_only, 4), contact(en_only, 5)]

    # Press that names experts (both languages), and an event, so the feeds have items.
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Епигенетичният часовник в Стара Загора"
    )
    release.topics.set([epigenetics, trials])
    release.related_experts.set(result.experts[:1] + [bg_only, en_only])
    release.save_revision().publish()
    release_en = factories.translate(release, "en", title="The epigenetic clock in Stara Zagora")
    release_en.related_experts.set([result.experts[1], bg_only, en_only])
    release_en.save_revision().publish()
    event = factories.EventPageFactory(parent=site_tree.events_bg)
    factories.translate(event, "en", title="Spinoff Bulgaria")
    return result


def public_urls(client, directory: Directory) -> list[str]:
    """Every URL a visitor, crawler, feed reader or API client reaches, found the way they find
    them (the sitemap, the API listings) plus the pages with queries and facets."""
    urls = ["/bg/", "/en/", "/sitemap.xml", "/robots.txt"]
    sitemap = client.get("/sitemap.xml").content.decode()
    urls += [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    urls += [page.url for page in directory.experts]
    for code in ("bg", "en"):
        urls += [
            f"/{code}/experts/",
            f"/{code}/experts/?q=Ilieva",
            f"/{code}/experts/?q=епигенетика&topic=epigenetics&city=Стара+Загора",
            f"/{code}/experts/?topic=clinical-trials&language=en&format=tv&availability=available",
            f"/{code}/experts/?organisation=trakia-university&sort=name",
            f"/{code}/search/?q=Илиева",
            f"/{code}/search/?q=Whitford",
            f"/{code}/search/?q=епигенетичен+часовник",
            f"/{code}/feeds/press/rss/",
            f"/{code}/feeds/press/atom/",
            f"/{code}/feeds/events/rss/",
            f"/{code}/feeds/events/atom/",
            f"/{code}/feeds/events/ics/",
            f"/{code}/request-contact/",
            f"/{code}/request-contact/?topic=epigenetics",
            *[f"/{code}/feeds/topics/{slug}/rss/" for slug in directory.topic_slugs],
            *[f"/{code}/feeds/topics/{slug}/atom/" for slug in directory.topic_slugs],
            *[f"/{code}/request-contact/?expert={page.pk}" for page in directory.experts],
        ]
    urls += [
        "/api/v2/pages/?type=experts.ExpertPage&fields=*&limit=50",
        "/api/v2/pages/?limit=50",
        "/api/v1/openapi.json",
        "/api/v1/experts/?q=Ilieva",
        "/api/v1/experts/?q=епигенетика&lang=en",
        "/api/v1/experts/?lang=bg&topic=epigenetics",
        "/api/v1/experts/",
    ]
    listing = client.get("/api/v2/pages/?limit=50").json()
    assert listing["meta"]["total_count"] <= 50  # every page is in this one listing
    urls += [f"/api/v2/pages/{item['id']}/" for item in listing["items"]]
    return list(dict.fromkeys(urls))


def leaks(text: str, secrets: set[str]) -> list[str]:
    return sorted(secret for secret in secrets if secret in text)


@pytest.fixture(params=["database", "engine"])
def search_backend(request):
    """The walk on the embedded database backend and with the real engine as the site's search."""
    if request.param == "engine":
        return request.getfixturevalue("engine_as_default")
    return None


def test_no_public_url_shows_an_expert_contact(client, search_backend, directory):
    if search_backend is not None:
        search_backend.refresh()
    secrets = directory.secrets
    urls = public_urls(client, directory)
    assert len(urls) > 80
    checked = 0
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert not leaks(body, secrets), url
        if response.get("Content-Type", "").startswith("application/json"):
            # Also decoded: JSON may escape characters of an address (\u0040 for @).
            assert not leaks(json.dumps(response.json(), ensure_ascii=False), secrets), url
        checked += 1
    # The walk saw the experts (so it would have seen their contacts had they been there).
    profile_html = client.get(directory.experts[0].url).content.decode()
    assert "Илиева" in profile_html
    api = client.get("/api/v1/experts/?q=Ilieva").json()
    assert api["count"] >= 1
    v2 = client.get("/api/v2/pages/?type=experts.ExpertPage&fields=*&limit=50").json()
    assert v2["meta"]["total_count"] == len(directory.experts)
    assert checked == len(urls)


def test_sitemap_lists_the_profiles(client, directory):
    sitemap = client.get("/sitemap.xml").content.decode()
    for page in directory.experts:
        assert f"http://testserver{page.url}" in sitemap


def test_search_engine_documents_hold_no_contact_details(search_engine, directory):
    """Raw documents of every index the site writes to the engine, as a crawler of the engine
    (or anyone who reaches its port) would read them."""
    for page in directory.experts:  # index them again now that the contacts exist
        page.save_revision().publish()
    search_engine.refresh()
    backend = search_engine.backend
    client = getattr(backend, "client", None) or backend.es
    page_index = backend.get_index_for_model(ExpertPage).name
    response = client.search(
        index=f"{backend.index_prefix}*", body={"query": {"match_all": {}}, "size": 1000}
    )
    hits = response["hits"]["hits"]
    experts = [
        hit
        for hit in hits
        if hit["_index"].startswith(page_index)
        and "experts.ExpertPage" in hit["_source"].get("_django_content_type", [])
    ]
    assert {int(hit["_id"]) for hit in experts} == {page.pk for page in directory.experts}
    assert any("Ilieva" in json.dumps(hit["_source"]) for hit in experts)
    secrets = directory.secrets
    for hit in hits:
        assert not leaks(json.dumps(hit["_source"], ensure_ascii=False), secrets), hit["_id"]


def test_database_search_index_holds_no_contact_details(directory):
    entries = IndexEntry.objects.all()
    indexed = set(entries.values_list("object_id", flat=True))
    assert {str(page.pk) for page in directory.experts} <= indexed
    secrets = directory.secrets
    for entry in entries.values("title", "body", "autocomplete"):
        assert not leaks(json.dumps(entry, ensure_ascii=False), secrets)
