"""The department's profile: vision and mission, duties and functions, and its organisation.

The organisation is a tree of pages under the profile page: the secretariat, the bidang and the
balai/UPT, each with its own sub-units. Pages rather than snippets, because a balai is a place
citizens visit (address, hours, head) and because pages come with translation, the approval
workflow, search, purging and the sitemap. The organisation chart is that tree as nested lists
(includes/org_chart.html): it reads in order without styles, so it is its own text equivalent.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import api_fields as api
from core.blocks import RICH_TEXT_FEATURES, BodyBlock, MissionBlock
from core.fields import page_fields
from core.forms import PageForm
from core.metadata import PageMetadataMixin
from core.restrictions import ViewRestrictionMemoMixin
from search.indexing import STEMMED_SEARCH_FIELDS, StemmedSearchMixin


def unit_tree(page):
    """The live, public units under `page` as [(unit, [(sub-unit, [...]), ...]), ...], in tree order.

    One query for the whole tree: the chart of a dozen units should not cost a query per unit.
    """
    units = list(OrganisationUnitPage.objects.descendant_of(page).live().public().order_by("path"))
    children = {}
    for unit in units:
        children.setdefault(unit.path[:-Page.steplen], []).append(unit)

    def branch(path):
        return [(unit, branch(unit.path)) for unit in children.get(path, [])]

    return branch(page.path)


def unit_services(unit):
    """The live, public services the unit provides, in the unit's language (ServicePage.unit)."""
    return unit.services.for_unit(unit)


def unit_information(unit):
    """The listed public-information entries the unit is responsible for, in the unit's language."""
    return unit.public_information.for_unit(unit)


class ProfilePage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    base_form_class = PageForm
    intro = models.TextField(_("introduction"), blank=True, max_length=400)
    vision = models.TextField(_("vision"), max_length=600)
    missions = StreamField([("mission", MissionBlock())], verbose_name=_("missions"))
    duties = RichTextField(_("duties and functions"), features=RICH_TEXT_FEATURES,
                           help_text=_("Tugas pokok dan fungsi, as the governor's regulation words them."))
    head_name = models.CharField(_("head of the department"), max_length=160)
    head_title = models.CharField(_("head's position"), max_length=160, default="Kepala Dinas Sosial DIY")
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more information"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["organisation.OrganisationUnitPage", "home.StandardPage"]
    max_count_per_parent = 1
    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("vision"), FieldPanel("missions"), FieldPanel("duties"),
        FieldRowPanel([FieldPanel("head_name"), FieldPanel("head_title")]), FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"), index.SearchField("vision"), index.SearchField("missions"),
        index.SearchField("duties"),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "intro")
    search_body_fields = ("vision", "missions", "duties", "body")
    api_fields = api.fields("intro", "vision", "missions", "duties", "head_name", "head_title", "body")

    class Meta:
        verbose_name = _("profile page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["units"] = unit_tree(self)
        return context

    translatable_fields = page_fields(*(TranslatableField(name) for name in (
        "intro", "vision", "missions", "duties", "head_title", "body")), SynchronizedField("head_name"))


class OrganisationUnitPage(ViewRestrictionMemoMixin, PageMetadataMixin, StemmedSearchMixin, Page):
    class Kind(models.TextChoices):
        SECRETARIAT = "secretariat", _("Secretariat")
        DIVISION = "division", _("Division (bidang)")
        TECHNICAL_UNIT = "technical-unit", _("Technical unit (balai/UPT)")
        SECTION = "section", _("Section (subbagian/seksi)")

    base_form_class = PageForm
    kind = models.CharField(_("kind of unit"), max_length=20, choices=Kind.choices)
    summary = models.TextField(_("summary"), max_length=400, help_text=_("What the unit does, in a sentence or two."))
    duties = RichTextField(_("duties and functions"), features=RICH_TEXT_FEATURES, blank=True)
    head_name = models.CharField(_("head"), max_length=160, blank=True)
    head_title = models.CharField(_("head's position"), max_length=160, blank=True)
    address = models.TextField(_("address"), max_length=400, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=160, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("more information"))

    parent_page_types = ["organisation.ProfilePage", "organisation.OrganisationUnitPage"]
    subpage_types = ["organisation.OrganisationUnitPage"]
    content_panels = Page.content_panels + [
        FieldPanel("kind"), FieldPanel("summary"), FieldPanel("duties"),
        FieldRowPanel([FieldPanel("head_name"), FieldPanel("head_title")]),
        MultiFieldPanel([FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                         FieldPanel("opening_hours")], heading=_("Address and contact")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"), index.SearchField("duties"), index.SearchField("head_name"),
        index.SearchField("address"),
    ] + STEMMED_SEARCH_FIELDS
    search_lead_fields = ("title", "summary")
    search_body_fields = ("duties", "head_name", "address", "body")
    api_fields = api.fields("kind", "summary", "duties", "head_name", "head_title", "address", "phone", "email",
                            "opening_hours", "body")

    class Meta:
        verbose_name = _("organisation unit")
        verbose_name_plural = _("organisation units")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["units"] = unit_tree(self)
        context["service_list"] = list(unit_services(self))
        context["information_list"] = list(unit_information(self))
        return context

    translatable_fields = page_fields(
        *(TranslatableField(name) for name in ("summary", "duties", "head_title", "address", "opening_hours", "body")),
        SynchronizedField("kind"), SynchronizedField("head_name"), SynchronizedField("phone"),
        SynchronizedField("email"))
