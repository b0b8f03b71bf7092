"""Settings shared by every environment; values that differ come from the environment."""

import datetime
import os
from pathlib import Path

import dj_database_url
import dj_email_url
from wagtail.embeds import oembed_providers

from mediacenter.cache import cache_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "mediacenter",
    "press",
    "experts",
    "search",
    "wagtail_localize",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",  # admin login throttling: mediacenter.security, docs/security.md
    "ninja",  # the API docs page from local files (no CDN script) under the site's CSP
]

MIDDLEWARE = [
    # First: its headers (CSP, Permissions-Policy, ...) reach every response, cached ones too.
    "mediacenter.security.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous pages and feeds from the cache: after the header middlewares (their headers reach
    # cached responses too), before sessions, locale and CSRF (skipped on a hit). mediacenter.cache
    "mediacenter.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "mediacenter.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Turns a locked-out admin login into the lockout page (mediacenter.security.lockout_response).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "mediacenter.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "mediacenter.cache.template_context",  # cache_generation for {% cache %}
            ],
        },
    },
]

WSGI_APPLICATION = "mediacenter.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is checked before a request reuses it: after a database restart the
        # request reconnects instead of failing on the dead connection (bench/faults.sh).
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", True),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one username
# from one address, that pair is locked out for AXES_COOLOFF_TIME; a right password resets it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "mediacenter.security.lockout_response"
AXES_VERBOSE = False

# Languages: Bulgarian first (the default), English second.
LANGUAGE_CODE = "bg"
LANGUAGES = [("bg", "Български"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["mediacenter.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Sofia"
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Mail: EMAIL_URL (smtp://user:pass@host:587/?tls=True) wins over the individual EMAIL_* variables.
if os.environ.get("EMAIL_URL"):
    globals().update(dj_email_url.parse(os.environ["EMAIL_URL"]))
else:
    EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# A mail server that hangs must not hold the outbox worker: give up and retry later.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Media Center <media@biocluster.bg>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (the outbox) are stored in the database and run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "8"))
OUTBOX_RETRY_BASE_SECONDS = int(os.environ.get("OUTBOX_RETRY_BASE_SECONDS", "60"))
# Media officers who are told about each new contact request (comma-separated).
MEDIA_OFFICER_EMAILS = env_list("MEDIA_OFFICER_EMAILS", "media@biocluster.bg")

# Contact requests: rate limits per visitor IP and per journalist e-mail, the least time a human
# takes to fill the form, and how long journalists' personal data is kept.
CONTACT_REQUEST_RATE_LIMITS = {
    "ip": (int(os.environ.get("CONTACT_RATE_PER_IP", "5")), 3600),
    "email": (int(os.environ.get("CONTACT_RATE_PER_EMAIL", "3")), 3600),
}
CONTACT_FORM_MIN_SECONDS = int(os.environ.get("CONTACT_FORM_MIN_SECONDS", "3"))
CONTACT_REQUEST_RETENTION_DAYS = int(os.environ.get("CONTACT_REQUEST_RETENTION_DAYS", "365"))

# Knowledge base: a fact sheet's figure older than this is flagged to editors to check.
FACT_SHEET_MAX_AGE_DAYS = int(os.environ.get("FACT_SHEET_MAX_AGE_DAYS", "365"))

# Partners' news feeds (press.partner_feeds): each fetch waits at most this long and reads at most
# this many bytes, and says who is asking.
PARTNER_FEED_TIMEOUT = float(os.environ.get("PARTNER_FEED_TIMEOUT", "10"))
PARTNER_FEED_MAX_BYTES = int(os.environ.get("PARTNER_FEED_MAX_BYTES", str(2 * 1024 * 1024)))
PARTNER_FEED_USER_AGENT = os.environ.get(
    "PARTNER_FEED_USER_AGENT",
    "BioclusterMediaCenter/1.0 (+https://www.biocluster.bg/; media@biocluster.bg)",
)
# Legacy import: images are fetched only from URLs starting with one of these prefixes (and local
# files); nothing is fetched by default.
LEGACY_IMPORT_IMAGE_TIMEOUT = float(os.environ.get("LEGACY_IMPORT_IMAGE_TIMEOUT", "15"))
LEGACY_IMPORT_IMAGE_MAX_BYTES = int(
    os.environ.get("LEGACY_IMPORT_IMAGE_MAX_BYTES", str(10 * 1024 * 1024))
)
LEGACY_IMPORT_ALLOWED_IMAGE_PREFIXES = [
    prefix
    for prefix in os.environ.get("LEGACY_IMPORT_ALLOWED_IMAGE_PREFIXES", "").split(",")
    if prefix
]


def search_backends(url: str | None, index_prefix: str, name: str = "default") -> dict:
    """The database backend when no engine URL is set, else OpenSearch at that URL as the default
    (Wagtail's backend with the expert directory's own index and the outage backlog:
    search.backends), with the database backend beside it as the fallback."""
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": os.environ.get("SEARCH_BACKEND", "search.backends.opensearch3"),
            "NAME": name,
            "URLS": [url],
            "INDEX_PREFIX": index_prefix,
            # Indexing; searches wait at most SEARCH_QUERY_TIMEOUT before the database answers.
            "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
            "ATOMIC_REBUILD": True,
            "OPTIONS": {"max_retries": 1},
        },
        # Kept up to date beside the engine, so search can answer from it when the engine is down.
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }


# Caches (mediacenter.cache, docs/performance.md), shared by every gunicorn worker and management
# command: files under var/cache/ by default (no server needed); CACHE_URL picks another backend
# (file:///path, db://table, redis://host:6379/1, memcached://host:11211, locmem://, dummy://).
CACHES = cache_backends(os.environ.get("CACHE_URL", ""), BASE_DIR / "var" / "cache")
# Anonymous pages and feeds are kept this long at most (left behind at once on any publish);
# URLs with a query string (search, filters, the suggest API) for PAGE_CACHE_QUERY_SECONDS.
# 0 turns the page cache off; it is always off with DEBUG.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_QUERY_SECONDS = int(os.environ.get("PAGE_CACHE_QUERY_SECONDS", "60"))
# Searches served from the cache are counted for the search terms report in batches this often.
PAGE_CACHE_REPLAY_SECONDS = int(os.environ.get("PAGE_CACHE_REPLAY_SECONDS", "5"))
# Under gunicorn, each worker answers cache hits before Django and rereads the generation this
# often: a publish made in another process shows within this time, one made in its own at once.
PAGE_CACHE_GENERATION_RECHECK_SECONDS = float(
    os.environ.get("PAGE_CACHE_GENERATION_RECHECK_SECONDS", "1")
)

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
# Seconds a search waits for the engine before the database backend answers instead, and how long
# the engine is then left alone (searches go straight to the database) before it is tried again.
SEARCH_QUERY_TIMEOUT = float(os.environ.get("SEARCH_QUERY_TIMEOUT", "2"))
SEARCH_INDEX_TIMEOUT = float(os.environ.get("SEARCH_INDEX_TIMEOUT", "30"))
SEARCH_ENGINE_RETRY_SECONDS = int(os.environ.get("SEARCH_ENGINE_RETRY_SECONDS", "30"))
WAGTAILSEARCH_BACKENDS = search_backends(
    ELASTICSEARCH_URL, os.environ.get("SEARCH_INDEX_PREFIX", "mediacenter_")
)

WAGTAIL_SITE_NAME = "Media Center — Health & Life Sciences Cluster Bulgaria"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_SERVE_METHOD = "direct"
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILSEARCH_HITS_MAX_AGE = 30
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Security (mediacenter.security, docs/security.md) ------------------------------------------
# Uploads: Wagtail checks an image's type, size and pixels; mediacenter.security's forms add a
# size and content check for documents and refuse SVGs with scripts. Larger request bodies are
# refused before they are read (413).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "10")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # e.g. 8000 × 5000, far above any press photo
WAGTAILIMAGES_IMAGE_FORM_BASE = "mediacenter.security.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "mediacenter.security.DocumentForm"
DOCUMENT_MAX_UPLOAD_SIZE = int(os.environ.get("DOCUMENT_MAX_UPLOAD_MB", "20")) * 1024 * 1024
MAX_REQUEST_BODY_SIZE = max(WAGTAILIMAGES_MAX_UPLOAD_SIZE, DOCUMENT_MAX_UPLOAD_SIZE) + 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # form fields (not files), Django's default, made explicit
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger files go to a temporary file while checked
# Wagtail's editor posts several fields per StreamField block: a long explainer passes 1000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 3000

# Video embeds: the only third-party content a page may frame (CSP frame-src, Permissions-Policy).
VIDEO_EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [oembed_providers.youtube, oembed_providers.vimeo],
    }
]
# Content-Security-Policy (django-csp 4, sent by mediacenter.security.SecurityHeadersMiddleware).
# Public pages run no script of ours inline (JSON-LD is data, not run): scripts from the site
# only, no 'unsafe-inline', no nonces (pages are cached, a nonce would repeat).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": VIDEO_EMBED_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail and Django admins (ADMIN_PATH_PREFIXES) need inline scripts and styles (date
# pickers, inline panels, wagtail-localize's editor) and frame their own previews.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", *VIDEO_EMBED_ORIGINS],
        "frame-ancestors": ["'self'"],
    }
}
ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
# No avatars from gravatar.com: staff e-mail hashes stay here, the admin loads nothing third-party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
