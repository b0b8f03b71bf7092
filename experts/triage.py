"""Staff triage of contact requests: the moves a media officer may make, and their e-mails.

Every move runs in one transaction on the locked request, so two officers clicking at once
cannot both forward it; it records a history line with the officer, and it sends mail only
through the outbox (stored first, delivered once the transaction commits). A move that is not
allowed raises TriageError and changes nothing.

    new ──take──▶ in progress ──forward──▶ forwarded ──▶ connected
     └──────────forward───────────┘            any open ──▶ declined / expired
"""

from __future__ import annotations

import datetime
import statistics
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_lazy

from experts.models import (
    ContactRequest,
    ContactRequestEvent,
    ExpertContact,
    ExpertPage,
    OutboxMessage,
)
from experts.outbox import queue_email
from mediacenter.models import localized_instances

SOFIA = ZoneInfo("Europe/Sofia")
Status = ContactRequest.Status
OPEN = frozenset(ContactRequest.OPEN_STATUSES)
NOTE_MAX_LENGTH = 4000


class TriageError(Exception):
    """A move that cannot be made; the message is for the media officer."""


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    from_statuses: frozenset[str]
    to_status: str
    closes: bool = False

    def allowed_for(self, contact_request: ContactRequest) -> bool:
        return contact_request.status in self.from_statuses


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        Action("take", gettext_lazy("Take"), frozenset({Status.NEW}), Status.IN_PROGRESS),
        Action(
            "forward",
            gettext_lazy("Forward to expert"),
            frozenset({Status.NEW, Status.IN_PROGRESS}),
            Status.FORWARDED,
        ),
        # Connected means the expert said yes, so the request must have reached the expert.
        Action(
            "connected",
            gettext_lazy("Mark connected"),
            frozenset({Status.FORWARDED}),
            Status.CONNECTED,
            closes=True,
        ),
        Action("declined", gettext_lazy("Mark declined"), OPEN, Status.DECLINED, closes=True),
        Action("expired", gettext_lazy("Mark expired"), OPEN, Status.EXPIRED, closes=True),
    )
}


def perform(
    contact_request: ContactRequest,
    action_name: str,
    *,
    user,
    tell_journalist: bool = False,
    note: str = "",
    expert: ExpertPage | None = None,
) -> ContactRequest:
    """Make one move on a request and return it as saved. `expert` is the officer's choice for
    a request on a topic (a request for a named expert always goes to that expert)."""
    action = ACTIONS.get(action_name)
    if action is None:
        raise TriageError(gettext("Unknown action."))
    note = note.strip()
    if len(note) > NOTE_MAX_LENGTH:
        raise TriageError(gettext("The note is too long."))
    with transaction.atomic():
        locked = (
            ContactRequest.objects.select_for_update(of=("self",))
            .select_related("expert", "topic")
            .get(pk=contact_request.pk)
        )
        if not action.allowed_for(locked):
            raise TriageError(
                gettext("A request that is “%(status)s” cannot be changed with “%(action)s”.")
                % {"status": locked.get_status_display(), "action": action.label}
            )
        if tell_journalist and locked.purged_at:
            raise TriageError(
                gettext("The journalist's details have been erased: they cannot be e-mailed.")
            )
        from_status = locked.status
        if action.name == "forward":
            _forward(locked, user=user, expert=expert, note=note)
        else:
            locked.status = action.to_status
            fields = ["status"]
            if action.closes:
                locked.closed_at = timezone.now()
                fields.append("closed_at")
            locked.save(update_fields=fields)
            locked.record(
                ContactRequestEvent.Kind.STATUS, user=user, message=note, from_status=from_status
            )
        if tell_journalist:
            queue_status_change(locked, user=user)
    return locked


def _forward(
    contact_request: ContactRequest, *, user, expert: ExpertPage | None, note: str
) -> None:
    from_status = contact_request.status
    expert = contact_request.expert or expert
    if expert is None:
        raise TriageError(gettext("Choose the expert to forward this request to."))
    if contact_request.purged_at:
        raise TriageError(gettext("The request's questions have been erased."))
    if contact_request.expert is None and not expert.live:
        raise TriageError(gettext("That expert's profile is not published."))
    contact = ExpertContact.for_expert(expert)
    if contact is None:
        raise TriageError(
            gettext("%(expert)s has no contact details yet: add them under Expert contacts first.")
            % {"expert": expert.title}
        )
    topic_request = contact_request.expert is None
    contact_request.expert = expert
    queue_forward(contact_request, contact, topic_request=topic_request)
    contact_request.status = Status.FORWARDED
    # The first forward counts for "time to forward", whatever happens later.
    contact_request.forwarded_at = contact_request.forwarded_at or timezone.now()
    contact_request.save(update_fields=["expert", "status", "forwarded_at"])
    message = gettext("Sent to %(expert)s <%(email)s>.") % {
        "expert": expert.title,
        "email": contact.email,
    }
    contact_request.record(
        ContactRequestEvent.Kind.FORWARDED,
        user=user,
        message=f"{message}\n{note}" if note else message,
        from_status=from_status,
    )


def add_note(contact_request: ContactRequest, *, user, text: str) -> ContactRequestEvent:
    """A staff note in the request's history."""
    text = text.strip()
    if not text:
        raise TriageError(gettext("Write the note first."))
    if len(text) > NOTE_MAX_LENGTH:
        raise TriageError(gettext("The note is too long."))
    return contact_request.record(ContactRequestEvent.Kind.NOTE, user=user, message=text)


def media_office_address() -> str:
    """Where experts and journalists reply: the media office, not an officer's own inbox."""
    addresses = getattr(settings, "MEDIA_OFFICER_EMAILS", [])
    return addresses[0] if addresses else ""


def email_language(code: str) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return code if code in codes else settings.LANGUAGE_CODE


def _in_language(page: ExpertPage) -> ExpertPage:
    """The expert's profile in the active language, if it has one."""
    return page.localized.specific


def queue_forward(
    contact_request: ContactRequest, contact: ExpertContact, *, topic_request: bool = False
) -> OutboxMessage:
    """The request as the expert reads it, in the language of the expert's profile. When the
    journalist asked to stay anonymous, their name, outlet, e-mail and phone are left out.
    `topic_request`: the journalist asked for any expert on the topic and staff chose this one."""
    language = email_language(contact.expert.locale.language_code)
    with translation.override(language), timezone.override(SOFIA):
        expert = _in_language(contact_request.expert)
        topic = localized_instances([contact_request.topic])[0] if contact_request.topic else None
        body = render_to_string(
            "experts/email/forward_to_expert.txt",
            {
                "contact_request": contact_request,
                "expert": expert,
                "topic": topic,
                "topic_request": topic_request,
                "deadline": timezone.localtime(contact_request.deadline, SOFIA),
                "media_office_email": media_office_address(),
            },
        )
        # Nothing the journalist typed reaches the subject line.
        subject = gettext("A journalist asks to interview you (%(reference)s)") % {
            "reference": contact_request.reference
        }
    return queue_email(
        to=[contact.email],
        subject=subject,
        body=body,
        kind=OutboxMessage.Kind.FORWARD,
        reply_to=media_office_address(),
        contact_request=contact_request,
    )


def queue_status_change(contact_request: ContactRequest, *, user=None) -> OutboxMessage:
    """Tell the journalist where their request stands, in the language they used the site in."""
    with translation.override(email_language(contact_request.site_language)):
        expert = _in_language(contact_request.expert) if contact_request.expert else None
        topic = localized_instances([contact_request.topic])[0] if contact_request.topic else None
        body = render_to_string(
            "experts/email/status_change.txt",
            {
                "contact_request": contact_request,
                "expert": expert,
                "topic": topic,
                "media_office_email": media_office_address(),
            },
        )
        subject = gettext("Your request %(reference)s: %(status)s") % {
            "reference": contact_request.reference,
            "status": contact_request.get_status_display(),
        }
    message = queue_email(
        to=[contact_request.email],
        subject=subject,
        body=body,
        kind=OutboxMessage.Kind.STATUS_CHANGE,
        reply_to=media_office_address(),
        contact_request=contact_request,
    )
    contact_request.record(ContactRequestEvent.Kind.EMAILED, user=user, message=subject)
    return message


@dataclass(frozen=True)
class TriageNumbers:
    open: int
    overdue: int
    forwarded: int
    median_to_forward: datetime.timedelta | None


def triage_numbers(now: datetime.datetime | None = None, days: int = 90) -> TriageNumbers:
    """What the dashboard shows: open and overdue requests, and the median time from a request
    to its (first) forward, over the requests forwarded in the last `days` days."""
    now = now or timezone.now()
    counts = ContactRequest.objects.aggregate(
        open=Count("pk", filter=Q(status__in=OPEN)),
        overdue=Count("pk", filter=Q(status__in=OPEN, deadline__lt=now)),
    )
    durations = [
        forwarded_at - created_at
        for created_at, forwarded_at in ContactRequest.objects.filter(
            forwarded_at__gte=now - datetime.timedelta(days=days), forwarded_at__lte=now
        ).values_list("created_at", "forwarded_at")
    ]
    return TriageNumbers(
        open=counts["open"],
        overdue=counts["overdue"],
        forwarded=len(durations),
        median_to_forward=statistics.median(durations) if durations else None,
    )


def human_duration(delta: datetime.timedelta) -> str:
    """A duration as an officer says it: "45 min", "2 h 15 min", "3 d 4 h"."""
    minutes = round(delta.total_seconds() / 60)
    if minutes < 1:
        return gettext("under a minute")
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = []
    if days:
        parts.append(gettext("%(count)d d") % {"count": days})
    if hours:
        parts.append(gettext("%(count)d h") % {"count": hours})
    if minutes and not days:
        parts.append(gettext("%(count)d min") % {"count": minutes})
    return " ".join(parts)
