"""The old website's archive brought into the newsroom (press.legacy_import): each run, and
where each imported item came from."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LegacyImportRun(models.Model):
    """One run of `import_legacy_site`: what it read and what it did, for the admin."""

    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    path = models.CharField(_("path"), max_length=1000)
    dry_run = models.BooleanField(_("dry run"), default=False)
    created = models.PositiveIntegerField(_("created"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    skipped = models.PositiveIntegerField(_("skipped"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    report = models.TextField(_("report"), blank=True)

    class Meta:
        verbose_name = _("legacy import run")
        verbose_name_plural = _("legacy import runs")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.path} ({self.started_at:%Y-%m-%d %H:%M})"


class LegacyItem(models.Model):
    """Where an imported press item came from, and a hash of what it said: a second run updates
    only what changed and creates nothing twice."""

    source_key = models.CharField(
        _("source"),
        max_length=1000,
        unique=True,
        help_text=_("The saved page and the item's place in it, e.g. news.html#veles-kick-off."),
    )
    source_url = models.URLField(_("original URL"), max_length=1000, blank=True)
    content_hash = models.CharField(_("content hash"), max_length=64)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    page = models.ForeignKey(
        "press.PressReleasePage",
        verbose_name=_("press item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported_at = models.DateTimeField(_("first imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    class Meta:
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")

    def __str__(self) -> str:
        return self.source_key
