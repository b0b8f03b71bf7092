"""`python manage.py purge_contact_requests [--days N] [--dry-run]`: the retention rule.

A journalist's personal data is kept for CONTACT_REQUEST_RETENTION_DAYS; after that it is
erased, while the request's status, dates, expert, topic, format and language stay so that
anonymous counts (requests per topic, time to forward) survive.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from experts.models import ContactRequest, ContactRequestEvent, OutboxMessage

ERASED = "[erased]"


@dataclass(frozen=True)
class PurgeCounts:
    requests: int
    notes: int
    emails: int


def purge(days: int, *, dry_run: bool = False, now: datetime.datetime | None = None) -> PurgeCounts:
    """Erase the personal data of requests received more than `days` days ago, in one
    transaction. Requests already purged are left alone, so a second run erases nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        due = ContactRequest.objects.select_for_update().filter(
            created_at__lt=now - datetime.timedelta(days=days), purged_at__isnull=True
        )
        ids = list(due.values_list("pk", flat=True))
        # Any event text may quote the journalist: staff notes, and notes added to a move.
        notes = (
            ContactRequestEvent.objects.filter(request_id__in=ids)
            .exclude(message="")
            .exclude(message=ERASED)
            .exclude(kind=ContactRequestEvent.Kind.PURGED)
        )
        emails = OutboxMessage.objects.filter(contact_request_id__in=ids)
        counts = PurgeCounts(requests=len(ids), notes=notes.count(), emails=emails.count())
        if dry_run or not ids:
            return counts

        # A message not yet sent has lost its recipient: it must not go out half-erased.
        emails.filter(status=OutboxMessage.Status.PENDING).update(
            status=OutboxMessage.Status.FAILED
        )
        emails.update(to="", reply_to="", subject=ERASED, body=ERASED, last_error="")
        notes.update(message=ERASED)
        ContactRequest.objects.filter(pk__in=ids).update(
            journalist_name=ERASED,
            outlet=ERASED,
            email="",
            phone="",
            questions=ERASED,
            purged_at=now,
        )
        ContactRequestEvent.objects.bulk_create(
            ContactRequestEvent(
                request_id=request_id,
                at=now,
                kind=ContactRequestEvent.Kind.PURGED,
                to_status=status,
            )
            for request_id, status in ContactRequest.objects.filter(pk__in=ids).values_list(
                "pk", "status"
            )
        )
    return counts


class Command(BaseCommand):
    help = (
        "Erase journalists' personal data (name, outlet, e-mail, phone, questions, staff notes "
        "and the e-mails sent about the request) from contact requests received more than N "
        "days ago (default: CONTACT_REQUEST_RETENTION_DAYS). Status, dates, expert, topic, "
        "format and language are kept for anonymous statistics. Safe to run repeatedly; run it "
        "daily, e.g. from cron: "
        "30 3 * * * cd /srv/mediacenter && ./venv/bin/python manage.py purge_contact_requests"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep requests this many days (default: CONTACT_REQUEST_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be erased."
        )

    def handle(self, *args, **options):
        days = options["days"]
        if days is None:
            days = settings.CONTACT_REQUEST_RETENTION_DAYS
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        counts = purge(days, dry_run=options["dry_run"])
        verb = "Would erase" if options["dry_run"] else "Erased"
        self.stdout.write(
            f"{verb} the personal data of {counts.requests} contact request(s) received more "
            f"than {days} days ago: {counts.notes} history note(s), {counts.emails} e-mail(s)."
        )
