"""Shared fixtures for the security tests: an admin user, and production's security settings
applied to the test settings."""

from __future__ import annotations

import importlib
import sys

import pytest
from django.conf import global_settings

# Production's settings that decide the security headers and cookies (mediacenter.settings.production).
PRODUCTION_SECURITY_SETTINGS = (
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_ADMIN",
)


@pytest.fixture
def production_security(settings, monkeypatch):
    """The test settings with production's security values, read from the production module
    itself (imported with a throwaway SECRET_KEY), so a weakened production file fails here."""
    monkeypatch.setenv("SECRET_KEY", "security-test-only")
    monkeypatch.delenv("SECURE_SSL_REDIRECT", raising=False)
    monkeypatch.delenv("SECURE_HSTS_SECONDS", raising=False)
    sys.modules.pop("mediacenter.settings.production", None)
    production = importlib.import_module("mediacenter.settings.production")
    try:
        for name in PRODUCTION_SECURITY_SETTINGS:
            # Names production leaves to Django's defaults keep those defaults.
            default = getattr(global_settings, name, None)
            setattr(settings, name, getattr(production, name, default))
    finally:
        sys.modules.pop("mediacenter.settings.production", None)
    return production


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        username="redaktor", email="redaktor@biocluster.bg", password="Sofia-Tech-Park-2024"
    )
