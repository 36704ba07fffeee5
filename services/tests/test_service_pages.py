"""ServicePage and ServiceIndexPage: models, panels, the standard in both languages, the printable view."""

import html
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page

from cms.tests import factories as f
from home.models import HomePage, StandardPage
from programmes.models import ProgrammeIndexPage
from services.models import ServiceIndexPage, ServicePage
from services.standard import COMPONENTS, DELIVERY, MANAGEMENT

pytestmark = pytest.mark.django_db

LABELS = {
    "id": ["Persyaratan", "Sistem, mekanisme, dan prosedur", "Jangka waktu penyelesaian", "Biaya/tarif",
           "Produk pelayanan", "Penanganan pengaduan, saran, dan masukan", "Dasar hukum",
           "Sarana dan prasarana, dan/atau fasilitas", "Kompetensi pelaksana", "Pengawasan internal",
           "Jumlah pelaksana", "Jaminan pelayanan", "Jaminan keamanan dan keselamatan pelayanan",
           "Evaluasi kinerja pelaksana"],
    "en": ["Requirements", "System, mechanism and procedure", "Time to complete", "Cost/tariff",
           "Service product", "Handling of complaints, suggestions and feedback", "Legal basis",
           "Facilities and infrastructure", "Competence of the staff", "Internal supervision",
           "Number of staff", "Service guarantee", "Guarantee of security and safety",
           "Evaluation of staff performance"],
}
SECTIONS = {"id": ["Penyelenggaraan", "Pengelolaan"], "en": ["Service delivery", "Service management"]}
FREE = {"id": "Tidak dipungut biaya (Rp0)", "en": "Free of charge (Rp0)"}
COMPONENT_ROW = re.compile(r'<dt id="(?P<slug>[a-z-]+)"><span class="standard__number">(?P<number>\d+)\.</span> '
                           r'(?P<label>[^<]+)</dt>')


def components_shown(content):
    return [(m["number"], m["slug"], html.unescape(m["label"])) for m in COMPONENT_ROW.finditer(content)]


# --- Models and panels ----------------------------------------------------------------------

def test_services_live_only_where_they_belong():
    assert ServiceIndexPage in HomePage.allowed_subpage_models()
    assert ServiceIndexPage.allowed_parent_page_models() == [HomePage]
    assert ServicePage.allowed_parent_page_models() == [ServiceIndexPage]
    assert ServiceIndexPage.allowed_subpage_models() == [ServicePage]
    assert ServicePage.allowed_subpage_models() == []
    for elsewhere in (StandardPage, ProgrammeIndexPage):
        assert not ServicePage.can_exist_under(elsewhere()) and not ServiceIndexPage.can_exist_under(elsewhere())


def _field_names(panels):
    names = []
    for panel in panels:
        if isinstance(panel, FieldPanel):
            names.append(panel.field_name)
        elif isinstance(panel, InlinePanel):
            names.append(panel.relation_name)
        elif isinstance(panel, MultiFieldPanel) or hasattr(panel, "children"):
            names += _field_names(panel.children)
    return names


def test_panels_group_the_components_in_delivery_and_management_tabs():
    handler = ServicePage.get_edit_handler()
    with translation.override("id"):
        headings = [str(tab.heading) for tab in handler.children]
    assert headings == ["Konten", "Penyelenggaraan", "Pengelolaan", "Promosikan", "Pengaturan"]
    content, delivery, management = (_field_names(tab.children) for tab in handler.children[:3])
    assert {"summary", "intro", "programme_links"} <= set(content)
    # Every component's field is in its section's tab (the displayed value may be a method of it).
    sources = {"processing_time_display": "processing_time_value", "cost_display": "cost_amount",
               "staff_display": "staff_count"}
    for component in COMPONENTS:
        field = sources.get(component.source, component.source)
        tab = delivery if component.section == DELIVERY else management
        assert field in tab, component
    assert [c.section for c in COMPONENTS] == [DELIVERY] * 6 + [MANAGEMENT] * 8
    assert "facilities_vulnerable" in management and "processing_time_text" in delivery
    # The form is the site's PageForm (an untouched form is no edit, core/forms.py).
    from core.forms import PageForm
    assert issubclass(handler.get_form_class(), PageForm)


def test_every_field_is_declared_translated_or_synchronised():
    declared = {field.field_name: type(field).__name__ for field in ServicePage.translatable_fields}
    own = [field.name for field in ServicePage._meta.get_fields(include_parents=False)
           if field.concrete and not field.auto_created and field.name != "page_ptr"]
    assert set(own) <= set(declared), set(own) - set(declared)
    assert declared["programme_links"] == "SynchronizedField"
    for number in ("cost_amount", "staff_count", "processing_time_value", "processing_time_unit", "decree_date"):
        assert declared[number] == "SynchronizedField", number
    for text in ("summary", "requirements", "procedure", "product", "complaints", "facilities_vulnerable"):
        assert declared[text] == "TranslatableField", text


def test_cost_defaults_to_free_of_charge_in_both_languages():
    page = ServicePage()
    assert page.cost_amount == 0 and page.is_free
    for language, text in FREE.items():
        with translation.override(language):
            assert page.cost_display() == text
    page.cost_amount, page.cost_details = 150000, "Perda No. 1 Tahun 2024"
    assert not page.is_free and page.cost_display() == "Rp150.000 — Perda No. 1 Tahun 2024"


def test_time_and_staff_read_as_words_in_each_language():
    page = ServicePage(processing_time_value=14, processing_time_unit="working_days", staff_count=1,
                       staff_details="pekerja sosial")
    with translation.override("id"):
        assert page.processing_time_display() == "14 hari kerja"
        assert page.staff_display() == "1 orang (pekerja sosial)"
    with translation.override("en"):
        assert page.processing_time_display() == "14 working days"
        assert page.staff_display() == "1 person (pekerja sosial)"
    page.processing_time_value, page.processing_time_unit, page.processing_time_text = None, "", "Sesuai jadwal"
    assert page.processing_time_display() == "Sesuai jadwal"


@pytest.mark.parametrize("value, unit, text, field", [
    (None, "", "", "processing_time_value"),
    (3, "", "", "processing_time_unit"),
    (None, "days", "", "processing_time_value"),
])
def test_time_to_complete_needs_a_number_with_its_unit_or_words(services_tree, value, unit, text, field):
    page = services_tree["service"]
    page.processing_time_value, page.processing_time_unit, page.processing_time_text = value, unit, text
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict


def test_a_standard_without_requirements_procedure_or_legal_basis_is_refused():
    """The editor's form validates StreamFields through their blocks: each list needs an item."""
    for name in ("requirements", "procedure", "legal_basis"):
        block = ServicePage._meta.get_field(name).stream_block
        assert block.meta.min_num == 1 and block.required, name
        with pytest.raises(ValidationError):
            block.clean(block.to_python([]))


# --- Rendering ---------------------------------------------------------------------------

def test_all_14_components_render_in_legal_order_in_indonesian(client, services_tree):
    content = client.get(services_tree["service"].url).content.decode()
    shown = components_shown(content)
    assert [number for number, _slug, _label in shown] == [str(n) for n in range(1, 15)]
    assert [slug for _n, slug, _label in shown] == [c.slug for c in COMPONENTS]
    assert [label for _n, _slug, label in shown] == LABELS["id"]
    assert content.index(SECTIONS["id"][0]) < content.index("Persyaratan") < content.index(SECTIONS["id"][1])
    # Each component's value is there.
    for text in ("KTP-el pemohon", "Datang ke kantor LK3", "3 hari kerja", FREE["id"],
                 "Catatan hasil konseling", "SP4N-LAPOR!", "UU No. 11 Tahun 2009", "Ruang konseling tertutup",
                 "Kursi roda dan jalur landai", "Konselor bersertifikat", "Kepala bidang memeriksa", "3 orang",
                 "Layanan diberikan sesuai standar", "Data pemohon dirahasiakan", "Evaluasi kinerja setiap semester"):
        assert text in content, text


def test_all_14_components_render_in_legal_order_in_english(client, english_services):
    service_en = english_services["service_en"]
    assert service_en.url.startswith("/en/")
    content = client.get(service_en.url).content.decode()
    shown = components_shown(content)
    assert [slug for _n, slug, _label in shown] == [c.slug for c in COMPONENTS]
    assert [label for _n, _slug, label in shown] == LABELS["en"]
    assert SECTIONS["en"][0] in content and SECTIONS["en"][1] in content
    assert FREE["en"] in content and "3 working days" in content


def test_free_cost_is_prominent_on_the_page_and_the_index(client, services_tree):
    page = client.get(services_tree["service"].url).content.decode()
    header = page[page.index("<header>", page.index('<article class="wrap service">')):page.index("</header>",
                                                                                                   page.index("<h1>"))]
    assert FREE["id"] in header
    index = client.get(services_tree["service_index"].url).content.decode()
    assert "Semua layanan di sini tidak dipungut biaya (Rp0)." in index
    assert services_tree["service"].url in index and FREE["id"] in index


def test_the_index_does_not_claim_everything_is_free_when_one_service_costs(client, services_tree):
    f.ServicePageFactory(parent=services_tree["service_index"], title="Layanan berbayar", cost_amount=5000)
    index = client.get(services_tree["service_index"].url).content.decode()
    assert "Layanan berbayar" in index and "Rp5.000" in index
    assert "Semua layanan di sini tidak dipungut biaya" not in index


def test_the_index_lists_only_live_services(client, services_tree):
    draft = f.ServicePageFactory(parent=services_tree["service_index"], title="Layanan rancangan", live=False)
    assert not ServicePage.objects.get(pk=draft.pk).live
    index = client.get(services_tree["service_index"].url).content.decode()
    assert services_tree["service"].title in index and "Layanan rancangan" not in index


def test_printable_view_is_one_table_of_the_14_components(client, services_tree):
    service = services_tree["service"]
    page = client.get(service.url).content.decode()
    print_url = service.url + "cetak/"
    assert f'href="{print_url}"' in page and "Cetak standar pelayanan" in page
    response = client.get(print_url)
    assert response.status_code == 200
    content = response.content.decode()
    assert '<meta name="robots" content="noindex, follow">' in content
    rows = re.findall(r'<tr id="([a-z-]+)"><td>(\d+)</td><th scope="row">([^<]+)</th>', content)
    assert [slug for slug, _n, _l in rows] == [c.slug for c in COMPONENTS]
    assert [html.unescape(label) for _s, _n, label in rows] == LABELS["id"]
    assert FREE["id"] in content and "Standar pelayanan: Konsultasi keluarga di LK3" in content
    assert "Datang ke kantor LK3" in content


def test_printable_view_in_english(client, english_services):
    content = client.get(english_services["service_en"].url + "cetak/").content.decode()
    rows = re.findall(r'<tr id="[a-z-]+"><td>\d+</td><th scope="row">([^<]+)</th>', content)
    assert [html.unescape(label) for label in rows] == LABELS["en"]
    assert "Service standard: " in content and FREE["en"] in content


@pytest.mark.parametrize("suffix, status", [
    ("cetak/lagi/", 404), ("tidak-ada/", 404), ("cetak/%00/", 400), ("cetak/?page=abc", 200),
])
def test_bad_sub_addresses_are_answered_without_a_500(client, services_tree, suffix, status):
    assert client.get(services_tree["service"].url + suffix).status_code == status


def test_structured_data_describes_a_free_government_service(client, services_tree):
    content = client.get(services_tree["service"].url).content.decode()
    assert '"@type": "GovernmentService"' in content and '"price": "0"' in content
    assert '"priceCurrency": "IDR"' in content


def test_previews_of_page_print_view_and_unsaved_page_render(services_tree):
    service = services_tree["service"]
    response = service.make_preview_request()
    assert response.status_code == 200 and "Persyaratan" in response.rendered_content
    printable = service.make_preview_request(preview_mode="print")
    assert printable.status_code == 200 and '<tr id="evaluasi">' in printable.rendered_content
    index_preview = services_tree["service_index"].make_preview_request()
    assert index_preview.status_code == 200 and service.title in index_preview.rendered_content
    unsaved = f.ServicePageFactory.build(title="Belum disimpan")
    index = services_tree["service_index"]
    unsaved.depth, unsaved.path, unsaved.locale = index.depth + 1, index.path + "9999", index.locale
    response = unsaved.make_preview_request()
    assert response.status_code == 200 and "Belum disimpan" in response.rendered_content
    assert "Cetak standar pelayanan" not in response.rendered_content  # no address to print from yet


# --- Programmes ↔ services ------------------------------------------------------------------

def test_programme_page_lists_related_services_and_the_service_links_back(client, services_tree):
    programme, service = services_tree["programme"], services_tree["service"]
    programme_html = client.get(programme.url).content.decode()
    assert 'id="layanan-terkait"' in programme_html and "Layanan terkait" in programme_html
    assert f'href="{service.url}"' in programme_html
    service_html = client.get(service.url).content.decode()
    assert f'href="{programme.url}"' in service_html


def test_programme_lists_only_live_services_of_its_own_language(client, english_services):
    from services.models import ServicePageProgramme

    tree = english_services
    programme, programme_en = tree["programme"], tree["programme_en"]
    draft = f.ServicePageFactory(parent=tree["service_index"], title="Layanan rancangan", live=False)
    draft.programme_links.add(ServicePageProgramme(programme=programme))
    draft.save_revision()
    assert list(ServicePage.objects.for_programme(programme)) == [tree["service"]]
    # The English copy was relinked to the English programme (localisation/relink.py).
    assert [link.programme_id for link in tree["service_en"].programme_links.all()] == [programme_en.pk]
    assert list(ServicePage.objects.for_programme(programme_en)) == [tree["service_en"]]
    content = client.get(programme_en.url).content.decode()
    assert "Related services" in content and tree["service_en"].url in content
    assert 'id="layanan-terkait"' not in client.get(
        f.ProgrammePageFactory(parent=tree["programme_index"], title="Program lain", slug="lain").url
    ).content.decode()


def test_a_programme_without_services_shows_no_empty_section(client, site_tree):
    assert "layanan-terkait" not in client.get(site_tree["programme"].url).content.decode()


def test_queries_of_the_index_do_not_grow_with_services(client, services_tree, django_assert_max_num_queries):
    for n in range(5):
        f.ServicePageFactory(parent=services_tree["service_index"], title=f"Layanan tambahan {n}")
    client.get(services_tree["service_index"].url)  # warm the site-wide caches
    with django_assert_max_num_queries(25):
        assert client.get(services_tree["service_index"].url).status_code == 200


def test_service_pages_are_in_the_tree_where_editors_expect_them(services_tree):
    service = services_tree["service"]
    assert Page.objects.get(pk=service.pk).get_parent().specific_class is ServiceIndexPage
    assert service.url == "/layanan/konsultasi-keluarga-di-lk3/"
