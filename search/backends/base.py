"""What the site adds to Wagtail's OpenSearch/Elasticsearch backends.

- When Wagtail indexes an expert, a topic or an organisation, the expert directory's own index
  (search.directory_index) is updated too.
- When the engine fails while indexing (down, slow, refusing), the change is written to the
  backlog (search.backlog) instead of being lost, and caught up when the engine is back.
- `NAME` in the backend's settings is the name it has in WAGTAILSEARCH_BACKENDS, so the backlog
  knows which backend to catch up.
"""

from __future__ import annotations

import logging

from search.engine import ENGINE_ERRORS, engine_down, engine_failed

logger = logging.getLogger("search.engine")


class DirectoryIndexMixin:
    def __init__(self, params):
        params = dict(params)
        self.name = params.pop("NAME", "default")
        super().__init__(params)

    # Wagtail calls these from its signal handlers (through django-tasks). Its bulk indexing
    # (update_index) is left as is: the directory index has its own rebuild, run after it.

    def add(self, obj) -> None:
        if engine_down():  # known to be down: straight to the backlog, no timeout to wait
            return self._missed(obj, "add", None)
        try:
            self.index_now(obj)
        except ENGINE_ERRORS as error:
            self._missed(obj, "add", error)

    def delete(self, obj) -> None:
        if engine_down():
            return self._missed(obj, "delete", None)
        try:
            self.delete_now(obj)
        except ENGINE_ERRORS as error:
            self._missed(obj, "delete", error)

    # Raise on failure: the backlog's catch-up uses these.

    def index_now(self, obj) -> None:
        super().add(obj)
        self._update_directory(obj)

    def delete_now(self, obj) -> None:
        try:
            super().delete(obj)
        except ENGINE_ERRORS as error:
            if getattr(error, "status_code", None) != 404:
                raise
        self._update_directory(obj)

    def refresh_directory(self, obj) -> None:
        """Re-index obj's experts in the directory index only (after a publish: see
        search.signals), keeping the change in the backlog if the engine fails."""
        if engine_down():
            return self._missed(obj, "add", None)
        try:
            self._update_directory(obj)
        except ENGINE_ERRORS as error:
            self._missed(obj, "add", error)

    def _update_directory(self, obj) -> None:
        from experts.models import ExpertPage, Organisation
        from mediacenter.models import Topic
        from search import directory_index

        if isinstance(obj, ExpertPage):
            keys = [obj.translation_key]
        elif isinstance(obj, Topic):
            keys = directory_index.experts_with_topic(obj.translation_key)
        elif isinstance(obj, Organisation):
            keys = directory_index.experts_with_organisation(obj.translation_key)
        else:
            return
        directory_index.update_experts(self, keys)

    def _missed(self, obj, action: str, error: BaseException | None) -> None:
        from search.backlog import record

        if error is not None:
            engine_failed(error, f"Indexing {obj._meta.label} {obj.pk}")
        record(self.name, obj, action, error or "the engine is down")
