"""A press release as a journalist reads it, in both languages."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from press.models import PressReleasePage
from tests import factories
from tests.press.conftest import SOFIA, release

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_release(site_tree, clinical_trials):
    organisation = factories.OrganisationFactory(
        name="Медицински университет – София", website="https://mu-sofia.bg/"
    )
    factories.translate_snippet(organisation, "en", name="Medical University of Sofia")
    contact = factories.PressContactFactory()
    factories.translate_snippet(contact, "en", name="Maria Petrova", role="Media relations")
    image = factories.ImageFactory(title="Лаборатория")
    document = factories.DocumentFactory(title="Резюме на проекта")
    page = release(
        site_tree.press_bg,
        title="Ново проучване на епигенетиката",
        lead="Учени от клъстера публикуват резултати за епигенетичните маркери.",
        kind=PressReleasePage.Kind.NEWS,
        publication_date=datetime.datetime(2024, 7, 1, 10, 30, tzinfo=SOFIA),
        evidence=PressReleasePage.Evidence.PEER_REVIEWED,
        funders="Хоризонт Европа, ФНИ",
        featured_image=image,
        press_contact=contact,
        topics=[clinical_trials.bg],
        organisations=[organisation],
        body=[
            {"type": "heading", "value": "Какво откриха учените"},
            {"type": "paragraph", "value": "<p>Резултатите са публикувани в списание.</p>"},
            {
                "type": "image",
                "value": {"image": image.pk, "caption": "В лабораторията", "credit": "Иван Иванов"},
            },
            {"type": "quote", "value": {"text": "Това е пробив.", "attribution": "проф. Петров"}},
            {"type": "document", "value": {"document": document.pk, "title": "Резюме (PDF)"}},
            {
                "type": "fact_box",
                "value": {"title": "Накратко", "facts": ["25 партньори", "12 региона"]},
            },
        ],
    )
    english = factories.translate(
        page,
        "en",
        title="New study in epigenetics",
        lead="Cluster scientists publish results on epigenetic markers.",
    )
    return page, english


@pytest.mark.smoke
def test_press_release_shows_what_a_journalist_needs_in_bulgarian(client, full_release):
    page, _ = full_release

    response = client.get(page.url)

    assert response.status_code == 200
    text = response.content.decode()
    assert "<h1>Ново проучване на епигенетиката</h1>" in text
    assert "Учени от клъстера публикуват резултати" in text
    assert 'datetime="2024-07-01T10:30:00+03:00"' in text
    assert 'data-testid="evidence"' in text
    assert "Хоризонт Европа, ФНИ" in text
    assert "Медицински университет – София" in text
    assert 'href="/bg/press/?topic=clinical-trials">Клинични изпитвания</a>' in text
    assert "Мария Петрова" in text and "mailto:press@biocluster.bg" in text
    assert "+359 2 000 0000" in text
    # Body blocks: heading, image with caption and credit, quote with attribution, document, fact box.
    assert '<h2 class="body-heading">Какво откриха учените</h2>' in text
    assert "В лабораторията" in text and "Иван Иванов" in text
    assert "Това е пробив." in text and "<cite>проф. Петров</cite>" in text
    assert "Резюме (PDF)" in text
    assert "Накратко" in text and "<li>12 региона</li>" in text
    assert 'data-testid="embargo-banner"' not in text


@pytest.mark.smoke
def test_press_release_in_english_shows_english_labels_and_taxonomy(client, full_release):
    _, english = full_release

    response = client.get(english.url)

    assert response.status_code == 200
    text = response.content.decode()
    assert "<h1>New study in epigenetics</h1>" in text
    assert "Evidence: Peer-reviewed study" in text
    assert "1 July 2024, 10:30" in text
    assert '<span class="badge">News</span>' in text
    # Topics and organisations are the English rows although the copy links the Bulgarian ones.
    assert 'href="/en/press/?topic=clinical-trials">Clinical trials</a>' in text
    assert "Medical University of Sofia" in text and "Медицински университет" not in text
    assert "Maria Petrova" in text and "Media relations" in text
    assert "Press contact" in text and "Funders" in text


def test_non_research_item_has_no_evidence_label(client, site_tree):
    page = release(site_tree.press_bg, evidence=PressReleasePage.Evidence.NOT_RESEARCH)
    english = factories.translate(page, "en")

    response = client.get(english.url)

    assert 'data-testid="evidence"' not in response.text
    assert "Not research" not in response.text


def make_user(username: str, *, accredited: bool = False):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "x")
    if accredited:
        user.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="press", codename="view_embargoed_pressreleasepage"
            )
        )
    return user


@pytest.fixture
def embargoed(site_tree):
    lifts = datetime.datetime(2030, 3, 1, 9, 0, tzinfo=SOFIA)
    page = release(site_tree.press_bg, title="Резултати под ембарго", embargo_until=lifts)
    english = factories.translate(page, "en", title="Embargoed results")
    return page, english


def test_embargoed_release_is_a_404_for_the_public(client, embargoed):
    page, english = embargoed
    assert client.get(page.url).status_code == 404
    assert client.get(english.url).status_code == 404


def test_embargoed_release_is_a_404_for_a_logged_in_user_without_accreditation(client, embargoed):
    page, _ = embargoed
    client.force_login(make_user("reader"))
    assert client.get(page.url).status_code == 404


def test_accredited_journalist_sees_embargoed_release_with_a_banner(client, embargoed):
    page, english = embargoed
    client.force_login(make_user("journalist", accredited=True))

    response = client.get(english.url)

    assert response.status_code == 200
    assert "Embargoed results" in response.text
    assert 'data-testid="embargo-banner"' in response.text
    assert "EMBARGOED UNTIL" in response.text
    assert "1 March 2030, 09:00 EET" in response.text
    assert client.get(page.url).status_code == 200


def test_embargo_lifts_at_its_time(client, embargoed):
    page, _ = embargoed
    with time_machine.travel(datetime.datetime(2030, 3, 1, 8, 59, tzinfo=SOFIA), tick=False):
        assert client.get(page.url).status_code == 404
    with time_machine.travel(datetime.datetime(2030, 3, 1, 9, 0, tzinfo=SOFIA), tick=False):
        response = client.get(page.url)
        assert response.status_code == 200
        assert 'data-testid="embargo-banner"' not in response.text
