"""Admin login throttling (django-axes) through Wagtail's real login form: a username is locked
out from one address after AXES_FAILURE_LIMIT wrong passwords, with a page in the visitor's
language; other users and addresses are not; a right password resets the count; the lock lifts
after the cool-off."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "Sofia-Tech-Park-2024"


def attempt(client, username: str, password: str, *, address: str = "203.0.113.7", lang="en"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=lang,
    )


def fail(client, username: str, times: int, **kwargs):
    response = None
    for _ in range(times):
        response = attempt(client, username, "wrong-password", **kwargs)
    return response


def is_signed_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_wrong_passwords_lock_the_username_out_from_that_address(client, admin_user):
    limit = settings.AXES_FAILURE_LIMIT
    before = fail(client, "redaktor", limit - 1)
    assert before.status_code == 200  # the login form again, with its error
    assert 'name="password"' in before.text

    locked = attempt(client, "redaktor", "wrong-password")
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    assert '<html lang="en">' in locked.text
    assert "Sign-in paused" in locked.text
    assert f"There were {limit} wrong attempts" in locked.text
    assert "Please try again in 15 minutes" in locked.text
    assert 'name="password"' not in locked.text
    # The page has the site's headers and admits nothing about the account.
    assert "Content-Security-Policy" in locked
    assert "redaktor" not in locked.text

    # Even the right password is refused while the lock holds.
    right = attempt(client, "redaktor", PASSWORD)
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_speaks_the_visitors_language(client, admin_user):
    response = fail(client, "redaktor", settings.AXES_FAILURE_LIMIT, lang="bg")
    assert response.status_code == 429
    assert '<html lang="bg">' in response.text


def test_other_users_and_other_addresses_are_not_locked(client, admin_user, django_user_model):
    django_user_model.objects.create_superuser(
        username="media-officer", email="media@biocluster.bg", password=PASSWORD
    )
    fail(client, "redaktor", settings.AXES_FAILURE_LIMIT)
    assert attempt(client, "redaktor", PASSWORD).status_code == 429

    colleague = attempt(client, "media-officer", PASSWORD)
    assert is_signed_in(colleague)
    client.logout()
    from_elsewhere = attempt(client, "redaktor", PASSWORD, address="198.51.100.23")
    assert is_signed_in(from_elsewhere)


def test_a_successful_login_resets_the_count(client, admin_user):
    limit = settings.AXES_FAILURE_LIMIT
    fail(client, "redaktor", limit - 1)
    assert is_signed_in(attempt(client, "redaktor", PASSWORD))
    client.logout()
    # A fresh count: limit - 1 more failures still leave the form open.
    response = fail(client, "redaktor", limit - 1)
    assert response.status_code == 200
    assert is_signed_in(attempt(client, "redaktor", PASSWORD))


def test_the_lock_lifts_after_the_cool_off(client, admin_user):
    fail(client, "redaktor", settings.AXES_FAILURE_LIMIT)
    assert attempt(client, "redaktor", PASSWORD).status_code == 429
    later = timezone.now() + settings.AXES_COOLOFF_TIME + datetime.timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        assert is_signed_in(attempt(client, "redaktor", PASSWORD))


def test_django_admin_login_is_throttled_too(client, admin_user):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            "/django-admin/login/",
            {"username": "redaktor", "password": "wrong-password"},
            REMOTE_ADDR="203.0.113.9",
        )
    assert response.status_code == 429
