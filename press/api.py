"""The public JSON API (Wagtail API v2) at /api/v2/: pages, images and documents.

It shows what the public site shows: live, public pages without the press releases still
under embargo. Fields are only those each model lists in `api_fields`.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from press.models import PressReleasePage


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Pages endpoint that leaves out embargoed press releases until their embargo lifts."""

    def get_base_queryset(self) -> QuerySet:
        """Pages the public may see. Overridden here rather than in get_queryset() because this is
        the base of get_queryset() (with or without ?type=), of the detail and find views and of
        the child_of / descendant_of filters: one exclusion covers them all."""
        embargoed = PressReleasePage.objects.embargoed().values("pk")
        return super().get_base_queryset().exclude(pk__in=embargoed)


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    """Images endpoint that leaves out images used by embargoed press releases (a featured image
    or a photo in the body can give the story away) until the embargo lifts."""

    def get_queryset(self) -> QuerySet:
        embargoed = [
            str(pk) for pk in PressReleasePage.objects.embargoed().values_list("pk", flat=True)
        ]
        if not embargoed:
            return super().get_queryset()
        used_by_embargoed = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=embargoed,
            to_content_type=ContentType.objects.get_for_model(get_image_model()),
        ).values_list("to_object_id", flat=True)
        return super().get_queryset().exclude(pk__in=[int(pk) for pk in used_by_embargoed])


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
