"""Flow 1 of DESIGN.md in a real browser: a journalist finds an expert on a topic and asks to be
put in touch (the media officer's side is test_media_officer_flow.py).

Runs in both languages, on a desktop and a phone-sized viewport.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from experts.models import ContactRequest, OutboxMessage
from tests import factories
from tests.e2e.conftest import shot

# serialized_rollback: the migrations' data (root page, locales, groups) is back for each run.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

QUERY = {"bg": "епигенетика", "en": "epigenetics"}
CITY = {"bg": "Пловдив", "en": "Plovdiv"}


@pytest.fixture
def epigenetics_expert(site_tree, settings):
    """A Plovdiv epigeneticist and a Varna colleague on the same topic, both in two languages."""
    settings.CONTACT_FORM_MIN_SECONDS = 1
    topic = factories.TopicFactory(name="Епигенетика", slug="epigenetics")
    factories.translate_snippet(topic, "en", name="Epigenetics")
    university = factories.OrganisationFactory(
        name="Медицински университет – Пловдив", slug="mu-plovdiv", city="Пловдив"
    )
    factories.translate_snippet(university, "en", name="Medical University of Plovdiv")
    expert = factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        honorific="Доц. д-р",
        first_name="Калина",
        last_name="Шидерова",
        slug="kalina-shiderova",
        position="Ръководител на лаборатория по епигенетика",
        organisation=university,
        city="Пловдив",
        short_bio="Изследва как средата променя активността на гените при рак на гърдата.",
        keywords="епигенетика, метилиране на ДНК",
    )
    expert.topics.set([topic])
    expert.save_revision().publish()
    translation = factories.translate(
        expert,
        "en",
        honorific="Assoc. Prof.",
        first_name="Kalina",
        last_name="Shiderova",
        position="Head of the epigenetics laboratory",
        city="Plovdiv",
        short_bio="Studies how the environment changes gene activity in breast cancer.",
        keywords="epigenetics, DNA methylation",
    )
    factories.ExpertContactFactory(expert=expert, email="k.shiderova@lab.example.org")
    colleague = factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        first_name="Петър",
        last_name="Ескенази",
        slug="petar-eskenazi",
        city="Варна",
        short_bio="Епигенетика на стареенето.",
    )
    colleague.topics.set([topic])
    colleague.save_revision().publish()
    factories.translate(
        colleague,
        "en",
        honorific="Prof.",
        first_name="Petar",
        last_name="Eskenazi",
        city="Varna",
        short_bio="Epigenetics of ageing.",
    )
    return {"bg": expert, "en": translation}


def test_journalist_finds_an_expert_and_requests_contact(
    live_server, page, epigenetics_expert, language
):
    expert = epigenetics_expert[language]
    mail.outbox.clear()

    # Home → search for the topic.
    page.goto(f"{live_server.url}/{language}/")
    assert page.locator("html").get_attribute("lang") == language
    page.fill("#home-expert-q", QUERY[language])
    shot(page, "1-home")
    page.press("#home-expert-q", "Enter")
    page.wait_for_load_state()
    cards = page.get_by_test_id("expert-card")
    assert cards.count() == 2
    shot(page, "2-results")

    # Facet: only experts in Plovdiv; the URL carries the filter, so it can be shared.
    page.check(f"input[type=checkbox][name=city][value='{CITY[language]}']")
    page.locator(".directory__actions button[type=submit]").click()
    page.wait_for_load_state()
    assert "city=" in page.url
    assert cards.count() == 1
    shot(page, "3-faceted")

    # Profile → request contact.
    cards.first.get_by_role("link", name=expert.full_name).click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == expert.full_name
    assert "k.shiderova" not in page.content()
    shot(page, "4-profile")
    page.get_by_test_id("request-contact").click()
    page.wait_for_load_state()

    page.fill("input[name=journalist_name]", "Елена Димитрова")
    page.fill("input[name=outlet]", "Дневник")
    page.fill("input[name=email]", "elena@dnevnik.example.bg")
    deadline = timezone.localtime() + datetime.timedelta(days=2)
    page.fill("input[name=deadline]", deadline.strftime("%Y-%m-%dT%H:%M"))
    page.select_option("select[name=media_format]", "online")
    page.select_option("select[name=language]", language)
    page.fill(
        "textarea[name=questions]",
        "Какво показва новото изследване за метилирането на ДНК при рак на гърдата?",
    )
    page.check("input[name=consent]")
    shot(page, "5-form")
    page.wait_for_timeout(1100)  # a human takes longer than CONTACT_FORM_MIN_SECONDS
    page.locator(".contact-form button[type=submit]").click()
    page.wait_for_load_state()

    reference = page.get_by_test_id("reference").inner_text().strip()
    assert re.fullmatch(r"MC-[2-9A-Z]{4}-[2-9A-Z]{4}", reference)
    shot(page, "6-confirmation")

    contact_request = ContactRequest.objects.get(reference=reference)
    assert contact_request.expert_id == expert.pk
    assert contact_request.site_language == language
    kinds = set(contact_request.messages.values_list("kind", flat=True))
    assert kinds == {OutboxMessage.Kind.REQUEST_RECEIVED, OutboxMessage.Kind.NEW_REQUEST}
    sent_to = {address for message in mail.outbox for address in message.to}
    assert "elena@dnevnik.example.bg" in sent_to
    assert any(reference in message.body for message in mail.outbox)


@pytest.fixture(params=["bg", "en"])
def language(request) -> str:
    return request.param
