"""Partners' news, read from their RSS/Atom feeds (press.partner_feeds) and shown beside the
cluster's own press, always with the source named and never as the cluster's own."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from mediacenter.models import SectionPage


class PartnerFeed(ClusterableModel):
    """A partner's news feed (EuropaBio, CEBR, ECHAlliance, partner clusters) and how its last
    fetch went: the fetch state is written by press.partner_feeds, not by editors."""

    class Status(models.TextChoices):
        NEVER = "never", _("Not fetched yet")
        OK = "ok", _("OK")
        NOT_MODIFIED = "not_modified", _("Not modified")
        ERROR = "error", _("Error")

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("feed URL"), max_length=1000, unique=True)
    website = models.URLField(_("website"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    topics = ParentalManyToManyField("mediacenter.Topic", verbose_name=_("topics"), blank=True)
    active = models.BooleanField(_("active"), default=True, db_index=True)

    # Conditional GET: what the server sent last time.
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    # The last fetch, for the admin.
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(
        _("last fetched successfully"), null=True, blank=True, editable=False
    )
    last_status = models.CharField(
        _("last status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEVER,
        editable=False,
    )
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_new_items = models.PositiveIntegerField(
        _("new items last time"), default=0, editable=False
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("website"),
        FieldPanel("language"),
        FieldPanel("topics"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("partner feed")
        verbose_name_plural = _("partner feeds")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PartnerNewsItem(models.Model):
    """One item of a partner's feed, stored once (by GUID, else link) and kept up to date."""

    feed = models.ForeignKey(
        PartnerFeed, verbose_name=_("feed"), on_delete=models.CASCADE, related_name="items"
    )
    guid = models.CharField(_("GUID"), max_length=1000)
    link = models.URLField(_("link"), max_length=1000)
    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(_("summary"), blank=True, help_text=_("Cleaned HTML."))
    published_at = models.DateTimeField(_("published"), db_index=True)
    fetched_at = models.DateTimeField(_("fetched"), auto_now=True)

    class Meta:
        verbose_name = _("partner news item")
        verbose_name_plural = _("partner news items")
        ordering = ["-published_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["feed", "guid"], name="unique_partner_item_per_feed")
        ]

    def __str__(self) -> str:
        return self.title


class PartnerNewsIndexPage(SectionPage):
    """ "Partner news": the latest items of the partners' feeds in the page's language."""

    subpage_types: list[str] = []
    template = "press/partner_news_index_page.html"

    class Meta:
        verbose_name = _("partner news")

    def get_context(self, request, *args, **kwargs):
        from press.partner_news import partner_news_context  # it imports this app's models

        return partner_news_context(self, request, super().get_context(request, *args, **kwargs))
