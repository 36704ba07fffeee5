from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES, RegulationBlock, RequirementBlock, StepBlock
from core.fields import page_fields
from core.forms import PageForm
from core.metadata import PageMetadataMixin
from core.restrictions import ViewRestrictionMemoMixin
from programmes.models import ProgrammePage
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin

from .standard import component_values, duration_text, rupiah, staff_text

PRINT_TEMPLATE = "services/service_page_print.html"


class TimeUnit(models.TextChoices):
    MINUTES = "minutes", _("minutes")
    HOURS = "hours", _("hours")
    WORKING_DAYS = "working_days", _("working days")
    DAYS = "days", _("days")


class ServiceIndexPage(ViewRestrictionMemoMixin, PageMetadataMixin, Page):
    base_form_class = PageForm
    intro = models.TextField(_("introduction"), blank=True, max_length=400)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["services.ServicePage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("service index")

    def listed_services(self):
        """(the live services in tree order, whether every one is free); the template asks inside
        its fragment, so a warm index runs no query."""
        services = list(ServicePage.objects.child_of(self).for_listing())
        return {"services": services, "all_free": bool(services) and all(service.is_free for service in services)}

    # --- Translation: all text.
    translatable_fields = page_fields(TranslatableField("intro"))


class ServicePageQuerySet(PageQuerySet):
    def for_listing(self):
        return self.live().public().order_by("path")

    def for_unit(self, unit):
        """Public services in the unit's language that the unit provides."""
        return self.for_listing().filter(locale_id=unit.locale_id, unit=unit)

    def for_programme(self, programme):
        """Public services in the programme's language that say they serve it."""
        return (self.for_listing().filter(locale_id=programme.locale_id, programme_links__programme=programme)
                .distinct())


ServicePageManager = PageManager.from_queryset(ServicePageQuerySet)


def rich_text(verbose_name, help_text):
    return RichTextField(verbose_name, features=RICH_TEXT_FEATURES, help_text=help_text)


class ServicePage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, RoutablePageMixin, Page):
    """One public service and its service standard (standar pelayanan, Permenpan-RB 15/2014).

    The 14 components are named fields, in the legal order of services/standard.py.
    """

    base_form_class = PageForm
    summary = models.TextField(_("summary"), max_length=400,
                               help_text=_("One or two sentences for listings and search engines."))
    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True,
                          help_text=_("Who the service is for and what it offers, in plain words."))
    decree = models.CharField(_("established by"), max_length=250, blank=True,
                              help_text=_("The decree that sets this standard, e.g. Keputusan Kepala Dinas Sosial "
                                          "DIY No. …"))
    decree_date = models.DateField(_("date of the decree"), null=True, blank=True)
    unit = models.ForeignKey("organisation.OrganisationUnitPage", verbose_name=_("organisation unit"), null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="services",
                             help_text=_("The bidang or balai that provides the service; its page lists it."))

    # Service delivery (penyelenggaraan), components 1–6.
    requirements = StreamField([("requirement", RequirementBlock())], min_num=1, verbose_name=_("requirements"),
                               help_text=_("One item per document or condition."))
    procedure = StreamField([("step", StepBlock())], min_num=1, verbose_name=_("system, mechanism and procedure"),
                            help_text=_("The steps in order, from the applicant's first contact to the result."))
    processing_time_value = models.PositiveSmallIntegerField(
        _("time to complete"), null=True, blank=True, validators=[MinValueValidator(1)])
    processing_time_unit = models.CharField(_("unit"), max_length=20, choices=TimeUnit.choices, blank=True)
    processing_time_text = models.CharField(
        _("time to complete (in words)"), max_length=200, blank=True,
        help_text=_("Instead of or in addition to the number, e.g. 'sesuai jadwal pembukaan pendaftaran'."))
    cost_amount = models.PositiveIntegerField(
        _("cost in rupiah"), default=0,
        help_text=_("0 means free of charge, shown as “Tidak dipungut biaya (Rp0)”."))
    cost_details = models.CharField(_("cost details"), max_length=250, blank=True,
                                    help_text=_("Optional, e.g. the regulation that sets the tariff."))
    product = models.TextField(_("service product"), max_length=600,
                               help_text=_("What the applicant receives, e.g. a letter of recommendation."))
    complaints = rich_text(_("handling of complaints, suggestions and feedback"),
                           _("The channels (e.g. SP4N-LAPOR!, telephone, e-mail) and how fast they are answered."))

    # Service management (pengelolaan), components 7–14.
    legal_basis = StreamField([("regulation", RegulationBlock())], min_num=1, verbose_name=_("legal basis"))
    facilities = rich_text(_("facilities and infrastructure"), _("Rooms, equipment and other facilities used."))
    facilities_vulnerable = rich_text(
        _("facilities for vulnerable groups"),
        _("What people with disabilities, older people, pregnant women and children get (UU 25/2009 art. 29)."))
    competence = rich_text(_("competence of the staff"), _("Education, training and skills the staff need."))
    internal_supervision = rich_text(_("internal supervision"), _("Who supervises the service and how."))
    staff_count = models.PositiveSmallIntegerField(_("number of staff"), validators=[MinValueValidator(1)])
    staff_details = models.CharField(_("staff details"), max_length=250, blank=True,
                                     help_text=_("e.g. 2 pekerja sosial, 1 petugas administrasi"))
    service_guarantee = rich_text(_("service guarantee"), _("The agency's promise to applicants (maklumat)."))
    safety_guarantee = rich_text(_("guarantee of security and safety"),
                                 _("How applicants, their data and their documents are kept safe."))
    performance_evaluation = rich_text(_("evaluation of staff performance"),
                                       _("How often and how the staff's performance is evaluated."))

    objects = ServicePageManager()

    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        PageChooserPanel("unit", "organisation.OrganisationUnitPage"),
        InlinePanel("programme_links", label=_("Programmes"), heading=_("Programmes this service belongs to")),
        MultiFieldPanel([FieldPanel("decree"), FieldPanel("decree_date")], heading=_("Legal establishment")),
    ]
    delivery_panels = [
        FieldPanel("requirements"),
        FieldPanel("procedure"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("processing_time_value"), FieldPanel("processing_time_unit")]),
                         FieldPanel("processing_time_text")], heading=_("Time to complete")),
        MultiFieldPanel([FieldPanel("cost_amount"), FieldPanel("cost_details")], heading=_("Cost/tariff")),
        FieldPanel("product"),
        FieldPanel("complaints"),
    ]
    management_panels = [
        FieldPanel("legal_basis"),
        MultiFieldPanel([FieldPanel("facilities"), FieldPanel("facilities_vulnerable")],
                        heading=_("Facilities and infrastructure")),
        FieldPanel("competence"),
        FieldPanel("internal_supervision"),
        MultiFieldPanel([FieldPanel("staff_count"), FieldPanel("staff_details")], heading=_("Number of staff")),
        FieldPanel("service_guarantee"),
        FieldPanel("safety_guarantee"),
        FieldPanel("performance_evaluation"),
    ]
    edit_handler = TabbedInterface([
        ObjectList(content_panels, heading=_("Content")),
        ObjectList(delivery_panels, heading=_("Service delivery")),
        ObjectList(management_panels, heading=_("Service management")),
        ObjectList(Page.promote_panels, heading=_("Promote")),
        ObjectList(Page.settings_panels, heading=_("Settings")),
    ], base_form_class=PageForm)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("requirements"),
        index.SearchField("procedure"),
        index.SearchField("product"),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "summary")
    search_body_fields = ("intro", "requirements", "procedure", "product", "complaints", "facilities",
                          "facilities_vulnerable")

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def clean(self):
        super().clean()
        errors = {}
        if self.processing_time_value and not self.processing_time_unit:
            errors["processing_time_unit"] = _("Choose the unit of the time to complete.")
        if self.processing_time_unit and not self.processing_time_value:
            errors["processing_time_value"] = _("Enter the number that goes with the unit.")
        if not self.processing_time_value and not self.processing_time_text.strip():
            errors["processing_time_value"] = _("Enter the time to complete as a number and unit, or in words.")
        if errors:
            raise ValidationError(errors)

    # --- The structured components as visitors read them (services/standard.py).
    @property
    def is_free(self):
        return self.cost_amount == 0

    def cost_display(self):
        main = gettext("Free of charge (Rp0)") if self.is_free else rupiah(self.cost_amount)
        return f"{main} — {self.cost_details}" if self.cost_details else main

    def processing_time_display(self):
        parts = []
        if self.processing_time_value and self.processing_time_unit:
            parts.append(duration_text(self.processing_time_value, self.processing_time_unit))
        if self.processing_time_text:
            parts.append(self.processing_time_text)
        return " — ".join(parts)

    def staff_display(self):
        count = staff_text(self.staff_count) if self.staff_count else ""
        return f"{count} ({self.staff_details})" if count and self.staff_details else count or self.staff_details

    def standard(self):
        return component_values(self)

    def related_programmes(self):
        """The live, public programmes this service belongs to, in the editor's order.

        Read through the in-memory relation, so a preview shows the links being edited.
        """
        ids = [link.programme_id for link in self.programme_links.all() if link.programme_id]
        found = ProgrammePage.objects.live().public().filter(pk__in=ids).select_related("locale").in_bulk()
        return [found[pk] for pk in dict.fromkeys(ids) if pk in found]

    # --- Routes: the page, and its standard on one printable page.
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["standard"] = self.standard()
        context["programme_list"] = self.related_programmes()
        context["print_url"] = self.url + self.reverse_subpage("print") if self.url else None  # None: unsaved preview
        return context

    @path("cetak/", name="print")
    def print_view(self, request):
        return self.render(request, template=PRINT_TEMPLATE)

    preview_modes = [("", _("Page")), ("print", _("Printable standard"))]

    def serve_preview(self, request, mode_name):
        if mode_name == "print":
            return self.print_view(request)
        return super().serve_preview(request, mode_name)

    # --- Frontend cache: the printable view too; and the programme pages that list the service.
    def get_cached_paths(self):
        return ["/", self.reverse_subpage("print")]

    @classmethod
    def purge_dependents(cls, pages, batch):
        programmes = ServicePageProgramme.objects.filter(page_id__in=[page.pk for page in pages]).values("programme_id")
        batch.add_pages(batch.with_translations(list(Page.objects.filter(pk__in=programmes))))
        # The unit page lists its services (called before and after a change: old and new unit).
        units = ServicePage.objects.filter(pk__in=[page.pk for page in pages]).values("unit_id")
        batch.add_pages(batch.with_translations(list(Page.objects.filter(pk__in=units))))

    # --- Search-engine metadata ({% page_meta %}, core/metadata.py).
    def get_structured_data(self, request, meta):
        return [{
            "@context": "https://schema.org", "@type": "GovernmentService",
            "name": self.title, "description": self.summary, "url": self.get_full_url(request),
            "provider": meta["publisher"], "areaServed": "Daerah Istimewa Yogyakarta",
            "offers": {"@type": "Offer", "price": str(self.cost_amount), "priceCurrency": "IDR"},
            "inLanguage": self.locale.language_code,
        }]

    # --- Translation: text translated; numbers, units, dates, the unit and programme links synchronised
    # (the unit and the links are then pointed at their translations, localisation/relink.py).
    translatable_fields = page_fields(
        TranslatableField("summary"), TranslatableField("intro"), TranslatableField("decree"),
        SynchronizedField("decree_date"), SynchronizedField("unit"), SynchronizedField("programme_links"),
        TranslatableField("requirements"), TranslatableField("procedure"),
        SynchronizedField("processing_time_value"), SynchronizedField("processing_time_unit"),
        TranslatableField("processing_time_text"), SynchronizedField("cost_amount"),
        TranslatableField("cost_details"), TranslatableField("product"), TranslatableField("complaints"),
        TranslatableField("legal_basis"), TranslatableField("facilities"), TranslatableField("facilities_vulnerable"),
        TranslatableField("competence"), TranslatableField("internal_supervision"),
        SynchronizedField("staff_count"), TranslatableField("staff_details"),
        TranslatableField("service_guarantee"), TranslatableField("safety_guarantee"),
        TranslatableField("performance_evaluation"),
    )


class ServicePageProgramme(Orderable):
    page = ParentalKey(ServicePage, related_name="programme_links", on_delete=models.CASCADE)
    programme = models.ForeignKey("programmes.ProgrammePage", verbose_name=_("programme"),
                                  on_delete=models.CASCADE, related_name="service_links")

    panels = [PageChooserPanel("programme")]
