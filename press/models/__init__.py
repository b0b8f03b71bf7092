"""The newsroom: press releases and news, events, the media kit and press contacts."""

from press.models.event import EventIndexPage, EventPage, EventQuerySet
from press.models.legacy import LegacyImportRun, LegacyItem
from press.models.media_kit import MediaKitAsset, MediaKitPage
from press.models.partner_news import (
    PartnerFeed,
    PartnerNewsIndexPage,
    PartnerNewsItem,
)
from press.models.press_contact import PressContact
from press.models.press_release import (
    EMBARGO_PERMISSION,
    PressIndexPage,
    PressReleasePage,
    PressReleaseQuerySet,
)

__all__ = [
    "EMBARGO_PERMISSION",
    "EventIndexPage",
    "EventPage",
    "EventQuerySet",
    "LegacyImportRun",
    "LegacyItem",
    "MediaKitAsset",
    "MediaKitPage",
    "PartnerFeed",
    "PartnerNewsIndexPage",
    "PartnerNewsItem",
    "PressContact",
    "PressIndexPage",
    "PressReleasePage",
    "PressReleaseQuerySet",
]
