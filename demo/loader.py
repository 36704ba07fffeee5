"""Demo content for a fresh site: `python manage.py load_demo_content`.

`load()` builds everything in one transaction and is idempotent: every object is looked up by
a stable key (the demo's marker on pages and categories, see builder.demo_key; image title)
and left untouched when it already exists. Content the demo did not make is never changed.
A database filled by the demo before it marked its objects holds no marked objects, so the demo
builds its set again beside the old one: `make clean` once for a single set.
"""

from django.db import transaction
from wagtail.models import Site

from organisation.models import ProfilePage

from .authors import ensure_authors
from .builder import Stats
from .comments import ensure_comments
from .contact import ensure_contact_pages, translate_contact_pages
from .navigation import order_menu
from .news import ensure_news
from .organisation import ensure_units
from .ppid import ensure_ppid, translate_ppid
from .programmes import ensure_programmes
from .services import ensure_service_translations, ensure_services
from .site import (
    configure_home,
    configure_settings,
    ensure_categories,
    ensure_profile,
    ensure_sections,
)
from .survey import ensure_survey, translate_survey
from .translations import ensure_translations


@transaction.atomic
def load():
    """Build the demo site; return the run's Stats and the demo's own objects by kind and key."""
    stats = Stats()
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    categories = ensure_categories(home.locale, stats)
    pages = ensure_sections(home, stats)
    pages["profil"] = ensure_profile(home, stats)
    units = ensure_units(pages["profil"], stats) if isinstance(pages["profil"], ProfilePage) else {}
    pages["skm"] = ensure_survey(home, stats)
    authors = ensure_authors(pages["penulis"], stats)
    programmes = ensure_programmes(pages["program"], stats)
    posts = ensure_news(pages["berita"], authors, categories, programmes, stats)
    services = ensure_services(home, programmes, units, stats)
    ensure_comments(posts, stats)
    ppid = ensure_ppid(home, units, stats)
    contact = ensure_contact_pages(home, stats)
    pages.update(contact, layanan=services["index"], ppid=ppid["index"])  # for the footer
    configure_home(home, programmes, pages, stats)
    configure_settings(site, pages, stats)
    home = type(home).objects.get(pk=home.pk)  # as configure_home left it
    demo = {"categories": categories, "pages": pages, "authors": authors, "programmes": programmes,
            "posts": posts, "units": units}
    # English second: made through wagtail-localize from the Indonesian pages above.
    ensure_translations(site, home, demo, stats)
    ensure_service_translations(home, services, stats)
    translate_ppid(home, ppid, stats)
    translate_survey(pages["skm"], stats)
    translate_contact_pages(home, contact, stats)
    demo["contact"] = contact
    order_menu(home, stats)
    return stats, {**demo, "services": services}
