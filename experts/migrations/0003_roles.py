"""The staff roles of the Media Center, as Django groups with exactly the permissions they need.

Every group may log in to the Wagtail admin (wagtailadmin.access_admin), and:

Editors — write and publish the newsroom, have it translated.
    Pages: add, change, publish, lock, unlock on the tree root (all sites, both languages).
    Images and documents (root collection): add, change, choose — an editor may delete only
    what they uploaded (Wagtail's ownership rule), so a shared logo cannot vanish by mistake.
    Press contacts: add, change, delete, view. Topics and organisations: view only (the
    directory managers keep the taxonomy). Submit translations (wagtail-localize).
    No contact requests, expert contacts or outbox.

Translators — translate what editors wrote; an editor reviews and publishes.
    Pages: change on the tree root, no add and no publish: a translation is saved as a draft
    and published by an editor. Submit translations. Change (not add or delete) on topics,
    organisations and press contacts, which is what translating a snippet needs.
    No contact requests.

Media officers — triage journalists' contact requests.
    Contact requests: view, change. Expert contacts: view (to reach an expert). Outbox: view,
    change (to retry a message). No pages, no publishing.

Directory managers — keep the expert directory.
    Pages: add, change, publish, lock, unlock on every expert directory (ExpertIndexPage) that
    exists when this runs; directories created later are granted the same on creation (the
    post_save receiver in experts/wagtail_hooks.py). Not on the root: a directory manager
    cannot touch the newsroom. Expert contacts, organisations, topics: add, change, delete,
    view. Images (root collection): add, change, choose — expert photos, organisation logos.
    Submit translations (profiles exist in both languages). No contact requests.

Idempotent: groups are fetched or created and their permissions set (not added), so running it
again changes nothing; Wagtail's own "Editors" group, if present, is brought to the above.
Reversible: going back deletes the four groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_EDITING = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
IMAGES = ("wagtailimages.add_image", "wagtailimages.change_image", "wagtailimages.choose_image")
DOCUMENTS = (
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)


def crud(app_label, model):
    return tuple(f"{app_label}.{action}_{model}" for action in ("add", "change", "delete", "view"))


ROLES = {
    "Editors": {
        "permissions": (
            *crud("press", "presscontact"),
            "mediacenter.view_topic",
            "experts.view_organisation",
            "wagtail_localize.submit_translation",
        ),
        "root_pages": PAGE_EDITING,
        "collection": IMAGES + DOCUMENTS,
    },
    "Translators": {
        "permissions": (
            "mediacenter.change_topic",
            "experts.change_organisation",
            "press.change_presscontact",
            "wagtail_localize.submit_translation",
        ),
        "root_pages": ("change_page",),
        "collection": (),
    },
    "Media officers": {
        "permissions": (
            "experts.view_contactrequest",
            "experts.change_contactrequest",
            "experts.view_expertcontact",
            "experts.view_outboxmessage",
            "experts.change_outboxmessage",
        ),
        "root_pages": (),
        "collection": (),
    },
    "Directory managers": {
        "permissions": (
            *crud("experts", "expertcontact"),
            *crud("experts", "organisation"),
            *crud("mediacenter", "topic"),
            "wagtail_localize.submit_translation",
        ),
        "root_pages": (),
        "directory_pages": PAGE_EDITING,
        "collection": IMAGES,
    },
}
ACCESS_ADMIN = "wagtailadmin.access_admin"
APPS_WITH_PERMISSIONS = (
    "experts",
    "mediacenter",
    "press",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
)


def ensure_permissions(apps):
    """Permissions are normally created after all migrations (post_migrate); on a fresh database
    they do not exist yet when this runs, so create the ones of the apps used here."""
    for label in APPS_WITH_PERMISSIONS:
        app_config = apps.get_app_config(label)
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = models_module


def get_permission(Permission, name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def set_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ExpertIndexPage = apps.get_model("experts", "ExpertIndexPage")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    directories = list(ExpertIndexPage.objects.values_list("pk", flat=True))

    for name, role in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(
            [get_permission(Permission, p) for p in (ACCESS_ADMIN, *role["permissions"])]
        )

        GroupPagePermission.objects.filter(group=group).delete()
        page_grants = []
        if root_page is not None:
            page_grants += [(root_page.pk, codename) for codename in role["root_pages"]]
        for page_id in directories:
            page_grants += [(page_id, codename) for codename in role.get("directory_pages", ())]
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(
                group=group,
                page_id=page_id,
                permission=get_permission(Permission, f"wagtailcore.{codename}"),
            )
            for page_id, codename in page_grants
        )

        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            GroupCollectionPermission.objects.bulk_create(
                GroupCollectionPermission(
                    group=group,
                    collection=root_collection,
                    permission=get_permission(Permission, p),
                )
                for p in role["collection"]
            )


def remove_roles(apps, schema_editor):
    # Their page and collection permissions go with them (on_delete=CASCADE).
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("experts", "0002_experts_contact_requests_outbox"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("mediacenter", "0002_languages"),
        ("press", "0002_pressreleasepage_related_experts"),
    ]

    operations = [migrations.RunPython(set_roles, remove_roles)]
