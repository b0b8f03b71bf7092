"""Caching where it pays: whole pages and feeds for anonymous visitors, a few template fragments,
the glossary's auto-links, image renditions (docs/performance.md).

PageCacheMiddleware decides what may be kept, for whom and how long, and serves hits inside
Django (after the security headers middleware, so cached responses get every header); under
gunicorn FastPathApplication (mediacenter.wsgi) keeps the final response instead and answers
hits before Django builds a request.

Invalidation: one *generation* token, read once per request, is part of every key. Any change a
visitor could see (a page published, unpublished, saved, moved or deleted, a view restriction, a
topic, an organisation, a partner feed or its news, an image, a document, the site settings) sets
a new token, at once and again when the transaction commits, so every cached page and fragment
is left behind in one write. We bump a token rather than clear a dedicated alias because a clear
is not safe on a shared server cache (Redis FLUSHDB empties the rate limits and everything else
in it) and costs a directory walk on the file cache, while a token costs one small read per
request and works the same on every backend. The token lives in an alias of its own
(`PAGE_CACHE_STATE_ALIAS`) so that culling the many page entries never drops it; a lost token is
replaced by a new random one, never by an old one.

The cache must be shared by every gunicorn worker and by management commands:
`publish_scheduled` publishes from its own process and its page_published signal must reach the
site. The embedded default is therefore a file cache under var/cache/ (no server needed);
CACHE_URL chooses another backend in production (`cache_backends`).

Time also changes what the public sees: an embargo lifts with no save at all. The coming lifts
are kept beside the token (read once from the database into a fresh cache, then updated by the
saves of releases) and no page is kept past the next one, nor past midnight (an expert "away
until" yesterday is available today).
"""

from __future__ import annotations

import atexit
import datetime
import hashlib
import logging
import os
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBase, parse_cookie
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
EMBARGO_KEY = "pagecache:embargo-lifts"
PAGE_KEY = "pagecache:{kind}:{generation}:{language}:{digest}"
CACHE_HEADER = "X-Cache"

# Paths never served from or stored in the page cache: the admins, documents (served after a
# collection permission check), the health check (must say what is true now), language switching,
# files (WhiteNoise answers before us), site search (it counts every search for editors' picks),
# the contact request form and its confirmation (a CSRF token per visitor, the visitor's
# reference code) and the rest of the API (the Wagtail pages API stays exactly fresh for partner
# sites).
NEVER_CACHED = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/healthz",
    "/i18n/",
    "/static/",
    "/media/",
)
# The API endpoints a spike hits hardest, cached briefly (PAGE_CACHE_QUERY_SECONDS) like any URL
# with a query string, and never while the search engine is held down (the answer would say
# "fallback" for minutes after the engine is back).
CACHED_API = ("/api/v1/suggest/", "/api/v1/experts/")
NEVER_CACHED_AFTER_LANGUAGE = ("request-contact/", "search/")
# Headers a cached response may vary on: Cookie (a request with a session or messages cookie is
# never served from the cache, so the other cookies do not change the page) and Accept-Language
# (the language is part of the key).
KEYED_VARY = {"cookie", "accept-language"}
NO_STORE_DIRECTIVES = {"private", "no-cache", "no-store"}
MAX_STORED_BYTES = 2 * 1024 * 1024


# --- Settings: the cache aliases ------------------------------------------------------------------


def cache_backends(url: str, directory: Path) -> dict:
    """CACHES for a CACHE_URL: `file:///path` (the default, under `directory`), `db://table`,
    `redis://host:6379/1`, `memcached://host:11211`, `locmem://` (one process only: tests) or
    `dummy://` (nothing cached). Three aliases: `default` (pages, fragments, rate limits, the
    search engine's state), `page_state` (the generation token) and `renditions` (Wagtail's
    image renditions)."""
    scheme = urlsplit(url).scheme if url else "file"
    sizes = {"default": 5000, "page_state": 1000, "renditions": 10000}
    backends = {}
    for alias, max_entries in sizes.items():
        if scheme == "file":
            path = urlsplit(url).path if url else ""
            location = Path(path or directory) / alias
            backends[alias] = {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(location),
                "OPTIONS": {"MAX_ENTRIES": max_entries},
            }
        elif scheme == "db":  # a table per alias (createcachetable makes them): culled apart
            backends[alias] = {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": f"{urlsplit(url).netloc or 'mediacenter_cache'}_{alias}",
                "OPTIONS": {"MAX_ENTRIES": max_entries},
            }
        elif scheme in ("redis", "rediss"):
            backends[alias] = {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": url,
                "KEY_PREFIX": alias,
            }
        elif scheme in ("memcached", "pymemcache"):
            backends[alias] = {
                "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
                "LOCATION": urlsplit(url).netloc,
                "KEY_PREFIX": alias,
            }
        elif scheme == "locmem":
            backends[alias] = {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": alias,
                "OPTIONS": {"MAX_ENTRIES": max_entries},
            }
        elif scheme == "dummy":
            backends[alias] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
        else:
            raise ValueError(f"CACHE_URL: unknown scheme {scheme!r}")
    return backends


def _page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def _state_cache():
    alias = getattr(settings, "PAGE_CACHE_STATE_ALIAS", "page_state")
    return caches[alias if alias in settings.CACHES else "default"]


# --- The generation ------------------------------------------------------------------------------

_release: str | None = None


def release() -> str:
    """Changes with the static files' manifest (a deploy with new CSS or scripts), so a page
    cached before it never points at files of the old release."""
    global _release
    if _release is None:
        manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
        try:
            _release = hashlib.sha256(manifest.read_bytes()).hexdigest()[:10]
        except OSError:
            _release = "dev"
        _release += os.environ.get("PAGE_CACHE_VERSION", "")
    return _release


def generation() -> str:
    """The current generation: part of every page and fragment key."""
    state = _state_cache()
    token = state.get(GENERATION_KEY)
    if token is None:
        # Lost or never set: a new random token, so no entry of an older generation comes back.
        state.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = state.get(GENERATION_KEY) or "none"
    return f"{release()}.{token}"


# (generation, read at (monotonic)) in this process, for the fast path (_fast_generation).
_remembered_generation: tuple[str, float] | None = None


def _bump() -> None:
    global _remembered_generation
    _state_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)
    _remembered_generation = None  # this process's fast path sees the change at once


def invalidate(reason: str = "") -> None:
    """Leave every cached page and fragment behind: a new generation now, and another when the
    current transaction commits (a request between the two may have cached the old content)."""
    logger.debug("Page cache invalidated: %s", reason)
    _bump()
    if connection.in_atomic_block:
        pending = getattr(connection, "run_on_commit", [])
        if not any(item[1] is _bump for item in pending):
            transaction.on_commit(_bump, robust=True)


def _next_midnight(now: datetime.datetime) -> float:
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time())).timestamp()


def _embargo_lifts() -> list[float]:
    """The future embargo lifts of live releases (timestamps, in order). Read from the database
    once, when the state cache has none (a fresh cache), then kept up to date by the saves of
    releases (`_note_embargo`): no query per generation, none on a page save."""
    state = _state_cache()
    now = time.time()
    lifts = state.get(EMBARGO_KEY)
    if lifts is None:
        from press.models import PressReleasePage

        lifts = [
            moment.timestamp()
            for moment in PressReleasePage.objects.live()
            .filter(embargo_until__gt=timezone.now())
            .order_by("embargo_until")
            .values_list("embargo_until", flat=True)
        ]
        state.set(EMBARGO_KEY, lifts, None)
    elif lifts and lifts[0] <= now:
        lifts = [moment for moment in lifts if moment > now]
        state.set(EMBARGO_KEY, lifts, None)
    return lifts


def _note_embargo(page) -> None:
    """A release saved live with an embargo still to lift: remember when it lifts. (A lift that
    no longer applies, after an unpublish or a changed date, only ends some pages early.)"""
    lifts_at = getattr(page, "embargo_until", None)
    if not (page.live and lifts_at and lifts_at > timezone.now()):
        return
    state = _state_cache()
    lifts = state.get(EMBARGO_KEY)
    if lifts is not None and lifts_at.timestamp() not in lifts:
        state.set(EMBARGO_KEY, sorted([*lifts, lifts_at.timestamp()]), None)


def horizon() -> float:
    """When the next change with no save behind it happens (an embargo lifts, the date changes):
    no page may be kept past it."""
    lifts = _embargo_lifts()
    midnight = _next_midnight(timezone.now())
    return min(midnight, lifts[0]) if lifts else midnight


# --- Work a cached response repeats ---------------------------------------------------------------

_replays: ContextVar[list | None] = ContextVar("page_cache_replays", default=None)
# Replays of cache hits not yet run, per process: (path, args, kwargs) -> times.
_pending: dict[tuple, int] = {}
_pending_lock = threading.Lock()
_last_flush = time.monotonic()


def replay_on_hit(func: Callable, *args, **kwargs) -> None:
    """Ask for `func(*args, **kwargs)` to run again each time the response being rendered is
    served from the cache: a search served from the cache is still counted in the search terms
    report (search.querylog.record_query).

    Hits are counted in memory and the calls made at most every PAGE_CACHE_REPLAY_SECONDS (and
    when the process exits), identical ones together as one call with `times=<hits>`: a hit
    costs no query. So `func` takes a `times` keyword, is importable by its dotted path and its
    arguments are hashable and picklable. Outside a cacheable request this does nothing."""
    replays = _replays.get()
    if replays is not None:
        replays.append(
            (f"{func.__module__}.{func.__qualname__}", tuple(args), tuple(sorted(kwargs.items())))
        )


def _count_replays(replays: list) -> None:
    with _pending_lock:
        for replay in replays:
            _pending[replay] = _pending.get(replay, 0) + 1
    if time.monotonic() - _last_flush >= settings.PAGE_CACHE_REPLAY_SECONDS:
        flush_replays()


def flush_replays() -> None:
    """Make the calls the cache hits since the last flush asked for."""
    global _last_flush
    with _pending_lock:
        pending = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    for (path, args, kwargs), times in pending.items():
        try:
            import_string(path)(*args, **dict(kwargs), times=times)
        except DatabaseError:  # a count lost is better than a page not served
            logger.warning("Page cache: %s failed after %d cache hits", path, times, exc_info=True)


atexit.register(flush_replays)


# --- Page cache middleware -----------------------------------------------------------------------


def _request_language(request: HttpRequest) -> str:
    """The language LocaleMiddleware will activate: from the path where it has a language prefix,
    else from the language cookie or Accept-Language (the unprefixed API)."""
    return translation.get_language_from_path(
        request.path_info
    ) or translation.get_language_from_request(request)


def _page_key(kind: str, token: str, language: str, url: str) -> str:
    """The cache key of a response: "page" (PageCacheMiddleware) or "final" (FastPathApplication,
    with the outer middlewares' headers) for a URL in a language, in a generation."""
    digest = hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()
    return PAGE_KEY.format(kind=kind, generation=token, language=language, digest=digest)


def _cacheable(method: str, path: str, cookies: dict, meta: dict) -> bool:
    """An anonymous GET or HEAD of a path the cache serves."""
    if method not in ("GET", "HEAD") or path.startswith(NEVER_CACHED):
        return False
    if path.startswith("/api/") and not path.startswith(CACHED_API):
        return False
    after_language = path.split("/", 2)[2] if path.count("/") >= 2 else ""
    if after_language.startswith(NEVER_CACHED_AFTER_LANGUAGE):
        return False
    # A session (a logged-in user, a password-protected page opened, a form's state), messages
    # waiting to be shown or credentials: the page is this visitor's own.
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in meta


def _cacheable_request(request: HttpRequest) -> bool:
    return _cacheable(request.method, request.path_info, request.COOKIES, request.META)


def _storable(request: HttpRequest, response: HttpResponseBase) -> bool:
    """A response that is the same for every anonymous visitor of this URL in this language."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # a CSRF token, a session or messages for this visitor
    if isinstance(getattr(request, "_csp_nonce", None), str):
        return False  # a nonce must differ on every response
    directives = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if directives & NO_STORE_DIRECTIVES or "max-age=0" in response.get("Cache-Control", ""):
        return False
    vary = {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h.strip()}
    if not vary <= KEYED_VARY:
        return False
    if len(response.content) > MAX_STORED_BYTES:
        return False
    match = getattr(request, "resolver_match", None)
    if match is not None and match.namespace == "experts":
        return False  # the contact request form and its confirmation
    from search.engine import answered_by_fallback, engine_down

    # The database answered for the engine in this request, or the engine is held down (a search
    # in a fragment or lookup cached earlier may have been answered by the database).
    return not answered_by_fallback.get() and not engine_down()


class PageCacheMiddleware:
    """Serves anonymous GET/HEAD requests of public pages, feeds, the sitemap and the suggest and
    experts API from the cache, and stores what they rendered.

    Sits right after SecurityHeadersMiddleware, SecurityMiddleware and WhiteNoise: their headers
    (CSP, Permissions-Policy, HSTS, nosniff, ...) are added to every response on its way out,
    cached or not, while everything after it (sessions, locale, CSRF, auth, messages) is skipped
    on a hit. What those inner middlewares add (Content-Language, Vary, X-Frame-Options) is
    stored with the page. Off when DEBUG is on (templates change under the developer's hands)
    and with PAGE_CACHE_SECONDS=0."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        seconds = settings.PAGE_CACHE_SECONDS
        if settings.DEBUG or seconds <= 0 or not _cacheable_request(request):
            return self.get_response(request)
        token = generation()
        request.page_cache_generation = token
        cache = _page_cache()
        key = stored = None
        # Under gunicorn, FastPathApplication looked already, under a key of its own (the final
        # response), and stores what this middleware allows (_store).
        if FAST_KEY not in request.environ:
            key = _page_key("page", token, _request_language(request), request.build_absolute_uri())
            stored = cache.get(key)
        if stored is not None:
            return self._rebuild(stored)

        from search.engine import answered_by_fallback

        replays = _replays.set([])
        fallback = answered_by_fallback.set(False)
        try:
            response = self.get_response(request)
            if _storable(request, response):
                self._store(cache, key, request, response, _replays.get())
        finally:
            _replays.reset(replays)
            answered_by_fallback.reset(fallback)
        return response

    @staticmethod
    def _rebuild(stored: tuple) -> HttpResponse:
        status, headers, content, replays = stored
        if replays:
            _count_replays(replays)
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response.headers[name] = value
        response.headers[CACHE_HEADER] = "HIT"
        return response

    @staticmethod
    def _store(
        cache,
        key: str | None,
        request: HttpRequest,
        response: HttpResponseBase,
        replays: list,
    ) -> None:
        seconds = settings.PAGE_CACHE_SECONDS
        if request.META.get("QUERY_STRING"):
            seconds = min(seconds, settings.PAGE_CACHE_QUERY_SECONDS)
        try:
            seconds = min(seconds, int(horizon() - time.time()))
        except DatabaseError:
            return
        if seconds < 1:
            return
        # The page differs for a logged-in user: say so to any cache downstream.
        patch_vary_headers(response, ("Cookie",))
        response.headers[CACHE_HEADER] = "MISS"
        if FAST_KEY in request.environ:
            # FastPathApplication keeps the final response, with the outer middlewares' headers.
            request.environ[FAST_STORE] = (seconds, replays)
            return
        headers = [(k, v) for k, v in response.headers.items() if k != CACHE_HEADER]
        cache.set(key, (response.status_code, headers, response.content, replays), seconds)


# --- Hits before Django ---------------------------------------------------------------------------

FAST_KEY = "mediacenter.page_cache.fast_key"
FAST_STORE = "mediacenter.page_cache.fast_store"


class _LanguageRequest:
    """What translation.get_language_from_request reads, from a WSGI environ."""

    def __init__(self, environ: dict, cookies: dict):
        self.META = environ
        self.COOKIES = cookies


def _fast_key(environ: dict) -> str | None:
    """FastPathApplication's key for a request the cache may answer, else None: the rules of
    PageCacheMiddleware, read from the WSGI environ."""
    if settings.DEBUG or settings.PAGE_CACHE_SECONDS <= 0:
        return None
    path = environ.get("PATH_INFO", "")
    cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
    if not _cacheable(environ.get("REQUEST_METHOD", ""), path, cookies, environ):
        return None
    scheme = environ.get("wsgi.url_scheme", "http")
    proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if proxy and environ.get(proxy[0]) == proxy[1]:
        scheme = "https"  # as request.is_secure() says: HSTS is in the stored headers
    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}"
    language = translation.get_language_from_path(path) or translation.get_language_from_request(
        _LanguageRequest(environ, cookies)
    )
    url = f"{scheme}://{host}{path}?{environ.get('QUERY_STRING', '')}"
    return _page_key("final", _fast_generation(), language, url)


def _fast_generation() -> str:
    """The generation, read from the shared cache at most once per
    PAGE_CACHE_GENERATION_RECHECK_SECONDS in this process: a change made in this process is seen
    at once (_bump), one made in another process (another worker, publish_scheduled) within that
    second. The read costs as much as the rest of a hit."""
    global _remembered_generation
    recheck = getattr(settings, "PAGE_CACHE_GENERATION_RECHECK_SECONDS", 1.0)
    now = time.monotonic()
    remembered = _remembered_generation
    if remembered is not None and now - remembered[1] < recheck:
        return remembered[0]
    token = generation()
    _remembered_generation = (token, now)
    return token


class _Memo:
    """The final responses this process served last (a bounded LRU), in front of the shared page
    cache: a hit then costs a dictionary lookup instead of a read from the cache backend. Keys
    carry the generation, and each entry its expiry time, so the memo never outlives what the
    shared cache would have answered."""

    def __init__(self, entries: int = 256, max_body: int = 256 * 1024):
        self.entries = entries
        self.max_body = max_body
        self._items: OrderedDict[str, tuple] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if item[0] <= time.time():
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return item

    def put(self, key: str, item: tuple) -> None:
        if len(item[3]) > self.max_body:
            return
        with self._lock:
            self._items[key] = item
            self._items.move_to_end(key)
            while len(self._items) > self.entries:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_final_responses = _Memo()


def forget_in_process() -> None:
    """Drop what this process keeps beside the shared caches (the generation it read last and the
    final responses it served last): after the shared caches were cleared from outside."""
    global _remembered_generation
    _remembered_generation = None
    _final_responses.clear()


class FastPathApplication:
    """Wraps the WSGI application gunicorn runs (mediacenter.wsgi) and answers cache hits before
    Django builds a request: from the *final* response — status, body and every header all the
    middlewares added, the security headers (CSP, Permissions-Policy, HSTS, ...) included — as
    it was sent the first time. PageCacheMiddleware still decides what may be kept and for how
    long (it tells this wrapper through the environ instead of storing the response itself), so
    the two never disagree. A hit costs about 25 µs of Python from the worker's memory (_Memo)
    and about 0.2 ms from the shared cache, instead of about 1 ms inside Django: what lets the
    suggest API keep up with typing and the pages with a spike. The price: a publish made in
    another process reaches this worker's hits within PAGE_CACHE_GENERATION_RECHECK_SECONDS.

    Without this wrapper (the test client, runserver), PageCacheMiddleware serves the hits."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ: dict, start_response):
        key = _fast_key(environ)
        if key is None:
            return self.application(environ, start_response)
        stored = _final_responses.get(key)
        if stored is None:
            stored = _page_cache().get(key)
            if stored is not None:
                _final_responses.put(key, stored)
        if stored is not None:
            _expires, status, headers, body, replays = stored
            if replays:
                _count_replays(replays)
            start_response(status, [*headers, (CACHE_HEADER, "HIT")])
            return [] if environ["REQUEST_METHOD"] == "HEAD" else [body]

        environ[FAST_KEY] = key
        started: list = []

        def capture(status, headers, exc_info=None):
            started[:] = [status, headers]
            return start_response(status, headers, exc_info)

        result = self.application(environ, capture)
        if FAST_STORE not in environ or not started:
            return result
        seconds, replays = environ[FAST_STORE]
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()  # request_finished: Django's end of the request
        headers = [(name, value) for name, value in started[1] if name != CACHE_HEADER]
        stored = (time.time() + seconds, started[0], headers, body, replays)
        _page_cache().set(key, stored, seconds)
        _final_responses.put(key, stored)
        return [body]


_MISSING = object()


def per_generation(name: str, compute: Callable[[], object]) -> object:
    """`compute()`, kept until anything a visitor sees changes (the generation): lookups every
    request repeats (a language's Locale, the directory's URL, the topics) cost one cache read."""
    key = f"gen:{generation()}:{name}"
    cache = _page_cache()
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS or 600)
    return value


# --- Template fragments and the glossary ----------------------------------------------------------


def template_context(request: HttpRequest) -> dict:
    """`cache_generation` for `{% cache %}` tags: a fragment keyed on it is left behind with the
    pages. Read lazily: a template without a cached fragment never asks."""
    from django.utils.functional import SimpleLazyObject

    return {
        "cache_generation": SimpleLazyObject(
            lambda: getattr(request, "page_cache_generation", None) or generation()
        )
    }


class CachedTerms(list):
    """A language's glossary terms, with the key they were cached under."""

    key: str = ""


def cached_glossary_terms(locale, request: HttpRequest | None) -> CachedTerms:
    """mediacenter.glossary_links.glossary_terms, kept for the generation (one query saved and
    the terms' URLs worked out once per language)."""
    from mediacenter.glossary_links import glossary_terms

    host = request.get_host() if request is not None else ""
    key = f"glossary:terms:{generation()}:{locale.language_code}:{host}"
    cache = _page_cache()
    terms = cache.get(key)
    if terms is None:
        terms = glossary_terms(locale, request)
        cache.set(key, terms, settings.PAGE_CACHE_SECONDS or 600)
    result = CachedTerms(terms)
    result.key = key
    return result


def cached_link_terms(html: str, terms: CachedTerms, *, skip_url: str, linked: set[int]) -> str:
    """mediacenter.glossary_links.link_terms, kept for this HTML, these terms and the terms the
    page has linked already: parsing an explainer's HTML is the costliest part of its page.
    `linked` is updated in place, as link_terms does."""
    from mediacenter.glossary_links import link_terms

    if not html:
        return html
    digest = hashlib.sha256(
        "\x00".join([terms.key, skip_url, ",".join(map(str, sorted(linked))), html]).encode()
    ).hexdigest()
    key = f"glossary:links:{digest}"
    cache = _page_cache()
    stored = cache.get(key)
    if stored is not None:
        output, now_linked = stored
        linked.update(now_linked)
        return output
    output = link_terms(html, terms, skip_url=skip_url, linked=linked)
    cache.set(key, (output, set(linked)), settings.PAGE_CACHE_SECONDS or 600)
    return output


# --- What invalidates ----------------------------------------------------------------------------

# Saves that change nothing a visitor sees: a page's draft bookkeeping (save_revision, locks),
# an image's file hash, a partner feed's fetch state, a news item seen again.
IGNORED_UPDATE_FIELDS = {
    "page": {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    },
    "wagtailimages.image": {"file_hash", "file_size"},
    "press.partnerfeed": {
        "etag",
        "last_modified",
        "last_fetched_at",
        "last_success_at",
        "last_status",
        "last_error",
        "last_new_items",
    },
    "press.partnernewsitem": {"fetched_at"},
}
# Models outside the page tree whose rows pages, feeds and the API show (by label; any model of
# these apps not named in PRIVATE_MODELS counts too).
CONTENT_APPS = {"mediacenter", "press", "experts"}
PRIVATE_MODELS = {
    "experts.contactrequest",
    "experts.contactrequestevent",
    "experts.expertcontact",
    "experts.outboxmessage",
    "press.legacyimportrun",
    "press.legacyitem",
}
WAGTAIL_CONTENT_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailsearchpromotions.searchpromotion",
}


def _shows_on_pages(model) -> bool:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    label = model._meta.label_lower
    if issubclass(model, (Page, BaseSiteSetting, BaseGenericSetting)):
        return True
    if issubclass(model, (get_image_model(), get_document_model())):
        return True
    if label in WAGTAIL_CONTENT_MODELS:
        return True
    return model._meta.app_label in CONTENT_APPS and label not in PRIVATE_MODELS


_shown: dict[type, bool] = {}


def _is_shown(model) -> bool:
    if model not in _shown:
        _shown[model] = _shows_on_pages(model)
    return _shown[model]


def _is_setting(model) -> bool:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return issubclass(model, (BaseSiteSetting, BaseGenericSetting))


def _on_save(sender, instance=None, created=False, update_fields=None, raw=False, **kwargs):
    if raw or not _is_shown(sender):
        return  # raw: loaddata
    if created and _is_setting(sender):
        return  # made with its defaults the first time a page reads it: what pages showed already
    if update_fields:
        from wagtail.models import Page

        group = "page" if issubclass(sender, Page) else sender._meta.label_lower
        if set(update_fields) <= IGNORED_UPDATE_FIELDS.get(group, set()):
            return
    if hasattr(instance, "embargo_until"):
        _note_embargo(instance)
    invalidate(f"{sender._meta.label} saved")


def _on_delete(sender, **kwargs) -> None:
    if _is_shown(sender):
        invalidate(f"{sender._meta.label} deleted")


def _on_m2m(sender, instance=None, action: str = "", model=None, **kwargs) -> None:
    """A link added or removed between two rows (a page's topics, a feed's topics)."""
    if action in ("post_add", "post_remove", "post_clear") and (
        _is_shown(type(instance)) or (model is not None and _is_shown(model))
    ):
        invalidate(f"{type(instance).__name__} links changed")


def _on_page_event(sender, **kwargs) -> None:
    invalidate(f"{sender.__name__} published, unpublished or moved")


def connect_signals() -> None:
    """Called from MediaCenterConfig.ready(), so management commands invalidate too."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_save, dispatch_uid="mediacenter.cache.save")
    post_delete.connect(_on_delete, dispatch_uid="mediacenter.cache.delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="mediacenter.cache.m2m")
    page_published.connect(_on_page_event, dispatch_uid="mediacenter.cache.published")
    page_unpublished.connect(_on_page_event, dispatch_uid="mediacenter.cache.unpublished")
    post_page_move.connect(_on_page_event, dispatch_uid="mediacenter.cache.moved")
