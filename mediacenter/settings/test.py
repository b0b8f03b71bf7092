"""Tests: the database and search engine the test command started (DATABASE_URL, ELASTICSEARCH_URL)."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Per-process caches (pages, fragments, the generation, renditions), emptied before every test.
CACHES = cache_backends("locmem://", BASE_DIR)  # noqa: F405
PAGE_CACHE_REPLAY_SECONDS = 0  # a search served from the cache is counted at once
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/mediacenter-test-media"))  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# The site's own search runs on the database backend, so most tests need no engine. The engine
# the test command started is a second backend; the `search_engine` fixture turns on its update
# on every save (as in production) for the tests that use it, so other tests don't pay for it.
WAGTAILSEARCH_BACKENDS = search_backends(None, "")  # noqa: F405
if ELASTICSEARCH_URL:  # noqa: F405
    WAGTAILSEARCH_BACKENDS["engine"] = {
        **search_backends(  # noqa: F405
            ELASTICSEARCH_URL,  # noqa: F405
            os.environ.get("SEARCH_INDEX_PREFIX", f"test{os.getpid()}_"),
            name="engine",
        )["default"],
        "AUTO_UPDATE": False,
    }

# Lets two test runs share one PostgreSQL server without dropping each other's test database.
if os.environ.get("TEST_DB_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DB_NAME"]}  # noqa: F405
WAGTAILAPI_BASE_URL = "http://testserver"

# Tasks run at once (when the transaction commits), as in development; the outbox tests switch to
# the database backend and its worker where they test retries.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_OFFICER_EMAILS = ["media-officer@biocluster.test"]
CONTACT_FORM_MIN_SECONDS = 3
