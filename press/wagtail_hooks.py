from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from press.models import LegacyImportRun, LegacyItem, PartnerFeed, PartnerNewsItem, PressContact


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    menu_label = _("Press contacts")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "role", "email", "locale"]


class PartnerFeedViewSet(SnippetViewSet):
    """Partners' feeds with how their last fetch went (status, time, new items, error)."""

    model = PartnerFeed
    icon = "rss"
    menu_label = _("Partner feeds")
    list_display = [
        "name",
        "language",
        "active",
        "last_status",
        "last_fetched_at",
        "last_success_at",
        "last_new_items",
        "last_error",
    ]
    list_filter = ["active", "language", "last_status"]
    search_fields = ["name", "url"]
    inspect_view_enabled = True


class PartnerNewsItemViewSet(SnippetViewSet):
    model = PartnerNewsItem
    icon = "doc-full"
    menu_label = _("Partner news")
    list_display = ["title", "feed", "published_at", "fetched_at"]
    list_filter = ["feed"]
    search_fields = ["title"]
    inspect_view_enabled = True


class LegacyImportRunViewSet(SnippetViewSet):
    """Each run of import_legacy_site with its counts and report (inspect a run to read it)."""

    model = LegacyImportRun
    icon = "download"
    menu_label = _("Legacy imports")
    list_display = ["path", "started_at", "created", "updated", "skipped", "failed", "dry_run"]
    inspect_view_enabled = True


class LegacyItemViewSet(SnippetViewSet):
    """Where each imported press item came from (the old page and the item in it)."""

    model = LegacyItem
    icon = "link"
    menu_label = _("Imported items")
    list_display = ["source_key", "language", "page", "updated_at"]
    list_filter = ["language"]
    search_fields = ["source_key", "source_url"]


class ContentImportGroup(SnippetViewSetGroup):
    items = (PartnerFeedViewSet, PartnerNewsItemViewSet, LegacyImportRunViewSet, LegacyItemViewSet)
    menu_icon = "download"
    menu_label = _("Content import")
    menu_name = "content-import"
    menu_order = 230


register_snippet(PressContactViewSet)
register_snippet(ContentImportGroup)
