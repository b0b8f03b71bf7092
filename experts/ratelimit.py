"""Rate limits for contact requests, per visitor IP and per journalist e-mail, in the Django cache.

Only successful submissions count (a journalist correcting a typo is not punished). Each limit
is a sliding window: settings.CONTACT_REQUEST_RATE_LIMITS = {"ip": (count, seconds), "email":
(count, seconds)}. Keys carry a keyed hash of the IP or address, never the value itself, so the
cache holds no personal data in clear.
"""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

KEY_PREFIX = "experts:contact-rate"


def client_ip(request: HttpRequest) -> str:
    """The visitor's address as the server saw it (a proxy in front must set REMOTE_ADDR)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def scopes_for(request: HttpRequest, email: str) -> dict[str, str]:
    return {"ip": client_ip(request), "email": email.strip().lower()}


def _key(scope: str, value: str) -> str:
    digest = salted_hmac(KEY_PREFIX, f"{scope}:{value}").hexdigest()
    return f"{KEY_PREFIX}:{scope}:{digest}"


def _recent(key: str, window: int, now: float) -> list[float]:
    return sorted(t for t in cache.get(key, []) if t > now - window)


def retry_after(scopes: dict[str, str]) -> int | None:
    """Seconds until another request may be sent, or None when every limit still allows one."""
    now = time.time()
    wait = 0.0
    for scope, value in scopes.items():
        limit = settings.CONTACT_REQUEST_RATE_LIMITS.get(scope)
        if not limit:
            continue
        count, window = limit
        hits = _recent(_key(scope, value), window, now)
        if count <= 0:  # requests switched off altogether
            wait = max(wait, float(window))
        elif len(hits) >= count:
            # Allowed again once enough of the oldest hits have left the window.
            wait = max(wait, hits[len(hits) - count] + window - now)
    return max(1, math.ceil(wait)) if wait > 0 else None


def record(scopes: dict[str, str]) -> None:
    """Count one successful submission against every limit."""
    now = time.time()
    for scope, value in scopes.items():
        limit = settings.CONTACT_REQUEST_RATE_LIMITS.get(scope)
        if not limit:
            continue
        _count, window = limit
        key = _key(scope, value)
        cache.set(key, [*_recent(key, window, now), now], timeout=window)
