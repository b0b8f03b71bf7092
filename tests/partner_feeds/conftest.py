"""A partner's web server on a real socket (127.0.0.1, a free port), with routes a test defines, and
the requests it received: the fetcher is tested over HTTP as it runs in production."""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from press.models import PartnerFeed, PartnerNewsIndexPage
from tests import factories

FIXTURES = Path(__file__).parent / "fixtures"

RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
RDF = "application/rdf+xml"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def fixture_bytes(name: str, encoding: str = "utf-8") -> bytes:
    """A fixture as a partner's server would send it (the cp1251 one is kept as UTF-8 in git)."""
    return fixture_text(name).encode(encoding)


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = RSS
    etag: str = ""
    last_modified: str = ""
    location: str = ""  # a redirect's target
    delay: float = 0.0  # seconds to wait before answering
    send_length: bool = True  # False: no Content-Length, the body ends when the connection does
    gzip: bool = False


@dataclass
class Received:
    path: str
    headers: dict[str, str]  # lower-case names


@dataclass
class FeedServer:
    base_url: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def route(self, path: str, **options) -> str:
        """Define (or replace) what `path` answers; returns its absolute URL."""
        self.routes[path] = Route(**options)
        return self.url(path)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def requests_to(self, path: str) -> list[dict[str, str]]:
        with self.lock:
            return [r.headers for r in self.received if r.path == path]


class PartnerSiteHandler(BaseHTTPRequestHandler):
    server_version = "PartnerSite/1.0"

    def do_GET(self):
        server: FeedServer = self.server.feed_server
        headers = {name.lower(): value for name, value in self.headers.items()}
        with server.lock:
            server.received.append(Received(self.path, headers))
        route = server.routes.get(self.path)
        if route is None:
            return self._answer(404, b"Not found", "text/plain")
        if route.delay:
            time.sleep(route.delay)
        if route.location:
            self.send_response(route.status if route.status != 200 else 302)
            self.send_header("Location", route.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if (route.etag and headers.get("if-none-match") == route.etag) or (
            route.last_modified and headers.get("if-modified-since") == route.last_modified
        ):
            self.send_response(304)
            if route.etag:
                self.send_header("ETag", route.etag)
            self.end_headers()
            return
        extra = {}
        if route.etag:
            extra["ETag"] = route.etag
        if route.last_modified:
            extra["Last-Modified"] = route.last_modified
        body = route.body
        if route.gzip:
            body = gzip.compress(body)
            extra["Content-Encoding"] = "gzip"
        self._answer(route.status, body, route.content_type, extra, route.send_length)

    def _answer(self, status, body, content_type, extra=None, send_length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if send_length:
            self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        try:
            for start in range(0, len(body), 16 * 1024):
                self.wfile.write(body[start : start + 16 * 1024])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the fetcher stopped reading (size limit): as it should

    def log_message(self, format, *args):  # keep the test output clean
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True  # a sleeping "slow" handler must not hold up the end of the test

    def handle_error(self, request, client_address):
        pass  # the fetcher hung up on purpose (timeout, size limit)


@pytest.fixture
def feed_server():
    """A partner's site on a free port of 127.0.0.1, serving the routes the test defines."""
    server = QuietServer(("127.0.0.1", 0), PartnerSiteHandler)
    state = FeedServer(base_url=f"http://127.0.0.1:{server.server_address[1]}")
    server.feed_server = state
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def fetch_settings(settings):
    """Short timeout and small size limit, so failures show up fast."""
    settings.PARTNER_FEED_TIMEOUT = 0.5
    settings.PARTNER_FEED_MAX_BYTES = 64 * 1024
    return settings


@pytest.fixture
def make_feed(db):
    """PartnerFeed rows: make_feed("EuropaBio", url, language="en", topics=[...])."""

    def make(name: str, url: str, language: str = "en", topics=(), **fields) -> PartnerFeed:
        feed = PartnerFeed.objects.create(name=name, url=url, language=language, **fields)
        if topics:
            feed.topics.set(topics)
            feed.save()
        return feed

    return make


@pytest.fixture
def partner_pages(site_tree):
    """The "Partner news" section under each home page."""
    bg = PartnerNewsIndexPage(
        title="Новини от партньорите", slug="partner-news", show_in_menus=True
    )
    site_tree.home_bg.add_child(instance=bg)
    bg.save_revision().publish()
    en = factories.translate(bg, "en", title="Partner news")
    return bg, en


@pytest.fixture(autouse=True)
def english_messages():
    """Commands run in the site's default language (Bulgarian) and store their messages in it;
    these tests read the English ones."""
    from django.utils import translation

    with translation.override("en"):
        yield
