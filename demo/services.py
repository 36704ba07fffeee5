"""The "Layanan" section: three services with their service standards, in Indonesian and English."""

import datetime

from wagtail.models import Locale

from services.models import ServiceIndexPage, ServicePage, ServicePageProgramme

from . import services_data as data
from .builder import ensure_page, morning, stream
from .translations import existing_translation, translate


def _build(service, programmes, units):
    slug = service["slug"]
    value, unit, text = service["time"]
    staff_count, staff_details = service["staff"]
    return ServicePage(
        title=service["title"], summary=service["summary"], intro=service["intro"],
        decree=service["decree"], decree_date=datetime.date(2025, 1, 2),
        requirements=stream(f"{slug}-requirements", [("requirement", {"title": title, "note": note})
                                                     for title, note in service["requirements"]]),
        procedure=stream(f"{slug}-procedure", [("step", {"title": title, "description": description})
                                               for title, description in service["procedure"]]),
        processing_time_value=value, processing_time_unit=unit, processing_time_text=text,
        product=service["product"], complaints=data.COMPLAINTS,
        legal_basis=stream(f"{slug}-legal", [("regulation", {"title": title, "about": about, "document": None})
                                             for title, about in service["legal_basis"]]),
        facilities=service["facilities"], facilities_vulnerable=data.VULNERABLE, competence=service["competence"],
        internal_supervision=data.SUPERVISION, staff_count=staff_count, staff_details=staff_details,
        service_guarantee=data.GUARANTEE, safety_guarantee=data.SAFETY, performance_evaluation=data.EVALUATION,
        unit=units.get(service["unit"]),  # the loader's demo units; none when the profile is someone else's
        programme_links=[ServicePageProgramme(programme=programmes[key], sort_order=i)
                         for i, key in enumerate(service["programmes"])],
    )


def ensure_services(home, programmes, units, stats):
    """The service index under the home page and its services, by their demo slugs."""
    index = ensure_page(home, "layanan", lambda: ServiceIndexPage(title=data.INDEX_TITLE, intro=data.INDEX_INTRO,
                                                                   show_in_menus=True), stats, "section pages")
    services = {
        service["slug"]: ensure_page(index, service["slug"], lambda service=service: _build(service, programmes, units),
                                     stats, "services", published_at=morning(datetime.date(2025, 1, 6)))
        for service in data.SERVICES
    }
    return {"index": index, "services": services}


def ensure_service_translations(home, demo_services, stats):
    """English versions, made through wagtail-localize (demo/translations.py) once English exists."""
    locale = Locale.objects.filter(language_code="en").first()
    if locale is None or existing_translation(home, locale) is None:
        return
    translate(demo_services["index"], locale, stats, "English pages")
    for service in demo_services["services"].values():
        translate(service, locale, stats, "English pages")
