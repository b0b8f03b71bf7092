"""Uploads limited by type, size and content, through Wagtail's real admin forms: a refused file
gets a clear message and nothing is stored, neither the database row nor the file."""

from __future__ import annotations

import io
import os
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from experts.models import ContactRequest

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()

CLEAN_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'width="120" height="40" viewBox="0 0 120 40"><defs><linearGradient id="g">'
    b'<stop offset="0" stop-color="#0a6"/></linearGradient></defs>'
    b'<rect width="120" height="40" fill="url(#g)"/><use xlink:href="#g"/>'
    b"<text x="
    b'"10" y="25">BULCLUSTER</text></svg>'
)
UNSAFE_SVGS = {
    "script": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>",
    "event handler": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" '
    b'onload="alert(1)"><rect width="10" height="10"/></svg>',
    "javascript link": b'<svg xmlns="http://www.w3.org/2000/svg" '
    b'xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'
    b'<a xlink:href="javascript:alert(1)"><rect width="10" height="10"/></a></svg>',
    "embedded html": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" '
    b'src="https://example.com"/></foreignObject></svg>',
    "external file": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<image href="https://tracker.example.com/pixel.png" width="10" height="10"/></svg>',
}


def png(width: int, height: int, *, noise: bool = False, mode: str = "RGB") -> bytes:
    if noise:
        image = PILImage.frombytes(mode, (width, height), os.urandom(width * height * 3))
    else:
        image = PILImage.new(mode, (width, height))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


@pytest.fixture
def editor_client(client, admin_user):
    """An editor whose admin is in English (Wagtail's own messages are translated to Bulgarian;
    ours reach the Bulgarian catalogue later)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


def stored_files(folder: str) -> set[str]:
    path = Path(settings.MEDIA_ROOT) / folder
    return {p.name for p in path.iterdir()} if path.exists() else set()


def upload_image(client, name: str, content: bytes):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Лого на клъстера",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def upload_document(client, name: str, content: bytes):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Годишен доклад 2024",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def unique(name: str) -> str:
    """The file name with a marker no other test's file has (the media folder is shared)."""
    return f"{uuid.uuid4().hex[:12]}-{name}"


def assert_refused(response, message: str, model, folder: str, name: str) -> None:
    assert response.status_code == 200, "the form is shown again"
    assert message in response.text
    assert not model.objects.exists()
    marker = name.split("-", 1)[0]
    assert not any(marker in stored for stored in stored_files(folder))


def test_a_normal_photo_and_a_clean_svg_logo_are_accepted(editor_client):
    photo, logo = unique("klaster-ekip.png"), unique("bulcluster-logo.svg")
    assert upload_image(editor_client, photo, png(1200, 800)).status_code == 302
    assert upload_image(editor_client, logo, CLEAN_SVG).status_code == 302
    assert Image.objects.count() == 2
    stored = stored_files("original_images")
    for name in (photo, logo):
        assert any(name.split("-", 1)[0] in file for file in stored)


def test_an_oversized_image_is_refused(editor_client):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    content = png(2100, 1800, noise=True)
    assert len(content) > limit
    name = unique("snimka-golyama.png")
    response = upload_image(editor_client, name, content)
    assert_refused(response, "This file is too big", Image, "original_images", name)
    assert "Maximum filesize 10.0\xa0MB" in response.text


def test_an_image_with_too_many_pixels_is_refused(editor_client):
    content = png(9000, 5000, mode="1")  # tiny file, 45 million pixels
    assert len(content) < settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    name = unique("panorama.png")
    response = upload_image(editor_client, name, content)
    assert_refused(response, "This file has too many pixels", Image, "original_images", name)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("razpisanie.png", b"<html><script>alert(1)</script></html>", "Not a valid .png image"),
        ("razpisanie.png", b"MZ\x90\x00\x03\x00\x00\x00", "Upload a valid image"),
        ("stranitsa.svg", b"<html><body><h1>Hi</h1></body></html>", "is not an SVG drawing"),
        ("logo.bmp", None, "Not a supported image format"),
        ("snimka.jpg", None, "Not a valid .jpeg image"),
    ],
)
def test_a_file_of_the_wrong_type_is_refused(editor_client, name, content, message):
    if content is None:
        buffer = io.BytesIO()
        PILImage.new("RGB", (40, 40)).save(buffer, "BMP" if name.endswith("bmp") else "PNG")
        content = buffer.getvalue()
    name = unique(name)
    response = upload_image(editor_client, name, content)
    assert_refused(response, message, Image, "original_images", name)


@pytest.mark.parametrize("kind", list(UNSAFE_SVGS))
def test_an_svg_that_could_run_or_load_something_is_refused(editor_client, kind):
    name = unique("logo-partner.svg")
    response = upload_image(editor_client, name, UNSAFE_SVGS[kind])
    assert_refused(
        response,
        "This SVG file contains a script, an event handler or a link to another file",
        Image,
        "original_images",
        name,
    )


def test_the_multiple_uploader_applies_the_same_checks(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("logo-partner.svg", UNSAFE_SVGS["script"])},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert "This SVG file contains a script" in answer["error_message"]
    assert not Image.objects.exists()


def test_documents_accept_what_they_claim_to_be(editor_client):
    response = upload_document(
        editor_client, "godishen-doklad.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"
    )
    assert response.status_code == 302
    response = upload_document(editor_client, "eksperti.csv", "име,град\nРадка,София\n".encode())
    assert response.status_code == 302
    assert Document.objects.count() == 2


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("instalator.exe", b"MZ\x90\x00", "File extension “exe” is not allowed"),
        ("doklad.pdf", b"<html><body>Not a PDF</body></html>", "does not look like a .pdf"),
        ("tablitsa.xlsx", b"%PDF-1.4 renamed", "does not look like a .xlsx"),
        ("belezhki.txt", b"MZ\x90\x00\x03\x00\x00\x00", "does not look like a .txt"),
    ],
)
def test_a_document_of_the_wrong_type_is_refused(editor_client, name, content, message):
    name = unique(name)
    response = upload_document(editor_client, name, content)
    assert_refused(response, message, Document, "documents", name)


def test_an_oversized_document_is_refused(editor_client):
    limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
    content = b"%PDF-1.7\n" + b"0" * limit
    name = unique("prezentatsia.pdf")
    response = upload_document(editor_client, name, content)
    assert_refused(response, "This file is too big", Document, "documents", name)
    assert "The largest document accepted is 20.0\xa0MB" in response.text


def test_a_body_larger_than_any_upload_is_refused_before_it_is_read(editor_client):
    claimed = settings.MAX_REQUEST_BODY_SIZE + 1
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Огромен файл"},
        CONTENT_LENGTH=str(claimed),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 413
    assert "This upload is too large: the most the site accepts is 21.0\xa0MB" in response.text
    assert "Content-Security-Policy" in response
    assert not Document.objects.exists()


def test_a_public_form_with_thousands_of_fields_is_refused(client, site_tree):
    data = {f"field{n}": "x" for n in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    response = client.post("/en/request-contact/", data)
    assert response.status_code == 400
    assert not ContactRequest.objects.exists()
