"""The two e-mails of a new contact request: the journalist's confirmation and the media officers'
notice. Both go through the outbox (stored with the request, sent when it commits), as plain
text rendered in the language the journalist used the site in."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext

from experts.models import ContactRequest, OutboxMessage
from experts.outbox import queue_email
from mediacenter.models import localized_instances

SOFIA = ZoneInfo("Europe/Sofia")


def admin_path(contact_request: ContactRequest) -> str:
    """Where staff open a request in the admin (one place, so the admin view may move)."""
    return f"/admin/experts/contact-requests/{contact_request.pk}/"


def admin_url(contact_request: ContactRequest) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + admin_path(contact_request)


def request_target(contact_request: ContactRequest) -> dict:
    """The expert or topic asked for, named in the active language."""
    expert = contact_request.expert
    if expert is not None:
        expert = expert.localized.specific
        return {"expert": expert, "expert_name": expert.full_name, "topic_name": ""}
    topic_name = ""
    if contact_request.topic is not None:
        topic_name = localized_instances([contact_request.topic])[0].name
    return {"expert": None, "expert_name": "", "topic_name": topic_name}


def _context(contact_request: ContactRequest, **extra) -> dict:
    return {
        "contact_request": contact_request,
        "deadline": timezone.localtime(contact_request.deadline, SOFIA),
        "retention_days": settings.CONTACT_REQUEST_RETENTION_DAYS,
        **request_target(contact_request),
        **extra,
    }


def _deadline_text(contact_request: ContactRequest) -> str:
    return formats.date_format(
        timezone.localtime(contact_request.deadline, SOFIA), "DATETIME_FORMAT"
    )


def queue_request_received(
    contact_request: ContactRequest, *, media_office_email: str = ""
) -> OutboxMessage:
    """The journalist's confirmation: reference code, deadline and what happens next."""
    with translation.override(contact_request.site_language), timezone.override(SOFIA):
        body = render_to_string(
            "experts/email/request_received.txt",
            _context(contact_request, media_office_email=media_office_email),
        )
        subject = gettext("Your request %(reference)s to the Media Center") % {
            "reference": contact_request.reference
        }
    return queue_email(
        to=[contact_request.email],
        subject=subject,
        body=body,
        kind=OutboxMessage.Kind.REQUEST_RECEIVED,
        reply_to=media_office_email,
        contact_request=contact_request,
    )


def queue_new_request(contact_request: ContactRequest) -> OutboxMessage:
    """The media officers' notice, with every detail and a link to the request in the admin."""
    with translation.override(contact_request.site_language), timezone.override(SOFIA):
        context = _context(contact_request, admin_url=admin_url(contact_request))
        body = render_to_string("experts/email/new_request.txt", context)
        target = context["expert_name"] or context["topic_name"] or gettext("any expert")
        # Only the reference, our own name for the target and the deadline: nothing the
        # journalist typed reaches the subject line.
        subject = gettext("New contact request %(reference)s: %(target)s, by %(deadline)s") % {
            "reference": contact_request.reference,
            "target": target,
            "deadline": _deadline_text(contact_request),
        }
    return queue_email(
        to=settings.MEDIA_OFFICER_EMAILS,
        subject=subject,
        body=body,
        kind=OutboxMessage.Kind.NEW_REQUEST,
        reply_to=contact_request.email,
        contact_request=contact_request,
    )
