"""Flow 2 of DESIGN.md in a real browser, through the Wagtail admin: a media officer sees the new
contact requests, filters them, opens one, notes it, forwards it to an expert (the e-mail goes
out through the outbox), records the outcome, and declines another one.

Desktop only: this is a staff flow.
"""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from experts.models import ContactRequest, ContactRequestEvent, OutboxMessage
from tests import factories
from tests.e2e.conftest import shot
from tests.e2e.staff import log_in, staff_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIST_URL = "/admin/experts/contact-requests/"
EXPERT_EMAIL = "k.shiderova@lab.example.org"
NOTE = "Обадих се на д-р Шидерова: може да говори в сряда."
DECLINE_REASON = "Проф. Ескенази е на конференция в Атина до края на месеца."


@pytest.fixture
def viewport() -> str:
    return "desktop"


@pytest.fixture
def requests(site_tree):
    """Two new requests (one for any expert on a topic, one for a named expert, from the English
    site) and one already closed, beside two epigeneticists with staff-only contacts."""
    topic = factories.TopicFactory(name="Епигенетика", slug="epigenetics")
    factories.translate_snippet(topic, "en", name="Epigenetics")
    shiderova = factories.ExpertPageFactory(
        parent=site_tree.experts_bg,
        honorific="Доц. д-р",
        first_name="Калина",
        last_name="Шидерова",
        slug="kalina-shiderova",
        city="Пловдив",
    )
    shiderova.topics.set([topic])
    shiderova.save_revision().publish()
    factories.ExpertContactFactory(expert=shiderova, email=EXPERT_EMAIL)
    eskenazi = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Петър", last_name="Ескенази", slug="eskenazi"
    )
    factories.ExpertContactFactory(expert=eskenazi, email="p.eskenazi@institute.example.org")
    now = timezone.now()
    on_topic = factories.ContactRequestFactory(
        topic=topic,
        journalist_name="Елена Димитрова",
        outlet="Дневник",
        email="elena@dnevnik.example.bg",
        deadline=now + datetime.timedelta(days=2),
        questions="Как средата променя активността на гените при рак на гърдата?",
    )
    named = factories.ContactRequestFactory(
        expert=eskenazi,
        journalist_name="Anna Novak",
        outlet="Science Desk",
        email="anna@sciencedesk.example.com",
        site_language="en",
        language=ContactRequest.Language.EN,
        deadline=now + datetime.timedelta(days=1),
        questions="What does epigenetics tell us about ageing?",
    )
    closed = factories.ContactRequestFactory(
        expert=shiderova, outlet="Капитал", status=ContactRequest.Status.CONNECTED
    )
    for contact_request in (on_topic, named, closed):
        contact_request.record(ContactRequestEvent.Kind.RECEIVED)
    return {"on_topic": on_topic, "named": named, "closed": closed, "expert": shiderova}


def test_media_officer_triages_forwards_and_declines(live_server, page, requests):
    on_topic, named, closed = requests["on_topic"], requests["named"], requests["closed"]
    officer = staff_user("officer", "Media officers", first_name="Йоана", last_name="Маринова")
    mail.outbox.clear()

    # The dashboard counts the open requests; the menu leads to the list.
    log_in(page, live_server, officer)
    assert page.locator("[data-open-count]").get_attribute("data-open-count") == "2"
    shot(page, "1-dashboard")
    page.locator(f"a[href='{LIST_URL}']").first.click()
    page.wait_for_url(f"**{LIST_URL}")
    rows = page.locator("main table tbody tr")
    assert rows.count() == 3

    # Filter: only the new ones (the list updates in place; the URL keeps the filter).
    page.get_by_role("button", name="Show filters").click()
    page.locator("button[aria-controls=drilldown-id_status]").click()
    page.locator("input[name=status][value=new]").check()
    page.wait_for_url("**status=new**")
    page.locator(f"main a:text-is('{closed.reference}')").wait_for(state="detached")
    assert rows.count() == 2
    listed = page.locator("main table tbody").inner_text()
    assert on_topic.reference in listed and named.reference in listed
    assert "Дневник" in listed
    shot(page, "2-filtered")

    # Open the request on a topic: the journalist's questions, no expert yet.
    page.get_by_role("link", name=on_topic.reference).click()
    page.wait_for_url(f"**{LIST_URL}{on_topic.pk}/")
    assert "Как средата променя активността" in page.locator("#journalist-section").inner_text()
    assert "Epigenetics" in page.locator("#expert-section").inner_text()
    shot(page, "3-request")

    # A staff note goes into the history.
    page.fill("#history-section textarea[name=text]", NOTE)
    page.locator("#history-section button[type=submit]").click()
    page.wait_for_load_state()
    assert NOTE in history(page)

    # Forward: choose the expert (those on the topic come first), tell the journalist.
    expert_select = page.locator("#triage-section select[name=expert]")
    assert expert_select.locator("option").nth(1).inner_text().strip() == requests["expert"].title
    expert_select.select_option(str(requests["expert"].pk))
    page.locator("#triage-section input[name=tell_journalist]").check()
    shot(page, "4-forwarding")
    page.locator("#triage-section button[name=action][value=forward]").click()
    page.wait_for_load_state()
    shot(page, "5-forwarded")

    on_topic.refresh_from_db()
    assert on_topic.status == ContactRequest.Status.FORWARDED
    assert on_topic.expert_id == requests["expert"].pk
    assert on_topic.forwarded_at is not None
    forward = on_topic.messages.get(kind=OutboxMessage.Kind.FORWARD)
    assert forward.status == OutboxMessage.Status.SENT
    assert forward.recipients == [EXPERT_EMAIL]
    to_expert = sent_to(EXPERT_EMAIL)
    assert len(to_expert) == 1
    assert on_topic.reference in to_expert[0].subject
    assert "Как средата променя активността" in to_expert[0].body
    assert NOTE not in to_expert[0].body  # staff notes stay in the admin
    to_journalist = sent_to("elena@dnevnik.example.bg")
    assert len(to_journalist) == 1 and on_topic.reference in to_journalist[0].subject
    log = history(page)
    assert EXPERT_EMAIL in log  # "Sent to … <e-mail>", by the officer
    assert "Йоана Маринова" in log

    # The expert said yes: record the outcome.
    page.locator("#triage-section button[name=action][value=connected]").click()
    page.wait_for_load_state()
    on_topic.refresh_from_db()
    assert on_topic.status == ContactRequest.Status.CONNECTED
    assert on_topic.closed_at is not None
    assert page.locator("#triage-section").count() == 0  # a closed request has no more moves
    shot(page, "6-connected")

    # Back to the filtered list: the other new request, declined with a reason.
    page.goto(f"{live_server.url}{LIST_URL}?status=new")
    assert rows.count() == 1
    page.get_by_role("link", name=named.reference).click()
    page.wait_for_url(f"**{LIST_URL}{named.pk}/")
    page.locator("#triage-section input[name=tell_journalist]").check()
    page.fill("#triage-section textarea[name=note]", DECLINE_REASON)
    page.locator("#triage-section button[name=action][value=declined]").click()
    page.wait_for_load_state()
    shot(page, "7-declined")

    named.refresh_from_db()
    assert named.status == ContactRequest.Status.DECLINED
    assert DECLINE_REASON in history(page)
    decline = named.messages.get(kind=OutboxMessage.Kind.STATUS_CHANGE)
    assert decline.status == OutboxMessage.Status.SENT
    assert decline.recipients == ["anna@sciencedesk.example.com"]
    (declined_mail,) = sent_to("anna@sciencedesk.example.com")
    assert named.reference in declined_mail.subject
    assert "Declined" in declined_mail.subject  # in English: she wrote from the English site
    assert DECLINE_REASON not in declined_mail.body
    assert not named.messages.filter(kind=OutboxMessage.Kind.FORWARD).exists()
    assert sent_to("p.eskenazi@institute.example.org") == []


def history(page) -> str:
    return page.locator("table[data-history]").inner_text()


def sent_to(address: str) -> list:
    return [message for message in mail.outbox if address in message.to]
