"""The 14 components of a service standard (standar pelayanan), in the order of Permenpan-RB 15/2014.

The regulation names six components of service delivery (penyampaian/penyelenggaraan) and
eight of its management inside the agency (pengelolaan). The page, its printable view and
the tests all read the order from COMPONENTS, so it is written down once.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

DELIVERY = "delivery"
MANAGEMENT = "management"
SECTIONS = {DELIVERY: _("Service delivery"), MANAGEMENT: _("Service management")}


@dataclass(frozen=True)
class Component:
    slug: str     # the anchor on the page, in Indonesian like the site's other anchors
    label: str
    section: str
    kind: str     # how the value is shown: "list", "steps", "rich", "text", "facilities", "cost"
    source: str   # the page attribute (field or method) holding the value


COMPONENTS = (
    Component("persyaratan", _("Requirements"), DELIVERY, "list", "requirements"),
    Component("prosedur", _("System, mechanism and procedure"), DELIVERY, "steps", "procedure"),
    Component("jangka-waktu", _("Time to complete"), DELIVERY, "text", "processing_time_display"),
    Component("biaya", _("Cost/tariff"), DELIVERY, "cost", "cost_display"),
    Component("produk", _("Service product"), DELIVERY, "text", "product"),
    Component("pengaduan", _("Handling of complaints, suggestions and feedback"), DELIVERY, "rich", "complaints"),
    Component("dasar-hukum", _("Legal basis"), MANAGEMENT, "list", "legal_basis"),
    Component("sarana", _("Facilities and infrastructure"), MANAGEMENT, "facilities", "facilities"),
    Component("kompetensi", _("Competence of the staff"), MANAGEMENT, "rich", "competence"),
    Component("pengawasan", _("Internal supervision"), MANAGEMENT, "rich", "internal_supervision"),
    Component("jumlah-pelaksana", _("Number of staff"), MANAGEMENT, "text", "staff_display"),
    Component("jaminan-pelayanan", _("Service guarantee"), MANAGEMENT, "rich", "service_guarantee"),
    Component("jaminan-keamanan", _("Guarantee of security and safety"), MANAGEMENT, "rich", "safety_guarantee"),
    Component("evaluasi", _("Evaluation of staff performance"), MANAGEMENT, "rich", "performance_evaluation"),
)


@dataclass(frozen=True)
class ComponentValue:
    number: int
    component: Component
    value: object

    @property
    def slug(self):
        return self.component.slug

    @property
    def label(self):
        return self.component.label

    @property
    def kind(self):
        return self.component.kind


def component_values(page):
    """[(section label, [ComponentValue, …]), …] for `page`, numbered 1–14 in the legal order."""
    groups = {section: [] for section in SECTIONS}
    for number, component in enumerate(COMPONENTS, start=1):
        value = getattr(page, component.source)
        groups[component.section].append(ComponentValue(number, component, value() if callable(value) else value))
    return [(SECTIONS[section], values) for section, values in groups.items()]


# --- How the structured components read --------------------------------------------------

TIME_UNITS = {
    "minutes": lambda n: ngettext("%(n)s minute", "%(n)s minutes", n),
    "hours": lambda n: ngettext("%(n)s hour", "%(n)s hours", n),
    "working_days": lambda n: ngettext("%(n)s working day", "%(n)s working days", n),
    "days": lambda n: ngettext("%(n)s day", "%(n)s days", n),
}


def duration_text(value, unit):
    return TIME_UNITS[unit](value) % {"n": value}


def rupiah(amount):
    """Rupiah the Indonesian way, e.g. Rp150.000."""
    return "Rp" + f"{amount:,}".replace(",", ".")


def staff_text(count):
    return ngettext("%(n)s person", "%(n)s people", count) % {"n": count}
