"""The outbox through the real mail path: a broken mail server delays mail, never loses a request.

Delivery goes over SMTP to a real server (aiosmtpd) on a free local port; while nothing listens
there the attempts fail. Retries run through the task framework: the immediate backend in (a),
the database backend and its worker (`db_worker`) in (b) and (c).
"""

from __future__ import annotations

import datetime
import email
import email.policy
import io
import logging
import signal
import socket
from contextlib import contextmanager

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult

from experts.models import ContactRequest, OutboxMessage
from experts.outbox import deliver_outbox_message, queue_email
from tests.experts.request_contact_helpers import make_expert, submit, valid_data

OFFICER = "media-officer@biocluster.test"
JOURNALIST = "elena.dimitrova@dnevnik.example.bg"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MailServer:
    """Collects what it receives; refuses the addresses in `refuse`."""

    def __init__(self, refuse: tuple[str, ...] = ()) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def recipients(self) -> list[str]:
        return sorted(message["X-Envelope-To"] for message in self.messages)


@contextmanager
def mail_server(port: int, **options):
    handler = MailServer(**options)
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def smtp_port(settings) -> int:
    """Real SMTP delivery to a local port where, until a test starts a server, nothing listens."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    return port


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def run_worker() -> None:
    """`manage.py db_worker --batch`: run every task that is due, then stop. The worker installs
    signal handlers and log levels for a long-running process; put the test process's back."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    loggers = {name: logging.getLogger(name).level for name in ("django_tasks", "django_tasks_db")}
    try:
        call_command("db_worker", batch=True, startup_delay=False, stdout=io.StringIO())
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        for name, level in loggers.items():
            logging.getLogger(name).setLevel(level)


def send_outbox(*args: str) -> str:
    out = io.StringIO()
    call_command("send_outbox", *args, stdout=out)
    return out.getvalue().strip()


def ready_deliveries() -> list[DBTaskResult]:
    return list(
        DBTaskResult.objects.filter(
            task_path=deliver_outbox_message.module_path, status=TaskResultStatus.READY
        ).order_by("run_after")
    )


# (a) Mail server down when the request arrives -----------------------------------------------


@pytest.mark.django_db
def test_request_survives_a_mail_server_outage_and_is_mailed_once_it_is_back(
    client, site_tree, smtp_port, django_capture_on_commit_callbacks
):
    expert_bg, _ = make_expert(site_tree)
    finished = []

    def on_finished(sender, task_result, **kwargs):
        finished.append(task_result)

    task_finished.connect(on_finished)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            response = submit(client, f"/bg/request-contact/?expert={expert_bg.pk}", valid_data())
    finally:
        task_finished.disconnect(on_finished)

    # The journalist sees the confirmation; the request and both e-mails are stored.
    assert response.status_code == 302
    contact_request = ContactRequest.objects.get()
    assert contact_request.reference in client.get(response["Location"]).content.decode()
    messages = list(OutboxMessage.objects.order_by("kind"))
    assert [m.kind for m in messages] == ["new_request", "request_received"]
    for message in messages:
        assert message.status == OutboxMessage.Status.PENDING
        assert message.attempts == 1
        assert message.last_error.startswith("ConnectionRefusedError")
        assert message.next_attempt_at > timezone.now()
    # The delivery task ran when the request was committed (the immediate backend runs it then).
    assert [result.status for result in finished] == [TaskResultStatus.SUCCESSFUL] * 2
    assert [result.return_value for result in finished] == ["pending", "pending"]

    with mail_server(smtp_port) as server:
        assert send_outbox("--all") == "2 sent"
        assert server.recipients() == [JOURNALIST, OFFICER]
        assert send_outbox("--all") == "Nothing to send."
        assert len(server.messages) == 2  # nothing was sent twice

    for message in OutboxMessage.objects.all():
        assert message.status == OutboxMessage.Status.SENT
        assert message.attempts == 2
        assert message.sent_at is not None and message.last_error == ""
    received = {m["X-Envelope-To"]: m for m in server.messages}
    confirmation = received[JOURNALIST]
    # Compare the words: a long encoded (Cyrillic) subject is folded over lines on the wire.
    assert confirmation["Subject"].split() == (
        OutboxMessage.objects.get(kind="request_received").subject.split()
    )
    assert contact_request.reference in confirmation["Subject"]
    assert contact_request.reference in confirmation.get_content()
    assert confirmation["Reply-To"] == "media@biocluster.bg"
    notice = received[OFFICER]
    assert notice["Reply-To"] == JOURNALIST
    assert "Радослава Петкова" in notice.get_content()


# (b) Retries with back-off through the database task backend -----------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_failed_delivery_retries_after_its_back_off_through_the_worker(
    client, site_tree, smtp_port, settings
):
    settings.TASKS = DATABASE_TASKS
    settings.OUTBOX_RETRY_BASE_SECONDS = 60
    expert_bg, _ = make_expert(site_tree)

    response = submit(client, f"/en/request-contact/?expert={expert_bg.pk}", valid_data())

    assert response.status_code == 302
    # Committed with the request: two stored e-mails and two delivery tasks waiting for a worker.
    assert OutboxMessage.objects.filter(status="pending", attempts=0).count() == 2
    assert len(ready_deliveries()) == 2

    run_worker()  # the mail server is down

    messages = list(OutboxMessage.objects.order_by("pk"))
    assert [(m.status, m.attempts) for m in messages] == [("pending", 1), ("pending", 1)]
    assert all(m.last_error for m in messages)
    retries = ready_deliveries()
    # Each failure queued its own retry, to run after the back-off (one minute after attempt 1).
    assert sorted(task.args_kwargs["args"][0] for task in retries) == [m.pk for m in messages]
    assert sorted(task.run_after for task in retries) == sorted(m.next_attempt_at for m in messages)
    for message in messages:
        delay = message.next_attempt_at - timezone.now()
        assert datetime.timedelta(seconds=30) < delay <= datetime.timedelta(seconds=60)

    with mail_server(smtp_port) as server:
        run_worker()  # the back-off has not passed: the worker leaves the retries alone
        assert server.messages == []
        assert len(ready_deliveries()) == 2

        later = max(m.next_attempt_at for m in messages) + datetime.timedelta(seconds=1)
        with time_machine.travel(later):
            run_worker()
            assert server.recipients() == [JOURNALIST, OFFICER]
            assert ready_deliveries() == []
            run_worker()  # nothing left to do, nothing sent twice
        assert len(server.messages) == 2

    assert [(m.status, m.attempts) for m in OutboxMessage.objects.order_by("pk")] == [
        ("sent", 2),
        ("sent", 2),
    ]


# (c) A message that can never be delivered -----------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_undeliverable_message_gives_up_after_the_last_attempt(smtp_port, settings):
    settings.TASKS = DATABASE_TASKS
    settings.OUTBOX_MAX_ATTEMPTS = 3
    settings.OUTBOX_RETRY_BASE_SECONDS = 60
    gone = "left-the-newsroom@bnt.example.bg"

    with transaction.atomic():
        message = queue_email(
            to=[gone],
            subject="Вашата заявка MC-7KQ4-R2XD",
            body="Получихме заявката ви.",
            kind=OutboxMessage.Kind.STATUS_CHANGE,
        )
    with mail_server(smtp_port, refuse=(gone,)) as server:
        now = timezone.now()
        for attempt in range(1, 4):
            with time_machine.travel(now):
                run_worker()
            message.refresh_from_db()
            assert message.attempts == attempt
            assert "No such mailbox" in message.last_error
            if attempt < 3:
                assert message.status == OutboxMessage.Status.PENDING
                # 1, then 2 minutes: each wait doubles.
                assert message.next_attempt_at - now > datetime.timedelta(
                    seconds=60 * 2 ** (attempt - 1) - 5
                )
                (retry,) = ready_deliveries()
                now = retry.run_after + datetime.timedelta(seconds=1)
        assert message.status == OutboxMessage.Status.FAILED
        assert ready_deliveries() == []  # no retry after the last attempt
        assert send_outbox("--all") == "Nothing to send."  # given up means given up
        assert server.messages == []


# A task queue that cannot take the delivery ----------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_request_is_confirmed_even_when_the_task_queue_is_unavailable(
    client, site_tree, smtp_port, settings
):
    # A typo in TASKS_BACKEND: every enqueue fails. The request is committed by then; the
    # journalist must get the confirmation page (not a server error that invites a second
    # request), and the stored mail waits for `send_outbox`.
    expert_bg, _ = make_expert(site_tree)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.no_such.Backend"}}

    response = submit(client, f"/bg/request-contact/?expert={expert_bg.pk}", valid_data())

    assert response.status_code == 302
    assert ContactRequest.objects.count() == 1
    assert OutboxMessage.objects.filter(status="pending", attempts=0).count() == 2
    # The next run of the `send_outbox` cron job, a minute later, delivers them.
    with (
        mail_server(smtp_port) as server,
        time_machine.travel(timezone.now() + datetime.timedelta(minutes=1)),
    ):
        assert send_outbox() == "2 sent"
    assert server.recipients() == [JOURNALIST, OFFICER]
