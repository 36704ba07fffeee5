import pytest

from cms.tests import factories as f
from news.tests.archive_fixtures import en_locale, translate  # noqa: F401 - en_locale is a fixture
from search.tests.conftest import search_backend  # noqa: F401 - the database + engine search fixture
from services.models import ServicePageProgramme


@pytest.fixture
def services_tree(site_tree):
    """site_tree plus a service index with one service linked to the LK3 programme."""
    index = f.ServiceIndexPageFactory(parent=site_tree["home"], show_in_menus=True)
    service = f.ServicePageFactory(parent=index, title="Konsultasi keluarga di LK3")
    service.programme_links.add(ServicePageProgramme(programme=site_tree["programme"]))
    service.save_revision().publish()
    return {**site_tree, "service_index": index, "service": type(service).objects.get(pk=service.pk)}


@pytest.fixture
def english_services(services_tree, en_locale):  # noqa: F811
    """English copies of the home page, service index, programme index, programme and service."""
    tree = services_tree
    home_en = translate(tree["home"], en_locale)
    index_en = translate(tree["service_index"], en_locale)
    translate(tree["programme_index"], en_locale)
    programme_en = translate(tree["programme"], en_locale)
    service_en = translate(tree["service"], en_locale)
    return {**tree, "en": en_locale, "home_en": home_en, "service_index_en": index_en,
            "programme_en": programme_en, "service_en": service_en}
