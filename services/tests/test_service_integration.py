"""Services in the site's machinery: search, the page cache purge, the sitemap, the admin."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from search.kinds import KINDS, kind_of_model
from search.service import Filters, search_pages
from services.models import ServicePage, ServicePageProgramme

pytestmark = pytest.mark.django_db
ROOT = "http://localhost"


def titles(search_backend, query, **kwargs):
    outcome = search_pages(query, Locale.get_default(), backend=search_backend.backend,
                           fallback=search_backend.fallback, **kwargs)
    return [candidate.title for candidate in outcome.candidates]


# --- Search ----------------------------------------------------------------------------------

def test_services_are_a_search_kind():
    assert KINDS["service"].model_name == "ServicePage" and kind_of_model(ServicePage) == "service"


def test_search_finds_a_service_by_a_word_of_its_procedure(search_backend, services_tree):
    service = services_tree["service"]
    service.procedure = [("step", {"title": "Verifikasi lapangan", "description": "Tim memeriksa atap rumah."})]
    service.save_revision().publish()
    search_backend.rebuild()
    # "atap" (roof) appears only in a step's description; "memeriksa" is found by its root "periksa".
    for query in ("atap", "periksa"):
        assert titles(search_backend, query) == [service.title], query
    assert titles(search_backend, "atap", filters=Filters(kind="service")) == [service.title]
    assert titles(search_backend, "atap", filters=Filters(kind="news")) == []


def test_the_programme_filter_finds_the_services_of_the_programme(search_backend, services_tree):
    from cms.tests import factories as f

    service = services_tree["service"]
    unlinked = f.ServicePageFactory(parent=services_tree["service_index"], title="Konsultasi lain")
    search_backend.rebuild()
    assert set(titles(search_backend, "konseling")) >= {service.title, unlinked.title}
    assert titles(search_backend, "konseling", filters=Filters(programme=services_tree["programme"].pk,
                                                               kind="service")) == [service.title]


def test_search_page_labels_services(client, services_tree):
    response = client.get(reverse("search:search"), {"q": "konseling", "kind": "service"})
    assert response.status_code == 200
    content = response.content.decode()
    assert services_tree["service"].title in content and "Layanan" in content


def test_a_draft_service_is_never_found(search_backend, services_tree):
    from cms.tests import factories as f

    f.ServicePageFactory(parent=services_tree["service_index"], title="Layanan rahasia zebra", live=False)
    search_backend.rebuild()
    assert titles(search_backend, "zebra") == []


# --- Page cache purge ---------------------------------------------------------------------------

# The `purged` fixture is the root conftest's.

def test_publishing_a_service_purges_it_its_printable_view_index_and_programmes(purged, english_services):
    tree = english_services
    service = ServicePage.objects.get(pk=tree["service"].pk)
    service.summary = "Ringkasan baru."
    urls = purged(lambda: service.save_revision().publish())
    assert {ROOT + service.url, ROOT + service.url + "cetak/", ROOT + tree["service_index"].url,
            ROOT + tree["programme"].url, ROOT + tree["programme_en"].url, ROOT + "/sitemap.xml"} <= urls
    assert ROOT + tree["service_en"].url + "cetak/" in urls  # every translation of the page


def test_unlinking_a_programme_purges_the_programme_that_listed_the_service(purged, services_tree):
    service = ServicePage.objects.get(pk=services_tree["service"].pk)
    service.programme_links = []
    urls = purged(lambda: service.save_revision().publish())
    assert ROOT + services_tree["programme"].url in urls


def test_unpublishing_a_service_purges_it(purged, services_tree):
    service = ServicePage.objects.get(pk=services_tree["service"].pk)
    urls = purged(lambda: service.unpublish())
    assert {ROOT + service.url, ROOT + service.url + "cetak/", ROOT + services_tree["programme"].url} <= urls


# --- Sitemap -----------------------------------------------------------------------------------

def test_sitemap_lists_services_and_their_translations_but_not_the_printable_view(client, english_services):
    content = client.get("/sitemap.xml").content.decode()
    service, service_en = english_services["service"], english_services["service_en"]
    for page in (service, service_en, english_services["service_index"]):
        assert f"<loc>{ROOT}{page.url}</loc>" in content
    assert f'hreflang="en" href="{ROOT}{service_en.url}"' in content
    assert "cetak/" not in content


# --- Admin ---------------------------------------------------------------------------------

def test_editor_can_add_a_service_through_the_admin_with_both_tabs(admin_client, services_tree):
    index = services_tree["service_index"]
    url = reverse("wagtailadmin_pages:add", args=["services", "servicepage", index.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    content = response.content.decode()
    for tab in ("Penyelenggaraan", "Pengelolaan"):
        assert tab in content, tab
    assert 'value="0"' in content  # the free-of-charge default
    home_add = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[services_tree["home"].pk]))
    assert "indeks layanan" in home_add.content.decode().lower()


def test_related_programmes_keep_the_editor_order(services_tree):
    from cms.tests import factories as f

    other = f.ProgrammePageFactory(parent=services_tree["programme_index"], title="WKSBM", slug="wksbm",
                                   short_name="WKSBM")
    service = ServicePage.objects.get(pk=services_tree["service"].pk)
    service.programme_links = [ServicePageProgramme(programme=other, sort_order=0),
                               ServicePageProgramme(programme=services_tree["programme"], sort_order=1)]
    service.save_revision().publish()
    assert [p.pk for p in ServicePage.objects.get(pk=service.pk).related_programmes()] == [
        other.pk, services_tree["programme"].pk]
