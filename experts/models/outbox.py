"""Every e-mail the site sends is stored here first, then delivered by a task with retries."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxMessageQuerySet(models.QuerySet):
    def due(self, at=None) -> OutboxMessageQuerySet:
        """Pending messages whose next attempt time has come."""
        return self.filter(
            status=OutboxMessage.Status.PENDING, next_attempt_at__lte=at or timezone.now()
        )


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    class Kind(models.TextChoices):
        REQUEST_RECEIVED = "request_received", _("Request received (to the journalist)")
        NEW_REQUEST = "new_request", _("New request (to media officers)")
        FORWARD = "forward", _("Request forwarded (to the expert)")
        STATUS_CHANGE = "status_change", _("Status change (to the journalist)")
        OTHER = "other", _("Other")

    created_at = models.DateTimeField(_("created"), default=timezone.now)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.OTHER)
    to = models.TextField(_("to"), help_text=_("One address per line."))
    reply_to = models.CharField(_("reply to"), max_length=254, blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    contact_request = models.ForeignKey(
        "experts.ContactRequest",
        verbose_name=_("contact request"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    objects = OutboxMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outbox")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due_idx")]

    def __str__(self) -> str:
        return self.subject

    @property
    def recipients(self) -> list[str]:
        return [line.strip() for line in self.to.splitlines() if line.strip()]
