"""Services and PPID entries linked to the organisation unit that provides or holds them.

The unit page lists both; the links follow translations (localisation/relink.py), and deleting a
unit leaves the services and entries in place without a unit.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from cms import cache_urls
from cms.tests import factories as f
from localisation.tests.localisation_fixtures import translate
from organisation.models import OrganisationUnitPage, unit_information, unit_services
from ppid.models import PublicInformationPage
from ppid.tests.factories import PPIDIndexPageFactory, PublicInformationPageFactory
from services.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(site_tree):
    home = site_tree["home"]
    profile = f.ProfilePageFactory(parent=home)
    balai = f.OrganisationUnitPageFactory(parent=profile, title="Balai Rehabilitasi Sosial Anak", slug="brspa")
    other = f.OrganisationUnitPageFactory(parent=profile, title="Sekretariat", slug="sekretariat",
                                          kind=OrganisationUnitPage.Kind.SECRETARIAT)
    services_index = f.ServiceIndexPageFactory(parent=home)
    ppid_index = PPIDIndexPageFactory(parent=home)
    services = {
        "care": f.ServicePageFactory(parent=services_index, title="Pengasuhan anak di balai", unit=balai),
        "other": f.ServicePageFactory(parent=services_index, title="Surat rekomendasi", unit=other),
        "none": f.ServicePageFactory(parent=services_index, title="Layanan tanpa unit"),
    }
    entries = {
        "sop": PublicInformationPageFactory(parent=ppid_index, title="SOP Pengasuhan Anak", category="setiap-saat",
                                            year=2024, responsible_unit=balai),
        "exempt": PublicInformationPageFactory(
            parent=ppid_index, title="Data Pribadi Anak Asuh", category="dikecualikan", year=2024,
            responsible_unit=balai, exemption_basis="UU 14/2008 Pasal 17 huruf h",
            exemption_consequence="Membuka rahasia pribadi anak."),
        "other": PublicInformationPageFactory(parent=ppid_index, title="Laporan Keuangan", responsible_unit=other),
    }
    return {**site_tree, "profile": profile, "balai": balai, "other": other, "services_index": services_index,
            "ppid_index": ppid_index, "services": services, "entries": entries}


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start:html.index("</section>", start)]


# --- Models and the editor ------------------------------------------------------------------

def test_the_unit_links_are_optional_foreign_keys_set_null_on_delete():
    for model, name in ((ServicePage, "unit"), (PublicInformationPage, "responsible_unit")):
        field = model._meta.get_field(name)
        assert field.related_model is OrganisationUnitPage, name
        assert field.null and field.blank and field.remote_field.on_delete.__name__ == "SET_NULL", name


@pytest.mark.parametrize("key", ["service", "entry"])
def test_editors_choose_the_unit_with_a_page_chooser(admin_client, linked, key):
    page = linked["services"]["care"] if key == "service" else linked["entries"]["sop"]
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    name = "unit" if key == "service" else "responsible_unit"
    assert f'name="{name}"' in html and "Balai Rehabilitasi Sosial Anak" in html
    assert reverse("wagtailadmin_choose_page") in html or "page-chooser" in html.lower()


def test_service_and_entry_pages_link_to_their_unit(client, linked):
    html = client.get(linked["services"]["care"].url).content.decode()
    assert f'Dilaksanakan oleh: <a href="{linked["balai"].url}">Balai Rehabilitasi Sosial Anak</a>' in html
    assert "Dilaksanakan oleh" not in client.get(linked["services"]["none"].url).content.decode()
    html = client.get(linked["entries"]["sop"].url).content.decode()
    assert f'<a href="{linked["balai"].url}">Balai Rehabilitasi Sosial Anak</a>' in html


def test_a_changed_service_or_entry_purges_its_unit_page(linked):
    balai = linked["balai"]
    for page in (linked["services"]["care"], linked["entries"]["sop"]):
        assert balai.full_url in cache_urls.dependent_urls([page.pk]), page
    assert balai.full_url not in cache_urls.dependent_urls([linked["services"]["other"].pk])


def test_deleting_a_unit_keeps_its_services_and_entries_without_a_unit(client, linked):
    linked["balai"].delete()
    service = ServicePage.objects.get(pk=linked["services"]["care"].pk)
    entry = PublicInformationPage.objects.get(pk=linked["entries"]["sop"].pk)
    assert service.unit_id is None and entry.responsible_unit_id is None
    assert client.get(service.url).status_code == 200
    assert client.get(entry.url).status_code == 200
    dip = client.get(linked["ppid_index"].url + "dip/")
    assert dip.status_code == 200 and "SOP Pengasuhan Anak" in dip.content.decode()


# --- The unit page's lists ------------------------------------------------------------------

def test_unit_page_lists_its_services_and_public_information(client, linked):
    html = client.get(linked["balai"].url).content.decode()
    services = section(html, "layanan-unit")
    assert services.startswith('id="layanan-unit">Layanan</h2>')
    assert "Pengasuhan anak di balai" in services and linked["services"]["care"].url in services
    assert "Surat rekomendasi" not in services and "Layanan tanpa unit" not in services
    information = section(html, "informasi-unit")
    assert information.startswith('id="informasi-unit">Informasi publik</h2>')
    assert "SOP Pengasuhan Anak" in information and "Data Pribadi Anak Asuh" in information
    assert "Informasi dikecualikan" in information  # the category says it is listed, not published
    assert "Laporan Keuangan" not in information


def test_a_unit_without_links_shows_no_empty_lists(client, linked):
    bare = f.OrganisationUnitPageFactory(parent=linked["profile"], title="Bidang Tanpa Layanan")
    html = client.get(bare.url).content.decode()
    assert 'id="layanan-unit"' not in html and 'id="informasi-unit"' not in html


def test_drafts_and_private_pages_stay_off_the_unit_page(client, linked):
    balai = linked["balai"]
    draft = f.ServicePageFactory(parent=linked["services_index"], title="Layanan rancangan", unit=balai)
    draft.unpublish()
    private = f.ServicePageFactory(parent=linked["services_index"], title="Layanan tertutup", unit=balai)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    hidden = PublicInformationPageFactory(parent=linked["ppid_index"], title="Informasi rancangan",
                                          responsible_unit=balai)
    hidden.unpublish()
    assert list(unit_services(balai)) == [linked["services"]["care"]]
    assert {entry.pk for entry in unit_information(balai)} == {linked["entries"]["sop"].pk,
                                                                linked["entries"]["exempt"].pk}
    html = client.get(balai.url).content.decode()
    assert "Layanan rancangan" not in html and "Layanan tertutup" not in html and "Informasi rancangan" not in html


def test_unit_page_costs_the_same_queries_for_more_services_and_entries(client, linked):
    balai = linked["balai"]

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(balai.url).status_code == 200
        return len(captured)

    queries()  # the site's settings row, made on its first request, moves the content version
    queries()  # (core.frame): this one fills the per-process lookups again
    few = queries()
    for n in range(4):
        f.ServicePageFactory(parent=linked["services_index"], title=f"Layanan tambahan {n}", unit=balai)
        PublicInformationPageFactory(parent=linked["ppid_index"], title=f"Informasi tambahan {n}",
                                     responsible_unit=balai)
    queries()
    assert queries() == few
    html = client.get(balai.url).content.decode()
    assert "Layanan tambahan 3" in html and "Informasi tambahan 3" in html


# --- Both languages -------------------------------------------------------------------------

@pytest.fixture
def english(linked):
    """English versions made through wagtail-localize (segments, then save_target), parents first."""
    translated = {}
    for key in ("home", "profile", "balai", "services_index", "ppid_index"):
        translated[key] = translate(linked[key])[1]
    translated["care"] = translate(linked["services"]["care"])[1]
    translated["sop"] = translate(linked["entries"]["sop"])[1]
    return translated


def test_translations_point_at_the_translated_unit(client, linked, english):
    balai_en = english["balai"]
    assert balai_en.locale.language_code == "en" and balai_en.pk != linked["balai"].pk
    assert ServicePage.objects.get(pk=english["care"].pk).unit_id == balai_en.pk
    assert PublicInformationPage.objects.get(pk=english["sop"].pk).responsible_unit_id == balai_en.pk
    # The Indonesian pages keep the Indonesian unit.
    assert ServicePage.objects.get(pk=linked["services"]["care"].pk).unit_id == linked["balai"].pk


def test_english_unit_page_lists_the_english_pages_only(client, linked, english):
    html = client.get(english["balai"].url).content.decode()
    assert '<html lang="en">' in html
    services = section(html, "layanan-unit")
    assert services.startswith('id="layanan-unit">Services</h2>') and "[EN] Pengasuhan anak di balai" in services
    assert english["care"].url in services
    information = section(html, "informasi-unit")
    assert information.startswith('id="informasi-unit">Public information</h2>')
    assert "[EN] SOP Pengasuhan Anak" in information
    # The exempted entry has no English version yet; the Indonesian one is not mixed in.
    assert "Data Pribadi Anak Asuh" not in information
    html_id = client.get(linked["balai"].url).content.decode()
    assert "[EN]" not in html_id


def test_english_entry_and_dip_show_the_english_unit_title(client, linked, english):
    html = client.get(english["sop"].url).content.decode()
    assert "[EN] Balai Rehabilitasi Sosial Anak" in html and english["balai"].url in html
    dip = client.get(english["ppid_index"].url + "dip/").content.decode()
    assert "<td>[EN] Balai Rehabilitasi Sosial Anak</td>" in dip
    csv = client.get(english["ppid_index"].url + "dip/csv/").content.decode("utf-8-sig")
    assert "[EN] Balai Rehabilitasi Sosial Anak" in csv and ",Balai Rehabilitasi Sosial Anak," not in csv


def test_a_translation_made_before_its_unit_keeps_the_source_unit_until_resynced(linked):
    for key in ("home", "services_index"):
        translate(linked[key])
    service = linked["services"]["care"]
    _, service_en = translate(service)
    assert service_en.unit_id == linked["balai"].pk  # no English unit yet: wagtail-localize's copy
    translate(linked["profile"])
    _, balai_en = translate(linked["balai"])
    _, service_en = translate(service)  # the translator syncs the page again
    assert ServicePage.objects.get(pk=service_en.pk).unit_id == balai_en.pk
