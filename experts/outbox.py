"""The outbox: every e-mail is stored first, then delivered by a background task.

`queue_email()` saves an OutboxMessage in the caller's transaction and, once that commits,
enqueues `deliver_outbox_message`. A delivery that fails (mail server down, refused, timed out)
is retried with exponential back-off, up to OUTBOX_MAX_ATTEMPTS; the `send_outbox` command
delivers whatever is due, for a cron job or after an outage. A message is locked while it is
sent and marked sent in the same transaction, so two workers never send it twice.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from experts.models import OutboxMessage

logger = logging.getLogger(__name__)


def max_attempts() -> int:
    return getattr(settings, "OUTBOX_MAX_ATTEMPTS", 8)


def retry_delay(attempts: int) -> datetime.timedelta:
    """1, 2, 4, 8 … minutes after each failed attempt, at most six hours."""
    base = getattr(settings, "OUTBOX_RETRY_BASE_SECONDS", 60)
    return datetime.timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 6 * 3600))


def queue_email(
    *,
    to: Iterable[str],
    subject: str,
    body: str,
    kind: str = OutboxMessage.Kind.OTHER,
    reply_to: str = "",
    contact_request=None,
) -> OutboxMessage:
    """Store an e-mail and have it sent once the current transaction commits."""
    recipients = [address for address in to if address]
    # A subject is one line: newlines would let text reach the mail headers.
    subject = " ".join(subject.split())
    message = OutboxMessage.objects.create(
        to="\n".join(recipients),
        subject=subject[:250],
        body=body,
        kind=kind,
        reply_to=reply_to,
        contact_request=contact_request,
    )
    transaction.on_commit(partial(enqueue_delivery, message.pk))
    return message


def enqueue_delivery(message_id: int, run_after: datetime.datetime | None = None) -> None:
    """Hand a message to the task queue; if the queue cannot take it, `send_outbox` still will."""
    try:
        if run_after is None:
            deliver_outbox_message.enqueue(message_id)
        elif deliver_outbox_message.get_backend().supports_defer:
            deliver_outbox_message.using(run_after=run_after).enqueue(message_id)
    except Exception:  # a missing or broken queue must not undo a committed request
        # Runs after the caller's commit: raising here would turn a saved request into a server
        # error (and a second request). The message stays pending for `send_outbox`.
        logger.exception("Could not enqueue delivery of outbox message %s", message_id)


@task()
def deliver_outbox_message(message_id: int) -> str:
    status, next_attempt = deliver(message_id)
    if next_attempt is not None:
        enqueue_delivery(message_id, run_after=next_attempt)
    return status


def deliver(message_id: int) -> tuple[str, datetime.datetime | None]:
    """Try to send one message now. Returns its status and, after a failure, when to try again."""
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, status=OutboxMessage.Status.PENDING)
            .first()
        )
        if message is None:  # already sent, given up, or being sent by another worker
            return "skipped", None
        email = EmailMessage(
            subject=message.subject,
            body=message.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=message.recipients,
            reply_to=[message.reply_to] if message.reply_to else None,
        )
        message.attempts += 1
        try:
            email.send(fail_silently=False)
        except Exception as error:  # any transport error means "try again later"
            message.last_error = f"{type(error).__name__}: {error}"[:2000]
            if message.attempts >= max_attempts():
                message.status = OutboxMessage.Status.FAILED
                logger.error("Gave up on outbox message %s: %s", message.pk, message.last_error)
            else:
                message.next_attempt_at = timezone.now() + retry_delay(message.attempts)
                logger.warning(
                    "Outbox message %s not sent (attempt %s): %s",
                    message.pk,
                    message.attempts,
                    message.last_error,
                )
            message.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
            if message.status == OutboxMessage.Status.PENDING:
                return message.status, message.next_attempt_at
            return message.status, None
        message.status = OutboxMessage.Status.SENT
        message.sent_at = timezone.now()
        message.last_error = ""
        message.save(update_fields=["attempts", "last_error", "status", "sent_at"])
        return message.status, None


def send_due(
    at: datetime.datetime | None = None, *, include_future: bool = False
) -> dict[str, int]:
    """Deliver every pending message that is due (or all pending ones); counts by outcome."""
    pending = OutboxMessage.objects.filter(status=OutboxMessage.Status.PENDING)
    if not include_future:
        pending = pending.filter(next_attempt_at__lte=at or timezone.now())
    counts: dict[str, int] = {}
    for message_id in pending.order_by("created_at", "pk").values_list("pk", flat=True):
        status, _next = deliver(message_id)
        counts[status] = counts.get(status, 0) + 1
    return counts
