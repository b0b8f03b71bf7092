"""Helpers shared by the newsroom's pages: pagination, prefetched image renditions and topics
shown in the active language."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import HttpRequest
from wagtail.images import get_image_model

from mediacenter.models import localized_instances, unique_by_translation

# Renditions the templates ask for, so that pages can prefetch exactly those. Templates add
# " preserve-svg" (SVG logos stay SVG); Wagtail drops it from the stored spec, so these leave it out.
CARD_IMAGE_SPEC = "fill-480x270"  # press/includes/press_card.html
BODY_IMAGE_SPEC = "max-1200x900"  # blocks/image_block.html
PREVIEW_IMAGE_SPEC = "max-480x320"  # press/includes/media_asset.html


def prefetch_renditions(*specs: str, through: str = "") -> Prefetch:
    """A Prefetch of the given renditions of images, or of the images reached through a relation
    (through="featured_image"), so that {% image %} finds them without a query per image."""
    rendition_model = get_image_model().get_rendition_model()
    lookup = f"{through}__renditions" if through else "renditions"
    return Prefetch(lookup, queryset=rendition_model.objects.filter(filter_spec__in=specs))


def prefetch_body_renditions(body) -> None:
    """Fetch the renditions of every image block of a StreamField body in one query.

    The image blocks' images are fetched in bulk by Wagtail, but each {% image %} would then look
    up its rendition on its own: one query per image when the rendition cache is cold.
    """
    images = [
        block.value["image"]
        for block in body
        if block.block_type in ("image", "figure") and block.value.get("image") is not None
    ]
    if images:
        prefetch_related_objects(images, prefetch_renditions(BODY_IMAGE_SPEC))


def paginate(request: HttpRequest, queryset: QuerySet, per_page: int) -> PaginatorPage:
    """One page of queryset. A page number that is not a number gives the first page, one out of
    range the last: a journalist's mistyped or stale link still shows a list, never an error."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.elided_page_range = page.paginator.get_elided_page_range(
        page.number, on_each_side=2, on_ends=1
    )
    return page


def attach_localized_topics(pages: Iterable) -> list:
    """Set page.localized_topics on each page (topics prefetched) in the active language, one query in all.

    wagtail-localize copies many-to-many links as they are, so an English page points at the
    Bulgarian topic rows; this maps them to their English versions by translation_key.
    """
    pages = list(pages)
    topics = [topic for page in pages for topic in page.topics.all()]
    localized = iter(localized_instances(topics))
    for page in pages:
        page.localized_topics = unique_by_translation([next(localized) for _ in page.topics.all()])
    return pages


def localized_related(manager) -> list:
    """A page's translatable snippets (topics, organisations) in the active language, once each."""
    return unique_by_translation(localized_instances(manager.all()))
