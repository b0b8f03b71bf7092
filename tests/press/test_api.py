"""The public JSON API at /api/v2/: pages, images and documents, without embargoed items."""

from __future__ import annotations

import datetime

import pytest
import time_machine

from tests import factories
from tests.press.conftest import SOFIA, release

pytestmark = pytest.mark.django_db

LIFTS = datetime.datetime(2030, 3, 1, 9, 0, tzinfo=SOFIA)


def press_titles(client, **params) -> list[str]:
    response = client.get("/api/v2/pages/", {"type": "press.PressReleasePage", **params})
    assert response.status_code == 200
    return [item["title"] for item in response.json()["items"]]


def test_pages_endpoint_lists_press_releases_with_their_fields(client, site_tree):
    page = release(site_tree.press_bg, title="Открито", funders="Хоризонт Европа")
    factories.translate(page, "en", title="Open")

    response = client.get(
        "/api/v2/pages/",
        {"type": "press.PressReleasePage", "fields": "lead,kind,funders", "locale": "en"},
    )

    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["title"] == "Open"
    assert item["kind"] == "press_release"
    assert item["funders"] == "Хоризонт Европа"
    assert item["meta"]["locale"] == "en"


def test_pages_endpoint_serves_a_detail(client, site_tree):
    page = release(site_tree.press_bg, title="Открито", lead="Кратко резюме.")

    response = client.get(f"/api/v2/pages/{page.pk}/")

    assert response.status_code == 200
    assert response.json()["lead"] == "Кратко резюме."


def test_embargoed_release_is_absent_from_the_api_until_it_lifts(client, site_tree):
    release(site_tree.press_bg, title="Открито")
    hidden = release(site_tree.press_bg, title="Под ембарго", embargo_until=LIFTS)

    # Absent from every listing, typed or not, and its detail is not found.
    assert press_titles(client) == ["Открито"]
    all_titles = [item["title"] for item in client.get("/api/v2/pages/").json()["items"]]
    assert "Под ембарго" not in all_titles and "Открито" in all_titles
    assert "Под ембарго" not in str(
        client.get("/api/v2/pages/", {"search": "ембарго"}).content.decode()
    )
    detail = client.get(f"/api/v2/pages/{hidden.pk}/")
    assert detail.status_code == 404
    assert detail["Content-Type"] == "application/json"
    assert "Под ембарго" not in detail.content.decode()
    found = client.get("/api/v2/pages/find/", {"html_path": hidden.url})
    assert found.status_code == 404

    with time_machine.travel(LIFTS - datetime.timedelta(minutes=1), tick=False):
        assert press_titles(client) == ["Открито"]
    with time_machine.travel(LIFTS, tick=False):
        assert sorted(press_titles(client)) == sorted(["Под ембарго", "Открито"])
        detail = client.get(f"/api/v2/pages/{hidden.pk}/")
        assert detail.status_code == 200
        assert detail.json()["title"] == "Под ембарго"


def test_embargoed_release_is_absent_even_for_an_accredited_journalist(client, site_tree):
    """The API has no accreditation: it shows what the public site shows."""
    from django.contrib.auth.models import Permission, User

    user = User.objects.create_user("journalist")
    user.user_permissions.add(Permission.objects.get(codename="view_embargoed_pressreleasepage"))
    client.force_login(user)
    release(site_tree.press_bg, title="Под ембарго", embargo_until=LIFTS)

    assert press_titles(client) == []


def test_children_of_the_newsroom_leave_out_embargoed_items(client, site_tree):
    release(site_tree.press_bg, title="Открито")
    release(site_tree.press_bg, title="Под ембарго", embargo_until=LIFTS)

    response = client.get("/api/v2/pages/", {"child_of": site_tree.press_bg.pk})

    assert [item["title"] for item in response.json()["items"]] == ["Открито"]


@pytest.mark.smoke
def test_images_and_documents_endpoints_answer(client, site_tree):
    image = factories.ImageFactory(title="Лого на клъстера")
    document = factories.DocumentFactory(title="Факти за клъстера")

    images = client.get("/api/v2/images/")
    documents = client.get("/api/v2/documents/")

    assert images.status_code == 200 and documents.status_code == 200
    assert [item["title"] for item in images.json()["items"]] == [image.title]
    assert [item["title"] for item in documents.json()["items"]] == [document.title]
    assert client.get(f"/api/v2/images/{image.pk}/").json()["width"] == image.width


@pytest.mark.smoke
def test_bad_api_parameters_are_a_400_not_an_error(client, site_tree):
    assert client.get("/api/v2/pages/", {"type": "no.SuchModel"}).status_code == 400
    assert client.get("/api/v2/pages/", {"limit": "abc"}).status_code == 400
    assert client.get("/api/v2/pages/", {"fields": "embargo_until"}).status_code == 400


def test_press_contact_details_are_not_inlined(client, site_tree):
    """Only api_fields are exposed; a related press contact is a reference, not its data."""
    page = release(site_tree.press_bg, press_contact=factories.PressContactFactory())

    body = client.get(f"/api/v2/pages/{page.pk}/").content.decode()

    assert "press@biocluster.bg" not in body


def test_featured_image_of_an_embargoed_release_is_absent_from_the_images_api(client, site_tree):
    image = factories.ImageFactory(title="Снимка от подписването")
    hidden = release(site_tree.press_bg, title="Под ембарго", embargo_until=LIFTS)
    hidden.featured_image = image
    hidden.save_revision().publish()

    def image_titles():
        return [item["title"] for item in client.get("/api/v2/images/").json()["items"]]

    assert "Снимка от подписването" not in image_titles()
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
    with time_machine.travel(LIFTS, tick=False):
        assert "Снимка от подписването" in image_titles()
