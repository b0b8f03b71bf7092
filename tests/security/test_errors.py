"""No stack trace or setting ever reaches a visitor: with DEBUG off a server error is the site's
500 page, the API answers errors as JSON with nothing about the cause, not-found likewise. The
failing views live in a test-only URLconf beside the site's own (tests/security/error_urls.py);
everything else is the real stack."""

from __future__ import annotations

import logging

import pytest
from django.test import Client

from tests.security.error_urls import SECRET

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.security.error_urls")]

LEAKS = ("Traceback", "RuntimeError", "hunter2", SECRET, "SECRET_KEY", "DATABASES", 'File "/')


@pytest.fixture
def visitor() -> Client:
    """A browser-like client: a server error is a response, as a visitor gets it."""
    return Client(raise_request_exception=False)


def assert_no_leak(response) -> None:
    body = response.content.decode()
    for leak in LEAKS:
        assert leak not in body


def test_a_server_error_on_a_page_is_the_sites_500_page(visitor, settings, caplog):
    assert settings.DEBUG is False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = visitor.get("/bg/explode/")
    assert response.status_code == 500
    assert "Нещо се обърка / Something went wrong" in response.text
    assert_no_leak(response)
    assert "Content-Security-Policy" in response
    # The cause goes to the server's log, for staff.
    assert any(
        record.exc_info and "hunter2" in str(record.exc_info[1]) for record in caplog.records
    )


@pytest.mark.parametrize("url", ["/api/explode/", "/api/faults/boom/"])
def test_an_api_server_error_is_json_without_the_cause(visitor, url, caplog):
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = visitor.get(url)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Internal Server Error"}
    assert_no_leak(response)
    assert any(record.exc_info for record in caplog.records)


def test_api_not_found_is_json(visitor, site_tree):
    for url in ("/api/v1/no-such-endpoint/", "/api/v2/no-such-endpoint/", "/api/v2/pages/999999/"):
        response = visitor.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/json", url
        assert "Traceback" not in response.text


def test_api_method_not_allowed_is_json(visitor, site_tree):
    response = visitor.post("/api/v1/experts/")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert "GET" in response["Allow"]


def test_a_missing_page_is_the_sites_404_page_in_its_language(visitor, site_tree):
    for language, html in (("en", '<html lang="en">'), ("bg", '<html lang="bg">')):
        response = visitor.get(f"/{language}/no-such-page/")
        assert response.status_code == 404
        assert html in response.text
        assert "Page not found" in response.text or language == "bg"
        assert_no_leak(response)
