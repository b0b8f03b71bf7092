"""Changes the engine missed while it was down, and their catch-up.

search.backends records a change here when the engine fails to take it; `catch_up()` replays them
(latest state from the database, so several changes to one object are one update) and deletes
each row once the engine has it. It runs on the engine's first answer after an outage
(search.engine.engine_answered), from /healthz when the engine is reachable and rows are waiting,
and from `manage.py catch_up_search_index` (for cron).
"""

from __future__ import annotations

import logging

from django.apps import apps
from django.db import transaction
from django_tasks import task
from wagtail.search.backends import get_search_backend

from search.engine import ENGINE_ERRORS, engine_failed, engine_recovered
from search.models import PendingIndexChange

logger = logging.getLogger("search.engine")


def record(backend_name: str, obj, action: str, error: BaseException | str) -> None:
    """Remember that the engine missed a change to obj (kept until it is caught up)."""
    row, created = PendingIndexChange.objects.get_or_create(
        backend=backend_name,
        app_label=obj._meta.app_label,
        model_name=obj._meta.model_name,
        object_pk=str(obj.pk),
        defaults={"action": action, "error": str(error)[:1000]},
    )
    if not created:
        row.action = action
        row.error = str(error)[:1000]
        row.attempts += 1
        row.save(update_fields=["action", "error", "attempts", "last_failed_at"])


def catch_up(backend_name: str | None = None, *, limit: int = 5000) -> tuple[int, int]:
    """Replay pending changes; (caught up, still pending). Stops at the first engine failure."""
    rows = PendingIndexChange.objects.order_by("first_failed_at", "pk")
    if backend_name:
        rows = rows.filter(backend=backend_name)
    done = 0
    failed = False
    for row in rows[:limit]:
        backend = get_search_backend(row.backend)
        model = apps.get_model(row.app_label, row.model_name)
        obj = model._default_manager.filter(pk=row.object_pk).first()
        try:
            if obj is None:
                gone = model(pk=model._meta.pk.to_python(row.object_pk))
                backend.delete_now(gone)
            elif row.action == PendingIndexChange.Action.DELETE:
                backend.delete_now(obj)
            else:
                from modelsearch.index import get_indexed_instance

                indexed = get_indexed_instance(obj)
                if indexed is not None:
                    backend.index_now(indexed)
        except ENGINE_ERRORS as error:
            engine_failed(error, "Search index catch-up")
            failed = True
            break
        # Only if nobody recorded a newer failure for it in the meantime.
        PendingIndexChange.objects.filter(pk=row.pk, attempts=row.attempts).delete()
        done += 1
    pending = PendingIndexChange.objects.count()
    if done and not failed:
        engine_recovered()
    if done:
        logger.info("Search index catch-up: %s changes caught up, %s pending.", done, pending)
    return done, pending


@task()
def catch_up_task() -> list[int]:
    done, pending = catch_up()
    return [done, pending]


def schedule_catch_up() -> None:
    """Catch up in the background (now, with the immediate task backend) once the current
    transaction commits, if anything is waiting."""
    if PendingIndexChange.objects.exists():
        transaction.on_commit(catch_up_task.enqueue)
