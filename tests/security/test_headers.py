"""Security headers as a browser receives them: public pages in both languages, feeds, the APIs,
a page served from a page cache, the admin, and Wagtail's preview (the one page the admin
frames)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from mediacenter.security import SecurityHeadersMiddleware
from tests import factories

pytestmark = pytest.mark.django_db

SECURITY_MIDDLEWARE = "mediacenter.security.SecurityHeadersMiddleware"


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_public_security_headers(response) -> None:
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"], "no inline script, no nonce, no third-party script"
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "nonce-" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == settings.SECURE_REFERRER_POLICY
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions
    fullscreen = next(part for part in permissions.split(", ") if part.startswith("fullscreen="))
    assert fullscreen.startswith("fullscreen=(self ")
    assert '"https://www.youtube-nocookie.com"' in fullscreen


@pytest.fixture
def public_site(site_tree):
    """A press release and an expert in both languages, so lists, feeds and APIs have content."""
    release = factories.PressReleasePageFactory(
        parent=site_tree.press_bg,
        title="Клъстерът стартира проекта PRECISEU",
        slug="preciseu",
    )
    factories.translate(release, "en", title="The cluster launches the PRECISEU project")
    expert = factories.ExpertPageFactory(
        parent=site_tree.experts_bg, first_name="Радка", last_name="Аргирова"
    )
    factories.translate(expert, "en", first_name="Radka", last_name="Argirova")
    return site_tree


PUBLIC_URLS = [
    "/bg/",
    "/en/",
    "/bg/press/",
    "/en/press/preciseu/",
    "/bg/experts/?q=Аргирова",
    "/en/request-contact/",
    "/bg/search/?q=PRECISEU",
    "/bg/feeds/press/rss/",
    "/en/feeds/press/atom/",
    "/en/feeds/events/ics/",
    "/api/v1/experts/?lang=en&q=Argirova",
    "/api/v1/openapi.json",
    "/api/v2/pages/?type=press.PressReleasePage",
    "/sitemap.xml",
    "/robots.txt",
    "/en/no-such-page/",
    "/api/v1/no-such-endpoint/",
]


def test_public_responses_carry_the_security_headers(client, public_site):
    """Pages in both languages, forms, search, feeds, both APIs and their schema, sitemap,
    robots and not-found answers (one site built once, every URL checked)."""
    for url in PUBLIC_URLS:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        try:
            assert_public_security_headers(response)
        except AssertionError as error:
            raise AssertionError(f"{url}: {error}") from error


def test_pages_in_both_languages_have_the_policy_and_its_content(client, public_site):
    for language, title in (
        ("bg", "Клъстерът стартира проекта PRECISEU"),
        ("en", "The cluster launches the PRECISEU project"),
    ):
        response = client.get(f"/{language}/press/preciseu/")
        assert response.status_code == 200
        assert title in response.text
        # JSON-LD is data, not script: it needs no 'unsafe-inline' and runs nowhere.
        assert '<script type="application/ld+json">' in response.text
        assert "<script>" not in response.text
        assert_public_security_headers(response)


def test_security_headers_middleware_is_first_and_outside_any_cache():
    """The ordering rule: a cache middleware answers on the way in and is skipped by everything
    before it on the way out only if it sits before that; ours must come first."""
    middleware = list(settings.MIDDLEWARE)
    assert middleware[0] == SECURITY_MIDDLEWARE
    for position, name in enumerate(middleware):
        if "cache" in name.lower():
            assert position > 0, f"{name} must come after {SECURITY_MIDDLEWARE}"


def test_a_page_served_from_the_page_cache_has_the_headers(client, public_site):
    """The site's page cache (mediacenter.cache) answers the second request from the cache, and
    that answer carries every header: ours are added outside the cache, on every response."""
    for url in ("/en/press/preciseu/", "/bg/", "/bg/feeds/press/rss/", "/en/experts/?q=Argirova"):
        first = client.get(url)
        assert first["X-Cache"] == "MISS", url
        assert_public_security_headers(first)
        cached = client.get(url)
        assert cached["X-Cache"] == "HIT", url
        assert cached.content == first.content
        assert_public_security_headers(cached)


def test_production_settings_send_hsts_and_secure_cookies(
    client, public_site, production_security, admin_user
):
    response = client.get("/en/request-contact/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.cookies["csrftoken"]["secure"] is True
    assert_public_security_headers(response)

    # Plain HTTP goes to HTTPS.
    insecure = client.get("/en/press/")
    assert insecure.status_code == 301
    assert insecure["Location"] == "https://testserver/en/press/"

    login = client.post(
        "/admin/login/",
        {"username": "redaktor", "password": "Sofia-Tech-Park-2024"},
        secure=True,
    )
    assert login.status_code == 302
    session_cookie = login.cookies[settings.SESSION_COOKIE_NAME]
    assert session_cookie["secure"] is True
    assert session_cookie["httponly"] is True


def test_the_admin_has_its_own_policy(client, public_site, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    csp = policy(response)
    # Wagtail's admin runs inline scripts (date pickers, inline panels, wagtail-localize).
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_wagtail_preview_renders_and_may_be_framed_by_the_admin_only(
    client, public_site, admin_user
):
    """Wagtail's live preview frames the page being edited: that response alone says SAMEORIGIN;
    the editor around it, and the public page itself, say DENY."""
    client.force_login(admin_user)
    home = public_site.home_en
    edit_url = reverse("wagtailadmin_pages:edit", args=[home.pk])
    edit = client.get(edit_url)
    assert edit.status_code == 200
    assert edit["X-Frame-Options"] == "DENY"

    data = querydict_from_html(edit.text, form_id="page-edit-form")
    data["title"] = "Media Center — preview of the new introduction"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[home.pk])
    posted = client.post(preview_url, data)
    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True

    preview = client.get(preview_url, {"in_preview_panel": "true", "mode": ""})
    assert preview.status_code == 200
    assert "Media Center — preview of the new introduction" in preview.text
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(preview)["frame-ancestors"] == ["'self'"]

    public = client.get("/en/")
    assert "preview of the new introduction" not in public.text
    assert public["X-Frame-Options"] == "DENY"
    assert policy(public)["frame-ancestors"] == ["'none'"]


def test_a_view_may_still_opt_out_of_x_frame_options(rf):
    """The floor of headers respects Django's @xframe_options_exempt."""
    from django.http import HttpResponse
    from django.views.decorators.clickjacking import xframe_options_exempt

    @xframe_options_exempt
    def embeddable(request):
        return HttpResponse("ok")

    response = SecurityHeadersMiddleware(embeddable)(rf.get("/en/embed/"))
    assert "X-Frame-Options" not in response
    assert "Content-Security-Policy" in response
