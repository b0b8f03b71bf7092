"""The media kit: logos, photos and fact sheets with credit and licence."""

from __future__ import annotations

import os

from django.core.exceptions import ValidationError
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, TranslatableMixin

from mediacenter.models import SectionPage
from press.listing import (
    PREVIEW_IMAGE_SPEC,
    localized_related,
    prefetch_renditions,
)
from press.models.press_contact import PressContact


class MediaKitPage(RoutablePageMixin, SectionPage):
    """Logos, photos and fact sheets journalists may use, with credit and licence."""

    press_contacts = ParentalManyToManyField(
        PressContact, verbose_name=_("press contacts"), blank=True
    )

    content_panels = SectionPage.content_panels + [
        InlinePanel("assets", label=_("Assets")),
        FieldPanel("press_contacts"),
    ]
    subpage_types: list[str] = []
    template = "press/media_kit_page.html"

    class Meta:
        verbose_name = _("media kit")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        assets = list(
            self.assets.select_related("image", "document").prefetch_related(
                prefetch_renditions(PREVIEW_IMAGE_SPEC, through="image")
            )
        )
        context["asset_groups"] = [
            (heading, group)
            for kind, heading in MediaKitAsset.GROUP_HEADINGS.items()
            if (group := [asset for asset in assets if asset.kind == kind])
        ]
        context["press_contacts"] = localized_related(self.press_contacts)
        return context

    @path("download/<int:asset_id>/", name="download")
    def download(self, request, asset_id: int):
        """The asset's original file as a download, under its own file name."""
        asset = get_object_or_404(self.assets.select_related("image", "document"), pk=asset_id)
        try:
            handle = asset.file.open("rb")
        except (FileNotFoundError, ValueError) as e:
            raise Http404 from e
        return FileResponse(handle, as_attachment=True, filename=asset.download_filename)


class MediaKitAsset(TranslatableMixin, Orderable):
    """One downloadable file of the media kit: an image (logo, photo) or a document (fact sheet)."""

    class Kind(models.TextChoices):
        LOGO = "logo", _("Logo")
        PHOTO = "photo", _("Photo")
        FACT_SHEET = "fact_sheet", _("Fact sheet")

    # Headings of the media kit's sections, in the order they are shown.
    GROUP_HEADINGS = {
        Kind.LOGO: _("Logos"),
        Kind.PHOTO: _("Photos"),
        Kind.FACT_SHEET: _("Fact sheets"),
    }

    page = ParentalKey(MediaKitPage, related_name="assets", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    credit = models.CharField(_("credit"), max_length=200, blank=True)
    licence = models.CharField(_("licence"), max_length=200, default="CC BY 4.0")

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("image"),
        FieldPanel("document"),
        FieldPanel("credit"),
        FieldPanel("licence"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("media kit asset")
        verbose_name_plural = _("media kit assets")

    def clean(self):
        super().clean()
        if bool(self.image_id) == bool(self.document_id):
            raise ValidationError(_("Choose either an image or a document."))

    @property
    def file(self):
        return self.image.file if self.image_id else self.document.file

    @property
    def download_filename(self) -> str:
        """A file name a journalist recognises: the asset's title, with the file's extension."""
        stem, extension = os.path.splitext(os.path.basename(self.file.name))
        return f"{slugify(self.title, allow_unicode=True) or stem}{extension.lower()}"

    @property
    def file_format(self) -> str:
        """The file's extension in capitals (PNG, SVG, PDF), for the download label."""
        return os.path.splitext(self.file.name)[1].lstrip(".").upper()

    @property
    def file_size(self) -> int | None:
        """Bytes, as recorded at upload; else read from storage (files added outside the admin)."""
        obj = self.image if self.image_id else self.document
        if obj.file_size is not None:
            return obj.file_size
        try:
            return obj.file.size
        except (OSError, ValueError):
            return None
