"""The search engine as a dependency that may fail: which backend answers, and the fallback.

Every search goes through `search_backend()`: the default backend (OpenSearch/Elasticsearch in
production) unless it failed in the last `SEARCH_ENGINE_RETRY_SECONDS`, in which case the database
backend answers at once, without waiting for another timeout. Callers catch `ENGINE_ERRORS`
around the engine call, call `engine_failed()` and answer from `fallback_backend()`; the page then
says so. The first successful engine call after an outage triggers the catch-up of the changes
the engine missed (search.backlog).
"""

from __future__ import annotations

import logging
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from wagtail.search.backends import get_search_backend

logger = logging.getLogger("search.engine")

DATABASE_BACKENDS = ("wagtail.search.backends.database", "modelsearch.backends.database")
_DOWN_KEY = "search:engine-down-until"
# Set when the database answered for the engine during this request: the page cache must not keep
# that answer, even if the engine is back by the time the page is rendered (mediacenter.cache).
answered_by_fallback: ContextVar[bool] = ContextVar("answered_by_fallback", default=False)


def _engine_errors() -> tuple[type[BaseException], ...]:
    """What an unreachable, slow or failing engine raises: the clients' transport errors
    (connection refused, timeout, missing index). Programming errors are not caught."""
    errors: list[type[BaseException]] = []
    try:
        from opensearchpy.exceptions import ImproperlyConfigured as OpenSearchConfigError
        from opensearchpy.exceptions import TransportError as OpenSearchError

        errors += [OpenSearchError, OpenSearchConfigError]
    except ImportError:  # pragma: no cover - opensearch-py is a dependency
        pass
    try:  # pragma: no cover - only when the Elasticsearch client is installed instead
        from elasticsearch.exceptions import ApiError, TransportError

        errors += [ApiError, TransportError]
    except ImportError:
        pass
    return tuple(errors)


ENGINE_ERRORS = _engine_errors()


def is_engine(backend) -> bool:
    """True for the OpenSearch/Elasticsearch backends (they have a client), False for databases."""
    return hasattr(backend, "es")


def engine_configured() -> bool:
    conf = settings.WAGTAILSEARCH_BACKENDS.get("default", {})
    return conf.get("BACKEND", DATABASE_BACKENDS[0]) not in DATABASE_BACKENDS


def fallback_backend():
    """The database backend: a configured one (kept up to date beside the engine) if any."""
    for name, conf in settings.WAGTAILSEARCH_BACKENDS.items():
        if conf.get("BACKEND") in DATABASE_BACKENDS:
            return get_search_backend(name)
    return get_search_backend(DATABASE_BACKENDS[0])


def engine_down() -> bool:
    """True while the engine is held to be down after a failure."""
    return (cache.get(_DOWN_KEY) or 0) > time.time()


def engine_failed(error: BaseException, where: str) -> None:
    """Record an engine failure: log it and answer from the database for a while."""
    retry = getattr(settings, "SEARCH_ENGINE_RETRY_SECONDS", 30)
    answered_by_fallback.set(True)
    logger.warning(
        "%s: the search engine failed (%s: %s); answering from the database backend for %ss.",
        where,
        type(error).__name__,
        error,
        retry,
    )
    # Kept after the retry time, so that the first answer afterwards knows there was an outage.
    cache.set(_DOWN_KEY, time.time() + retry, 7 * 24 * 3600)


def engine_answered() -> None:
    """After an outage, the first answer from the engine starts the catch-up of missed changes."""
    if cache.get(_DOWN_KEY) is None:
        return
    cache.delete(_DOWN_KEY)
    from search.backlog import schedule_catch_up

    schedule_catch_up()


def engine_recovered() -> None:
    """The engine took changes again: searches may use it at once."""
    cache.delete(_DOWN_KEY)


def search_backend():
    """The backend to ask now, and True when it is the database standing in for the engine."""
    backend = get_search_backend()
    if is_engine(backend) and engine_down():
        answered_by_fallback.set(True)
        return fallback_backend(), True
    return backend, False


def query_timeout() -> float:
    """Seconds a search may wait for the engine before the database answers instead."""
    return float(getattr(settings, "SEARCH_QUERY_TIMEOUT", 2.0))
