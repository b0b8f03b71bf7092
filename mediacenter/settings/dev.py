"""Local development: SQLite and the database search backend unless the environment says otherwise."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "true").lower() in {"1", "true", "yes", "on"}
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-change-me"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")  # noqa: F405
if not os.environ.get("EMAIL_URL") and not os.environ.get("EMAIL_BACKEND"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# No worker to run in development: mail goes out (to the console) as soon as it is queued.
if not os.environ.get("TASKS_BACKEND"):
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
