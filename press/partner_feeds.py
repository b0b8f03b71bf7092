"""Partners' news feeds: fetch each active PartnerFeed politely, parse it, clean it, store its items.

One feed's failure (timeout, HTTP error, redirect loop, HTML page, malformed XML, huge body,
undecodable text) is recorded on that feed and never stops the others. Fetching is polite: a
User-Agent that names us, conditional GET (a 304 costs the partner nothing), a timeout and a size
limit. Summaries are reduced to a small allow-list of tags, because the HTML comes from other
people's servers and is shown on our pages. `fetch_all()` is what the `fetch_partner_feeds`
command and the `press.tasks.fetch_partner_feeds` task run.
"""

from __future__ import annotations

import codecs
import datetime
import http.client
import io
import logging
import re
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from press.models import PartnerFeed, PartnerNewsItem

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
CHUNK_SIZE = 64 * 1024
# The timeout applies to each network operation; the whole download gets this many times it, so a
# server that drips one byte at a time cannot hold the run for ever.
TOTAL_TIME_FACTOR = 3
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
# Field sizes of PartnerNewsItem (PostgreSQL enforces them).
GUID_MAX, LINK_MAX, TITLE_MAX = 1000, 1000, 500

# --- cleaning summaries ------------------------------------------------------------------------

ALLOWED_TAGS = frozenset({"p", "br", "a", "strong", "b", "em", "i", "ul", "ol", "li", "blockquote"})
# Removed with everything inside them. Images are not allowed at all, which removes tracking
# pixels (1×1 images, images from tracker hosts) along with every other picture.
DROPPED_TAGS = frozenset(
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
        "form", "input", "button", "select", "option", "textarea", "label", "noscript",
        "template", "svg", "math", "canvas", "audio", "video", "source", "track", "img",
        "picture", "map", "link", "meta", "base", "head", "title",
    }
)  # fmt: skip
# Not allowed but their text is kept; a space on each side keeps words of adjacent blocks apart.
BLOCK_TAGS = frozenset(
    {
        "div", "section", "article", "header", "footer", "aside", "nav", "main", "figure",
        "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "dl",
        "dt", "dd", "pre", "address", "hr", "center", "h1", "h2", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# Links to these hosts only count clicks or share the item ("flare" links): their text is kept.
TRACKER_HOSTS = frozenset(
    {
        "feeds.feedburner.com", "feedproxy.google.com", "pixel.wp.com", "stats.wordpress.com",
        "www.google-analytics.com", "google-analytics.com", "ad.doubleclick.net",
        "stats.g.doubleclick.net", "pixel.quantserve.com", "sb.scorecardresearch.com",
        "www.facebook.com/tr", "bat.bing.com",
    }
)  # fmt: skip


def clean_summary(html: str, base_url: str) -> str:
    """A partner's summary reduced to the allow-list: no scripts, styles, frames, forms, images
    (so no tracking pixels), event handlers or inline styles; links http/https/mailto only, made
    absolute against base_url (the item's link). The result is safe to render as HTML."""
    soup = BeautifulSoup(html or "", "html.parser")
    for node in soup.find_all(
        string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))
    ):
        node.extract()
    for tag in soup.find_all(True):  # a list made up front: unwrapping keeps later tags in it
        if tag.decomposed:
            continue
        name = tag.name.lower()
        if name in DROPPED_TAGS:
            tag.decompose()
        elif name not in ALLOWED_TAGS:
            if name in BLOCK_TAGS:
                tag.insert_before(" ")
                tag.insert_after(" ")
            tag.unwrap()
        elif name == "a":
            href = safe_link(tag.get("href"), base_url)
            tag.attrs = {"href": href} if href else {}
            if not href:
                tag.unwrap()
        else:
            tag.attrs = {}
    # Elements left empty (a paragraph that only held an image) are noise; children go first.
    for tag in reversed(soup.find_all(True)):
        if tag.name != "br" and not tag.get_text(strip=True):
            tag.decompose()
    return re.sub(r"\s{2,}", " ", str(soup)).strip()


def safe_link(href: str | None, base_url: str, *, trackers: bool = False) -> str | None:
    """An absolute http/https/mailto URL for href (relative ones resolved against base_url), or
    None for anything else (javascript:, data:, and tracker hosts unless trackers=True)."""
    href = (href or "").strip()
    if not href:
        return None
    url = urljoin(base_url, href)
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return None
    if scheme != "mailto":
        host = (parts.hostname or "").lower()
        if not host:
            return None
        if not trackers and (host in TRACKER_HOSTS or f"{host}{parts.path}" in TRACKER_HOSTS):
            return None
    return url if len(url) <= LINK_MAX else None


def plain_text(value: str, is_html: bool) -> str:
    """One line of text (a title): tags dropped if it is HTML, whitespace collapsed."""
    if is_html:
        value = BeautifulSoup(value, "html.parser").get_text(" ")
    return " ".join(value.split())


def _summary_html(entry: feedparser.FeedParserDict, base_url: str) -> str:
    detail = entry.get("summary_detail") or (entry.get("content") or [None])[0]
    if not detail or not detail.get("value"):
        return ""
    value = detail["value"]
    if detail.get("type") == "text/plain":  # Atom type="text": characters, not markup
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", value) if p.strip()]
        value = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return clean_summary(value, base_url)


# --- fetching ----------------------------------------------------------------------------------


class FeedError(Exception):
    """Why a feed could not be read, in words for the feed's page in the admin."""


@dataclass
class Download:
    """What the partner's server answered: 200 with a body, or 304 (not modified)."""

    url: str  # after redirects: the base for relative links
    status: int
    body: bytes
    headers: dict[str, str]  # lower-case names


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most MAX_REDIRECTS redirects, and only to http/https (a loop ends here)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        count = getattr(req, "redirect_count", 0) + 1
        if count > MAX_REDIRECTS:
            fp.close()
            raise FeedError(
                _("More than %(max)d redirects (a redirect loop?); the last one went to %(url)s.")
                % {"max": MAX_REDIRECTS, "url": newurl}
            )
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            fp.close()
            raise FeedError(
                _("Redirected to %(url)s, which is not a web address.") % {"url": newurl}
            )
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.redirect_count = count
        return new


def _headers(message: Message) -> dict[str, str]:
    return {name.lower(): value for name, value in message.items()}


def _timed_out() -> FeedError:
    seconds = f"{settings.PARTNER_FEED_TIMEOUT:g}"
    return FeedError(_("No answer within %(seconds)s seconds (timed out).") % {"seconds": seconds})


def _too_big() -> FeedError:
    return FeedError(
        _("The feed is larger than %(bytes)s bytes; it was not read to the end.")
        % {"bytes": settings.PARTNER_FEED_MAX_BYTES}
    )


def download(feed: PartnerFeed) -> Download:
    """GET the feed with a timeout, a size limit, a polite User-Agent and conditional headers."""
    if urlsplit(feed.url).scheme.lower() not in ("http", "https"):
        raise FeedError(_("The feed address must start with http:// or https://."))
    headers = {
        "User-Agent": settings.PARTNER_FEED_USER_AGENT,
        "Accept": ACCEPT,
        "Accept-Encoding": "gzip",
    }
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    opener = urllib.request.build_opener(_LimitedRedirects)
    timeout = settings.PARTNER_FEED_TIMEOUT
    deadline = time.monotonic() + timeout * TOTAL_TIME_FACTOR
    try:
        response = opener.open(urllib.request.Request(feed.url, headers=headers), timeout=timeout)
    except urllib.error.HTTPError as error:
        error.close()
        if error.code == 304:
            return Download(feed.url, 304, b"", _headers(error.headers))
        if 300 <= error.code < 400:
            raise FeedError(
                _("The server answered %(code)s without a usable redirect.") % {"code": error.code}
            ) from error
        raise FeedError(
            _("The server answered %(code)s %(reason)s.")
            % {"code": error.code, "reason": http.client.responses.get(error.code, "")}
        ) from error
    except TimeoutError as error:
        raise _timed_out() from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise _timed_out() from error
        raise FeedError(_("Could not connect: %(reason)s.") % {"reason": error.reason}) from error
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise FeedError(_("Could not connect: %(reason)s.") % {"reason": error}) from error
    with response:
        response_headers = _headers(response.headers)
        try:
            body = _read_limited(response, response_headers, deadline)
        except TimeoutError as error:
            raise _timed_out() from error
        except (http.client.HTTPException, OSError) as error:
            raise FeedError(
                _("The connection broke while reading: %(reason)s.") % {"reason": error}
            ) from error
    return Download(response.geturl(), response.status, body, response_headers)


def _read_limited(response, headers: dict[str, str], deadline: float) -> bytes:
    """The body, read in chunks and (if gzip'd) decompressed, stopping once it passes the limit."""
    limit = settings.PARTNER_FEED_MAX_BYTES
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_big()
    gzipped = headers.get("content-encoding", "").lower() in ("gzip", "x-gzip", "deflate")
    decompressor = zlib.decompressobj(wbits=47) if gzipped else None  # 47: gzip or zlib header
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _timed_out()
        chunk = response.read1(CHUNK_SIZE)
        if not chunk:
            break
        if decompressor is not None:
            try:
                chunk = decompressor.decompress(chunk, limit + 1 - size)
            except zlib.error as error:
                raise FeedError(_("The compressed feed is damaged.")) from error
        size += len(chunk)
        if size > limit:
            raise _too_big()
        chunks.append(chunk)
    if decompressor is not None:
        chunks.append(decompressor.flush())
        if decompressor.unconsumed_tail or size + len(chunks[-1]) > limit:
            raise _too_big()
    return b"".join(chunks)


# --- parsing -----------------------------------------------------------------------------------


@dataclass
class ParsedFeed:
    """feedparser's result, plus a warning worth showing staff when the feed was only partly right."""

    data: feedparser.FeedParserDict
    warning: str = ""


XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
ENCODING_PROBLEMS = (feedparser.CharacterEncodingOverride, feedparser.CharacterEncodingUnknown)


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def declared_encoding(body: bytes, headers: dict[str, str]) -> str:
    """The encoding the partner claims: the HTTP charset, else the XML declaration, else UTF-8."""
    match = CHARSET.search(headers.get("content-type", ""))
    if match:
        return match.group(1)
    match = XML_ENCODING.match(body[:200])
    return match.group(1).decode("ascii") if match else "UTF-8"


def _feedparser(body: bytes, headers: dict[str, str]) -> feedparser.FeedParserDict:
    # BytesIO: feedparser reads a bare string as a URL or a file name. Its own sanitizer and link
    # resolver are off: clean_summary does both, one allow-list for every feed.
    return feedparser.parse(
        io.BytesIO(body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )


def _with_charset(headers: dict[str, str], encoding: str) -> dict[str, str]:
    """Headers that make feedparser decode as `encoding` (an HTTP charset beats the XML one)."""
    return {**headers, "content-type": f"application/xml; charset={encoding}"}


def _describe(error: Exception | None) -> str:
    if error is None:
        return ""
    line = getattr(error, "getLineNumber", None)
    where = _(" (line %(line)s)") % {"line": line()} if callable(line) else ""
    return f"{error.getMessage() if hasattr(error, 'getMessage') else error}{where}"


def _looks_like_html(body: bytes, headers: dict[str, str]) -> bool:
    start = body[:500].lstrip().lower()
    return "html" in headers.get("content-type", "").lower() or start.startswith(
        (b"<!doctype html", b"<html")
    )


def parse(download: Download) -> ParsedFeed:
    """Parse the downloaded bytes with feedparser, honouring the declared encoding and, when it is
    wrong, reading the text as what it is: UTF-8 if it is valid UTF-8, else windows-1251 (the
    encoding of older Bulgarian sites). Raises FeedError when nothing usable came out."""
    body = download.body
    if not body.strip():
        raise FeedError(_("The server sent an empty answer instead of a feed."))
    # The body is already decompressed and complete: only what describes the content goes on.
    headers = {
        name: value
        for name, value in download.headers.items()
        if name not in ("content-encoding", "content-length", "transfer-encoding")
    }
    headers["content-location"] = download.url  # the base feedparser resolves item links with
    data = _feedparser(body, headers)
    warning = ""
    declared = declared_encoding(body, download.headers)
    used = _codec(data.get("encoding") or "utf-8")
    actual = "utf-8" if _decodes(body, "utf-8") else "cp1251"
    non_ascii = any(byte > 0x7F for byte in body)
    encoding_problem = isinstance(data.get("bozo_exception"), ENCODING_PROBLEMS)
    if actual == "utf-8":
        # Valid UTF-8 with non-ASCII bytes is UTF-8, whatever the header or declaration says.
        misread = non_ascii and used != "utf-8"
    else:
        # Only when feedparser could not decode as declared: a correctly declared ISO-8859-x or
        # windows-125x feed is left alone.
        misread = encoding_problem and used != actual
    if misread:
        if not _decodes(body, actual):
            raise FeedError(
                _(
                    "The feed declares the encoding %(declared)s, but its text is neither that, "
                    "UTF-8 nor windows-1251."
                )
                % {"declared": declared}
            )
        data = _feedparser(body, _with_charset(headers, actual))
    if non_ascii and (misread or encoding_problem) and _codec(declared) != actual:
        warning = _(
            "The feed declares the encoding %(declared)s but is written in %(actual)s; it was "
            "read as %(actual)s."
        ) % {"declared": declared, "actual": "UTF-8" if actual == "utf-8" else "windows-1251"}
    error = data.get("bozo_exception") if data.get("bozo") else None
    if isinstance(error, ENCODING_PROBLEMS):
        error = None  # handled above; e.g. text/xml without a charset, where the text is right
    if not data.entries:
        if isinstance(error, feedparser.NonXMLContentType) or (
            not data.get("version") and _looks_like_html(body, download.headers)
        ):
            raise FeedError(
                _("The address answers with a web page (%(type)s), not an RSS or Atom feed.")
                % {"type": download.headers.get("content-type", "?")}
            )
        if error is not None:
            raise FeedError(
                _("The feed is not well-formed XML: %(error)s.") % {"error": _describe(error)}
            )
        if not data.get("version"):
            raise FeedError(_("The answer is not an RSS or Atom feed."))
    elif error is not None:
        problem = _(
            "The feed has errors (%(error)s); the %(count)d items that could be read were stored."
        ) % {"error": _describe(error), "count": len(data.entries)}
        warning = f"{warning} {problem}".strip()
    return ParsedFeed(data, warning)


# --- storing -----------------------------------------------------------------------------------


@dataclass
class EntryFields:
    guid: str
    link: str
    title: str
    summary: str
    published_at: datetime.datetime | None
    has_guid: bool


def _entry_date(entry: feedparser.FeedParserDict) -> datetime.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.datetime(*parsed[:6], tzinfo=datetime.UTC)
            except (TypeError, ValueError):
                continue
    return None


def entry_fields(entry: feedparser.FeedParserDict, base_url: str) -> EntryFields | None:
    """What we store of one entry, or None when it has no web link to send readers to."""
    # FeedBurner-style feeds link items through a counter and keep the real address aside.
    href = entry.get("feedburner_origlink") or entry.get("link")
    link = safe_link(href, base_url, trackers=True)
    if link is None or urlsplit(link).scheme == "mailto":
        return None
    guid = (entry.get("id") or "").strip()
    has_guid = bool(guid)
    guid = guid or link
    if len(guid) > GUID_MAX:
        guid = guid[:GUID_MAX]
    summary = _summary_html(entry, link)
    title_detail = entry.get("title_detail") or {}
    title = plain_text(entry.get("title") or "", title_detail.get("type") == "text/html")
    if not title:  # some feeds only have descriptions: a title is needed to link the item
        title = " ".join(plain_text(summary, True).split()[:12]) or link
    if len(title) > TITLE_MAX:
        title = title[: TITLE_MAX - 1].rstrip() + "…"
    return EntryFields(guid, link, title, summary, _entry_date(entry), has_guid)


def store_items(
    feed: PartnerFeed, entries: Iterable[feedparser.FeedParserDict], base_url: str
) -> tuple[int, int]:
    """Create new items and update changed ones; (new, updated). An entry is the same item as a
    stored one with its GUID, else (GUID changed or missing) with its link."""
    now = timezone.now()
    fields: list[EntryFields] = []
    seen: set[str] = set()
    for entry in entries:
        item = entry_fields(entry, base_url)
        if item is None or item.guid in seen or item.link in seen:
            continue
        seen.update((item.guid, item.link))
        fields.append(item)
    if not fields:
        return 0, 0
    stored = list(
        feed.items.filter(
            Q(guid__in=[f.guid for f in fields]) | Q(link__in=[f.link for f in fields])
        )
    )
    by_guid = {item.guid: item for item in stored}
    by_link = {item.link: item for item in stored}
    new = updated = 0
    for entry in fields:
        existing = by_guid.get(entry.guid) or by_link.get(entry.link)
        if existing is None:
            PartnerNewsItem.objects.create(
                feed=feed,
                guid=entry.guid,
                link=entry.link,
                title=entry.title,
                summary=entry.summary,
                # A date in the future would pin the item to the top of the list.
                published_at=min(entry.published_at or now, now),
            )
            new += 1
            continue
        changed = [
            name
            for name in ("title", "summary", "link")
            if getattr(existing, name) != getattr(entry, name)
        ]
        dated = entry.published_at is not None and entry.published_at <= now
        if dated and existing.published_at != entry.published_at:
            changed.append("published_at")
        if changed:
            for name in changed:
                setattr(existing, name, getattr(entry, name))
            existing.save(update_fields=[*changed, "fetched_at"])
            updated += 1
    return new, updated


# --- one feed, all feeds -----------------------------------------------------------------------


@dataclass
class FeedResult:
    """How fetching one feed went, as the command prints it."""

    feed: PartnerFeed
    status: str  # PartnerFeed.Status
    new: int = 0
    updated: int = 0
    message: str = ""  # the error, or a warning about an OK fetch

    @property
    def failed(self) -> bool:
        return self.status == PartnerFeed.Status.ERROR


STATE_FIELDS = [
    "etag",
    "last_modified",
    "last_fetched_at",
    "last_success_at",
    "last_status",
    "last_error",
    "last_new_items",
]


def _record(feed: PartnerFeed, result: FeedResult, when: datetime.datetime) -> FeedResult:
    feed.last_fetched_at = when
    feed.last_status = result.status
    feed.last_error = result.message
    feed.last_new_items = result.new
    if not result.failed:
        feed.last_success_at = when
    feed.save(update_fields=STATE_FIELDS)  # never overwrite what an editor changed meanwhile
    return result


def fetch_feed(feed: PartnerFeed) -> FeedResult:
    """Fetch, parse and store one feed; whatever goes wrong is recorded on the feed, not raised."""
    started = timezone.now()
    validators = feed.etag, feed.last_modified
    try:
        answer = download(feed)
        if answer.status == 304:
            if answer.headers.get("etag"):
                feed.etag = answer.headers["etag"][:500]
            return _record(feed, FeedResult(feed, PartnerFeed.Status.NOT_MODIFIED), started)
        parsed = parse(answer)
        with transaction.atomic():
            new, updated = store_items(feed, parsed.data.entries, answer.url)
            # Only a feed that was read is remembered for conditional GET: a broken answer must
            # not be answered with 304 until it changes.
            feed.etag = answer.headers.get("etag", "")[:500]
            feed.last_modified = answer.headers.get("last-modified", "")[:100]
            result = FeedResult(feed, PartnerFeed.Status.OK, new, updated, parsed.warning)
            return _record(feed, result, started)
    except FeedError as error:
        message = str(error)
    except Exception as error:  # one feed's bug must not stop the others
        logger.exception("Fetching partner feed %s (%s) failed", feed.pk, feed.url)
        message = _("Unexpected error: %(error)s") % {"error": f"{type(error).__name__}: {error}"}
    logger.warning("Partner feed %s (%s): %s", feed.pk, feed.url, message)
    feed.etag, feed.last_modified = validators
    return _record(feed, FeedResult(feed, PartnerFeed.Status.ERROR, message=message), started)


def fetch_all(feeds: Iterable[PartnerFeed] | None = None) -> list[FeedResult]:
    """Fetch every active feed (or the given ones), one after the other; one result per feed."""
    if feeds is None:
        feeds = PartnerFeed.objects.filter(active=True).order_by("name", "pk")
    return [fetch_feed(feed) for feed in feeds]
