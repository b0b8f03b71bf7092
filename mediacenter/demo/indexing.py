"""Index what the loader saved once, at the end, instead of on every save.

Building a page saves it several times (draft, revision, publish, translation copy), and every
save normally updates the search index and Wagtail's reference index straight away. During the
demo load both are paused; afterwards each object that was saved is indexed once, in bulk per
model for the search backends. This roughly halves the first run; a second run saves nothing.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save

logger = logging.getLogger(__name__)
_state = threading.local()


@contextmanager
def deferred_indexing():
    """Nested use (the demo loader runs the expert import, which defers indexing too) is part of
    the outer one: the outer block collects and indexes everything once, at its end."""
    if getattr(_state, "active", False):
        yield
        return
    _state.active = True
    try:
        with _deferred_indexing():
            yield
    finally:
        _state.active = False


@contextmanager
def indexes_itself():
    """For a block of code that updates the search and reference indexes for what it saves (the
    expert import does, in bulk): the surrounding deferred_indexing() leaves those saves alone."""
    before = getattr(_state, "indexed_inside", False)
    _state.indexed_inside = True
    try:
        yield
    finally:
        _state.indexed_inside = before


@contextmanager
def _deferred_indexing():
    try:
        from modelsearch import index
        from modelsearch.backends import get_search_backends_with_name
        from modelsearch.signal_handlers import post_save_signal_handler
        from wagtail.models import ReferenceIndex
        from wagtail.signal_handlers import reference_index_auto_update_disabled
        from wagtail.tasks import update_reference_index_task
    except ImportError:  # another Wagtail layout: index on every save as usual
        yield
        return

    saved: dict[type, set] = defaultdict(set)

    def collect(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None and not getattr(_state, "indexed_inside", False):
            saved[sender].add(instance.pk)

    searchable = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(collect, weak=False, dispatch_uid="demo-deferred-indexing")
    was_disabled = getattr(reference_index_auto_update_disabled, "value", False)
    # Not Wagtail's disable_reference_index_auto_update(): code run inside may use that one too,
    # and it clears the flag on leaving, which would make ours fail on leaving.
    reference_index_auto_update_disabled.value = True
    try:
        yield
    except BaseException:
        saved.clear()  # the transaction rolls back: nothing to index
        raise
    finally:
        if was_disabled:
            reference_index_auto_update_disabled.value = True
        elif hasattr(reference_index_auto_update_disabled, "value"):
            del reference_index_auto_update_disabled.value
        post_save.disconnect(dispatch_uid="demo-deferred-indexing")
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)

    for model, pks in saved.items():
        if model in ReferenceIndex.tracked_models:
            for pk in pks:
                if model._default_manager.filter(pk=pk).exists():
                    update_reference_index_task.call(
                        model._meta.app_label, model._meta.model_name, str(pk)
                    )

    to_index: dict[type, dict] = defaultdict(dict)
    for model, pks in saved.items():
        if model in searchable:
            for obj in model._default_manager.filter(pk__in=pks):
                indexed = index.get_indexed_instance(obj)
                if indexed is not None:
                    to_index[type(indexed)][indexed.pk] = indexed
    for model, objects in to_index.items():
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, list(objects.values()))
            except Exception:
                logger.exception("Could not add %s to the '%s' search backend", model, name)
                if not backend.catch_indexing_errors:
                    raise
