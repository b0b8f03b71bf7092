"""The journalist's request-contact flow: form → checks → saved request and two outbox e-mails →
POST/redirect/GET to a confirmation page with the reference code.

A request names one expert (?expert=<page id>), a topic (?topic=<slug>) or neither (a general
request, where the journalist may pick a topic). Anything rejected — invalid fields, honeypot,
a form sent too fast, a rate limit — saves nothing and sends nothing.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Locale, Site

from experts import notifications, ratelimit
from experts.forms import ContactRequestForm
from experts.models import ContactRequest, ContactRequestEvent, ExpertIndexPage, ExpertPage
from mediacenter.models import OrganisationSettings, Topic, localized_instances

SESSION_KEY = "experts.request_sent"
# Page ids are 32-bit integers: anything longer is not an id (and must not reach the query).
PAGE_ID = re.compile(r"^[0-9]{1,9}$")
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")

UNKNOWN_EXPERT = _(
    "We could not find that expert in the directory: the link may be old. You can still send "
    "your request below and a media officer will find the right person."
)
UNKNOWN_TOPIC = _(
    "We could not find that topic. You can still send your request below and a media officer "
    "will find the right expert."
)


@dataclass
class Target:
    """Who the journalist wants to reach; `problem` says why a link's expert or topic was not found."""

    expert: ExpertPage | None = None
    topic: Topic | None = None
    problem: str = ""

    @property
    def is_general(self) -> bool:
        return self.expert is None and self.topic is None


def resolve_target(request: HttpRequest) -> Target:
    """The expert (a live public profile in any language, shown in the active one) or topic
    (by slug, in the active language) named in the query string."""
    expert_id = request.GET.get("expert")
    if expert_id is not None:
        expert = None
        if PAGE_ID.match(expert_id):
            expert = ExpertPage.objects.live().public().filter(pk=int(expert_id)).first()
        if expert is None:
            return Target(problem=UNKNOWN_EXPERT)
        return Target(expert=expert.localized.specific)
    slug = request.GET.get("topic")
    if slug is not None:
        topic = None
        if SLUG.match(slug):
            topics = Topic.objects.filter(slug=slug)
            topic = topics.filter(locale=Locale.get_active()).first() or topics.first()
        if topic is None:
            return Target(problem=UNKNOWN_TOPIC)
        return Target(topic=localized_instances([topic])[0])
    return Target()


def media_office_email(request: HttpRequest) -> str:
    """The press e-mail from the site's organisation settings, offered when something blocks."""
    site = Site.find_for_request(request)
    return OrganisationSettings.for_site(site).email if site else ""


@require_http_methods(["GET", "HEAD", "POST"])
def request_contact(request: HttpRequest) -> HttpResponse:
    target = resolve_target(request)
    if request.method == "POST":
        form = ContactRequestForm(request.POST, with_topic_choice=target.is_general)
        valid = form.is_valid()
        if target.problem:
            form.add_error(None, target.problem)
        elif valid:
            scopes = ratelimit.scopes_for(request, form.cleaned_data["email"])
            wait = ratelimit.retry_after(scopes)
            if wait is not None:
                return too_many_requests(request, wait)
            contact_request = save_request(form, target, request)
            ratelimit.record(scopes)
            request.session[SESSION_KEY] = {
                "pk": contact_request.pk,
                "reference": contact_request.reference,
            }
            return redirect("experts:request_sent")
        if form.stamp_rejected:
            form.refresh_stamp()
    else:
        form = ContactRequestForm(with_topic_choice=target.is_general)
    # A link to an unknown expert or topic is dropped from the form, so it can still be sent.
    action = reverse("experts:request_contact")
    if not target.problem and request.GET:
        action = request.get_full_path()
    return render(
        request,
        "experts/request_contact.html",
        {"form": form, "target": target, "form_action": action, **privacy_context(request)},
    )


def save_request(form: ContactRequestForm, target: Target, request: HttpRequest) -> ContactRequest:
    """Store the request, its first history line and both e-mails in one transaction: the
    e-mails go out only once the request is safely saved."""
    with transaction.atomic():
        contact_request = form.build_request(
            expert=target.expert, topic=target.topic, site_language=translation.get_language()
        )
        contact_request.save()
        contact_request.record(ContactRequestEvent.Kind.RECEIVED)
        notifications.queue_request_received(
            contact_request, media_office_email=media_office_email(request)
        )
        notifications.queue_new_request(contact_request)
    return contact_request


def privacy_context(request: HttpRequest) -> dict:
    return {
        "retention_days": settings.CONTACT_REQUEST_RETENTION_DAYS,
        "media_office_email": media_office_email(request),
    }


def too_many_requests(request: HttpRequest, wait_seconds: int) -> HttpResponse:
    """429 with a page in the visitor's language that says when to try again."""
    retry_at = timezone.localtime(
        timezone.now() + datetime.timedelta(seconds=wait_seconds), notifications.SOFIA
    )
    response = render(
        request,
        "429.html",
        {
            "retry_minutes": max(1, round(wait_seconds / 60)),
            "retry_at": retry_at,
            "media_office_email": media_office_email(request),
        },
        status=429,
    )
    response["Retry-After"] = str(wait_seconds)
    return response


def directory_url(request: HttpRequest) -> str:
    """The expert directory of the active language, or its home page."""
    directory = ExpertIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    url = directory.get_url(request) if directory else None
    return url or f"/{translation.get_language()}/"


@require_safe
def request_sent(request: HttpRequest) -> HttpResponse:
    """The confirmation after a request, found through the session (the code is not in the URL)."""
    sent = request.session.get(SESSION_KEY) or {}
    contact_request = None
    if isinstance(sent, dict) and sent.get("pk"):
        contact_request = (
            ContactRequest.objects.filter(pk=sent["pk"], reference=sent.get("reference"))
            .select_related("expert", "topic")
            .first()
        )
    if contact_request is None:
        return redirect(directory_url(request))
    return render(
        request,
        "experts/request_sent.html",
        {
            "contact_request": contact_request,
            "deadline": timezone.localtime(contact_request.deadline, notifications.SOFIA),
            "directory_url": directory_url(request),
            **notifications.request_target(contact_request),
            **privacy_context(request),
        },
    )
