"""Rate limits on contact requests, per visitor IP and per journalist e-mail: past the limit the
visitor gets a 429 page in their language that says when to try again, and nothing is saved."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from experts.models import ContactRequest, OutboxMessage
from tests.experts.request_contact_helpers import make_expert, submit, valid_data

pytestmark = pytest.mark.django_db

NEWSROOM_IP = "203.0.113.7"
OTHER_IP = "198.51.100.23"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def url(site_tree):
    expert_bg, _ = make_expert(site_tree)
    return lambda language="en": f"/{language}/request-contact/?expert={expert_bg.pk}"


def send(client, url: str, ip: str, email: str, **data):
    return submit(client, url, valid_data(email=email, **data), REMOTE_ADDR=ip)


def assert_too_many(response, window: int) -> None:
    assert response.status_code == 429
    retry = int(response["Retry-After"])
    assert window - 120 < retry <= window
    assert "media@biocluster.bg" in response.content.decode()  # the media office, to write to


def test_limit_per_ip(client, settings, url):
    settings.CONTACT_REQUEST_RATE_LIMITS = {"ip": (2, 3600), "email": (10, 3600)}
    assert send(client, url(), NEWSROOM_IP, "elena@dnevnik.example.bg").status_code == 302
    assert send(client, url(), NEWSROOM_IP, "georgi@capital.example.bg").status_code == 302

    response = send(client, url(), NEWSROOM_IP, "maria@bnt.example.bg")

    assert_too_many(response, 3600)
    page = response.content.decode()
    assert '<html lang="en">' in page
    assert "<h1>Too many requests</h1>" in page
    assert "Please try again in about 60 minutes, after" in page
    assert ContactRequest.objects.count() == 2
    assert not ContactRequest.objects.filter(email="maria@bnt.example.bg").exists()
    assert OutboxMessage.objects.count() == 4  # two per saved request, none for the refused one

    # Another newsroom is not held back by this one.
    assert send(client, url(), OTHER_IP, "maria@bnt.example.bg").status_code == 302
    # An hour later the first address may send again.
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        assert send(client, url(), NEWSROOM_IP, "maria@bnt.example.bg").status_code == 302
    assert ContactRequest.objects.count() == 4


def test_limit_per_email_whatever_the_address_or_case(client, settings, url):
    settings.CONTACT_REQUEST_RATE_LIMITS = {"ip": (10, 3600), "email": (2, 600)}
    assert send(client, url(), NEWSROOM_IP, "elena@dnevnik.example.bg").status_code == 302
    assert send(client, url(), OTHER_IP, "Elena@Dnevnik.example.bg").status_code == 302

    response = send(client, url(), "192.0.2.44", "ELENA@dnevnik.example.bg")

    assert_too_many(response, 600)
    assert "Please try again in about 10 minutes" in response.content.decode()
    assert ContactRequest.objects.count() == 2
    assert send(client, url(), "192.0.2.44", "georgi@capital.example.bg").status_code == 302


def test_the_page_says_when_in_sofia_time(client, settings, url):
    settings.CONTACT_REQUEST_RATE_LIMITS = {"ip": (1, 1800), "email": (10, 3600)}
    # 10:00 UTC in January is 12:00 in Sofia (UTC+2).
    start = datetime.datetime(2031, 1, 15, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        assert send(client, url(), NEWSROOM_IP, "elena@dnevnik.example.bg").status_code == 302
    with time_machine.travel(start + datetime.timedelta(minutes=5), tick=False):
        response = send(client, url(), NEWSROOM_IP, "georgi@capital.example.bg")
    assert response.status_code == 429
    # The first request was counted at 12:00:20 Sofia time; the form opens again at 12:30:20.
    assert 30 * 60 - 5 * 60 <= int(response["Retry-After"]) <= 30 * 60 - 5 * 60 + 1
    assert "Please try again in about 25 minutes, after 12:30 Sofia time." in (
        response.content.decode()
    )


def test_limit_page_in_bulgarian(client, settings, url):
    settings.CONTACT_REQUEST_RATE_LIMITS = {"ip": (1, 3600), "email": (10, 3600)}
    assert send(client, url("bg"), NEWSROOM_IP, "elena@dnevnik.example.bg").status_code == 302

    response = send(client, url("bg"), NEWSROOM_IP, "georgi@capital.example.bg")

    assert_too_many(response, 3600)
    assert '<html lang="bg">' in response.content.decode()
    assert ContactRequest.objects.count() == 1


def test_only_successful_requests_count(client, settings, url):
    settings.CONTACT_REQUEST_RATE_LIMITS = {"ip": (1, 3600), "email": (1, 3600)}
    # A journalist who gets the form wrong several times is not locked out.
    for bad in ({"phone": "12"}, {"consent": None}, {"website": "spam"}, {"deadline": "soon"}):
        response = send(client, url(), NEWSROOM_IP, "elena@dnevnik.example.bg", **bad)
        assert response.status_code == 200, bad
    assert send(client, url(), NEWSROOM_IP, "elena@dnevnik.example.bg").status_code == 302
    assert send(client, url(), NEWSROOM_IP, "elena@dnevnik.example.bg").status_code == 429


def test_limits_keep_no_addresses_in_the_cache(client, settings, url):
    settings.CONTACT_REQUEST_RATE_LIMITS = {"ip": (5, 3600), "email": (5, 3600)}
    assert send(client, url(), NEWSROOM_IP, "elena@dnevnik.example.bg").status_code == 302
    keys = " ".join(str(key) for key in cache._cache)  # the local-memory cache of the tests
    assert re.search(r"contact-rate", keys)
    assert NEWSROOM_IP not in keys and "elena" not in keys and "dnevnik" not in keys
