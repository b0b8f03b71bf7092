"""Security hardening shared by the whole site (docs/security.md).

- `SecurityHeadersMiddleware`: the first middleware, so its headers reach every response,
  including one served from a page cache further in: Content-Security-Policy (a strict one for
  public pages, the admin's own for ADMIN_PATH_PREFIXES), Permissions-Policy, and Django's
  security headers as a floor (X-Frame-Options, COOP, Referrer-Policy, nosniff, HSTS). It also
  refuses request bodies above MAX_REQUEST_BODY_SIZE before they are read, and answers the API's
  HTML error pages (404, 500, ...) as JSON with no detail of the fault.
- `lockout_response`: the page django-axes shows to a locked-out admin login.
- `ImageForm`, `DocumentForm`: Wagtail's upload forms with the content checks Wagtail lacks.
"""

from __future__ import annotations

import datetime
import http
import math
from collections.abc import Iterable
from pathlib import PurePath

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

API_PATH_PREFIX = "/api/"

# Powerful browser features no page of ours uses: off for us and for any frame. Video players
# may go full screen and play protected media. Only features Chromium knows are listed (an
# unknown one is logged as an error in the browser's console).
PERMISSIONS_OFF = (
    "accelerometer",
    "autoplay",
    "bluetooth",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
PERMISSIONS_FOR_VIDEO = ("encrypted-media", "fullscreen", "picture-in-picture")


def permissions_policy(video_origins: Iterable[str]) -> str:
    """The Permissions-Policy header: everything in PERMISSIONS_OFF denied to all, the video
    features allowed to the site and the video players it embeds."""
    allowed = " ".join(["self", *(f'"{origin}"' for origin in video_origins)])
    parts = [f"{feature}=()" for feature in PERMISSIONS_OFF]
    parts += [f"{feature}=({allowed})" for feature in PERMISSIONS_FOR_VIDEO]
    return ", ".join(parts)


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.ADMIN_PATH_PREFIXES))


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with one policy for the admin and another for everything else,
    plus the other security headers, the request-size limit and JSON errors for the API.

    Keep it FIRST in MIDDLEWARE: anything that answers from a cache after it still gets the
    headers, which are set here on the way out whatever produced the response.
    """

    def __init__(self, get_response) -> None:
        super().__init__(get_response)
        self.permissions_policy = permissions_policy(settings.VIDEO_EMBED_ORIGINS)
        self.admin_policy = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        # Wagtail's preview runs the page through the middleware on a dummy request
        # (request.is_dummy) and the admin shows the result in a frame: the public policy, but
        # framed by the admin.
        self.preview_policy = default_config(
            {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}
        )

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        too_large = self._refuse_large_body(request)
        if too_large is not None:
            return too_large
        return super().process_request(request)

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if request.path_info.startswith(API_PATH_PREFIX) and not settings.DEBUG:
            response = api_error_as_json(response)
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        self._django_security_headers(request, response)
        return response

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None:
            if getattr(request, "is_dummy", False):
                parts.config = self.preview_policy
            elif is_admin_path(request.path_info):
                parts.config = self.admin_policy
        return parts

    @staticmethod
    def _refuse_large_body(request: HttpRequest) -> HttpResponse | None:
        """413 for a body larger than any upload we accept, before Django reads it."""
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return None  # Django answers a malformed length itself
        limit = settings.MAX_REQUEST_BODY_SIZE
        if length <= limit:
            return None
        language = translation.get_language_from_request(request)
        with translation.override(language):
            message = gettext(
                "This upload is too large: the most the site accepts is %(size)s. Please send a "
                "smaller file."
            ) % {"size": filesizeformat(limit)}
        return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")

    @staticmethod
    def _django_security_headers(request: HttpRequest, response: HttpResponseBase) -> None:
        """Django's SecurityMiddleware and XFrameOptionsMiddleware headers, set only where
        missing: a response that skipped them (served by a cache placed before them) has them."""
        if (
            settings.SECURE_HSTS_SECONDS
            and request.is_secure()
            and "Strict-Transport-Security" not in response
        ):
            value = f"max-age={settings.SECURE_HSTS_SECONDS}"
            if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
                value += "; includeSubDomains"
            if settings.SECURE_HSTS_PRELOAD:
                value += "; preload"
            response.headers["Strict-Transport-Security"] = value
        if settings.SECURE_CONTENT_TYPE_NOSNIFF:
            response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if settings.SECURE_REFERRER_POLICY:
            policy = settings.SECURE_REFERRER_POLICY
            if not isinstance(policy, str):
                policy = ",".join(policy)
            response.headers.setdefault("Referrer-Policy", policy)
        if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
            response.headers.setdefault(
                "Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
            )
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS.upper())


def api_error_as_json(response: HttpResponseBase) -> HttpResponseBase:
    """An API client gets JSON, never the site's HTML error page: the status and its standard
    phrase, nothing about the cause. JSON errors of the API itself pass unchanged."""
    content_type = response.get("Content-Type", "")
    if response.status_code < 400 or not content_type.startswith("text/html"):
        return response
    try:
        phrase = http.HTTPStatus(response.status_code).phrase
    except ValueError:
        phrase = "Error"
    json_response = JsonResponse({"detail": phrase}, status=response.status_code)
    for header in ("Allow", "Retry-After"):
        if header in response:
            json_response[header] = response[header]
    return json_response


# --- Admin login lockout (django-axes) ------------------------------------------------------------


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials=None
) -> HttpResponse:
    """429 with a page in the visitor's language: why the login is paused and for how long.
    Nothing says whether the username exists."""
    cool_off: datetime.timedelta = settings.AXES_COOLOFF_TIME
    minutes = max(1, math.ceil(cool_off.total_seconds() / 60))
    response = render(
        request,
        "security/lockout.html",
        {"cooloff_minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


# --- Uploads -------------------------------------------------------------------------------------

SVG_FORBIDDEN_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler"}
SVG_LINK_ATTRIBUTES = {"href", "src"}
SVG_SAFE_DATA = ("data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp")


def _local_name(name: str) -> str:
    """`{http://www.w3.org/1999/xlink}href` → `href`, lower-cased."""
    return name.rsplit("}", 1)[-1].lower()


def svg_problem(root) -> str | None:
    """Why an SVG (an ElementTree root) could run code or load something when opened on its own,
    or None. Logos do neither: scripts, event handlers, embedded HTML and links to other files
    are refused rather than cleaned, so what is stored is exactly what was checked."""
    if _local_name(root.tag) != "svg":
        return f"<{_local_name(root.tag)}>"
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        tag = _local_name(element.tag)
        if tag in SVG_FORBIDDEN_ELEMENTS:
            return f"<{tag}>"
        if tag in {"set", "animate"} and element.get("attributeName", "").lower().endswith("href"):
            return f"<{tag}> of a link"
        if tag == "style" and "@import" in (element.text or "").lower():
            return "@import"
        for name, value in element.attrib.items():
            attribute = _local_name(name)
            compact = "".join(value.split()).lower()
            if attribute.startswith("on"):
                return attribute
            if "javascript:" in compact:
                return "javascript:"
            if attribute in SVG_LINK_ATTRIBUTES and not (
                compact.startswith("#") or compact.startswith(SVG_SAFE_DATA)
            ):
                return f'{attribute}="{value[:60]}"'
    return None


class ImageForm(BaseImageForm):
    """Wagtail's image form (type, size and pixel checks by WAGTAILIMAGES_* settings), which also
    refuses SVG files that carry scripts or links: opened on their own they run on our origin."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        image = getattr(file, "image", None)
        if image is not None and getattr(image, "format_name", "") == "svg":
            root = image.dom.getroot()
            if _local_name(root.tag) != "svg":
                raise forms.ValidationError(
                    _("This file is not an SVG drawing. Upload the logo as SVG or PNG."),
                    code="not_svg",
                )
            problem = svg_problem(root)
            if problem:
                raise forms.ValidationError(
                    _(
                        "This SVG file contains a script, an event handler or a link to another "
                        "file (%(found)s), which the site does not accept. Export the logo again "
                        "as a plain SVG, or upload it as PNG."
                    ),
                    code="unsafe_svg",
                    params={"found": problem},
                )
        return file


# What each document type starts with: a file whose content does not match its extension is
# refused (a ".pdf" that is really a web page, a program renamed ".docx").
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
DOCUMENT_MAGIC = {
    "pdf": (b"%PDF-",),
    "docx": ZIP_MAGIC,
    "xlsx": ZIP_MAGIC,
    "pptx": ZIP_MAGIC,
    "odt": ZIP_MAGIC,
    "key": ZIP_MAGIC,
    "zip": ZIP_MAGIC,
    "rtf": (b"{\\rtf",),
}
TEXT_EXTENSIONS = {"csv", "txt"}


def document_problem(name: str, head: bytes) -> str | None:
    """Why a document's first bytes do not fit its extension, or None."""
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension == "pdf":
        # The PDF header may follow a little junk, within the first kilobyte.
        return None if b"%PDF-" in head[:1024] else "pdf"
    if extension in DOCUMENT_MAGIC:
        return None if head.startswith(DOCUMENT_MAGIC[extension]) else extension
    if extension in TEXT_EXTENSIONS:
        return None if b"\x00" not in head else extension
    return None


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form (extensions by WAGTAILDOCS_EXTENSIONS), with the size limit
    DOCUMENT_MAX_UPLOAD_SIZE and a check that the content is what the extension says."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not file or "file" not in self.changed_data:
            return file
        limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
        if file.size > limit:
            raise forms.ValidationError(
                _("This file is too big (%(size)s). The largest document accepted is %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            )
        file.seek(0)
        head = file.read(64 * 1024)
        file.seek(0)
        problem = document_problem(file.name, head)
        if problem:
            raise forms.ValidationError(
                _(
                    "This file does not look like a .%(extension)s document: its content does not "
                    "match its name. Check that it is the right file, saved in that format."
                ),
                code="content_mismatch",
                params={"extension": problem},
            )
        return file
