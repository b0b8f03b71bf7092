"""The page cache as visitors meet it (mediacenter.cache): a second anonymous visit costs no
query, whatever editors change shows at once, and nobody gets somebody else's page."""

from __future__ import annotations

import datetime
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from mediacenter.cache import cache_backends
from tests import factories

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def newsroom(site_tree):
    """A bilingual topic and one release in each language, tagged with it."""
    topic = factories.TopicFactory(name="Персонализирана медицина", slug="personalised-medicine")
    factories.translate_snippet(topic, "en", name="Personalised medicine")
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Стартира проектът PRECISEU", slug="preciseu"
    )
    release.topics.set([topic])
    release.save_revision().publish()
    factories.translate(release, "en", title="The PRECISEU project starts")
    return topic


def get(client, url: str, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def is_hit(response) -> bool:
    return response.get("X-Cache") == "HIT"


def queries_for(client, url: str, **headers) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url, **headers)
    return len(queries), response


CACHED_URLS = [
    "/bg/",
    "/en/",
    "/bg/press/",
    "/en/press/preciseu/",
    "/bg/feeds/press/rss/",
    "/en/feeds/press/atom/",
    "/bg/experts/",
    "/bg/experts/?city=%D0%A1%D0%BE%D1%84%D0%B8%D1%8F&language=en",
    "/api/v1/suggest/?q=PRECI&lang=en",
    "/api/v1/experts/?q=genomics&lang=en",
    "/sitemap.xml",
]


@pytest.mark.parametrize("url", CACHED_URLS)
def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, newsroom, url, django_assert_num_queries
):
    first = get(client, url)
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = get(client, url)
    assert is_hit(second)
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_head_request_is_answered_from_the_get_cached_by_another_visitor(client, newsroom):
    get(client, "/bg/press/")
    with CaptureQueriesContext(connection) as queries:
        head = client.head("/bg/press/")
    assert head.status_code == 200 and is_hit(head)
    assert len(queries) == 0


def test_publishing_unpublishing_and_editing_show_at_once(client, site_tree, newsroom):
    assert "Ваксини от ново поколение" not in get(client, "/bg/press/").text
    assert is_hit(get(client, "/bg/press/"))

    new = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Ваксини от ново поколение", slug="vaccines"
    )
    assert "Ваксини от ново поколение" in get(client, "/bg/press/").text
    assert "Ваксини от ново поколение" in get(client, "/bg/").text
    assert "Ваксини от ново поколение" in get(client, "/bg/feeds/press/rss/").text

    new.title = "Ваксини от следващо поколение"
    new.save_revision().publish()
    assert "Ваксини от следващо поколение" in get(client, "/bg/press/").text

    new.unpublish()
    assert "Ваксини от следващо поколение" not in get(client, "/bg/press/").text
    assert "Ваксини от следващо поколение" not in get(client, "/bg/feeds/press/rss/").text
    assert client.get("/bg/press/vaccines/").status_code == 404


def test_a_deleted_or_moved_page_leaves_the_cache_at_once(client, site_tree, newsroom):
    moved = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Хакатон за здравни данни", slug="hackathon"
    )
    assert get(client, "/bg/press/hackathon/")
    assert "Хакатон за здравни данни" in get(client, "/bg/press/").text

    moved.move(site_tree.events_bg, pos="last-child")
    old_url = client.get("/bg/press/hackathon/")  # Wagtail's redirect to where it went
    assert old_url.status_code == 301 and old_url["Location"] == "/bg/events/hackathon/"
    assert "Хакатон за здравни данни" not in get(client, "/bg/press/").text
    assert get(client, "/bg/events/hackathon/")

    moved.refresh_from_db()
    moved.delete()
    assert client.get("/bg/events/hackathon/").status_code == 404


def test_a_changed_topic_shows_at_once_on_cached_pages(client, newsroom):
    assert "Personalised medicine" in get(client, "/en/press/").text
    assert is_hit(get(client, "/en/press/"))

    english = newsroom.get_translation(factories.locale("en"))
    english.name = "Precision medicine"
    english.save()

    page = get(client, "/en/press/")
    assert not is_hit(page)
    assert "Precision medicine" in page.text
    assert "Personalised medicine" not in page.text


def test_scheduled_publishing_invalidates(client, site_tree, newsroom):
    """publish_scheduled (run by cron, in a process of its own) publishes a release whose time
    has come: the cached newsroom and feed show it right away."""
    page = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Spinoff Bulgaria 2026 събира 400 участници", live=False
    )
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    page.save_revision().publish()  # scheduled, not live yet
    assert "Spinoff Bulgaria 2026" not in get(client, "/bg/press/").text
    assert "Spinoff Bulgaria 2026" not in get(client, "/bg/feeds/press/rss/").text
    assert is_hit(get(client, "/bg/press/"))

    time.sleep(max(0.0, (page.go_live_at - timezone.now()).total_seconds()) + 0.1)
    assert "Spinoff Bulgaria 2026" not in get(client, "/bg/press/").text  # cron has not run
    call_command("publish_scheduled")

    assert "Spinoff Bulgaria 2026" in get(client, "/bg/press/").text
    assert "Spinoff Bulgaria 2026" in get(client, "/bg/feeds/press/rss/").text


def test_an_embargoed_release_appears_when_the_embargo_lifts(client, site_tree, newsroom):
    """No save happens when an embargo lifts: no page is cached past that moment."""
    lifts = timezone.now() + datetime.timedelta(seconds=3)
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Резултати от клинично изпитване", embargo_until=lifts
    )
    first = get(client, "/bg/press/")
    assert "Резултати от клинично изпитване" not in first.text
    assert first["X-Cache"] == "MISS"  # cached, until the embargo lifts

    time.sleep(max(0.0, (lifts - timezone.now()).total_seconds()) + 0.2)
    assert "Резултати от клинично изпитване" in get(client, "/bg/press/").text


def test_logged_in_users_never_get_nor_fill_the_cache(client, newsroom, admin_user):
    """A logged-in editor sees the page rendered for them (the Wagtail user bar), and what they
    are served is never kept for anonymous visitors."""
    get(client, "/bg/press/")  # an anonymous visitor fills the cache
    client.force_login(admin_user)
    count, mine = queries_for(client, "/bg/press/")
    assert not is_hit(mine) and "X-Cache" not in mine
    assert count > 0
    assert "wagtail-userbar" in mine.text

    count, mine = queries_for(client, "/en/press/preciseu/")
    assert "X-Cache" not in mine and count > 0
    client.logout()
    client.cookies.clear()
    anonymous = get(client, "/en/press/preciseu/")
    assert anonymous["X-Cache"] == "MISS"  # the editor's visit filled nothing
    assert "wagtail-userbar" not in anonymous.text


def test_the_contact_form_is_never_cached(client, newsroom):
    """Each visitor gets a CSRF token of their own."""
    from django.test import Client

    first = client.get("/bg/request-contact/")
    second = Client().get("/bg/request-contact/")
    assert first.status_code == second.status_code == 200
    assert "X-Cache" not in first and "X-Cache" not in second
    token = 'name="csrfmiddlewaretoken" value="'
    assert token in first.text
    assert first.text.split(token)[1][:64] != second.text.split(token)[1][:64]
    assert "csrftoken" in second.cookies


def test_bulgarian_and_english_are_never_mixed(client, newsroom):
    bg = get(client, "/bg/press/")
    en = get(client, "/en/press/")
    assert en["X-Cache"] == "MISS"
    assert "Стартира проектът PRECISEU" in bg.text and "The PRECISEU" not in bg.text
    assert "The PRECISEU project starts" in en.text and "Стартира проектът" not in en.text
    assert bg["Content-Language"] == "bg" and en["Content-Language"] == "en"
    again_bg, again_en = get(client, "/bg/press/"), get(client, "/en/press/")
    assert is_hit(again_bg) and is_hit(again_en)
    assert again_bg["Content-Language"] == "bg" and again_en["Content-Language"] == "en"
    assert again_bg.content == bg.content and again_en.content == en.content

    # The API is outside the language prefix: the language it answers in is part of the key.
    topic_bg = get(client, "/api/v1/suggest/?q=perso&lang=bg").json()["suggestions"]
    topic_en = get(client, "/api/v1/suggest/?q=perso&lang=en").json()["suggestions"]
    assert [s["label"] for s in topic_bg if s["kind"] == "topic"] == ["Персонализирана медицина"]
    assert [s["label"] for s in topic_en if s["kind"] == "topic"] == ["Personalised medicine"]


@pytest.mark.parametrize(("accept", "target"), [("en-GB,en;q=0.9", "/en/"), ("bg", "/bg/")])
def test_the_language_redirect_varies_on_accept_language_and_cookie(
    client, newsroom, accept, target
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302 and response["Location"] == target
    vary = {v.strip().lower() for v in response["Vary"].split(",")}
    assert {"accept-language", "cookie"} <= vary
    assert "X-Cache" not in response


def test_cached_pages_vary_on_cookie_and_the_api_on_accept_language(client, newsroom):
    for url in ("/bg/press/", "/api/v1/suggest/?q=PRECI&lang=bg"):
        for response in (get(client, url), get(client, url)):
            vary = {v.strip().lower() for v in response["Vary"].split(",")}
            assert "cookie" in vary, url
            if url.startswith("/api/"):
                assert "accept-language" in vary


@pytest.mark.parametrize("url", ["/bg/", "/en/press/preciseu/", "/bg/feeds/press/rss/"])
def test_a_cached_response_carries_every_header_of_the_first(client, newsroom, url):
    """Security headers (CSP, Permissions-Policy, nosniff, referrer and opener policies,
    framing) on the page served from the cache exactly as on the one rendered."""
    first = get(client, url)
    cached = get(client, url)
    assert is_hit(cached)
    expected = {k: v for k, v in first.headers.items() if k != "X-Cache"}
    assert {k: v for k, v in cached.headers.items() if k != "X-Cache"} == expected
    for header in ("X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options"):
        assert header in cached, header
    if "mediacenter.security.SecurityHeadersMiddleware" in settings.MIDDLEWARE:
        assert "script-src 'self'" in cached["Content-Security-Policy"]
        assert "camera=()" in cached["Permissions-Policy"]


def test_the_navigation_fragment_marks_the_right_section(client, site_tree, newsroom):
    """The menu is cached per language and section: aria-current follows the page."""
    current = 'aria-current="page">'
    assert f"{current}Прессъобщения" in get(client, "/bg/press/").text
    assert f"{current}Прессъобщения" in get(client, "/bg/press/preciseu/").text
    assert current not in get(client, "/bg/").text
    assert f"{current}Събития" in get(client, "/bg/events/").text
    assert f"{current}Press releases" in get(client, "/en/press/").text

    site_tree.press_bg.title = "Новини"
    site_tree.press_bg.save_revision().publish()
    assert f"{current}Новини" in get(client, "/bg/press/").text
    assert ">Новини</a>" in get(client, "/bg/events/").text


def test_a_view_restriction_takes_a_cached_page_out_of_the_cache(client, newsroom):
    assert get(client, "/bg/press/preciseu/")["X-Cache"] == "MISS"
    assert is_hit(get(client, "/bg/press/preciseu/"))

    from press.models import PressReleasePage

    release = PressReleasePage.objects.get(slug="preciseu", locale__language_code="bg")
    PageViewRestriction.objects.create(
        page=release, restriction_type=PageViewRestriction.PASSWORD, password="embargo"
    )
    response = client.get("/bg/press/preciseu/")
    assert "X-Cache" not in response or response["X-Cache"] != "HIT"
    assert "Клъстерът се присъединява" not in response.text  # the password form instead
    assert "X-Cache" not in client.get("/bg/press/preciseu/")  # never-cache: not stored


def test_search_answered_while_the_engine_is_down_is_not_cached(client, newsroom):
    from search.engine import engine_failed

    engine_failed(ConnectionError("refused"), "test")
    url = "/api/v1/suggest/?q=PRECI&lang=bg"
    assert "X-Cache" not in get(client, url)
    assert "X-Cache" not in get(client, url)


def test_a_search_answered_by_the_database_is_not_kept_when_the_engine_returns_meanwhile(
    client, newsroom, engine_as_default
):
    """The engine's hold-down time may end while a page answered by the database is being
    rendered: that answer (it says "fallback") must not be served from the cache afterwards."""
    from django.test.signals import template_rendered

    from search.engine import engine_down, engine_failed, engine_recovered

    def engine_back(**kwargs):
        engine_recovered()

    engine_failed(ConnectionError("refused"), "test")
    url = "/en/experts/?q=PRECISEU"
    template_rendered.connect(engine_back)
    try:
        first = get(client, url)
    finally:
        template_rendered.disconnect(engine_back)
    assert 'data-testid="search-fallback"' in first.text
    assert not engine_down()
    again = get(client, url)
    assert not is_hit(again)
    assert 'data-testid="search-fallback"' not in again.text


def test_an_expert_search_served_from_the_cache_is_still_counted(
    client, site_tree, newsroom, django_assert_num_queries
):
    """The search terms report counts every search, cached or not: a hit costs one UPDATE."""
    from search.models import SearchQueryDay

    factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Кристина", last_name="Ескенази", city="София"
    )
    url = "/bg/experts/?q=%D0%B5%D1%81%D0%BA%D0%B5%D0%BD%D0%B0%D0%B7%D0%B8&city=%D0%A1%D0%BE%D1%84%D0%B8%D1%8F"
    assert "Ескенази" in get(client, url).text
    with django_assert_num_queries(1):
        assert is_hit(get(client, url))
    assert is_hit(get(client, url))
    row = SearchQueryDay.objects.get(query="ескенази", scope="experts")
    assert (row.searches, row.empty_searches) == (3, 0)


def test_hits_of_a_search_are_counted_in_batches_without_a_query(
    client, site_tree, newsroom, settings, django_assert_num_queries
):
    """In production the hits are added up in memory and written every few seconds."""
    from mediacenter.cache import flush_replays
    from search.models import SearchQueryDay

    settings.PAGE_CACHE_REPLAY_SECONDS = 3600
    flush_replays()
    url = "/en/experts/?q=genomics"
    get(client, url)
    for _ in range(3):
        with django_assert_num_queries(0):
            assert is_hit(get(client, url))
    row = SearchQueryDay.objects.get(query="genomics", scope="experts", language="en")
    assert (row.searches, row.empty_searches) == (1, 1)

    flush_replays()
    row.refresh_from_db()
    assert (row.searches, row.empty_searches) == (4, 4)


def test_site_search_is_never_cached(client, newsroom):
    """It counts each search for editors' picks and the report, and reads the engine's state."""
    for _ in range(2):
        response = get(client, "/bg/search/?q=PRECISEU")
        assert "X-Cache" not in response
        assert "PRECISEU" in response.text


def test_messages_or_a_session_bypass_the_cache(client, newsroom):
    get(client, "/bg/press/")
    client.cookies["messages"] = "something"
    assert "X-Cache" not in get(client, "/bg/press/")
    del client.cookies["messages"]
    client.cookies[settings.SESSION_COOKIE_NAME] = "not-a-session"
    assert "X-Cache" not in get(client, "/bg/press/")


def test_glossary_links_follow_a_renamed_term(client, site_tree):
    """The linked HTML of an explainer is cached; renaming a term changes it at once."""
    knowledge = factories.KnowledgeIndexPageFactory(parent=site_tree.home_bg)
    glossary = factories.GlossaryPageFactory(parent=knowledge)
    term = factories.GlossaryTermPageFactory(
        parent=glossary, title="Генна терапия", forms="генната терапия", slug="gene"
    )
    explainer = factories.ExplainerPageFactory(parent=knowledge, slug="atmp")
    url = explainer.get_url()
    assert 'class="glossary-term"' in get(client, url).text

    term.title = "Клетъчна терапия"
    term.forms = ""
    term.save_revision().publish()
    page = get(client, url)
    assert 'class="glossary-term"' not in page.text.split("<main", 1)[1].split("Генната", 1)[0]
    assert not is_hit(page)


def test_query_counts_of_a_miss_do_not_change_with_the_cache(client, site_tree, newsroom, settings):
    """A miss costs what the page costs: the cache adds no query, not even after a publish (the
    coming embargo lifts are read once into a fresh cache, then kept by the saves)."""
    from django.core.cache import cache

    get(client, "/bg/press/")  # reads the coming embargo lifts into the fresh cache
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Резултати, които излизат утре",
        embargo_until=timezone.now() + datetime.timedelta(days=1),
    )
    cache.clear()  # the pages, not the generation and the lifts
    with CaptureQueriesContext(connection) as with_cache:
        assert get(client, "/bg/press/")["X-Cache"] == "MISS"
    cache.clear()
    settings.PAGE_CACHE_SECONDS = 0
    with CaptureQueriesContext(connection) as without_cache:
        response = get(client, "/bg/press/")
    assert "X-Cache" not in response
    assert len(with_cache) == len(without_cache)


def test_a_new_embargo_is_noted_without_a_query(client, site_tree, newsroom):
    """An embargoed release saved after the lifts were read still bounds the pages' lifetime."""
    get(client, "/bg/press/")
    lifts = timezone.now() + datetime.timedelta(seconds=3)
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Данни от фаза 3", embargo_until=lifts
    )
    assert "Данни от фаза 3" not in get(client, "/bg/press/").text
    time.sleep(max(0.0, (lifts - timezone.now()).total_seconds()) + 0.2)
    assert "Данни от фаза 3" in get(client, "/bg/press/").text


def test_clear_caches_empties_pages_and_renditions(client, newsroom):
    """After a database restore: `manage.py clear_caches` leaves no page and no rendition behind."""
    from django.core.cache import caches

    get(client, "/bg/")
    assert is_hit(get(client, "/bg/"))
    caches["renditions"].set("a-rendition", "from the old database")
    out = io.StringIO()
    call_command("clear_caches", stdout=out)
    assert "renditions" in out.getvalue()
    assert caches["renditions"].get("a-rendition") is None
    assert not is_hit(get(client, "/bg/"))


# --- Hits before Django (the WSGI application gunicorn runs) ----------------------------------


def wsgi_get(url: str, **headers) -> tuple[str, dict, bytes]:
    """A GET through mediacenter.wsgi.application, the way gunicorn calls it (keeping the test's
    database connection open, as Django's test client does)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections
    from django.test import RequestFactory

    from mediacenter.wsgi import application

    method = headers.pop("method", "get")
    environ = getattr(RequestFactory(), method)(url, **headers).environ
    started: list = []
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = application(environ, lambda status, h, exc=None: started.extend([status, h]))
        body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return started[0], dict(started[1]), body


def test_the_suggest_api_is_answered_before_django_with_every_header(client, newsroom):
    """Suggestions are asked on every keystroke: a repeat is answered from the final response,
    security headers included, with no query and no Django request."""
    url = "/api/v1/suggest/?q=PRECI&lang=en"
    status, first, body = wsgi_get(url)
    assert status == "200 OK" and first["X-Cache"] == "MISS"
    assert b"The PRECISEU project starts" in body
    with CaptureQueriesContext(connection) as queries:
        status, again, cached = wsgi_get(url)
    assert status == "200 OK" and again["X-Cache"] == "HIT"
    assert len(queries) == 0
    assert cached == body
    assert {k: v for k, v in again.items() if k != "X-Cache"} == {
        k: v for k, v in first.items() if k != "X-Cache"
    }
    for header in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"):
        assert header in again, header
    assert "cookie" in again["Vary"].lower() and "accept-language" in again["Vary"].lower()

    status, head, empty = wsgi_get(url, method="head")
    assert head["X-Cache"] == "HIT" and empty == b""


@pytest.mark.parametrize("url", ["/bg/", "/en/press/preciseu/", "/bg/feeds/press/rss/"])
def test_a_page_hit_under_gunicorn_is_the_final_response_again(client, newsroom, url):
    """The WSGI application answers a repeat with no query and exactly the headers the whole
    middleware stack gave the first response (CSP, Permissions-Policy, framing, ...)."""
    _status, first, body = wsgi_get(url)
    assert first["X-Cache"] == "MISS"
    with CaptureQueriesContext(connection) as queries:
        status, again, cached = wsgi_get(url)
    assert status == "200 OK" and again["X-Cache"] == "HIT" and len(queries) == 0
    assert cached == body
    assert {k: v for k, v in again.items() if k != "X-Cache"} == {
        k: v for k, v in first.items() if k != "X-Cache"
    }
    for header in ("X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Vary"):
        assert header in again, header


def test_under_gunicorn_a_cached_expert_search_is_still_counted(client, newsroom):
    from search.models import SearchQueryDay

    for _ in range(3):
        wsgi_get("/en/experts/?q=genomics")
    assert wsgi_get("/en/experts/?q=genomics")[1]["X-Cache"] == "HIT"
    assert SearchQueryDay.objects.get(query="genomics", scope="experts").searches == 4


def test_under_gunicorn_the_contact_form_and_site_search_still_reach_django(client, newsroom):
    for url in ("/bg/request-contact/", "/bg/search/?q=PRECISEU"):
        wsgi_get(url)
        _status, headers, _body = wsgi_get(url)
        assert "X-Cache" not in headers, url


def test_the_fast_path_keeps_languages_apart_and_follows_publishing(client, site_tree, newsroom):
    def labels(body: bytes) -> list[str]:
        return [item["label"] for item in json.loads(body)["suggestions"]]

    assert labels(wsgi_get("/api/v1/suggest/?q=perso&lang=bg")[2]) == ["Персонализирана медицина"]
    assert labels(wsgi_get("/api/v1/suggest/?q=perso&lang=en")[2]) == ["Personalised medicine"]
    # The same URL asked in another language is another entry (the error messages are in it).
    _status, other, _body = wsgi_get("/api/v1/suggest/?q=perso&lang=bg", HTTP_ACCEPT_LANGUAGE="en")
    assert other["X-Cache"] == "MISS"
    assert wsgi_get("/api/v1/suggest/?q=perso&lang=bg")[1]["X-Cache"] == "HIT"

    assert "PRECISEU обявява втора фаза" not in labels(wsgi_get("/api/v1/suggest/?q=PRECI")[2])
    assert wsgi_get("/api/v1/suggest/?q=PRECI")[1]["X-Cache"] == "HIT"
    factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="PRECISEU обявява втора фаза", slug="second-phase"
    )
    _status, headers, body = wsgi_get("/api/v1/suggest/?q=PRECI")
    assert headers["X-Cache"] == "MISS"
    assert "PRECISEU обявява втора фаза" in labels(body)


def test_the_fast_path_keeps_no_page_past_its_time(client, newsroom):
    """Hits come from the worker's own memory once it served them, but never for longer than the
    shared cache would have kept them (60 s for a URL with a query string)."""
    url = "/api/v1/suggest/?q=PRECI&lang=en"
    wsgi_get(url)
    assert wsgi_get(url)[1]["X-Cache"] == "HIT"
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=61)):
        assert wsgi_get(url)[1]["X-Cache"] == "MISS"


def test_the_fast_path_leaves_logged_in_users_to_django(client, newsroom, admin_user):
    url = "/api/v1/suggest/?q=PRECI&lang=bg"
    wsgi_get(url)
    assert wsgi_get(url)[1]["X-Cache"] == "HIT"
    client.force_login(admin_user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    _status, headers, _body = wsgi_get(url, HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}={session}")
    assert "X-Cache" not in headers


# --- Across processes ------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publish_scheduled_in_another_process_invalidates_the_shared_file_cache(
    client, site_tree, tmp_path
):
    """The embedded default: a file cache both processes share. `manage.py publish_scheduled`
    runs as its own process, as cron runs it, and the web side sees its publication at once;
    gunicorn's fast path within PAGE_CACHE_GENERATION_RECHECK_SECONDS."""
    from django.test import override_settings

    from press.models import PressReleasePage

    caches_setting = cache_backends(f"file://{tmp_path}", tmp_path)
    page = factories.PressReleasePageFactory(
        parent=site_tree.press_bg, title="Клъстерът открива BioHub в Пловдив", live=False
    )
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    page.save_revision().publish()
    assert not PressReleasePage.objects.get(pk=page.pk).live

    recheck = 0.5
    with override_settings(CACHES=caches_setting, PAGE_CACHE_GENERATION_RECHECK_SECONDS=recheck):
        assert "BioHub" not in get(client, "/bg/press/").text
        assert is_hit(get(client, "/bg/press/"))
        assert b"BioHub" not in wsgi_get("/bg/press/")[2]
        assert wsgi_get("/bg/press/")[1]["X-Cache"] == "HIT"
        time.sleep(max(0.0, (page.go_live_at - timezone.now()).total_seconds()) + 0.1)

        db = connection.settings_dict
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "mediacenter.settings.production",
            "SECRET_KEY": "test-only-key-for-a-subprocess",
            "DATABASE_URL": (
                f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
            ),
            "CACHE_URL": f"file://{tmp_path}",
            "ELASTICSEARCH_URL": "",
        }
        subprocess.run(
            [sys.executable, "manage.py", "publish_scheduled"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
        assert PressReleasePage.objects.get(pk=page.pk).live
        assert "BioHub" in get(client, "/bg/press/").text
        time.sleep(recheck)
        _status, headers, body = wsgi_get("/bg/press/")
        assert headers["X-Cache"] == "MISS" and b"BioHub" in body


# --- Static files ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """collectstatic with the production storage (hashed names and gzip copies) into a
    temporary STATIC_ROOT: our own static files only, which is all a public page links."""
    from django.test import override_settings

    root = tmp_path_factory.mktemp("static")
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(
        STATIC_ROOT=root,
        STORAGES=storages,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root, storages


def test_static_files_have_hashed_names_far_future_caching_and_gzip(
    client, newsroom, collected_static
):
    from django.test import override_settings

    root, storages = collected_static
    with override_settings(STATIC_ROOT=root, STORAGES=storages, DEBUG=False):
        page = get(client, "/bg/")
        href = page.text.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
        assert href.startswith("/static/css/site.") and href.endswith(".css")
        assert href != "/static/css/site.css"  # the content hash is in the name

        response = client.get(href, HTTP_ACCEPT_ENCODING="gzip, deflate")
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        cache_control = response["Cache-Control"]
        assert "immutable" in cache_control and "max-age=315360000" in cache_control
        assert "Accept-Encoding" in response["Vary"]
        body = b"".join(response.streaming_content)
        import gzip

        assert b"{" in gzip.decompress(body)  # CSS, compressed

        plain = client.get(href)
        assert "Content-Encoding" not in plain
