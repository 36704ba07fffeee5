"""The one shared StreamField vocabulary of the site.

Every block has its own template under templates/blocks/ and a preview value, so editors
see a realistic example in the block picker. The table is built from Struct/ListBlocks on
purpose: wagtail-localize has no segment support for TableBlock or TypedTableBlock, but
translates plain text blocks inside lists natively.
"""

from uuid import uuid4

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import ListBlockValidationError, StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core import charts
from core.frame import localized_url

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph.html"
        preview_value = (
            "<p>Dinas Sosial DIY melayani konsultasi keluarga tanpa biaya di setiap "
            "kabupaten/kota.</p>"
        )
        description = _("Body text with links and lists.")


class HeadingValue(blocks.StructValue):
    # A method named "anchor" would be shadowed by the field of that name in templates.
    def anchor_id(self):
        return self.get("anchor") or slugify(self.get("text", ""))


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Subheading (H3)"))],
        default="h2",
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=80,
        help_text=_("Optional link target, e.g. 'syarat'. Generated from the text when empty."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        value_class = HeadingValue
        preview_value = {"text": "Cara mendapatkan layanan", "level": "h2"}
        description = _("A section heading that can be linked to.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative only"),
        required=False,
        help_text=_("Tick only if the image adds no information; it is then hidden from screen readers."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Alternative text is required unless the image is marked decorative.")
                    )
                }
            )
        return value

    def get_preview_value(self):
        # Previews need a real image; use the newest one in the library when there is one.
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-pk").first()
        return self.to_python({"image": image.pk if image else None, "alt_text": image.title if image else "",
                               "caption": "Contoh keterangan foto"})

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("An image with alternative text, caption and credit.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Name"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        preview_value = {
            "text": "Keluarga yang kuat adalah fondasi masyarakat yang sejahtera.",
            "attribution": "Kepala Dinas Sosial DIY",
        }
        description = _("A quotation with the speaker's name and role.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"
        description = _("An embedded video.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200,
        help_text=_("Defaults to the document title."),
    )

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        document = get_document_model().objects.order_by("-pk").first()
        return self.to_python({"document": document.pk if document else None, "label": ""})

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document.html"
        description = _("A link to download a document.")


class TableRowBlock(blocks.StructBlock):
    cells = blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Cells"))

    class Meta:
        icon = "list-ul"
        label = _("Row")
        preview_value = {"cells": ["Senin–Kamis", "08.00–15.30"]}


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=200)
    header = blocks.ListBlock(blocks.CharBlock(label=_("Column heading")), label=_("Column headings"))
    rows = blocks.ListBlock(TableRowBlock(), label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table.html"
        preview_value = {
            "caption": "Jam layanan",
            "header": ["Hari", "Jam"],
            "rows": [{"cells": ["Senin–Kamis", "08.00–15.30"]}, {"cells": ["Jumat", "08.00–14.30"]}],
        }
        description = _("A simple data table with column headings.")


class LinkValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        # The translation in the active language, looked up once per version (core.frame).
        return localized_url(page) if page else self.get("external_url")


class LinkTargetBlock(blocks.StructBlock):
    """Base for blocks that point at either an internal page or an external address."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an external address."))}
            )
        return value

    class Meta:
        value_class = LinkValue


class CallToActionBlock(LinkTargetBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button text"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        value_class = LinkValue
        preview_value = {
            "title": "Butuh konsultasi keluarga?",
            "text": "Hubungi LK3 terdekat. Semua layanan gratis.",
            "button_label": "Lihat lokasi LK3",
            "external_url": "https://example.org/",
        }
        description = _("A highlighted box with one button.")


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = ParagraphBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question")
        template = "blocks/faq_item.html"
        preview_value = {"question": "Apakah layanan ini berbayar?", "answer": "<p>Tidak, semua gratis.</p>"}


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/faq.html"
        preview_value = {
            "title": "Pertanyaan umum",
            "items": [{"question": "Apakah layanan ini berbayar?", "answer": "<p>Tidak, semua gratis.</p>"}],
        }
        description = _("Questions that open to show their answers.")


class KeyFactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    value = blocks.CharBlock(label=_("Value"), max_length=120)

    class Meta:
        label = _("Fact")
        preview_value = {"label": "Biaya", "value": "Gratis"}


class KeyFactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    facts = blocks.ListBlock(KeyFactBlock(), label=_("Facts"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key facts")
        template = "blocks/key_facts.html"
        preview_value = {
            "title": "Sekilas",
            "facts": [{"label": "Biaya", "value": "Gratis"}, {"label": "Lokasi", "value": "5 kabupaten/kota"}],
        }
        description = _("Short label/value pairs, e.g. cost or opening hours.")


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=160)
    address = blocks.TextBlock(label=_("Address"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=40)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    opening_hours = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=160)

    class Meta:
        icon = "site"
        label = _("Contact card")
        template = "blocks/contact_card.html"
        preview_value = {
            "name": "Dinas Sosial DIY",
            "address": "Jl. Janti, Banguntapan, Bantul",
            "phone": "(0274) 514 352",
            "opening_hours": "Senin–Jumat 08.00–15.30",
        }
        description = _("An address, phone and opening hours.")


class ChartSeriesBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Series name"), max_length=80, help_text=_("e.g. Clients served"))
    values = blocks.ListBlock(
        blocks.DecimalBlock(label=_("Value"), min_value=0, max_digits=12, decimal_places=2),
        label=_("Values"), help_text=_("One number per category, in the same order as the categories."))

    class Meta:
        icon = "list-ol"
        label = _("Series")


class ChartValue(blocks.StructValue):
    def chart_data(self):
        return charts.ChartData(
            kind=self.get("chart_type"), title=self.get("title"), description=self.get("description") or "",
            category_label=self.get("category_label") or "", value_label=self.get("value_label") or "",
            categories=tuple(self.get("categories")),
            series=tuple(charts.Series(s.get("name"), tuple(s.get("values"))) for s in self.get("series")))


class ChartBlock(blocks.StructBlock):
    """A bar or line chart drawn on the server (core.charts), followed by its data table."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    chart_type = blocks.ChoiceBlock(label=_("Chart type"), default="bar",
                                    choices=[("bar", _("Bar chart")), ("line", _("Line chart (change over time)"))])
    description = blocks.TextBlock(
        label=_("What the chart shows"), required=False, max_length=400,
        help_text=_("One or two sentences for people who cannot see the chart, e.g. the trend. "
                    "A summary is generated when empty."))
    category_label = blocks.CharBlock(label=_("Category axis label"), required=False, max_length=80,
                                      help_text=_("e.g. Year"))
    value_label = blocks.CharBlock(label=_("Value axis label"), required=False, max_length=80,
                                   help_text=_("e.g. Number of clients"))
    categories = blocks.ListBlock(blocks.CharBlock(label=_("Category"), max_length=60), label=_("Categories"),
                                  min_num=1, max_num=charts.MAX_CATEGORIES, help_text=_("e.g. 2022, 2023, 2024"))
    series = blocks.ListBlock(ChartSeriesBlock(), label=_("Series"), min_num=1, max_num=charts.MAX_SERIES)

    def clean(self, value):
        value = super().clean(value)
        expected = len(value["categories"])
        errors = {}
        for index, series in enumerate(value["series"]):
            if len(series["values"]) != expected:
                errors[index] = StructBlockValidationError(block_errors={"values": ValidationError(
                    _("This series has %(values)d values but there are %(categories)d categories: "
                      "enter exactly one value per category.") % {
                        "values": len(series["values"]), "categories": expected})})
        if errors:
            raise StructBlockValidationError(block_errors={"series": ListBlockValidationError(block_errors=errors)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["chart"] = value.chart_data()
        context["svg"] = charts.render_svg(context["chart"], f"chart-{uuid4().hex[:8]}")
        return context

    class Meta:
        icon = "table"
        label = _("Chart")
        template = "blocks/chart.html"
        value_class = ChartValue
        preview_value = {
            "title": "Klien LK3 yang dilayani per tahun",
            "chart_type": "bar",
            "category_label": "Tahun",
            "value_label": "Jumlah klien",
            "categories": ["2022", "2023", "2024"],
            "series": [{"name": "Konsultasi keluarga", "values": [412, 468, 530]},
                       {"name": "Pendampingan kasus", "values": [96, 120, 141]}],
        }
        description = _("A bar or line chart with its data table, e.g. clients served per year.")


class BodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
    table = TableBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
    key_facts = KeyFactsBlock()
    contact_card = ContactCardBlock()
    chart = ChartBlock()


class QuickLinkBlock(LinkTargetBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=80)
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=160)

    class Meta:
        icon = "link"
        label = _("Quick link")
        template = "blocks/quick_link.html"
        value_class = LinkValue
        preview_value = {"label": "Pengaduan layanan", "external_url": "https://example.org/"}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    description = blocks.TextBlock(label=_("Details"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "blocks/step.html"
        preview_value = {"title": "Datang ke kantor LK3", "description": "Bawa KTP dan KK."}


class RegulationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Regulation"), max_length=250, help_text=_("e.g. UU No. 11 Tahun 2009"))
    about = blocks.CharBlock(label=_("About"), required=False, max_length=250)
    document = DocumentChooserBlock(label=_("Document"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Regulation")
        template = "blocks/regulation.html"
        preview_value = {"title": "UU No. 11 Tahun 2009", "about": "Kesejahteraan Sosial"}


class MissionBlock(blocks.TextBlock):
    """One mission of the department's "Misi", shown as an item of a numbered list."""

    class Meta:
        icon = "pick"
        label = _("Mission")
        template = "blocks/mission.html"
        preview_value = "Meningkatkan kualitas pelayanan kesejahteraan sosial yang merata dan berkeadilan."


class RequirementBlock(blocks.StructBlock):
    """One item of a service's requirements (persyaratan), e.g. a document to bring."""

    title = blocks.CharBlock(label=_("Requirement"), max_length=250, help_text=_("e.g. KTP-el asli dan fotokopi"))
    note = blocks.CharBlock(label=_("Note"), required=False, max_length=250,
                            help_text=_("Optional, e.g. who may bring it instead or when it may follow later."))

    class Meta:
        icon = "tick"
        label = _("Requirement")
        template = "blocks/requirement.html"
        preview_value = {"title": "KTP-el pemohon", "note": "Boleh menyusul bila belum dibawa."}
