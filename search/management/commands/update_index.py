"""Wagtail's `update_index`, then the expert directory's own index, on every engine backend.

Both are atomic rebuilds: a new index is filled beside the old one and an alias moves to it in
one step, so searches keep answering from the old index until the new one is complete.
"""

from django.conf import settings
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as WagtailUpdateIndex,
)
from wagtail.search.backends import get_search_backend

from search import directory_index
from search.engine import is_engine


class Command(WagtailUpdateIndex):
    def handle(self, **options):
        super().handle(**options)
        if options.get("schema_only"):
            return

        names = (
            [options["backend_name"]]
            if options.get("backend_name")
            else list(settings.WAGTAILSEARCH_BACKENDS)
        )
        for name in names:
            backend = get_search_backend(name)
            if not is_engine(backend) or not hasattr(backend, "name"):
                continue
            count = directory_index.rebuild(backend)
            if options.get("verbosity", 1):
                self.stdout.write(f"{name}: expert directory index rebuilt ({count} experts)")
