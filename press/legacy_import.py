"""The old WordPress-style website's news brought into the newsroom (`import_legacy_site`).

A run goes in four steps, so that bad input never stops it and a second run changes nothing:

1. read: every HTML file under PATH is decoded (UTF-8, else windows-1251) and parsed with
   BeautifulSoup's "html.parser"; what is never content goes first (scripts, styles, frames,
   forms, tracking pixels, share buttons, "Leave a comment", the site's header, menus, sidebar and
   footer);
2. items: each news item is cut out of its page (`<article>` posts; on a WordPress *page* or a page
   without post markup, a heading and what follows it), and gets a language (script and words), a
   date (from the post's `<time>`, its date line or the text), a lead, and a body of StreamField
   blocks (paragraph rich text keeps only <p>, <b>, <i>, <a>, <ul>, <ol>, <br>; sub-headings,
   images and quotes become their own blocks). Bare "HERE"/"ТУК" links get meaningful text, and
   images are read from a file next to the page or fetched from an allowed address only;
3. match: a Bulgarian and an English item with the same link targets (or the same date and the same
   image) are one story: the English page is made with `copy_for_translation` of the Bulgarian one;
4. write: one transaction (a savepoint per item, so one bad item fails alone); each item is found
   again by its LegacyItem.source_key, and only an item whose content hash changed gets a new
   revision. A dry run does all of it and rolls back.
"""

from __future__ import annotations

import datetime
import hashlib
import html
import io
import json
import logging
import re
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
from bs4.element import Declaration, PageElement, ProcessingInstruction
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from mediacenter.demo.indexing import deferred_indexing
from press.models import LegacyImportRun, LegacyItem, PressIndexPage, PressReleasePage
from search.transliteration import to_latin

logger = logging.getLogger(__name__)

SOURCE, TARGET = "bg", "en"
LANGUAGES = (SOURCE, TARGET)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ENCODINGS = ("utf-8", "windows-1251")
LEAD_MAX = 300
TITLE_MAX = 255
SLUG_MAX = 80
LINK_LABEL_MAX = 60
SOURCE_KEY_MAX = 1000
URL_MAX = 1000
IMAGE_TIMEOUT = getattr(settings, "LEGACY_IMPORT_IMAGE_TIMEOUT", 15)
IMAGE_MAX_BYTES = getattr(settings, "LEGACY_IMPORT_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "WEBP": "webp"}
HASH_VERSION = 1  # bump when the normalisation changes, so every item is rewritten once

# What a link's text becomes when it only said "Read more": content in the item's own language
# (not interface text: it is stored in the page, whatever language the importer runs in).
READ_MORE_TEXT = {"bg": "Прочетете повече: {title}", "en": "Read more: {title}"}

# --- what is never content ------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """A set written as one string of words, to keep long lists of names short."""
    return frozenset(text.split())


DROPPED_TAGS = _words(
    "script style noscript template link meta svg canvas form input button select textarea "
    "label map area"
)
# Dropped with a warning: an editor may want to add a video block instead.
EMBED_TAGS = _words("iframe frame frameset object embed video audio")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
INLINE_TAGS = _words(
    "a abbr b big cite code del dfn em font i ins kbd mark q s samp small span strike strong "
    "sub sup time tt u var br img wbr"
)
BLOCK_TAGS = _words(
    "address article aside blockquote center dd details div dl dt figcaption figure footer "
    "header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul"
) | set(HEADINGS)
# Class and id beginnings of the site's chrome and WordPress/Jetpack boilerplate.
NOISE_CLASS_PREFIXES = tuple(
    _words(
        "sharedaddy sd- share sharing social jp-relatedposts jetpack addtoany a2a comment "
        "post-navigation nav-links navigation main-navigation wp-block-social screen-reader-text "
        "widget sidebar site-header site-footer site-branding menu breadcrumb cookie search "
        "skip-link author-bio related-posts yarpp more-link edit-link"
    )
)
NOISE_ID_PREFIXES = tuple(
    _words(
        "sidebar secondary masthead colophon comment respond site-navigation footer header nav "
        "menu cookie jp- wpadminbar share"
    )
)
# An element whose whole text is one of these is boilerplate (compared lower-case, no punctuation).
BOILERPLATE_TEXTS = frozenset(
    [
        *("leave a comment", "leave a reply", "comments", "no comments", "share this", "share"),
        *("like this", "like loading", "related", "related posts", "edit"),
        *("оставете коментар", "оставете отговор", "коментари", "няма коментари", "сподели"),
        *("сподели това", "споделете", "харесване", "зареждане", "подобни"),
        *("подобни публикации", "редактиране"),
    ]
)
# Item metadata: read for the date, then left out of the body.
DATE_CLASSES = _words("posted-on entry-date post-date meta-date date published")
META_CLASSES = DATE_CLASSES | _words(
    "entry-meta post-meta entry-footer byline cat-links tags-links updated"
)
TRACKER_HOSTS = _words(
    "pixel.wp.com stats.wp.com google-analytics.com www.google-analytics.com "
    "ssl.google-analytics.com googletagmanager.com www.googletagmanager.com "
    "stats.g.doubleclick.net ad.doubleclick.net bat.bing.com px.ads.linkedin.com "
    "analytics.twitter.com sb.scorecardresearch.com b.scorecardresearch.com "
    "pixel.quantserve.com mc.yandex.ru counter.yadro.ru"
)
TRACKER_PATHS = (("facebook.com", "/tr"), ("t.co", "/i/adsct"))

# Link texts that say nothing about where the link goes: the link gets its address as text.
POINTER_WORDS = frozenset(
    [
        *("here", "click here", "link", "this link"),
        *("тук", "натиснете тук", "кликнете тук", "виж тук", "вижте тук", "линк", "този линк"),
    ]
)
# Link texts that only say "there is more": the link says what it is more of (READ_MORE_TEXT).
READ_MORE_PHRASES = frozenset(
    [
        *("read more", "read more here", "more", "more here", "more info", "more info here"),
        *("more information", "more information here", "learn more", "find out more"),
        *("continue reading", "full article"),
        *("прочетете повече", "прочети повече", "прочетете повече тук", "повече", "още"),
        *("повече тук", "повече информация", "повече информация тук", "виж повече"),
        *("вижте повече", "прочетете още", "цялата статия"),
    ]
)
BULLETS = "·•●▪◦‣∙○■□➢➤✓✔"  # not dashes: Bulgarian text starts quoted speech with "–"
_BULLET_START = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s+")
_SPACES = re.compile(r"[\s\u200b\u200c\u200d\ufeff]+")
_PUNCTUATION = re.compile(r"[!.:,;»«\"'„“”()\[\]→…>–—-]+")
_TAGS = re.compile(r"<[^>]+>")

# --- language ---------------------------------------------------------------------------------

BG_WORDS = _words(
    "и на за се от в с да е са по които който която което че като ще към при до бе бяха беше "
    "това тази този или във със но още след между им му ги така също"
)
EN_WORDS = _words(
    "the and of to in for with is are on was were by at from that this will an as be has have "
    "which its their our we it more also"
)


def detect_language(text: str, hint: str | None = None) -> str | None:
    """The language of a text, "bg" or "en", from its script first (the old site mixes both
    languages on one page, so the page's lang attribute only breaks a tie), then common words."""
    cyrillic = sum(1 for char in text if "\u0400" <= char <= "\u04ff")
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    if not cyrillic + latin:
        return None
    share = cyrillic / (cyrillic + latin)
    if share >= 0.6:
        return "bg"
    if share <= 0.2:
        return "en"
    words = re.findall(r"\w+", text.lower())
    bg = sum(1 for word in words if word in BG_WORDS)
    en = sum(1 for word in words if word in EN_WORDS)
    if bg != en:
        return "bg" if bg > en else "en"
    hint = (hint or "").lower()[:2]
    if hint in LANGUAGES:
        return hint
    return "bg" if share >= 0.5 else "en"


# --- dates ------------------------------------------------------------------------------------

MONTHS = {  # the first three letters of a month's name (Bulgarian and English)
    **dict.fromkeys(("яну", "jan"), 1),
    **dict.fromkeys(("фев", "feb"), 2),
    **dict.fromkeys(("мар", "mar"), 3),
    **dict.fromkeys(("апр", "apr"), 4),
    **dict.fromkeys(("май", "may"), 5),
    **dict.fromkeys(("юни", "jun"), 6),
    **dict.fromkeys(("юли", "jul"), 7),
    **dict.fromkeys(("авг", "aug"), 8),
    **dict.fromkeys(("сеп", "sep"), 9),
    **dict.fromkeys(("окт", "oct"), 10),
    **dict.fromkeys(("ное", "nov"), 11),
    **dict.fromkeys(("дек", "dec"), 12),
}
_MONTH = (
    r"(?:януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември"
    r"|яну|фев|апр|авг|септ|сеп|окт|ное|дек"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_DAY = r"\d{1,2}(?!\d)(?:st|nd|rd|th)?"
_RANGE = rf"(?:\s*[-–—/]\s*{_DAY}|\s+(?:и|до|and|to)\s+{_DAY})?"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
DATE_PATTERNS = [
    # 28 септември 2023, 28-29 септември 2023 г., 20 и 21 юни 2024, 30 September – 1 October 2023
    re.compile(
        rf"\b(?P<d>{_DAY}){_RANGE}\.?\s+(?:of\s+)?(?P<m>{_MONTH})\b\.?"
        rf"(?:\s*[-–—]\s*{_DAY}\s+{_MONTH}\b\.?)?(?:,?\s+(?P<y>{_YEAR}))?",
        re.IGNORECASE,
    ),
    # September 28, 2023; September 28-29, 2023; June 15-17
    re.compile(
        rf"\b(?P<m>{_MONTH})\b\.?\s+(?P<d>{_DAY}){_RANGE}(?:,?\s+(?P<y>{_YEAR}))?",
        re.IGNORECASE,
    ),
    # 29.09.2023, 10-11.07.2024, 28-29.9.2020, 27-28.06 2024, 29/09/2023
    re.compile(
        r"\b(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2})?[./](?P<m>\d{1,2})[./\s]\s*(?P<y>(?:19|20)\d{2})(?!\d)"
    ),
    # 2023-09-29
    re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
]


@dataclass
class DateMention:
    """A date the text gives: `date` is None when it has no year (it cannot be used)."""

    text: str
    start: int
    date: datetime.date | None


def find_dates(text: str) -> list[DateMention]:
    """Every date mentioned in text, in reading order; a range ("28-29 септември") gives its
    first day. Mentions that are not a real day (31.02.2024) are left out."""
    matches = []
    for pattern in DATE_PATTERNS:
        matches.extend(pattern.finditer(text))
    matches.sort(key=lambda m: (m.start(), -(m.end() - m.start())))
    mentions: list[DateMention] = []
    taken_until = -1
    for match in matches:
        if match.start() < taken_until:
            continue
        day = int(re.match(r"\d+", match["d"]).group())
        month_text = match["m"]
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower()[:3])
        year = int(match["y"]) if match["y"] else None
        if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        value = None
        if year is not None:
            try:
                value = datetime.date(year, month, day)
            except ValueError:
                continue
        elif day > {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}.get(month, 31):
            continue
        said = " ".join(match.group().split()).rstrip(".,")
        mentions.append(DateMention(said, match.start(), value))
        taken_until = match.end()
    return mentions


def parse_machine_date(value: str) -> datetime.date | None:
    """The day of a `<time datetime="2023-09-20T11:00:00+03:00">` value, if it is one."""
    try:
        return datetime.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def pick_date(
    machine_dates: Iterable[str], meta_texts: Iterable[str], text: str
) -> tuple[datetime.date | None, list[str]]:
    """The item's date and what the editor should know about it. The post's own `<time>` wins,
    then its date line, then the first full date in the title and text; a date without a year
    cannot be placed, so it is skipped and reported."""
    for value in machine_dates:
        day = parse_machine_date(value)
        if day is not None:
            return day, []
    warnings: list[str] = []
    for source in [*meta_texts, text]:
        for mention in find_dates(source):
            if mention.date is not None:
                return mention.date, warnings
            warnings.append(_("date without a year skipped: “%(date)s”") % {"date": mention.text})
    return None, warnings


# --- small text helpers -----------------------------------------------------------------------


def squash(text: str) -> str:
    """Whitespace (non-breaking and zero-width spaces too) collapsed to single spaces."""
    return _SPACES.sub(" ", text or "")


def plain(markup: str) -> str:
    """The text of a fragment of our own clean HTML."""
    return squash(html.unescape(_TAGS.sub(" ", markup))).strip()


def phrase(text: str) -> str:
    """Link or boilerplate text reduced for comparison: lower case, no punctuation."""
    return " ".join(_PUNCTUATION.sub(" ", text.lower()).split())


def latin_slug(text: str, fallback: str = "item") -> str:
    """A Latin slug in any script: Bulgarian is transliterated first (Page URLs stay ASCII)."""
    return slugify(to_latin(text))[:SLUG_MAX].strip("-") or fallback


def shorten(text: str, limit: int = LEAD_MAX) -> str:
    """text cut to at most `limit` characters, at a sentence end if one is near, else a word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    sentence_end = max(cut.rfind(mark) for mark in (". ", "! ", "? "))
    if sentence_end >= limit // 3:
        return cut[: sentence_end + 1]
    return cut.rsplit(" ", 1)[0].rstrip(",;:") + "…"


def link_label(href: str) -> str:
    """Readable text for a link: the host and path of where it goes ("bnr.bg/starazagora/…")."""
    parts = urlsplit(href)
    if parts.scheme == "mailto":
        return parts.path
    host = (parts.hostname or "").removeprefix("www.")
    label = host + unquote(parts.path).rstrip("/")
    if len(label) > LINK_LABEL_MAX:
        label = label[: LINK_LABEL_MAX - 1] + "…"
    return label


def link_target(href: str) -> str:
    """A link reduced for comparing two items: no scheme, "www.", fragment or trailing slash."""
    parts = urlsplit(href)
    host = (parts.hostname or "").removeprefix("www.")
    target = host + parts.path.rstrip("/")
    return f"{target}?{parts.query}" if parts.query else target


def classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return value.split() if isinstance(value, str) else list(value)


def has_class(tag: Tag, names: Iterable[str]) -> bool:
    wanted = set(names)
    return any(name in wanted for name in classes(tag))


def is_tracker_url(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if host in TRACKER_HOSTS:
        return True
    return any(
        (host == suffix or host.endswith("." + suffix)) and parts.path.startswith(path)
        for suffix, path in TRACKER_PATHS
    )


def is_tracking_pixel(img: Tag) -> bool:
    """A 1×1 (or hidden) image, or one served by a known tracker: it counts views, shows nothing."""
    if is_tracker_url(img.get("src") or ""):
        return True
    sizes = [img.get("width"), img.get("height")]
    style = (img.get("style") or "").replace(" ", "").lower()
    sizes += re.findall(r"(?:width|height):(\d+)px", style)
    tiny = [s for s in sizes if s is not None and str(s).strip().isdigit() and int(s) <= 1]
    return bool(tiny) or "display:none" in style


def is_noise(tag: Tag) -> bool:
    """The site's chrome (menus, sidebar, header, footer) and share/comment boilerplate."""
    tokens = [name.lower() for name in classes(tag)]
    if any(token.startswith(NOISE_CLASS_PREFIXES) for token in tokens):
        return True
    ident = (tag.get("id") or "").lower()
    return bool(ident) and ident.startswith(NOISE_ID_PREFIXES)


# --- reading files ----------------------------------------------------------------------------


class LegacyFileError(Exception):
    """A file that cannot be imported at all, with the reason in words."""


def decode(data: bytes) -> tuple[str, str]:
    """The text of a saved page and the encoding that read it: UTF-8 first (the old site's
    default), then windows-1251 (Bulgarian pages saved by older tools)."""
    if b"\x00" in data[:4096]:
        raise LegacyFileError(_("it is a binary file, not an HTML page"))
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text.removeprefix("\ufeff"), encoding
    raise LegacyFileError(_("it is neither UTF-8 nor windows-1251 text"))


def html_files(path: Path) -> tuple[Path, list[Path]]:
    """The folder that source keys and local images are relative to, and the pages to read."""
    if path.is_dir():
        files = sorted(
            (p for p in path.rglob("*") if p.suffix.lower() in HTML_SUFFIXES),
            key=lambda p: p.relative_to(path).as_posix(),
        )
        return path, files
    return path.parent, [path]


# --- images -----------------------------------------------------------------------------------


@dataclass
class ImageRef:
    """An image read or fetched for an item, not yet stored."""

    origin: str  # the relative file path or the URL, for the report
    data: bytes
    filename: str
    alt: str = ""

    @property
    def sha1(self) -> str:  # Wagtail's Image.file_hash: finds an image stored by an earlier run
        return hashlib.sha1(self.data).hexdigest()  # not for security

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def title(self) -> str:
        return (self.alt or Path(self.filename).stem.replace("-", " "))[:TITLE_MAX]


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to an address that is itself allowed."""

    def __init__(self, allowed):
        super().__init__()
        self.allowed = allowed

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not self.allowed(newurl):
            raise urllib.error.URLError(
                _("redirected to %(url)s, which is not allowed") % {"url": newurl}
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def normalise_prefix(prefix: str) -> str:
    """A prefix that ends at a host boundary: "https://host" allows "https://host/…", not
    "https://host.example.net/…"."""
    prefix = prefix.strip()
    parts = urlsplit(prefix)
    if parts.scheme and parts.netloc and not parts.path:
        prefix += "/"
    return prefix


class ImageSource:
    """Reads an item's images: a file next to the page (inside the imported folder), or a URL
    that starts with an allowed prefix. Nothing else is fetched; each image is read once."""

    def __init__(self, root: Path, allowed_prefixes: Iterable[str]):
        self.root = root.resolve()
        self.prefixes = [normalise_prefix(p) for p in allowed_prefixes if p and p.strip()]
        self._cache: dict[str, tuple[ImageRef | None, str | None]] = {}

    def allowed(self, url: str) -> bool:
        return any(url.startswith(prefix) for prefix in self.prefixes)

    def get(
        self, src: str, page_file: Path, base_url: str | None, alt: str = ""
    ) -> tuple[ImageRef | None, str | None]:
        """(the image, None) or (None, why it was dropped)."""
        src = (src or "").strip()
        if not src:
            return None, _("an image without an address was dropped")
        if src.startswith("data:"):
            return None, _("an image embedded in the page (data: address) was dropped")
        parts = urlsplit(src)
        if src.startswith("//"):
            src, parts = "https:" + src, urlsplit("https:" + src)
        if parts.scheme in ("http", "https"):
            return self._remote(src, alt)
        if parts.scheme:
            return None, _("image not imported: unsupported address %(src)s") % {"src": src}
        local = (page_file.parent / unquote(parts.path)).resolve()
        if local.is_relative_to(self.root) and local.is_file():
            return self._local(local, alt)
        if base_url:
            return self._remote(urljoin(base_url, src), alt)
        return None, _("image not found next to the page: %(src)s") % {"src": src}

    def _local(self, path: Path, alt: str) -> tuple[ImageRef | None, str | None]:
        origin = path.relative_to(self.root).as_posix()
        if origin not in self._cache:
            try:
                if path.stat().st_size > IMAGE_MAX_BYTES:
                    raise LegacyFileError(_("the file is too large"))
                data = path.read_bytes()
            except (OSError, LegacyFileError) as error:
                self._cache[origin] = (
                    None,
                    _("image %(src)s could not be read: %(error)s")
                    % {"src": origin, "error": error},
                )
            else:
                self._cache[origin] = self._checked(origin, data, path.name)
        return self._with_alt(origin, alt)

    def _remote(self, url: str, alt: str) -> tuple[ImageRef | None, str | None]:
        if not self.allowed(url):
            return None, _(
                "image not fetched (its address is not an allowed prefix; see "
                "--allow-images-from): %(url)s"
            ) % {"url": url}
        if url not in self._cache:
            self._cache[url] = self._fetch(url)
        return self._with_alt(url, alt)

    def _with_alt(self, origin: str, alt: str) -> tuple[ImageRef | None, str | None]:
        ref, problem = self._cache[origin]
        if ref is None:
            return None, problem
        return ImageRef(ref.origin, ref.data, ref.filename, squash(alt).strip()), None

    def _fetch(self, url: str) -> tuple[ImageRef | None, str | None]:
        opener = urllib.request.build_opener(_CheckedRedirects(self.allowed))
        user_agent = getattr(settings, "PARTNER_FEED_USER_AGENT", "BioclusterMediaCenter/1.0")
        request = urllib.request.Request(url, headers={"User-Agent": user_agent})
        try:
            with opener.open(request, timeout=IMAGE_TIMEOUT) as response:
                data = response.read(IMAGE_MAX_BYTES + 1)
        except urllib.error.HTTPError as error:
            error.close()
            reason = f"{error.code} {error.reason}"
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = str(getattr(error, "reason", error))
        else:
            if len(data) > IMAGE_MAX_BYTES:
                reason = _("larger than %(bytes)s bytes") % {"bytes": IMAGE_MAX_BYTES}
            else:
                name = Path(unquote(urlsplit(url).path)).name or "image"
                return self._checked(url, data, name)
        return None, _("image %(url)s could not be fetched: %(reason)s") % {
            "url": url,
            "reason": reason,
        }

    @staticmethod
    def _checked(origin: str, data: bytes, name: str) -> tuple[ImageRef | None, str | None]:
        """Only real PNG/JPEG/GIF/WebP pictures larger than a pixel are kept."""
        from PIL import Image as PILImage

        try:
            with PILImage.open(io.BytesIO(data)) as picture:
                picture.verify()
                image_format, size = picture.format, picture.size
        except Exception:  # Pillow raises many kinds for a file that is not an image
            return None, _("%(src)s is not an image") % {"src": origin}
        extension = IMAGE_FORMATS.get(image_format or "")
        if extension is None:
            return None, _("image %(src)s is in an unsupported format (%(format)s)") % {
                "src": origin,
                "format": image_format,
            }
        if size[0] <= 1 and size[1] <= 1:
            return None, _("a tracking pixel was dropped: %(src)s") % {"src": origin}
        stem = latin_slug(Path(name).stem, fallback="image")[:60]
        return ImageRef(origin, data, f"{stem}.{extension}"), None


# --- items ------------------------------------------------------------------------------------


@dataclass
class Block:
    """One body block before it is stored: a paragraph's parts (<p>/<ul>/<ol> HTML), a heading's
    text, an image (ImageRef or, before it is read, the <img> source) or a quote."""

    kind: str
    value: object
    caption: str = ""


@dataclass
class LegacyNewsItem:
    """One news item of the old site, ready to compare with what an earlier run stored."""

    source_key: str
    source_url: str
    title: str
    language: str
    date: datetime.date | None
    lead: str
    kind: str
    blocks: list[Block]
    order: tuple[int, int]
    link_targets: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)

    @property
    def image_hashes(self) -> set[str]:
        return {b.value.sha256 for b in self.blocks if b.kind == "image"}

    def normalised(self) -> dict:
        """What the content hash covers: everything the import writes into the page."""
        body = []
        for block in self.blocks:
            if block.kind == "paragraph":
                body.append(["paragraph", "".join(block.value)])
            elif block.kind == "image":
                body.append(["image", block.value.sha256, block.caption, block.value.alt])
            elif block.kind == "quote":
                body.append(["quote", block.value["text"], block.value["attribution"]])
            else:
                body.append([block.kind, block.value])
        return {
            "version": HASH_VERSION,
            "language": self.language,
            "title": self.title,
            "lead": self.lead,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "source_url": self.source_url,
            "body": body,
        }

    @property
    def content_hash(self) -> str:
        payload = json.dumps(self.normalised(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class RawItem:
    """A news item as found in the page: its title, where its body is, and date hints."""

    title: str
    anchor: str
    nodes: list[PageElement]
    skip: set[int] = field(default_factory=set)
    machine_dates: list[str] = field(default_factory=list)
    meta_texts: list[str] = field(default_factory=list)
    permalink: str = ""


@dataclass
class PageInfo:
    rel_path: str
    file: Path
    base_url: str | None
    canonical: str
    lang_hint: str
    single: bool


def guess_kind(title: str) -> str:
    """Interviews are marked as such on the old site; everything else is news."""
    lowered = title.lower()
    if "интервю" in lowered or "interview" in lowered:
        return PressReleasePage.Kind.INTERVIEW
    return PressReleasePage.Kind.NEWS


def _http_url(value: str | None, base: str | None = None) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    url = urljoin(base, value) if base else value
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme in ("http", "https") and parts.netloc and len(url) <= URL_MAX:
        return url.split("#", 1)[0]
    return ""


def page_info(soup: BeautifulSoup, rel_path: str, file: Path) -> PageInfo:
    """What the page's head says: its address (for relative links), language and kind."""

    def meta(prop: str) -> str:
        tag = soup.find("meta", attrs={"property": prop}) or soup.find("meta", attrs={"name": prop})
        return (tag.get("content") or "").strip() if tag else ""

    canonical_tag = soup.find("link", rel=lambda value: value and "canonical" in value)
    canonical = _http_url(canonical_tag.get("href") if canonical_tag else "") or _http_url(
        meta("og:url")
    )
    base_tag = soup.find("base", href=True)
    base_url = _http_url(base_tag["href"]) if base_tag else ""
    html_tag = soup.find("html")
    body = soup.find("body")
    body_classes = classes(body) if body else []
    single = meta("og:type") == "article" or "single-post" in body_classes
    return PageInfo(
        rel_path=rel_path,
        file=file,
        base_url=base_url or canonical or None,
        canonical=canonical,
        lang_hint=(html_tag.get("lang") or "") if html_tag else "",
        single=single,
    )


def strip_noise(soup: BeautifulSoup) -> None:
    """Remove what is never content, anywhere in the page: comments, scripts, styles, forms,
    tracking pixels, share buttons, comment links and the site's own chrome. Frames and
    embeds stay for now: the item they are in reports them."""
    for node in soup.find_all(
        string=lambda s: isinstance(s, Comment | Doctype | Declaration | ProcessingInstruction)
    ):
        node.extract()
    for tag in soup.find_all(list(DROPPED_TAGS)):
        if not tag.decomposed:
            tag.decompose()
    for img in soup.find_all("img"):
        if not img.decomposed and is_tracking_pixel(img):
            img.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body", "head"):
            continue
        if tag.name in ("nav", "aside") or is_noise(tag):
            tag.decompose()
            continue
        if tag.name in ("header", "footer") and not _inside_item(tag):
            tag.decompose()
    for tag in soup.find_all("a", href=True):
        if not tag.decomposed and re.search(r"[?&]share=|#respond$|#comments$", tag["href"]):
            tag.decompose()
    for tag in reversed(soup.find_all(["a", "p", "span", "div", "li", "h3", "h4", "h5", "h6"])):
        if not tag.decomposed and phrase(tag.get_text(" ")) in BOILERPLATE_TEXTS:
            tag.decompose()


def is_item_element(tag: Tag) -> bool:
    """A WordPress post or page: <article>, or a block marked post/hentry."""
    if tag.name == "article":
        return True
    return tag.name in ("div", "section") and has_class(tag, {"post", "hentry", "type-post"})


def _inside_item(tag: Tag) -> bool:
    return any(is_item_element(parent) for parent in tag.parents if isinstance(parent, Tag))


def _owner(tag: Tag, item_ids: set[int]) -> Tag | None:
    """The nearest item element around tag."""
    for parent in tag.parents:
        if id(parent) in item_ids:
            return parent
    return None


def _own(item: Tag, found: Iterable[Tag], item_ids: set[int]) -> list[Tag]:
    """The tags of `found` that belong to item itself, not to an item nested in it."""
    return [tag for tag in found if _owner(tag, item_ids) is item]


def _is_wp_page(item: Tag) -> bool:
    tokens = set(classes(item))
    return "type-page" in tokens or ("page" in tokens and not tokens & {"post", "type-post"})


def find_items(soup: BeautifulSoup, info: PageInfo) -> tuple[list[RawItem], int]:
    """The news items of a page, and how many stretches of text had no title. Posts are
    <article> elements; a WordPress page (or a page without post markup) holds its news as a
    heading followed by paragraphs, so it is cut at its headings."""
    elements = [tag for tag in soup.find_all(True) if is_item_element(tag)]
    # A post marked twice (an <article> around a div.post) is one item; a nested <article> (an
    # unclosed tag in broken HTML) is an item of its own.
    element_ids = {id(tag) for tag in elements}
    items = [
        tag
        for tag in elements
        if tag.name == "article" or not any(id(p) in element_ids for p in tag.parents)
    ]
    if not items:
        root = _content_root(soup)
        if info.single:
            return _single_item(root, soup), 0
        return _heading_items(root, set(), page_title_possible=True)
    found: list[RawItem] = []
    untitled = 0
    item_ids = {id(item) for item in items}
    for item in items:
        # The item's own elements only: a nested <article> is an item of its own. The whole
        # element is the body (minus title, header, footer and meta): broken HTML often closes
        # .entry-content too early, and what follows is still the item's text.
        skip = {
            id(other)
            for other in items
            if other is not item and any(parent is item for parent in other.parents)
        }
        own = _own(item, item.find_all(True), item_ids)
        title_el = next(
            (tag for tag in own if has_class(tag, {"entry-title"})),
            next((tag for tag in own if tag.name in ("h1", "h2", "h3")), None),
        )
        raw = RawItem(title="", anchor=(item.get("id") or "").strip(), nodes=[item], skip=skip)
        if title_el is not None:
            skip.add(id(title_el))
            raw.title = squash(title_el.get_text(" ")).strip()
            link = title_el.find("a", href=True)
            raw.permalink = _http_url(link["href"], info.base_url) if link else ""
        for tag in own:
            if tag.name == "time" and tag.get("datetime"):
                raw.machine_dates.append(tag["datetime"])
            elif tag.name == "time" or has_class(tag, DATE_CLASSES):
                raw.meta_texts.append(squash(tag.get_text(" ")))
            chrome = tag.name in ("header", "footer") and not tag.find_parent(
                ["blockquote", "figure"]
            )  # a quote's <footer> is its attribution
            if chrome or has_class(tag, META_CLASSES):
                skip.add(id(tag))
        if _is_wp_page(item):
            page_items, page_untitled = _heading_items(item, skip, page_title_possible=False)
            found.extend(page_items)
            untitled += page_untitled
        else:
            found.append(raw)
    return found, untitled


def _content_root(soup: BeautifulSoup) -> Tag:
    for selector in ("main", "#main", "#content", ".site-content", ".entry-content", "body"):
        root = soup.select_one(selector)
        if root is not None:
            return root
    return soup


def _single_item(root: Tag, soup: BeautifulSoup) -> list[RawItem]:
    title_el = root.select_one(".entry-title") or root.find(["h1", "h2"])
    if title_el is None:
        og_title = soup.find("meta", attrs={"property": "og:title"})
        title = (og_title.get("content") or "") if og_title else ""
        return [RawItem(title=squash(title).strip(), anchor="", nodes=[root])]
    return [
        RawItem(
            title=squash(title_el.get_text(" ")).strip(),
            anchor=(title_el.get("id") or "").strip(),
            nodes=[root],
            skip={id(title_el)},
        )
    ]


def _heading_level(root: Tag, skip: set[int], page_title_possible: bool) -> int | None:
    """The heading level that starts items: the highest level used. On a page without post
    markup, a first heading used once above others (<h1>News</h1><h2>…</h2><h2>…</h2>) is the
    page's own title, so the next level starts the items."""
    headings = [
        heading
        for heading in root.find_all(list(HEADINGS[:4]))
        if id(heading) not in skip and not any(id(p) in skip for p in heading.parents)
    ]
    counts = Counter(int(heading.name[1]) for heading in headings)
    if not counts:
        return None
    top = min(counts)
    if (
        page_title_possible
        and counts[top] == 1
        and len(counts) > 1
        and int(headings[0].name[1]) == top
    ):
        return min(level for level in counts if level != top)
    return top


def _heading_items(
    root: Tag, skip: set[int], *, page_title_possible: bool
) -> tuple[list[RawItem], int]:
    level = _heading_level(root, skip, page_title_possible)
    if level is None:
        return [], 0
    name = f"h{level}"
    segments: list[RawItem] = [RawItem(title="", anchor="", nodes=[], skip=skip)]
    preamble = segments[0]

    def walk(node: Tag) -> None:
        for child in list(node.children):
            if isinstance(child, Tag) and id(child) in skip:
                continue
            if isinstance(child, Tag) and child.name == name:
                segments.append(
                    RawItem(
                        title=squash(child.get_text(" ")).strip(),
                        anchor=(child.get("id") or "").strip(),
                        nodes=[],
                        skip=skip,
                    )
                )
            elif isinstance(child, Tag) and child.find(name) is not None:
                walk(child)  # a wrapper (or an unclosed tag) around the next item's heading
            else:
                segments[-1].nodes.append(child)

    walk(root)
    untitled = 1 if len(_visible_text(preamble.nodes, skip)) >= 20 else 0
    return segments[1:], untitled


def _visible_text(nodes: Iterable[PageElement], skip: set[int]) -> str:
    parts: list[str] = []

    def walk(node: PageElement) -> None:
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment | Doctype | Declaration | ProcessingInstruction):
                parts.append(str(node))
        elif isinstance(node, Tag) and id(node) not in skip:
            for child in node.children:
                walk(child)
            if node.name in BLOCK_TAGS or node.name == "br":
                parts.append(" ")

    for node in nodes:
        walk(node)
    return squash("".join(parts)).strip()


# --- body -------------------------------------------------------------------------------------


class BodyWriter:
    """Turns an item's nodes into body blocks. Consecutive paragraphs and lists make one
    paragraph block (rich text keeps <p>, <b>, <i>, <a>, <ul>, <ol>, <br>; no classes, styles
    or spans); a heading, an image or a quote starts a block of its own."""

    def __init__(self, *, title: str, language: str, base_url: str | None, skip: set[int]):
        self.title = title
        self.language = language
        self.base_url = base_url
        self.skip = skip
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.link_targets: set[str] = set()
        self._parts: list[tuple[str, str]] = []  # ("p" | "bullet" | "list", html)
        self._loose: list[PageElement] = []  # inline nodes not in a <p> yet
        self._pending_images: list[Tag] = []
        self._colon_before = False

    # --- blocks --------------------------------------------------------------------------------

    def add(self, node: PageElement) -> None:
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment | Doctype | Declaration | ProcessingInstruction):
                self._loose.append(node)
            return
        if not isinstance(node, Tag) or id(node) in self.skip or node.decomposed:
            return
        name = node.name
        if name in EMBED_TAGS:
            self._embed(node)
        elif name in DROPPED_TAGS:
            return
        elif name in HEADINGS:
            self._flush()
            text = squash(node.get_text(" ")).strip()
            for img in node.find_all("img"):
                self._add_image(img, "")
            if text:
                self.blocks.append(Block("heading", text[:TITLE_MAX]))
        elif name == "img":
            self._flush_inline()
            self._add_image(node, "")
        elif name == "figure" or has_class(node, {"wp-caption"}):
            self._figure(node)
        elif name == "blockquote":
            self._quote(node)
        elif name in ("ul", "ol"):
            self._flush_inline()
            markup = self._list(node)
            if markup:
                self._parts.append(("list", markup))
            self._images_after()
        elif name == "p" and not self._has_block_child(node):
            self._flush_inline()
            self._paragraph(list(node.children))
        elif name in INLINE_TAGS and not self._has_block_child(node):
            self._loose.append(node)
        else:  # containers, and tags that wrap blocks because of unclosed markup
            self._flush_inline()
            for child in list(node.children):
                self.add(child)
            self._flush_inline()

    def finish(self) -> list[Block]:
        self._flush()
        return self.blocks

    @staticmethod
    def _has_block_child(tag: Tag) -> bool:
        return tag.find(list(BLOCK_TAGS)) is not None

    def _flush_inline(self) -> None:
        if self._loose:
            nodes, self._loose = self._loose, []
            self._paragraph(nodes)

    def _flush(self) -> None:
        """End the current paragraph block; "· item" paragraphs become a real list."""
        self._flush_inline()
        if not self._parts:
            return
        parts: list[str] = []
        bullets: list[str] = []
        for kind, markup in [*self._parts, ("end", "")]:
            if kind == "bullet":
                bullets.append(f"<li>{markup}</li>")
                continue
            if bullets:
                parts.append(f"<ul>{''.join(bullets)}</ul>")
                bullets = []
            if kind != "end":
                parts.append(markup)
        self._parts = []
        self.blocks.append(Block("paragraph", parts))

    def _paragraph(self, nodes: list[PageElement]) -> None:
        markup = self._clean(self._inline_nodes(nodes))
        text = plain(markup)
        if text:
            if _BULLET_START.match(text):
                self._parts.append(("bullet", self._clean(_BULLET_START.sub("", markup, 1))))
            else:
                self._parts.append(("p", f"<p>{markup}</p>"))
        self._images_after()

    def _images_after(self) -> None:
        """Images that sat inside a paragraph or link follow it as image blocks."""
        if self._pending_images:
            images, self._pending_images = self._pending_images, []
            self._flush()
            for img in images:
                self._add_image(img, "")

    @staticmethod
    def _clean(markup: str) -> str:
        markup = re.sub(r" {2,}", " ", markup)
        markup = re.sub(r"\s*<br/>\s*", "<br/>", markup)
        markup = re.sub(r"^(?:<br/>)+|(?:<br/>)+$", "", markup.strip())
        return markup.strip()

    def _add_image(self, img: Tag, caption: str) -> None:
        src = img.get("src") or ""
        if not src or src.startswith("data:"):
            src = (
                img.get("data-src") or img.get("data-lazy-src") or img.get("data-orig-file") or src
            )
        self._flush()
        block = Block("image", (src, squash(img.get("alt") or "").strip()), caption[:TITLE_MAX])
        self.blocks.append(block)

    def _figure(self, node: Tag) -> None:
        img = node.find("img")
        if img is None:
            for child in list(node.children):
                self.add(child)
            return
        caption_el = node.find("figcaption") or node.find(class_="wp-caption-text")
        caption = squash(caption_el.get_text(" ")).strip() if caption_el else ""
        self._flush_inline()
        self._add_image(img, caption)

    def _quote(self, node: Tag) -> None:
        self._flush()
        attribution = ""
        for cite in node.find_all(["cite", "footer"]):
            attribution = attribution or squash(cite.get_text(" ")).strip().lstrip("—–- ")
            cite.extract()
        text = squash(node.get_text(" ")).strip().strip('"„“”«»').strip()
        if text:
            self.blocks.append(
                Block("quote", {"text": text, "attribution": attribution[:TITLE_MAX]})
            )

    def _embed(self, node: Tag) -> None:
        src = node.get("src") or node.get("data") or ""
        host = (urlsplit(src).hostname or "").removeprefix("www.") if src else ""
        self.warnings.append(
            _("an embedded frame was removed (%(host)s); add it again as a video block if needed")
            % {"host": host or node.name}
        )

    # --- inline markup -------------------------------------------------------------------------

    def _inline_nodes(self, nodes: Iterable[PageElement]) -> str:
        out = ""
        for node in nodes:
            piece = self._inline(node)
            if self._colon_before:
                self._colon_before = False
                if re.search(r"\w\s*$", out):
                    out = out.rstrip() + ": "
            out += piece
        return out

    def _inline(self, node: PageElement) -> str:
        if isinstance(node, NavigableString):
            if isinstance(node, Comment | Doctype | Declaration | ProcessingInstruction):
                return ""
            return html.escape(squash(str(node)), quote=False)
        if not isinstance(node, Tag) or id(node) in self.skip or node.decomposed:
            return ""
        name = node.name
        if name in EMBED_TAGS:
            self._embed(node)
            return ""
        if name in DROPPED_TAGS:
            return ""
        if name == "img":
            self._pending_images.append(node)
            return ""
        if name == "br":
            return "<br/>"
        if name in ("ul", "ol"):
            return self._list(node)
        inner = self._inline_nodes(list(node.children))
        if name in ("b", "strong"):
            return self._wrap("b", inner)
        if name in ("i", "em"):
            return self._wrap("i", inner)
        if name == "a":
            return self._anchor(node, inner)
        if name in BLOCK_TAGS:
            return f" {inner} "
        return inner

    @staticmethod
    def _wrap(tag: str, inner: str) -> str:
        if not plain(inner):
            return inner
        match = re.match(r"^(\s*)(.*?)(\s*)$", inner, re.DOTALL)
        return f"{match[1]}<{tag}>{match[2]}</{tag}>{match[3]}"

    def _list(self, node: Tag) -> str:
        items: list[str] = []
        for child in node.children:
            if isinstance(child, Tag) and child.name in ("ul", "ol") and items:
                nested = self._list(child)
                if nested:
                    items[-1] = items[-1][: -len("</li>")] + nested + "</li>"
                continue
            nodes = (
                list(child.children) if isinstance(child, Tag) and child.name == "li" else [child]
            )
            markup = self._clean(self._inline_nodes(nodes))
            if plain(markup):
                items.append(f"<li>{markup}</li>")
        tag = "ol" if node.name == "ol" else "ul"
        return f"<{tag}>{''.join(items)}</{tag}>" if items else ""

    def _resolve(self, href: str) -> str | None:
        href = (href or "").strip()
        if not href or href.startswith("#"):
            return None
        try:
            url = urljoin(self.base_url, href) if self.base_url else href
            parts = urlsplit(url)
        except ValueError:
            return None
        if parts.scheme == "mailto" and parts.path:
            return url
        if parts.scheme in ("http", "https") and parts.netloc and len(url) <= URL_MAX:
            return url
        if not parts.scheme:
            self.warnings.append(
                _(
                    "a link without a full address was dropped (the page has no canonical URL): %(href)s"
                )
                % {"href": href}
            )
        return None

    def _anchor(self, node: Tag, inner: str) -> str:
        text = plain(inner)
        if not text:
            return inner
        href = self._resolve(node.get("href") or "")
        if href is None or is_tracker_url(href):
            return inner
        said = phrase(text)
        if said in POINTER_WORDS:
            label = html.escape(link_label(href), quote=False)
            self._colon_before = True
        elif said in READ_MORE_PHRASES:
            label = html.escape(READ_MORE_TEXT[self.language].format(title=self.title), quote=False)
        else:
            label = inner.strip()
        if urlsplit(href).path.strip("/") or urlsplit(href).query:
            self.link_targets.add(link_target(href))
        return f'<a href="{html.escape(href, quote=True)}">{label}</a>'


def take_lead(blocks: list[Block], title: str) -> tuple[str, list[str]]:
    """The item's lead: its first short paragraph (moved out of the body, so it is not said
    twice), else the beginning of its first paragraph; the title when there is no text."""
    for index, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        first = block.value[0]
        text = plain(first)
        if first.startswith("<p>") and "<a " not in first and len(text) <= LEAD_MAX:
            block.value = block.value[1:]
            if not block.value:
                del blocks[index]
            return text, []
        return shorten(text), []
    return title, [_("the item has no text: its title is used as the lead")]


# --- reading a page into items ----------------------------------------------------------------


@dataclass
class ItemResult:
    """One line of the report: what happened to one item (or one unreadable file)."""

    source_key: str
    action: str  # created | updated | skipped | failed
    reason: str = ""
    language: str = ""
    title: str = ""
    warnings: list[str] = field(default_factory=list)
    order: tuple[int, int] = (0, 0)

    def lines(self) -> list[str]:
        label = {
            "created": _("created"),
            "updated": _("updated"),
            "skipped": _("skipped"),
            "failed": _("failed"),
        }[self.action]
        head = f"[{label}] {self.source_key}"
        if self.language:
            head += f" ({self.language})"
        if self.title:
            head += f" “{self.title}”"
        if self.reason:
            head += f": {self.reason}"
        return [head, *(f"    ! {warning}" for warning in self.warnings)]


@dataclass
class ImportReport:
    """What a run found and did, printed by the command and stored in LegacyImportRun.report."""

    path: str
    dry_run: bool
    files: list[str] = field(default_factory=list)
    items: list[ItemResult] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = Counter(item.action for item in self.items)
        return {key: counts[key] for key in ("created", "updated", "skipped", "failed")}

    def summary(self) -> str:
        return (
            _(
                "Created: %(created)s, updated: %(updated)s, skipped: %(skipped)s, failed: %(failed)s"
            )
            % self.counts
        )

    def text(self) -> str:
        heading = _("Import of the old website from %(path)s") % {"path": self.path}
        if self.dry_run:
            heading += " — " + _("dry run: nothing was written")
        lines = [heading, *self.files]
        for item in sorted(self.items, key=lambda i: i.order):
            lines.extend(item.lines())
        lines.append(self.summary())
        return "\n".join(lines)


class LegacySiteReader:
    """Reads the saved pages into LegacyNewsItems (no database writes)."""

    def __init__(self, root: Path, images: ImageSource):
        self.root = root
        self.images = images

    def read(self, files: list[Path], report: ImportReport) -> list[LegacyNewsItem]:
        items: list[LegacyNewsItem] = []
        for number, file in enumerate(files):
            rel_path = file.relative_to(self.root).as_posix()
            try:
                text, encoding = decode(file.read_bytes())
                soup = BeautifulSoup(text, "html.parser")
                info = page_info(soup, rel_path, file)
                strip_noise(soup)
                raws, untitled = find_items(soup, info)
            except (OSError, LegacyFileError) as error:
                report.items.append(
                    ItemResult(
                        rel_path,
                        "failed",
                        _("the file could not be read: %(error)s")
                        % {"error": getattr(error, "strerror", None) or error},
                        order=(number, -1),
                    )
                )
                continue
            except Exception as error:  # html.parser gives up on some garbage: report, go on
                logger.exception("Could not parse %s", file)
                report.items.append(
                    ItemResult(
                        rel_path,
                        "failed",
                        _("the page could not be parsed: %(error)s") % {"error": error},
                        order=(number, -1),
                    )
                )
                continue
            found = self._page_items(raws, info, number, report)
            items.extend(found)
            note = _("%(file)s: %(count)s item(s)") % {"file": rel_path, "count": len(raws)}
            if encoding != ENCODINGS[0]:
                note += " " + _("(read as %(encoding)s)") % {"encoding": encoding}
            if untitled:
                note += " — " + _("%(count)s stretch(es) of text without a title left out") % {
                    "count": untitled
                }
            report.files.append(note)
        return items

    def _page_items(
        self, raws: list[RawItem], info: PageInfo, number: int, report: ImportReport
    ) -> list[LegacyNewsItem]:
        items = []
        anchors: Counter[str] = Counter()
        for position, raw in enumerate(raws):
            anchor = slugify(raw.anchor) or latin_slug(raw.title, fallback=f"item-{position + 1}")
            anchors[anchor] += 1
            if anchors[anchor] > 1:
                anchor = f"{anchor}-{anchors[anchor]}"
            key = f"{info.rel_path}#{anchor}"[:SOURCE_KEY_MAX]
            if not raw.title:
                report.items.append(
                    ItemResult(key, "skipped", _("no title"), order=(number, position))
                )
                continue
            try:
                items.append(self._item(raw, info, key, (number, position)))
            except Exception as error:  # one item's surprise must not cost the rest of the page
                logger.exception("Could not read item %s", key)
                report.items.append(
                    ItemResult(
                        key,
                        "failed",
                        _("the item could not be read: %(error)s") % {"error": error},
                        title=raw.title,
                        order=(number, position),
                    )
                )
        return items

    def _item(
        self, raw: RawItem, info: PageInfo, key: str, order: tuple[int, int]
    ) -> LegacyNewsItem:
        warnings: list[str] = []
        title = raw.title
        if len(title) > TITLE_MAX:
            title = shorten(title, TITLE_MAX)
            warnings.append(_("the title was shortened to %(max)s characters") % {"max": TITLE_MAX})
        text = _visible_text(raw.nodes, raw.skip)
        language = detect_language(f"{title} {text}", info.lang_hint) or SOURCE
        writer = BodyWriter(title=title, language=language, base_url=info.base_url, skip=raw.skip)
        for node in raw.nodes:
            writer.add(node)
        blocks = writer.finish()
        warnings.extend(writer.warnings)
        blocks = self._read_images(blocks, info, warnings)
        date, date_warnings = pick_date(raw.machine_dates, raw.meta_texts, f"{title}\n{text}")
        warnings.extend(date_warnings)
        if date is None:
            warnings.append(_("no date found: the publication date is the time of the run"))
        lead, lead_warnings = take_lead(blocks, title)
        warnings.extend(lead_warnings)
        return LegacyNewsItem(
            source_key=key,
            source_url=raw.permalink or info.canonical,
            title=title,
            language=language,
            date=date,
            lead=lead,
            kind=guess_kind(title),
            blocks=blocks,
            order=order,
            link_targets=writer.link_targets,
            warnings=warnings,
        )

    def _read_images(self, blocks: list[Block], info: PageInfo, warnings: list[str]) -> list[Block]:
        kept = []
        for block in blocks:
            if block.kind == "image":
                src, alt = block.value
                ref, problem = self.images.get(src, info.file, info.base_url, alt)
                if ref is None:
                    warnings.append(problem)
                    continue
                block.value = ref
            kept.append(block)
        # Dropping an image can leave two paragraph blocks side by side: one block again.
        merged: list[Block] = []
        for block in kept:
            if block.kind == "paragraph" and merged and merged[-1].kind == "paragraph":
                merged[-1].value = [*merged[-1].value, *block.value]
            else:
                merged.append(block)
        return merged


# --- translations -----------------------------------------------------------------------------


def same_story(bg: LegacyNewsItem, en: LegacyNewsItem) -> bool:
    """Two items tell the same story when they link to the same page, or appear on the same day
    with the same picture."""
    if bg.link_targets & en.link_targets:
        return True
    return bool(bg.date and bg.date == en.date and bg.image_hashes & en.image_hashes)


def match_translations(items: list[LegacyNewsItem]) -> dict[str, str]:
    """Bulgarian and English items that are one story, both ways (source key → source key).
    Only one-to-one matches count: an item that could be either of two others stays alone, and
    both get a warning."""
    candidates: dict[str, list[str]] = defaultdict(list)
    by_key = {item.source_key: item for item in items}
    for bg in (item for item in items if item.language == SOURCE):
        for en in (item for item in items if item.language == TARGET):
            if same_story(bg, en):
                candidates[bg.source_key].append(en.source_key)
                candidates[en.source_key].append(bg.source_key)
    pairs: dict[str, str] = {}
    for key, others in candidates.items():
        if len(others) == 1 and candidates.get(others[0]) == [key]:
            pairs[key] = others[0]
        else:
            by_key[key].warnings.append(
                _("may be the same story as %(keys)s; left as a separate page")
                % {"keys": ", ".join(others)}
            )
    return pairs


# --- writing ----------------------------------------------------------------------------------


class _DryRun(Exception):
    """Raised at the end of a dry run so that the transaction rolls back."""


class LegacySiteImporter:
    """Runs an import: reads PATH, matches translations and writes pages (see the module doc)."""

    def __init__(
        self,
        *,
        publish: bool = False,
        allowed_image_prefixes: Iterable[str] = (),
        now: datetime.datetime | None = None,
    ):
        self.publish = publish
        self.prefixes = [
            *getattr(settings, "LEGACY_IMPORT_ALLOWED_IMAGE_PREFIXES", []),
            *allowed_image_prefixes,
        ]
        self.now = now or timezone.now()
        self.tz = ZoneInfo(settings.TIME_ZONE)
        self._stored_files: list[str] = []

    def run(self, path: str | Path, *, dry_run: bool = False) -> ImportReport:
        """Import every page under path; with dry_run, roll everything back but report the same."""
        path = Path(path)
        if not path.exists():
            raise LegacyFileError(_("No such file or folder: %(path)s") % {"path": path})
        report = ImportReport(path=str(path), dry_run=dry_run)
        root, files = html_files(path)
        if not files:
            report.files.append(_("No HTML pages (.html, .htm) found."))
        reader = LegacySiteReader(root, ImageSource(root, self.prefixes))
        items = reader.read(files, report)
        pairs = match_translations(items)
        try:
            with transaction.atomic(), deferred_indexing():
                self._write(items, pairs, report)
                if dry_run:
                    raise _DryRun
                self._save_run(report)
        except _DryRun:
            pass
        finally:
            self._remove_unused_files()
        return report

    # --- the run -------------------------------------------------------------------------------

    def _write(
        self, items: list[LegacyNewsItem], pairs: dict[str, str], report: ImportReport
    ) -> None:
        self.locales = {
            code: Locale.objects.filter(language_code=code).first() for code in LANGUAGES
        }
        self.indexes = {
            code: PressIndexPage.objects.filter(locale__language_code=code).order_by("path").first()
            for code in LANGUAGES
        }
        # Pages of items imported by earlier runs: a new Bulgarian item can then join the English
        # page of its story made earlier (and the other way round).
        keys = {item.source_key for item in items}
        self.pages: dict[str, PressReleasePage] = {
            legacy.source_key: legacy.page
            for legacy in LegacyItem.objects.filter(page__isnull=False).select_related("page")
            if legacy.source_key in keys  # one row per imported item: small, and no huge IN ()
        }
        # Bulgarian first: an English item that is its translation is copied from it.
        for item in sorted(items, key=lambda i: (i.language != SOURCE, i.order)):
            try:
                with transaction.atomic():
                    result = self._apply(item, pairs.get(item.source_key))
            except ValidationError as error:
                result = self._result(item, "failed", "; ".join(error.messages))
            except Exception as error:  # one item's problem must not cost the rest of the run
                logger.exception("Could not import %s", item.source_key)
                result = self._result(item, "failed", str(error) or type(error).__name__)
            report.items.append(result)

    def _result(self, item: LegacyNewsItem, action: str, reason: str) -> ItemResult:
        return ItemResult(
            item.source_key,
            action,
            reason,
            language=item.language,
            title=item.title,
            warnings=list(item.warnings),
            order=item.order,
        )

    def _apply(self, item: LegacyNewsItem, partner_key: str | None) -> ItemResult:
        legacy = LegacyItem.objects.filter(source_key=item.source_key).first()
        if legacy is not None:
            return self._existing(item, legacy)
        parent = self.indexes.get(item.language)
        if parent is None or self.locales.get(item.language) is None:
            return self._result(
                item, "skipped", _("there is no newsroom (press index page) in this language")
            )
        partner = self.pages.get(partner_key) if partner_key else None
        page, note = self._create(item, parent, partner)
        LegacyItem.objects.create(
            source_key=item.source_key,
            source_url=item.source_url,
            content_hash=item.content_hash,
            language=item.language,
            page=page,
        )
        self.pages[item.source_key] = page
        state = _("published") if page.live else _("draft")
        return self._result(item, "created", f"{state}{note}")

    def _existing(self, item: LegacyNewsItem, legacy: LegacyItem) -> ItemResult:
        page = (
            PressReleasePage.objects.filter(pk=legacy.page_id).first() if legacy.page_id else None
        )
        if page is None:
            return self._result(
                item,
                "skipped",
                _("its page was deleted after an earlier import; it is not created again"),
            )
        self.pages[item.source_key] = page
        latest = page.get_latest_revision()
        edited = latest is not None and latest.user_id is not None
        if legacy.content_hash == item.content_hash:
            if self.publish and not page.live and latest is not None and not edited:
                latest.publish()
                return self._result(item, "updated", _("published; the content is unchanged"))
            return self._result(item, "skipped", _("unchanged"))
        if edited:
            return self._result(
                item,
                "skipped",
                _(
                    "changed on the old site, but edited in the admin since the import: not overwritten"
                ),
            )
        self._fill(page, item, new=False)
        revision = page.save_revision()
        publish = self.publish or page.live
        if publish:
            revision.publish()
        legacy.content_hash = item.content_hash
        legacy.source_url = item.source_url
        legacy.save()
        state = _("published") if publish else _("draft")
        return self._result(item, "updated", _("content changed (%(state)s)") % {"state": state})

    def _create(
        self, item: LegacyNewsItem, parent: PressIndexPage, partner: PressReleasePage | None
    ) -> tuple[PressReleasePage, str]:
        """A new page for item: the English translation of its Bulgarian partner (made with
        copy_for_translation, so both share a translation_key) or a page of its own."""
        locale = self.locales[item.language]
        note = ""
        translation_key = None
        if partner is not None:
            partner = PressReleasePage.objects.get(pk=partner.pk)
            partner_key = self._key_of(partner)
            if item.language == TARGET and partner.locale_id == self.locales[SOURCE].pk:
                page = self._translate(partner, item)
                if page is not None:
                    return page, ", " + _("the English translation of %(key)s") % {
                        "key": partner_key
                    }
                note = ", " + _("not linked to %(key)s (it already has a translation)") % {
                    "key": partner_key
                }
            elif item.language == SOURCE and partner.locale_id == self.locales[TARGET].pk:
                taken = PressReleasePage.objects.filter(
                    translation_key=partner.translation_key, locale=locale
                ).exists()
                if not taken:
                    translation_key = partner.translation_key
                    note = ", " + _("the Bulgarian version of %(key)s") % {"key": partner_key}
        page = PressReleasePage(
            locale=locale,
            live=False,
            slug=find_available_slug(parent, latin_slug(item.title)),
        )
        if translation_key:
            page.translation_key = translation_key
        self._fill(page, item, new=True)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if self.publish:
            revision.publish()
            page.refresh_from_db()
        return page, note

    def _translate(self, source: PressReleasePage, item: LegacyNewsItem) -> PressReleasePage | None:
        locale = self.locales[TARGET]
        if source.get_translation_or_none(locale) is not None:
            return None
        try:
            page = source.copy_for_translation(locale).specific
        except ParentNotTranslatedError:
            item.warnings.append(
                _("the Bulgarian newsroom has no English translation: imported as a separate page")
            )
            return None
        self._fill(page, item, new=False)  # no date of its own: the Bulgarian one stays
        page.slug = find_available_slug(
            page.get_parent(), latin_slug(item.title), ignore_page_id=page.pk
        )
        page.save()
        revision = page.save_revision()
        if self.publish:
            revision.publish()
            page.refresh_from_db()
        return page

    @staticmethod
    def _key_of(page: PressReleasePage) -> str:
        legacy = LegacyItem.objects.filter(page=page).first()
        return legacy.source_key if legacy else page.title

    def _fill(self, page: PressReleasePage, item: LegacyNewsItem, *, new: bool) -> None:
        page.title = item.title
        page.draft_title = item.title
        page.lead = item.lead
        page.kind = item.kind
        page.body = self._body(item)
        if item.date is not None:
            page.publication_date = datetime.datetime.combine(
                item.date, datetime.time(12, 0), tzinfo=self.tz
            )
        elif new:
            page.publication_date = self.now

    def _body(self, item: LegacyNewsItem) -> list[dict]:
        body = []
        for block in item.blocks:
            if block.kind == "paragraph":
                body.append({"type": "paragraph", "value": "".join(block.value)})
            elif block.kind == "image":
                image = self._image(block.value)
                body.append(
                    {
                        "type": "image",
                        "value": {"image": image.pk, "caption": block.caption, "credit": ""},
                    }
                )
            else:
                body.append({"type": block.kind, "value": block.value})
        return body

    def _image(self, ref: ImageRef):
        """The Wagtail image for ref: one stored earlier with the same file (Wagtail's file hash)
        is used again, so a second run stores no image twice."""
        Image = get_image_model()
        existing = Image.objects.filter(file_hash=ref.sha1).order_by("pk").first()
        if existing is not None:
            return existing
        image = Image(title=ref.title, collection=Collection.get_first_root_node())
        if hasattr(image, "description"):
            image.description = ref.alt[:TITLE_MAX]
        image.file = ImageFile(io.BytesIO(ref.data), name=ref.filename)
        image._set_image_file_metadata()
        image.save()
        self._stored_files.append(image.file.name)
        return image

    def _remove_unused_files(self) -> None:
        """Image files stored by a run (or an item) that was rolled back have no row: delete them."""
        if not self._stored_files:
            return
        Image = get_image_model()
        storage = Image._meta.get_field("file").storage
        for name in self._stored_files:
            if not Image.objects.filter(file=name).exists():
                storage.delete(name)
        self._stored_files = []

    def _save_run(self, report: ImportReport) -> None:
        counts = report.counts
        run = LegacyImportRun.objects.create(
            path=report.path[:1000],
            dry_run=False,
            created=counts["created"],
            updated=counts["updated"],
            skipped=counts["skipped"],
            failed=counts["failed"],
            report=report.text(),
            finished_at=timezone.now(),
        )
        LegacyImportRun.objects.filter(pk=run.pk).update(started_at=self.now)


def import_legacy_site(
    path: str | Path,
    *,
    dry_run: bool = False,
    publish: bool = False,
    allowed_image_prefixes: Iterable[str] = (),
) -> ImportReport:
    """Import the saved pages at path (a file or a folder) into the newsroom; see the module doc."""
    importer = LegacySiteImporter(publish=publish, allowed_image_prefixes=allowed_image_prefixes)
    return importer.run(path, dry_run=dry_run)
