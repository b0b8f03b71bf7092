"""What search keeps in the database: the engine's backlog and the log of what visitors search."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexChange(models.Model):
    """A change the search engine missed because it was down or slow; caught up when it is back
    (`manage.py catch_up_search_index`, or automatically on the engine's first answer)."""

    class Action(models.TextChoices):
        ADD = "add", _("Add or update")
        DELETE = "delete", _("Delete")

    backend = models.CharField(_("search backend"), max_length=50)
    app_label = models.CharField(max_length=100)
    model_name = models.CharField(max_length=100)
    object_pk = models.CharField(max_length=64)
    action = models.CharField(max_length=10, choices=Action.choices, default=Action.ADD)
    error = models.TextField(_("last error"), blank=True)
    attempts = models.PositiveIntegerField(default=1)
    first_failed_at = models.DateTimeField(auto_now_add=True)
    last_failed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending search index change")
        verbose_name_plural = _("pending search index changes")
        constraints = [
            models.UniqueConstraint(
                fields=["backend", "app_label", "model_name", "object_pk"],
                name="unique_pending_index_change",
            )
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.app_label}.{self.model_name}:{self.object_pk} ({self.backend})"


class SearchQueryDay(models.Model):
    """How often a query was searched on one day, in one language and place, and whether it
    found anything: the staff report of top queries and queries with no results reads these.
    Queries are stored normalised (case and spaces) and never with who asked."""

    class Scope(models.TextChoices):
        SITE = "site", _("Site search")
        EXPERTS = "experts", _("Find an expert")

    date = models.DateField(_("date"), db_index=True)
    language = models.CharField(_("language"), max_length=8)
    scope = models.CharField(_("where"), max_length=10, choices=Scope.choices)
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    empty_searches = models.PositiveIntegerField(_("searches with no results"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(
                fields=["date", "language", "scope", "query"], name="unique_search_query_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.query} ({self.date}, {self.language}, {self.scope})"
