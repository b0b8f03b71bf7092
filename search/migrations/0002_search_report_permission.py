"""Media officers and editors may read the search-terms report (top queries, no results)."""

from django.db import migrations

GROUPS = ("Media officers", "Editors")


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; a fresh database needs them now
    # (historical app configs have no models_module, which create_permissions requires).
    app_config = apps.get_app_config("sitesearch")
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    try:
        create_permissions(app_config, verbosity=0, apps=apps)
    finally:
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="sitesearch", codename="view_searchqueryday"
    )
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="sitesearch", codename="view_searchqueryday"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0001_backlog_and_query_log"),
        ("experts", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
