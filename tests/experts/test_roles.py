"""The staff roles (migration experts/0003_roles): each group sees and may do what its work
needs, and nothing of the journalists' contact requests unless it triages them."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from wagtail import hooks
from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.users.models import UserProfile

from experts.models import ContactRequest, ExpertContact, OutboxMessage
from tests import factories

pytestmark = pytest.mark.django_db

LIST = "/admin/experts/contact-requests/"
OUTBOX = "/admin/experts/outbox/"
CONTACTS = "/admin/snippets/experts/expertcontact/"
ROLES = ("Editors", "Translators", "Media officers", "Directory managers")
roles_migration = importlib.import_module("experts.migrations.0003_roles")


@pytest.fixture
def tree(request):
    """The site tree, created once the admin's hooks are loaded, as at start-up (importing the
    URLconf loads them; the directory managers' grant on a new directory is one of them)."""
    hooks.search_for_hooks()
    return request.getfixturevalue("site_tree")


@pytest.fixture
def login(client, django_user_model):
    def login_as(group: str):
        user = django_user_model.objects.create_user(username=group.lower().replace(" ", "_"))
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        client.force_login(user)
        return user

    return login_as


@pytest.fixture
def contact_request(tree):
    expert = factories.ExpertPageFactory(parent=tree.experts_bg, last_name="Георгиева")
    factories.ExpertContactFactory(expert=expert, email="georgieva@lab.example.bg")
    return factories.ContactRequestFactory(expert=expert, outlet="Дневник")


def redirected_home(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.mark.parametrize("group", ["Editors", "Translators", "Directory managers"])
def test_other_roles_cannot_reach_contact_requests(client, login, contact_request, group):
    login(group)
    detail = f"{LIST}{contact_request.pk}/"

    home = client.get("/admin/")
    assert home.status_code == 200  # they do work in the admin
    assert LIST not in home.content.decode()  # no menu item, no dashboard panel
    assert 'id="contact-requests-section"' not in home.content.decode()
    assert redirected_home(client.get(LIST))
    assert redirected_home(client.get(detail))
    assert redirected_home(client.get(LIST, {"export": "csv"}))
    assert redirected_home(client.post(f"{detail}action/", {"action": "take"}))
    assert redirected_home(client.get(OUTBOX))
    contact_request.refresh_from_db()
    assert contact_request.status == ContactRequest.Status.NEW
    assert not contact_request.events.exists()


def test_media_officer_sees_requests_panel_and_expert_contacts_but_no_pages(
    client, login, contact_request, tree
):
    login("Media officers")

    home = client.get("/admin/").content.decode()
    assert LIST in home
    assert 'id="contact-requests-section"' in home
    assert client.get(LIST).status_code == 200
    assert client.get(f"{LIST}{contact_request.pk}/").status_code == 200
    assert client.get(OUTBOX).status_code == 200
    contacts = client.get(CONTACTS)
    assert contacts.status_code == 200
    assert "georgieva@lab.example.bg" in contacts.content.decode()
    found = client.get(CONTACTS, {"q": "Георгиева"}).content.decode()
    assert "georgieva@lab.example.bg" in found
    assert "georgieva@lab.example.bg" not in client.get(CONTACTS, {"q": "Петров"}).content.decode()
    # Viewing, not changing, the experts' contacts; no pages at all.
    assert redirected_home(client.get(f"{CONTACTS}add/"))
    assert redirected_home(client.get(f"/admin/pages/{tree.press_bg.pk}/edit/"))


def test_directory_manager_edits_experts_and_their_contacts_not_the_newsroom(client, login, tree):
    user = login("Directory managers")
    expert_bg = factories.ExpertPageFactory(parent=tree.experts_bg, last_name="Димитрова")
    expert_en = factories.translate(expert_bg, "en", last_name="Dimitrova")
    release = factories.PressReleasePageFactory(parent=tree.press_bg)

    assert client.get(f"/admin/pages/{expert_bg.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{expert_en.pk}/edit/").status_code == 200
    assert (
        client.get(f"/admin/pages/add/experts/expertpage/{tree.experts_bg.pk}/").status_code == 200
    )
    assert expert_bg.permissions_for_user(user).can_publish()
    assert not release.permissions_for_user(user).can_edit()
    assert redirected_home(client.get(f"/admin/pages/{release.pk}/edit/"))

    response = client.post(
        f"{CONTACTS}add/",
        {
            "expert": expert_bg.pk,
            "email": "dimitrova@mu-varna.example.bg",
            "phone": "+359 52 000 111",
            "preferred_channel": "email",
            "consent_date": "2025-03-01",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ExpertContact.for_expert(expert_en).email == "dimitrova@mu-varna.example.bg"
    assert "/admin/snippets/experts/organisation/" in client.get("/admin/").content.decode()
    assert client.get("/admin/snippets/mediacenter/topic/add/").status_code == 200
    assert redirected_home(client.get(LIST))


def test_translator_edits_pages_without_publishing(client, login, tree):
    user = login("Translators")
    page = factories.PressReleasePageFactory(parent=tree.press_bg)

    permissions = page.permissions_for_user(user)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert user.has_perm("wagtail_localize.submit_translation")
    assert not user.has_perm("experts.view_contactrequest")
    assert redirected_home(client.get(LIST))


def test_editor_publishes_pages_and_uploads_media(client, login, tree):
    user = login("Editors")
    page = factories.PressReleasePageFactory(parent=tree.press_bg)

    assert page.permissions_for_user(user).can_publish()
    assert client.get("/admin/images/multiple/add/").status_code == 200
    assert client.get("/admin/documents/multiple/add/").status_code == 200
    assert client.get("/admin/snippets/press/presscontact/add/").status_code == 200
    assert redirected_home(client.get("/admin/snippets/mediacenter/topic/add/"))
    assert redirected_home(client.get(CONTACTS))


def snapshot() -> dict:
    return {
        group.name: (
            sorted(group.permissions.values_list("content_type__app_label", "codename")),
            sorted(
                GroupPagePermission.objects.filter(group=group).values_list(
                    "page_id", "permission__codename"
                )
            ),
            sorted(
                GroupCollectionPermission.objects.filter(group=group).values_list(
                    "collection_id", "permission__codename"
                )
            ),
        )
        for group in Group.objects.filter(name__in=ROLES)
    }


# Later migrations that give the roles more permissions (run after the roles migration).
report_migration = importlib.import_module("search.migrations.0002_search_report_permission")


def set_all_roles() -> None:
    roles_migration.set_roles(django_apps, None)
    report_migration.grant(django_apps, None)


def test_roles_migration_is_idempotent_and_reversible(tree):
    before = snapshot()
    assert set(before) == set(ROLES)
    for name, (permissions, _pages, _collections) in before.items():
        assert ("wagtailadmin", "access_admin") in permissions, name
    officers = before["Media officers"][0]
    assert ("experts", "change_contactrequest") in officers
    assert all(
        ("experts", codename) not in before[name][0]
        for name in ("Editors", "Translators", "Directory managers")
        for codename in ("view_contactrequest", "change_contactrequest")
    )

    set_all_roles()
    after = snapshot()
    set_all_roles()
    assert snapshot() == after
    # Run again, the directories that now exist are the directory managers' too.
    directory_pages = {page for page, _codename in after["Directory managers"][1]}
    assert directory_pages == {tree.experts_bg.pk, tree.experts_en.pk}
    assert after == before

    roles_migration.remove_roles(django_apps, None)
    assert not Group.objects.filter(name__in=ROLES).exists()
    set_all_roles()
    assert snapshot() == after


def test_outbox_messages_are_listed_for_media_officers_and_retried(
    client, login, contact_request, django_capture_on_commit_callbacks, mailoutbox
):
    login("Media officers")
    failed = OutboxMessage.objects.create(
        to="georgieva@lab.example.bg",
        subject="Журналист иска интервю",
        body="Въпроси за геномиката.",
        status=OutboxMessage.Status.FAILED,
        attempts=8,
        last_error="SMTPServerDisconnected: Connection unexpectedly closed",
    )

    page = client.get(OUTBOX).content.decode()
    assert "Журналист иска интервю" in page
    assert "SMTPServerDisconnected" in page
    assert f"{OUTBOX}{failed.pk}/retry/" in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{OUTBOX}{failed.pk}/retry/")

    failed.refresh_from_db()
    assert failed.status == OutboxMessage.Status.SENT
    assert [m.subject for m in mailoutbox] == ["Журналист иска интервю"]
    # A record of what was sent: no editing.
    assert client.get(f"{OUTBOX}edit/{failed.pk}/").status_code == 404
