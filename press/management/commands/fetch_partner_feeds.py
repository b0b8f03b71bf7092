"""Fetch the partners' news feeds: run it from cron or a systemd timer (see docs/partner-feeds.md)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from press.models import PartnerFeed
from press.partner_feeds import FeedResult, fetch_all


class Command(BaseCommand):
    help = gettext_lazy(
        "Fetch every active partner feed and store its new and changed items. Exits with an "
        "error only when every feed failed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--feed",
            type=int,
            action="append",
            dest="feeds",
            metavar="ID",
            help=gettext_lazy(
                "Fetch only this feed (its id; may be repeated), even if it is not active."
            ),
        )

    def handle(self, *args, feeds=None, **options):
        selected = None
        if feeds:
            selected = list(PartnerFeed.objects.filter(pk__in=feeds).order_by("name", "pk"))
            if len(selected) != len(set(feeds)):
                raise CommandError(_("No partner feed with some of these ids: %s") % feeds)
        results = fetch_all(selected)
        if not results:
            self.stdout.write(_("No active partner feeds."))
            return
        for result in results:
            self.stdout.write(self.line(result))
        if all(result.failed for result in results):
            raise CommandError(
                _("All %(count)d partner feeds failed.") % {"count": len(results)}, returncode=1
            )

    def line(self, result: FeedResult) -> str:
        """One line per feed: name, status, and what changed or what went wrong."""
        name = result.feed.name
        if result.failed:
            return self.style.ERROR(
                _("%(name)s: error: %(message)s") % {"name": name, "message": result.message}
            )
        if result.status == PartnerFeed.Status.NOT_MODIFIED:
            return _("%(name)s: not modified") % {"name": name}
        text = _("%(name)s: ok, %(new)d new, %(updated)d updated") % {
            "name": name,
            "new": result.new,
            "updated": result.updated,
        }
        if result.message:
            return self.style.WARNING(
                _("%(text)s (warning: %(message)s)") % {"text": text, "message": result.message}
            )
        return self.style.SUCCESS(text)
