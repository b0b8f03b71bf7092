"""Organisations experts belong to; shared with the newsroom."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        UNIVERSITY = "university", _("University")
        INSTITUTE = "institute", _("Research institute")
        HOSPITAL = "hospital", _("Hospital")
        COMPANY = "company", _("Company")
        PUBLIC_BODY = "public_body", _("Public body")
        NGO = "ngo", _("NGO")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    city = models.CharField(_("city or region"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("city"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("city"),
        index.FilterField("locale_id"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_organisation_slug_per_locale"
            ),
        ]

    def __str__(self) -> str:
        return self.name
