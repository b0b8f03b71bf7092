"""A journalist's request to be put in touch with an expert, and what staff did with it."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from experts.models.expert import ExpertPage, MediaFormat

# No 0/O or 1/I/L: a code read out on the phone must not be misheard.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference() -> str:
    """A short, unguessable reference such as MC-7KQ4-R2XD."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"MC-{chars[:4]}-{chars[4:]}"


class ContactRequestQuerySet(models.QuerySet):
    def open(self) -> ContactRequestQuerySet:
        return self.filter(status__in=ContactRequest.OPEN_STATUSES)

    def overdue(self, at=None) -> ContactRequestQuerySet:
        """Open requests whose deadline has passed."""
        return self.open().filter(deadline__lt=at or timezone.now())


class ContactRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        FORWARDED = "forwarded", _("Forwarded to expert")
        CONNECTED = "connected", _("Connected")
        DECLINED = "declined", _("Declined")
        EXPIRED = "expired", _("Expired")

    OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.FORWARDED)

    class Language(models.TextChoices):
        BG = "bg", _("Bulgarian")
        EN = "en", _("English")
        OTHER = "other", _("Other")

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_reference, editable=False
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    expert = models.ForeignKey(
        ExpertPage,
        verbose_name=_("expert"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_requests",
        help_text=_("Empty when the journalist asked for any expert on a topic."),
    )
    topic = models.ForeignKey(
        "mediacenter.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    journalist_name = models.CharField(_("name"), max_length=120)
    outlet = models.CharField(_("media outlet"), max_length=160)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    deadline = models.DateTimeField(_("deadline"), db_index=True)
    media_format = models.CharField(_("format"), max_length=20, choices=MediaFormat.choices)
    language = models.CharField(_("interview language"), max_length=10, choices=Language.choices)
    questions = models.TextField(_("questions"), max_length=4000)
    consent_at = models.DateTimeField(_("privacy notice accepted"), null=True, blank=True)
    anonymous = models.BooleanField(
        _("anonymous to the expert"),
        default=False,
        help_text=_(
            "The expert learns the journalist's name and outlet only after agreeing to talk."
        ),
    )
    site_language = models.CharField(
        _("site language"), max_length=10, default="bg", help_text=_("Language of the e-mails.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    forwarded_at = models.DateTimeField(_("forwarded"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    purged_at = models.DateTimeField(
        _("personal data erased"), null=True, blank=True, db_index=True
    )

    objects = ContactRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact request")
        verbose_name_plural = _("contact requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.reference

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.deadline < timezone.now()

    def record(
        self, kind: str, *, user=None, message: str = "", from_status: str = ""
    ) -> ContactRequestEvent:
        """Add a line to the request's history."""
        return self.events.create(
            kind=kind,
            user=user,
            message=message,
            from_status=from_status,
            to_status=self.status,
        )


class ContactRequestEvent(models.Model):
    """One line of a request's history: who did what, and when. Staff notes are lines too."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Received")
        STATUS = "status", _("Status changed")
        FORWARDED = "forwarded", _("Forwarded to expert")
        NOTE = "note", _("Note")
        EMAILED = "emailed", _("E-mailed the journalist")
        PURGED = "purged", _("Personal data erased")

    request = models.ForeignKey(
        ContactRequest, on_delete=models.CASCADE, related_name="events", verbose_name=_("request")
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("what"), max_length=20, choices=Kind.choices)
    from_status = models.CharField(
        _("from status"), max_length=20, choices=ContactRequest.Status.choices, blank=True
    )
    to_status = models.CharField(
        _("to status"), max_length=20, choices=ContactRequest.Status.choices, blank=True
    )
    message = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("history entry")
        verbose_name_plural = _("history")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.request} · {self.get_kind_display()}"
