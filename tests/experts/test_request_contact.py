"""A journalist asks to be put in touch: from a profile in either language to the confirmation,
with the request stored, its history started and both e-mails sent through the outbox."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from experts.models import ContactRequest, ContactRequestEvent, OutboxMessage
from tests import factories
from tests.experts.request_contact_helpers import (
    make_expert,
    sofia_input,
    submit,
    valid_data,
)

pytestmark = [pytest.mark.django_db, pytest.mark.smoke]

OFFICERS = ["media-officer@biocluster.test"]


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def url(language: str, **query) -> str:
    with translation.override(language):
        base = reverse("experts:request_contact")
    return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def request_link(profile) -> str:
    """The profile's "Request contact" link."""
    match = re.search(r'href="([^"]*/request-contact/\?expert=[0-9]+)"', profile.content.decode())
    assert match, "the profile has no request-contact link"
    return match.group(1)


def sent_url(language: str) -> str:
    with translation.override(language):
        return reverse("experts:request_sent")


@pytest.mark.parametrize(
    ("language", "profile", "name"),
    [
        ("bg", "bg", "Доц. д-р Радослава Петкова"),
        ("en", "en", "Assoc. Prof. Dr. Radoslava Petkova"),
        # A link from the Bulgarian profile opened in English names the English profile.
        ("en", "bg", "Assoc. Prof. Dr. Radoslava Petkova"),
    ],
)
def test_form_for_an_expert_names_them_in_the_page_language(
    client, site_tree, language, profile, name
):
    expert_bg, expert_en = make_expert(site_tree)
    expert = expert_bg if profile == "bg" else expert_en

    response = client.get(url(language, expert=expert.pk))

    assert response.status_code == 200
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    assert name in page
    assert 'name="topic"' not in page  # the expert is the target, no topic to choose
    assert 'name="website"' in page and 'aria-hidden="true"' in page
    assert "365" in page  # the privacy notice gives the retention period


def test_english_form_labels_and_privacy_notice(client, site_tree):
    expert_bg, _ = make_expert(site_tree)
    page = client.get(url("en", expert=expert_bg.pk)).content.decode()
    assert "<h1>Request contact with Assoc. Prof. Dr. Radoslava Petkova</h1>" in page
    assert 'href="#privacy-notice"' in page and 'id="privacy-notice"' in page
    assert "We erase your details 365 days after we receive the request." in page
    assert "media@biocluster.bg" in page  # the media office, from the organisation settings


@pytest.mark.parametrize(
    ("language", "profile", "expected_name", "interview_language"),
    [
        ("bg", "bg", "Доц. д-р Радослава Петкова", "bg"),
        ("en", "en", "Assoc. Prof. Dr. Radoslava Petkova", "en"),
    ],
)
def test_request_from_a_profile_is_saved_confirmed_and_mailed(
    client,
    site_tree,
    django_capture_on_commit_callbacks,
    language,
    profile,
    expected_name,
    interview_language,
):
    expert_bg, expert_en = make_expert(site_tree)
    expert = expert_bg if profile == "bg" else expert_en
    deadline = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=1)
    data = valid_data(
        deadline=sofia_input(deadline),
        language=interview_language,
        media_format="radio",
        anonymous="on",
    )

    profile = client.get(expert.url)
    assert profile.status_code == 200
    form_url = request_link(profile)
    assert form_url == url(language, expert=expert.pk)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, form_url, data)

    assert response.status_code == 302
    assert response["Location"] == sent_url(language)
    contact_request = ContactRequest.objects.get()
    assert contact_request.reference not in response["Location"]  # the code stays out of URLs
    assert contact_request.expert_id == expert.pk
    assert contact_request.topic is None
    assert contact_request.site_language == language
    assert contact_request.language == interview_language
    assert contact_request.deadline == deadline
    assert contact_request.media_format == "radio"
    assert contact_request.anonymous is True
    assert contact_request.consent_at is not None
    assert contact_request.status == ContactRequest.Status.NEW
    assert [event.kind for event in contact_request.events.all()] == [
        ContactRequestEvent.Kind.RECEIVED
    ]

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    page = confirmation.content.decode()
    assert contact_request.reference in page
    assert expected_name in page
    assert "Дневник" in page

    messages = {m.kind: m for m in OutboxMessage.objects.filter(contact_request=contact_request)}
    assert set(messages) == {OutboxMessage.Kind.REQUEST_RECEIVED, OutboxMessage.Kind.NEW_REQUEST}
    to_journalist = messages[OutboxMessage.Kind.REQUEST_RECEIVED]
    to_officers = messages[OutboxMessage.Kind.NEW_REQUEST]
    assert to_journalist.recipients == ["elena.dimitrova@dnevnik.example.bg"]
    assert to_journalist.reply_to == "media@biocluster.bg"
    assert to_officers.recipients == OFFICERS
    assert to_officers.reply_to == "elena.dimitrova@dnevnik.example.bg"
    for message in messages.values():
        assert message.status == OutboxMessage.Status.SENT
        assert contact_request.reference in message.subject
        assert contact_request.reference in message.body
        assert "\n" not in message.subject
    assert expected_name in to_journalist.body
    assert expected_name in to_officers.body
    assert data["questions"] in to_officers.body
    assert data["questions"] not in to_journalist.body  # no free text echoed to an outside address
    assert f"http://testserver/admin/experts/contact-requests/{contact_request.pk}/" in (
        to_officers.body
    )
    local_deadline = timezone.localtime(deadline)  # Europe/Sofia
    if language == "en":
        assert (
            f"Your deadline: {local_deadline:%-d %B %Y, %H:%M} (Sofia time)" in to_journalist.body
        )
    else:
        assert f"{local_deadline:%-d} " in to_journalist.body
        assert f"{local_deadline:%Y} г., {local_deadline:%H:%M}" in to_journalist.body

    delivered = {tuple(m.to): m for m in mail.outbox}
    assert set(delivered) == {("elena.dimitrova@dnevnik.example.bg",), tuple(OFFICERS)}
    assert delivered[("elena.dimitrova@dnevnik.example.bg",)].subject == to_journalist.subject
    assert delivered[("elena.dimitrova@dnevnik.example.bg",)].reply_to == ["media@biocluster.bg"]


def test_confirmation_e_mail_is_in_the_journalists_language(
    client, site_tree, django_capture_on_commit_callbacks
):
    expert_bg, expert_en = make_expert(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, url("en", expert=expert_en.pk), valid_data(language="en"))
    (confirmation,) = [m for m in mail.outbox if m.to == ["elena.dimitrova@dnevnik.example.bg"]]
    reference = ContactRequest.objects.get().reference
    assert confirmation.subject == f"Your request {reference} to the Media Center"
    assert "Dear Елена Димитрова," in confirmation.body
    assert f"Reference: {reference}" in confirmation.body
    assert "Expert: Assoc. Prof. Dr. Radoslava Petkova" in confirmation.body
    assert "What happens next" in confirmation.body
    assert "Sofia time" in confirmation.body


def test_any_expert_on_a_topic(client, site_tree, django_capture_on_commit_callbacks):
    topic_bg = factories.TopicFactory(name="Персонализирана медицина", slug="personalised-medicine")
    topic_en = factories.translate_snippet(topic_bg, "en", name="Personalised medicine")

    page_bg = client.get(url("bg", topic="personalised-medicine")).content.decode()
    page_en = client.get(url("en", topic="personalised-medicine")).content.decode()
    assert "Персонализирана медицина" in page_bg
    assert "Request contact with any expert on Personalised medicine" in page_en

    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, url("en", topic="personalised-medicine"), valid_data())
    assert response.status_code == 302
    contact_request = ContactRequest.objects.get()
    assert contact_request.expert is None
    assert contact_request.topic == topic_en
    sent = client.get(response["Location"]).content.decode()
    assert "any expert on Personalised medicine" in sent
    to_officers = OutboxMessage.objects.get(kind=OutboxMessage.Kind.NEW_REQUEST)
    assert "Personalised medicine" in to_officers.subject


def test_general_request_offers_the_topics_of_the_page_language(
    client, site_tree, django_capture_on_commit_callbacks
):
    atmp_bg = factories.TopicFactory(name="Модерни терапии (ATMP)", slug="atmp")
    atmp_en = factories.translate_snippet(atmp_bg, "en", name="Advanced therapies (ATMP)")
    factories.TopicFactory(name="Клинични изпитвания", slug="clinical-trials")

    page_en = client.get(url("en")).content.decode()
    assert "<h1>Request contact with an expert</h1>" in page_en
    assert f'<option value="{atmp_en.pk}">Advanced therapies (ATMP)</option>' in page_en
    assert "Клинични изпитвания" not in page_en  # Bulgarian topics stay on the Bulgarian form
    page_bg = client.get(url("bg")).content.decode()
    assert "Клинични изпитвания" in page_bg and "Advanced therapies" not in page_bg

    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, url("en"), valid_data(topic=str(atmp_en.pk)))
    assert response.status_code == 302
    assert ContactRequest.objects.get().topic == atmp_en

    # A topic of the other language is not a choice here.
    cache.clear()
    response = submit(client, url("en"), valid_data(topic=str(atmp_bg.pk)))
    assert response.status_code == 200
    assert ContactRequest.objects.count() == 1


def test_general_request_without_topic(client, site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, url("en"), valid_data())
    assert response.status_code == 302
    contact_request = ContactRequest.objects.get()
    assert contact_request.expert is None and contact_request.topic is None
    assert "not given (general request)" in OutboxMessage.objects.get(kind="new_request").body


def test_sent_page_without_a_request_sends_the_visitor_to_the_directory(client, site_tree):
    response = client.get(sent_url("en"))
    assert response.status_code == 302
    assert response["Location"] == site_tree.experts_en.url

    response = client.get(sent_url("bg"))
    assert response["Location"] == site_tree.experts_bg.url


def test_sent_page_shows_the_latest_request_of_this_visitor_only(
    client, site_tree, django_capture_on_commit_callbacks
):
    expert_bg, _ = make_expert(site_tree)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, url("bg", expert=expert_bg.pk), valid_data())
    reference = ContactRequest.objects.get().reference

    assert reference in client.get(sent_url("bg")).content.decode()  # a reload still shows it
    assert reference in client.get(sent_url("en")).content.decode()

    from django.test import Client

    stranger = Client()
    response = stranger.get(sent_url("bg"))
    assert response.status_code == 302
