"""Staff helpers for the admin flows in the browser: a user in one of the groups the migrations
create (experts/migrations/0003_roles.py), logged in through the admin's own login form."""

from __future__ import annotations

from django.contrib.auth.models import Group, User
from wagtail.users.models import UserProfile

PASSWORD = "a-long-test-password"


def staff_user(username: str, group: str, *, first_name: str = "", last_name: str = "") -> User:
    """A staff member with only their group's permissions (not a superuser), admin in English."""
    user = User.objects.create_user(
        username,
        f"{username}@biocluster.example.bg",
        PASSWORD,
        first_name=first_name,
        last_name=last_name,
    )
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def log_in(page, live_server, user: User) -> None:
    """Log in through /admin/login/ and land on the dashboard."""
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", user.get_username())
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{live_server.url}/admin/")
