"""`python manage.py clear_caches`: empty every cache (pages, fragments, renditions, rate limits,
the search engine's state). For after a database is restored or re-created: Wagtail's renditions
cache is keyed by image id, which the other database uses for other files, and no save told the
page cache that anything changed."""

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand

from mediacenter.cache import invalidate


class Command(BaseCommand):
    help = (
        "Empty every cache in CACHES (pages, fragments, image renditions, rate limits). Run it after "
        "restoring or re-creating the database."
    )

    def handle(self, *args, **options):
        for alias in settings.CACHES:
            caches[alias].clear()
        # A new generation: the running workers' fast path rereads it within a second.
        invalidate("manage.py clear_caches")
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Cleared {len(settings.CACHES)} caches: {', '.join(settings.CACHES)}."
            )
