"""`GET /healthz`: database, search engine and mail status as JSON, for monitors.

The overall status is "down" (HTTP 503) only when the database is unreachable, since then
nothing works; a search engine that is down or a mail backlog is "degraded" (HTTP 200), because
the site still answers (search from the database backend, mail kept in the outbox). Nothing
personal is reported: no addresses, no stack traces, no credentials from URLs.
"""

from __future__ import annotations

import datetime
import logging
import re
import time
from typing import Any

from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

PING_TIMEOUT_SECONDS = 1
# Mail waiting longer than this means delivery is stuck (the first retries come within minutes).
MAIL_QUEUE_MAX_MINUTES = 15
MAX_ERROR_LENGTH = 300

_URL_CREDENTIALS = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/@\s]+@", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Errors the engine's client can raise besides its own classes (a socket closed or timed out
# below the client's transport layer).
_NETWORK_ERRORS: tuple[type[BaseException], ...] = (OSError, TimeoutError)


def safe_error(error: BaseException | str) -> str:
    """One line of error text fit for a public endpoint: the exception's class and message,
    without credentials in URLs or e-mail addresses, and short."""
    text = f"{type(error).__name__}: {error}" if isinstance(error, BaseException) else error
    text = _URL_CREDENTIALS.sub(r"\g<scheme>", text)
    text = _EMAIL.sub("[address]", text)
    text = " ".join(text.split())
    if len(text) > MAX_ERROR_LENGTH:
        text = text[: MAX_ERROR_LENGTH - 1].rstrip() + "…"
    return text


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def check_database() -> dict[str, Any]:
    """`SELECT 1`, timed."""
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("Health check: the database is unreachable (%s).", safe_error(error))
        return {"status": "down", "latency_ms": _elapsed_ms(started)}
    return {"status": "ok", "latency_ms": _elapsed_ms(started)}


def _engine_name(backend: Any) -> str:
    module = type(backend).__module__
    return "elasticsearch" if "elasticsearch" in module else "opensearch"


def _pending_changes(database_ok: bool) -> int:
    if not database_ok:
        return 0
    from search.models import PendingIndexChange

    return PendingIndexChange.objects.count()


def _schedule_catch_up() -> None:
    """The engine answers and changes are waiting: have them indexed (search.backlog)."""
    try:
        from search.backlog import schedule_catch_up
    except ImportError:  # the backlog module is not there yet: nothing to schedule
        logger.warning("Health check: search.backlog is missing; index catch-up not scheduled.")
        return
    schedule_catch_up()


def check_search(database_ok: bool = True) -> dict[str, Any]:
    """Ping the default search backend's engine with a short timeout; when it answers and
    changes are waiting in the backlog, schedule their catch-up."""
    from wagtail.search.backends import get_search_backend

    from search.engine import ENGINE_ERRORS, engine_configured, engine_down

    pending = _pending_changes(database_ok)
    if not engine_configured():
        return {
            "status": "not_configured",
            "engine": "database",
            "latency_ms": None,
            "answering": "database",
            "pending_changes": pending,
            "error": None,
        }
    backend = get_search_backend()
    started = time.perf_counter()
    try:
        backend.es.info(request_timeout=PING_TIMEOUT_SECONDS)
    except (*ENGINE_ERRORS, *_NETWORK_ERRORS) as error:
        message = safe_error(error)
        logger.warning("Health check: the search engine is down (%s).", message)
        return {
            "status": "down",
            "engine": _engine_name(backend),
            "latency_ms": None,
            "answering": "database",
            "pending_changes": pending,
            "error": message,
        }
    latency = _elapsed_ms(started)
    if pending:
        _schedule_catch_up()
    return {
        "status": "ok",
        "engine": _engine_name(backend),
        "latency_ms": latency,
        "answering": "database" if engine_down() else "engine",
        "pending_changes": pending,
        "error": None,
    }


def check_mail(database_ok: bool = True) -> dict[str, Any]:
    """The outbox, read from the database (no SMTP connection): messages waiting, messages
    given up on, how long the oldest has waited and the last delivery error."""
    from experts.models import OutboxMessage

    if not database_ok:
        return {
            "status": "degraded",
            "queued": 0,
            "failed": 0,
            "oldest_queued_minutes": None,
            "last_error": "The outbox cannot be read: the database is unreachable.",
        }
    messages = OutboxMessage.objects
    queued = messages.filter(status=OutboxMessage.Status.PENDING)
    failed = messages.filter(status=OutboxMessage.Status.FAILED).count()
    queued_count = queued.count()
    oldest = queued.order_by("created_at").values_list("created_at", flat=True).first()
    oldest_minutes = None
    if oldest is not None:
        oldest_minutes = round((timezone.now() - oldest).total_seconds() / 60, 1)
    last_error = (
        messages.exclude(status=OutboxMessage.Status.SENT)
        .exclude(last_error="")
        .order_by("-next_attempt_at", "-pk")
        .values_list("last_error", flat=True)
        .first()
    )
    stuck = oldest_minutes is not None and oldest_minutes > MAIL_QUEUE_MAX_MINUTES
    return {
        "status": "degraded" if failed or stuck else "ok",
        "queued": queued_count,
        "failed": failed,
        "oldest_queued_minutes": oldest_minutes,
        "last_error": safe_error(last_error) if last_error else None,
    }


def overall_status(database: dict, search: dict, mail: dict) -> str:
    if database["status"] != "ok":
        return "down"
    if search["status"] == "down" or mail["status"] != "ok":
        return "degraded"
    return "ok"


@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """The status of what the site depends on; 503 only when the database is down."""
    database = check_database()
    database_ok = database["status"] == "ok"
    search = check_search(database_ok)
    mail = check_mail(database_ok)
    status = overall_status(database, search, mail)
    response = JsonResponse(
        {
            "status": status,
            "checked_at": timezone.now().astimezone(datetime.UTC).isoformat(),
            "database": database,
            "search": search,
            "mail": mail,
        },
        status=503 if status == "down" else 200,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response
