"""Directory managers own the expert directories: each new directory (any language) gets their
page permissions, as migration 0003_roles gives them on the directories that existed then.
Connected in ExpertsConfig.ready(), so it also holds for pages made by commands and the demo."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Page

from experts.models import ExpertIndexPage

DIRECTORY_MANAGERS = "Directory managers"
# Keep in step with experts/migrations/0003_roles.py.
DIRECTORY_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def grant_directory_pages(page: Page) -> None:
    """Give the Directory managers group its page permissions on one expert directory."""
    group = Group.objects.filter(name=DIRECTORY_MANAGERS).first()
    if group is None:
        return
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model="page",
        codename__in=DIRECTORY_PAGE_PERMISSIONS,
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@receiver(post_save, sender=ExpertIndexPage, dispatch_uid="experts.directory_manager_pages")
def grant_directory_managers(sender, instance, created, raw=False, **kwargs):
    """A new expert directory (in any language) is the Directory managers' to fill: they get
    the page permissions on it that migration 0003_roles gives them on the directories that
    already existed."""
    if created and not raw:
        grant_directory_pages(instance)
