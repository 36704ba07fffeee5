"""The PPID section: the index with its DIP, public-information entries and the yearly service report.

Each public-information entry is a page, not a document with extra fields: pages bring
translation (wagtail-localize), the approval workflow, revisions, search, the sitemap and the
cache purge with them, and a document alone has none of these.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BodyBlock, RegulationBlock
from core.fields import page_fields
from core.forms import PageForm
from core.metadata import PageMetadataMixin
from core.restrictions import ViewRestrictionMemoMixin
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin

from . import listing
from .choices import MAX_YEAR, MIN_YEAR, KIPCategory
from .queries import PublicInformationQuerySet

LISTING_FIRST_PAGE = "?page=1"


class PPIDIndexPage(ViewRestrictionMemoMixin, PageMetadataMixin, RoutablePageMixin, Page):
    """PPID home: the service, its procedure pages, the filterable list of entries and the DIP."""

    base_form_class = PageForm
    intro = models.TextField(_("introduction"), blank=True, max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("about the information service"),
                       help_text=_("Who the PPID is, opening hours and how to reach it."))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["ppid.PublicInformationPage", "ppid.InformationServiceReportPage", "home.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("PPID index")

    def entries(self):
        """Every entry of this index, drafts included: callers add `.listed()`."""
        return PublicInformationPage.objects.child_of(self)

    def procedure_pages(self):
        """The index's other children (procedures, maklumat, reports), in tree order."""
        return (Page.objects.child_of(self).live().public().not_type(PublicInformationPage)
                .specific().order_by("path"))

    def get_cached_paths(self):
        return ["/", LISTING_FIRST_PAGE, self.reverse_subpage("dip"), self.reverse_subpage("dip_csv")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request))
        return context

    @path("dip/", name="dip")
    def dip(self, request):
        return listing.render_dip(self, request)

    @path("dip/csv/", name="dip_csv")
    def dip_csv(self, request):
        return listing.dip_csv(self, request)

    # --- Translation: all text.
    translatable_fields = page_fields(TranslatableField("intro"), TranslatableField("body"))


PublicInformationManager = PageManager.from_queryset(PublicInformationQuerySet)


class PublicInformationPage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    """One item of public information (or of exempted information) the agency holds."""

    base_form_class = PageForm
    category = models.CharField(_("KIP category"), max_length=20, choices=KIPCategory.choices,
                                help_text=_("As classified under UU 14/2008 (Articles 9, 10, 11 and 17)."))
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(MIN_YEAR),
                                                                   MaxValueValidator(MAX_YEAR)],
                                            help_text=_("The year the information was made or covers."))
    # Set null when the unit page is deleted: the entry stays listed, without a unit, until an editor
    # chooses another.
    responsible_unit = models.ForeignKey("organisation.OrganisationUnitPage", verbose_name=_("responsible unit"),
                                         null=True, blank=True, on_delete=models.SET_NULL,
                                         related_name="public_information",
                                         help_text=_("The unit that holds the information."))
    summary = models.TextField(_("summary"), max_length=600,
                               help_text=_("What the information contains, in one or two sentences."))
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+",
                                 help_text=_("A document in a private collection is never shown to visitors."))
    external_url = models.URLField(_("link"), blank=True,
                                   help_text=_("Where the information is published elsewhere, if not as a document."))
    legal_basis = StreamField([("regulation", RegulationBlock())], blank=True, verbose_name=_("legal basis"))
    retention_period = models.CharField(_("retention period"), max_length=160, blank=True,
                                        help_text=_("How long the record is kept, e.g. '5 tahun (arsip aktif)'."))
    information_format = models.CharField(_("format"), max_length=160, blank=True,
                                          help_text=_("e.g. 'Softcopy (PDF) dan hardcopy'."))
    person_responsible = models.CharField(_("person responsible"), max_length=160, blank=True,
                                          help_text=_("The official responsible for producing the information."))
    # The consequence test (uji konsekuensi, UU 14/2008 Article 19) for exempted information.
    exemption_basis = models.CharField(_("exemption basis"), max_length=250, blank=True,
                                       help_text=_("e.g. 'UU 14/2008 Pasal 17 huruf h'."))
    exemption_consequence = models.TextField(_("consequence if disclosed"), blank=True, max_length=1200)
    exemption_period = models.CharField(_("exemption period"), max_length=160, blank=True)

    objects = PublicInformationManager()

    parent_page_types = ["ppid.PPIDIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("category"), FieldPanel("year")]),
        PageChooserPanel("responsible_unit", "organisation.OrganisationUnitPage"),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("document"), FieldPanel("external_url")], heading=_("Where to find it")),
        FieldPanel("legal_basis"),
        FieldRowPanel([FieldPanel("information_format"), FieldPanel("retention_period")]),
        FieldPanel("person_responsible"),
        MultiFieldPanel([FieldPanel("exemption_basis"), FieldPanel("exemption_consequence"),
                         FieldPanel("exemption_period")], heading=_("Consequence test (exempted information only)")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("category"),
        index.FilterField("year"),
        index.FilterField("responsible_unit"),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "summary")
    search_body_fields = ("legal_basis", "person_responsible", "exemption_consequence")

    class Meta:
        verbose_name = _("public information")
        verbose_name_plural = _("public information")

    @property
    def is_exempted(self):
        return self.category == KIPCategory.DIKECUALIKAN

    def clean(self):
        super().clean()
        errors = {}
        if self.is_exempted:
            # Exempted information is listed, never published: no file, no link.
            not_published = _("Exempted information must not be published: remove it.")
            if self.document_id:
                errors["document"] = not_published
            if self.external_url:
                errors["external_url"] = not_published
            for name in ("exemption_basis", "exemption_consequence"):
                if not getattr(self, name).strip():
                    errors[name] = _("Required for exempted information (the consequence test).")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["document_shown"] = listing.visible_document(self)
        return context

    @classmethod
    def purge_dependents(cls, pages, batch):
        # The unit page lists its entries (called before and after a change: old and new unit).
        units = cls.objects.filter(pk__in=[page.pk for page in pages]).values("responsible_unit_id")
        batch.add_pages(batch.with_translations(list(Page.objects.filter(pk__in=units))))

    # --- Translation: text translated; classification, year, unit, file and link synchronised (the unit is
    # then pointed at its translation, localisation/relink.py).
    translatable_fields = page_fields(
        SynchronizedField("category"), SynchronizedField("year"), SynchronizedField("responsible_unit"),
        TranslatableField("summary"), SynchronizedField("document"), SynchronizedField("external_url"),
        TranslatableField("legal_basis"), TranslatableField("retention_period"),
        TranslatableField("information_format"), TranslatableField("person_responsible"),
        TranslatableField("exemption_basis"), TranslatableField("exemption_consequence"),
        TranslatableField("exemption_period"),
    )


class InformationServiceReportPage(ViewRestrictionMemoMixin, PageMetadataMixin, Page):
    """The yearly information service report (laporan layanan informasi publik, Perki 1/2021)."""

    base_form_class = PageForm
    year = models.PositiveSmallIntegerField(_("year"), validators=[MinValueValidator(MIN_YEAR),
                                                                   MaxValueValidator(MAX_YEAR)])
    summary = models.TextField(_("summary"), max_length=600)
    requests_received = models.PositiveIntegerField(_("requests received"))
    granted_in_full = models.PositiveIntegerField(_("granted in full"), default=0)
    granted_in_part = models.PositiveIntegerField(_("granted in part"), default=0)
    refused = models.PositiveIntegerField(_("refused"), default=0)
    average_days = models.DecimalField(_("average days to answer"), max_digits=5, decimal_places=1,
                                       validators=[MinValueValidator(0)],
                                       help_text=_("Working days from request to answer (the law allows 10, "
                                                   "extendable by 7)."))
    objections = models.PositiveIntegerField(_("objections received"), default=0)
    disputes = models.PositiveIntegerField(_("disputes brought to the Information Commission"), default=0)
    report_document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("full report"), null=True,
                                        blank=True, on_delete=models.SET_NULL, related_name="+")
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more information"))

    parent_page_types = ["ppid.PPIDIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("average_days")]),
        FieldPanel("summary"),
        MultiFieldPanel([
            FieldPanel("requests_received"),
            FieldRowPanel([FieldPanel("granted_in_full"), FieldPanel("granted_in_part"), FieldPanel("refused")]),
            FieldRowPanel([FieldPanel("objections"), FieldPanel("disputes")]),
        ], heading=_("Requests")),
        InlinePanel("refusal_reasons", label=_("Reasons for refusal"), heading=_("Reasons for refusal")),
        FieldPanel("report_document"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("information service report")

    @property
    def answered(self):
        return self.granted_in_full + self.granted_in_part + self.refused

    def clean(self):
        super().clean()
        if None not in (self.requests_received, self.granted_in_full, self.granted_in_part, self.refused) \
                and self.answered > self.requests_received:
            raise ValidationError({"refused": _("Granted and refused requests add up to more than were received.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reason_list"] = list(self.refusal_reasons.all())
        context["report_document_shown"] = listing.visible_document(self, "report_document")
        return context

    # --- Translation: text translated; figures and the file synchronised; reasons row by row.
    translatable_fields = page_fields(*(
        [SynchronizedField(name) for name in ("year", "requests_received", "granted_in_full", "granted_in_part",
                                              "refused", "average_days", "objections", "disputes",
                                              "report_document")]
        + [TranslatableField("summary"), TranslatableField("body"), TranslatableField("refusal_reasons")]))


class RefusalReason(TranslatableMixin, Orderable):
    page = ParentalKey(InformationServiceReportPage, related_name="refusal_reasons", on_delete=models.CASCADE)
    reason = models.CharField(_("reason"), max_length=250, help_text=_("e.g. 'Informasi dikecualikan (Pasal 17)'."))
    count = models.PositiveIntegerField(_("requests"))

    panels = [FieldRowPanel([FieldPanel("reason"), FieldPanel("count")])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("reason for refusal")

    def __str__(self):
        return self.reason

    translatable_fields = [TranslatableField("reason"), SynchronizedField("count")]
