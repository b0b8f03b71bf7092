"""How staff reach an expert. Staff only: never rendered in a public page, feed, API or index."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from experts.models.expert import ExpertPage


class ExpertContact(models.Model):
    """The expert's e-mail and phone. One row per expert, whatever languages the profile has:
    it points at one translation of the profile and is found from the others by translation_key."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone")
        ORGANISATION_PRESS_OFFICE = "press_office", _("Through the organisation's press office")

    expert = models.OneToOneField(
        ExpertPage, verbose_name=_("expert"), on_delete=models.CASCADE, related_name="contact"
    )
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_channel = models.CharField(
        _("preferred channel"), max_length=20, choices=Channel.choices, default=Channel.EMAIL
    )
    consent_date = models.DateField(
        _("consent date"),
        null=True,
        blank=True,
        help_text=_("When the expert agreed to be listed and contacted through the Media Center."),
    )

    panels = [
        FieldPanel("expert"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("preferred_channel"),
        FieldPanel("consent_date"),
    ]

    class Meta:
        verbose_name = _("expert contact")
        verbose_name_plural = _("expert contacts")

    def __str__(self) -> str:
        return str(self.expert)

    @classmethod
    def for_expert(cls, expert: ExpertPage) -> ExpertContact | None:
        """The contact of an expert, reached from any translation of the profile."""
        return (
            cls.objects.filter(expert__translation_key=expert.translation_key)
            .select_related("expert")
            .first()
        )
