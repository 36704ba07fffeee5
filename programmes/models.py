from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import api_fields as api
from core.blocks import RICH_TEXT_FEATURES, BodyBlock, FAQItemBlock, RegulationBlock, StepBlock
from core.fields import page_fields
from core.forms import PageForm
from core.metadata import PageMetadataMixin
from core.pagination import paginate
from core.restrictions import ViewRestrictionMemoMixin
from news.archive import listing_count
from news.models import LISTING_FIRST_PAGE, NewsPage
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin

DEFAULT_COST = "Tidak dipungut biaya"


class Regency(models.TextChoices):
    """The five kabupaten/kota of the Special Region of Yogyakarta."""

    KOTA_YOGYAKARTA = "kota-yogyakarta", "Kota Yogyakarta"
    SLEMAN = "sleman", "Kabupaten Sleman"
    BANTUL = "bantul", "Kabupaten Bantul"
    KULON_PROGO = "kulon-progo", "Kabupaten Kulon Progo"
    GUNUNGKIDUL = "gunungkidul", "Kabupaten Gunungkidul"


class ProgrammeIndexPage(ViewRestrictionMemoMixin, PageMetadataMixin, Page):
    base_form_class = PageForm
    intro = models.TextField(_("introduction"), blank=True, max_length=400)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ProgrammePage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    api_fields = api.fields("intro")

    class Meta:
        verbose_name = _("programme index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = ProgrammePage.objects.child_of(self).live().public().order_by("path")
        return context

    # --- Translation: all text.
    translatable_fields = page_fields(TranslatableField("intro"))


class ProgrammePage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    base_form_class = PageForm
    short_name = models.CharField(_("short name"), max_length=30, help_text=_("e.g. LK3"))
    full_name = models.CharField(_("full name"), max_length=200,
                                 help_text=_("e.g. Lembaga Konsultasi Kesejahteraan Keluarga"))
    summary = models.TextField(_("summary"), max_length=400)
    legal_basis = StreamField([("regulation", RegulationBlock())], blank=True, verbose_name=_("legal basis"))
    services = RichTextField(_("services offered"), features=RICH_TEXT_FEATURES, blank=True)
    target_groups = RichTextField(_("who it is for"), features=RICH_TEXT_FEATURES, blank=True)
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("how to get help"),
                        help_text=_("The steps in order."))
    requirements = RichTextField(_("requirements"), features=RICH_TEXT_FEATURES, blank=True)
    cost = models.CharField(_("cost"), max_length=160, default=DEFAULT_COST)
    contact = RichTextField(_("contact"), features=RICH_TEXT_FEATURES, blank=True)
    faq = StreamField([("question", FAQItemBlock())], blank=True, verbose_name=_("frequently asked questions"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more information"))

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("full_name")]),
        FieldPanel("summary"),
        FieldPanel("services"),
        FieldPanel("target_groups"),
        FieldPanel("steps"),
        FieldPanel("requirements"),
        FieldPanel("cost"),
        InlinePanel("locations", label=_("Service locations"), heading=_("Service locations")),
        FieldPanel("contact"),
        FieldPanel("legal_basis"),
        FieldPanel("faq"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("short_name"),
        index.SearchField("full_name"),
        index.SearchField("summary"),
        index.SearchField("services"),
        index.SearchField("target_groups"),
        index.SearchField("body"),
        index.RelatedFields("locations", [index.SearchField("name"), index.SearchField("address")]),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "short_name", "full_name", "summary")
    search_body_fields = ("services", "target_groups", "steps", "requirements", "faq", "body", "contact", "locations")
    api_fields = api.fields("short_name", "full_name", "summary", "services", "target_groups", "steps", "requirements",
                            "cost", "locations", "contact", "legal_basis", "faq", "body")

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def get_cached_paths(self):
        return ["/", LISTING_FIRST_PAGE]  # the programme's paginated news

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = NewsPage.objects.for_programme(self).for_listing()
        context["news_page"] = paginate(request, posts, per_page=6, count=listing_count(self, request, posts))
        # Read inside the page's fragment only: a warm programme page runs no query for them.
        context["location_list"] = SimpleLazyObject(lambda: list(self.locations.all()))
        return context

    # --- Translation: all text (the cost is text too); service locations are translated row by row.
    translatable_fields = page_fields(*(TranslatableField(name) for name in (
        "short_name", "full_name", "summary", "legal_basis", "services", "target_groups", "steps",
        "requirements", "cost", "contact", "faq", "body", "locations")))


class ServiceLocation(TranslatableMixin, Orderable):
    page = ParentalKey(ProgrammePage, related_name="locations", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=160)
    regency = models.CharField(_("regency/city"), max_length=20, choices=Regency.choices)
    address = models.TextField(_("address"), max_length=400)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=160, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                   validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True,
                                    validators=[MinValueValidator(-180), MaxValueValidator(180)])

    api_fields = api.fields("name", "regency", "address", "phone", "opening_hours", "latitude", "longitude")
    panels = [
        FieldPanel("name"), FieldPanel("regency"), FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("opening_hours")]),
        MultiFieldPanel([FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
                        heading=_("Coordinates (optional)")),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("service location")

    def __str__(self):
        return self.name

    # --- Translation: names, addresses and hours translated; regency, phone and coordinates synchronised.
    translatable_fields = [
        TranslatableField("name"), SynchronizedField("regency"), TranslatableField("address"),
        SynchronizedField("phone"), TranslatableField("opening_hours"),
        SynchronizedField("latitude"), SynchronizedField("longitude"),
    ]
