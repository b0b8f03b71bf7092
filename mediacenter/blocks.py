"""StreamField blocks shared by press releases, events and the knowledge base's explainers."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import PageChooserBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    credit = blocks.CharBlock(required=False, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    facts = blocks.ListBlock(blocks.CharBlock(label=_("Fact")), label=_("Facts"))

    class Meta:
        icon = "list-ul"
        template = "blocks/fact_box_block.html"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class FactSheetBlock(PageChooserBlock):
    """A fact sheet of the knowledge base shown whole: its figures stay in one place, so a figure
    corrected there is corrected in every press release and explainer that shows it."""

    def __init__(self, **kwargs):
        super().__init__(page_type="mediacenter.FactSheetPage", **kwargs)

    class Meta:
        icon = "table"
        template = "blocks/fact_sheet_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "h3", "h4"], label=_("Paragraph")
    )
    heading = HeadingBlock(label=_("Heading"))
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    video = EmbedBlock(label=_("Video embed"), icon="media")
    document = DocumentBlock(label=_("Document"))
    fact_box = FactBoxBlock(label=_("Fact box"))
    fact_sheet = FactSheetBlock(label=_("Fact sheet"))


# --- the knowledge base: explainers -------------------------------------------------------------


class MistakeBlock(blocks.StructBlock):
    mistake = blocks.TextBlock(label=_("Often written"))
    correction = blocks.TextBlock(label=_("What is right"))


class CommonMistakesBlock(blocks.StructBlock):
    """What coverage of the subject often gets wrong, each with the right version beside it."""

    items = blocks.ListBlock(MistakeBlock(), label=_("Mistakes"))

    class Meta:
        icon = "warning"
        label = _("Common mistakes in coverage")
        template = "blocks/mistakes_block.html"


class FigureBlock(blocks.StructBlock):
    """A chart or picture with where its data comes from."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"))
    source = blocks.CharBlock(label=_("Source"))
    source_url = blocks.URLBlock(required=False, label=_("Source link"))

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"


class ExpertQuoteBlock(blocks.StructBlock):
    """A quote from one of the directory's experts, linked to the profile."""

    expert = PageChooserBlock(page_type="experts.ExpertPage", label=_("Expert"))
    text = blocks.TextBlock(label=_("Quote"))

    class Meta:
        icon = "openquote"
        template = "blocks/expert_quote_block.html"


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Link"))

    class Meta:
        icon = "link"


class ExplainerBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"], label=_("Paragraph")
    )
    key_facts = FactBoxBlock(label=_("Key facts"))
    mistakes = CommonMistakesBlock(label=_("Common mistakes in coverage"))
    figure = FigureBlock(label=_("Figure with source"))
    expert_quote = ExpertQuoteBlock(label=_("Expert quote"))
    fact_sheet = FactSheetBlock(label=_("Fact sheet"))


class FigureFactBlock(blocks.StructBlock):
    """One key figure of a fact sheet: what it counts, the figure, who says so and when."""

    label = blocks.CharBlock(label=_("What it counts"))
    value = blocks.CharBlock(label=_("Figure"))
    source = blocks.CharBlock(label=_("Source"))
    source_url = blocks.URLBlock(required=False, label=_("Source link"))
    as_of = blocks.DateBlock(label=_("As of"), help_text=_("The date the figure is valid for."))

    class Meta:
        icon = "table"
