"""Retention: `purge_contact_requests` erases journalists' personal data from old requests, and
keeps what anonymous counts need (status, dates, expert, topic, format, language)."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from experts.models import ContactRequest, ContactRequestEvent, OutboxMessage
from tests import factories

pytestmark = pytest.mark.django_db

Status = ContactRequest.Status


def purge(*args: str) -> str:
    out = io.StringIO()
    call_command("purge_contact_requests", *args, stdout=out)
    return out.getvalue()


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def requests(site_tree, settings):
    settings.CONTACT_REQUEST_RETENTION_DAYS = 365
    topic = factories.TopicFactory(name="Епигенетика", slug="epigenetics")
    expert = factories.ExpertPageFactory(parent=site_tree.experts_bg, last_name="Стоянова")
    old = factories.ContactRequestFactory(
        created_at=days_ago(400),
        deadline=days_ago(398),
        forwarded_at=days_ago(399),
        closed_at=days_ago(397),
        status=Status.CONNECTED,
        expert=expert,
        topic=topic,
        journalist_name="Елена Димитрова",
        outlet="Дневник",
        email="elena@dnevnik.example.bg",
        phone="+359 88 123 4567",
        questions="Какво е епигенетиката и защо е важна за пациентите в Пловдив?",
        media_format="radio",
        language="en",
    )
    old.record(ContactRequestEvent.Kind.RECEIVED)
    old.record(ContactRequestEvent.Kind.NOTE, message="Елена звъня от 088 123 4567.")
    sent = OutboxMessage.objects.create(
        to="elena@dnevnik.example.bg",
        reply_to="media@biocluster.bg",
        subject="Вашата заявка",
        body="Уважаема Елена Димитрова, ...",
        contact_request=old,
        status=OutboxMessage.Status.SENT,
    )
    waiting = OutboxMessage.objects.create(
        to="stoyanova@lab.example.bg",
        reply_to="elena@dnevnik.example.bg",
        subject="Журналист от Дневник",
        body="Елена Димитрова, Дневник: въпроси за епигенетиката.",
        contact_request=old,
        last_error="SMTPRecipientsRefused: elena@dnevnik.example.bg",
    )
    recent = factories.ContactRequestFactory(
        created_at=days_ago(30),
        topic=topic,
        journalist_name="Иван Стоянов",
        outlet="БНР",
        email="ivan@bnr.example.bg",
    )
    recent.record(ContactRequestEvent.Kind.NOTE, message="Иван чака до петък.")
    recent_mail = OutboxMessage.objects.create(
        to="ivan@bnr.example.bg",
        subject="Заявка",
        body="Уважаеми Иван Стоянов",
        contact_request=recent,
    )
    return {
        "old": old,
        "recent": recent,
        "sent": sent,
        "waiting": waiting,
        "recent_mail": recent_mail,
        "topic": topic,
        "expert": expert,
    }


def test_purge_erases_old_personal_data_and_keeps_what_counts_need(requests):
    old = requests["old"]
    before = ContactRequest.objects.values("status", "created_at", "deadline").get(pk=old.pk)

    output = purge()

    old.refresh_from_db()
    assert (old.journalist_name, old.outlet, old.email, old.phone, old.questions) == (
        "[erased]",
        "[erased]",
        "",
        "",
        "[erased]",
    )
    assert old.purged_at is not None
    # Kept: what the statistics count.
    assert (old.status, old.created_at, old.deadline) == (
        before["status"],
        before["created_at"],
        before["deadline"],
    )
    assert old.expert.specific == requests["expert"]
    assert (old.topic, old.media_format, old.language) == (requests["topic"], "radio", "en")
    assert old.forwarded_at and old.closed_at
    assert ContactRequest.objects.filter(topic=requests["topic"]).count() == 2

    messages = dict(old.events.values_list("kind", "message"))
    assert messages[ContactRequestEvent.Kind.NOTE] == "[erased]"
    assert ContactRequestEvent.Kind.PURGED in messages
    for outbox_message in (requests["sent"], requests["waiting"]):
        outbox_message.refresh_from_db()
        assert (outbox_message.to, outbox_message.reply_to, outbox_message.body) == (
            "",
            "",
            "[erased]",
        )
        assert "elena" not in outbox_message.last_error
        assert "Дневник" not in outbox_message.subject
    # The message never sent will not go out half-erased.
    assert requests["waiting"].status == OutboxMessage.Status.FAILED
    assert requests["sent"].status == OutboxMessage.Status.SENT

    assert "1 contact request" in output
    assert "1 history note" in output
    assert "2 e-mail" in output


def test_purge_leaves_recent_requests_alone(requests):
    purge()

    recent = requests["recent"]
    recent.refresh_from_db()
    assert (recent.journalist_name, recent.email, recent.purged_at) == (
        "Иван Стоянов",
        "ivan@bnr.example.bg",
        None,
    )
    assert recent.events.get().message == "Иван чака до петък."
    requests["recent_mail"].refresh_from_db()
    assert requests["recent_mail"].body == "Уважаеми Иван Стоянов"


def test_purge_twice_erases_nothing_more(requests):
    purge()
    events = ContactRequestEvent.objects.count()
    purged_at = ContactRequest.objects.get(pk=requests["old"].pk).purged_at

    output = purge()

    assert "0 contact request" in output
    assert ContactRequestEvent.objects.count() == events
    assert ContactRequest.objects.get(pk=requests["old"].pk).purged_at == purged_at


def test_days_option_overrides_the_setting(requests):
    output = purge("--days", "7")

    assert "2 contact request" in output
    assert not ContactRequest.objects.filter(purged_at__isnull=True).exists()


def test_dry_run_counts_and_changes_nothing(requests):
    def state():
        return (
            list(ContactRequest.objects.order_by("pk").values()),
            list(ContactRequestEvent.objects.order_by("pk").values()),
            list(OutboxMessage.objects.order_by("pk").values()),
        )

    before = state()

    output = purge("--dry-run")

    assert state() == before
    assert output.startswith("Would erase")
    assert "1 contact request" in output


def test_negative_days_are_refused(requests):
    with pytest.raises(CommandError):
        purge("--days", "-1")
    assert not ContactRequest.objects.filter(purged_at__isnull=False).exists()


def test_an_erased_request_still_opens_in_the_admin(requests, client, django_user_model):
    purge()
    admin = django_user_model.objects.create_superuser("admin", "admin@biocluster.bg", "x")
    client.force_login(admin)

    response = client.get(f"/admin/experts/contact-requests/{requests['old'].pk}/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "[erased]" in page
    assert "Елена" not in page
    assert "Дневник" not in page
