import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import HomePage, StandardPage
from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage, RefusalReason

from .conftest import make_document

pytestmark = pytest.mark.django_db


def test_page_types_live_only_where_they_belong():
    assert PPIDIndexPage.can_create_at(HomePage())
    assert PublicInformationPage.allowed_parent_page_models() == [PPIDIndexPage]
    assert InformationServiceReportPage.allowed_parent_page_models() == [PPIDIndexPage]
    assert StandardPage in PPIDIndexPage.allowed_subpage_models()
    assert PPIDIndexPage in StandardPage.allowed_parent_page_models()
    assert PublicInformationPage.allowed_subpage_models() == []


def _fields(model):
    return {field.field_name: type(field) for field in model.translatable_fields}


def test_text_is_translated_and_classification_synchronised():
    fields = _fields(PublicInformationPage)
    for name in ("title", "summary", "legal_basis", "retention_period", "information_format",
                 "person_responsible", "exemption_basis", "exemption_consequence"):
        assert fields[name] is TranslatableField, name
    for name in ("category", "year", "responsible_unit", "document", "external_url"):
        assert fields[name] is SynchronizedField, name
    report = _fields(InformationServiceReportPage)
    assert report["summary"] is TranslatableField and report["refusal_reasons"] is TranslatableField
    assert report["requests_received"] is SynchronizedField and report["average_days"] is SynchronizedField
    assert _fields(RefusalReason) == {"reason": TranslatableField, "count": SynchronizedField}
    assert _fields(PPIDIndexPage)["body"] is TranslatableField


def _entry(**kwargs):
    values = {"title": "X", "slug": "x", "category": "dikecualikan", "year": 2024,
              "summary": "Ringkas", "exemption_basis": "Pasal 17 huruf h", "exemption_consequence": "Bahaya"}
    values.update(kwargs)
    return PublicInformationPage(**values)


def test_exempted_information_needs_the_consequence_test_and_no_document(ppid_tree):
    _entry().full_clean(exclude=["path", "depth"])
    with pytest.raises(ValidationError) as error:
        _entry(exemption_basis="", exemption_consequence=" ").full_clean(exclude=["path", "depth"])
    assert {"exemption_basis", "exemption_consequence"} <= set(error.value.message_dict)
    with pytest.raises(ValidationError) as error:
        _entry(document=ppid_tree["document"], external_url="https://example.org/").full_clean(
            exclude=["path", "depth"])
    assert {"document", "external_url"} <= set(error.value.message_dict)
    # A public category needs neither.
    _entry(category="berkala", exemption_basis="", exemption_consequence="").full_clean(exclude=["path", "depth"])


@pytest.mark.parametrize("year", [1800, 2101])
def test_year_out_of_range_is_refused(year):
    with pytest.raises(ValidationError) as error:
        _entry(category="berkala", year=year).full_clean(exclude=["path", "depth"])
    assert "year" in error.value.message_dict


def test_report_answers_cannot_exceed_requests():
    report = InformationServiceReportPage(title="L", slug="l", year=2024, summary="S", requests_received=5,
                                          granted_in_full=4, granted_in_part=1, refused=1, average_days=3)
    with pytest.raises(ValidationError) as error:
        report.full_clean(exclude=["path", "depth"])
    assert "refused" in error.value.message_dict
    report.refused = 0
    report.full_clean(exclude=["path", "depth"])


@pytest.mark.parametrize("name", ["index", "report", "berkala", "dikecualikan"])
def test_admin_edit_forms_render(admin_client, ppid_tree, name):
    page = ppid_tree[name] if name in ("index", "report") else ppid_tree["entries"][name]
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    if name in ("berkala", "dikecualikan"):
        assert 'name="category"' in html and 'name="exemption_consequence"' in html and 'name="document"' in html
    if name == "report":
        assert 'name="refusal_reasons-TOTAL_FORMS"' in html and 'name="requests_received"' in html


def test_admin_can_create_an_entry_under_the_index(admin_client, ppid_tree):
    index = ppid_tree["index"]
    response = admin_client.get(f"/admin/pages/add/ppid/publicinformationpage/{index.pk}/")
    assert response.status_code == 200
    home = Page.objects.get(pk=index.get_parent().pk)
    response = admin_client.get(f"/admin/pages/add/ppid/publicinformationpage/{home.pk}/")
    # Wagtail refuses the wrong parent with a redirect to the dashboard and an error message.
    assert response.status_code == 302 and response.url == "/admin/"


def test_previews_render(ppid_tree):
    for page in (ppid_tree["index"], ppid_tree["report"], *ppid_tree["entries"].values()):
        response = page.make_preview_request()
        assert response.status_code == 200, page
        assert page.title in response.rendered_content
    unsaved = PublicInformationPage(title="Belum disimpan", category="berkala", year=2025,
                                    responsible_unit=ppid_tree["units"]["sekretariat"], summary="Ringkas")
    index = ppid_tree["index"]
    unsaved.depth, unsaved.path, unsaved.locale = index.depth + 1, index.path + "9999", index.locale
    response = unsaved.make_preview_request()
    assert response.status_code == 200 and "Belum disimpan" in response.rendered_content


def test_private_document_is_never_offered_on_the_entry_page(client, ppid_tree):
    from wagtail.models import Collection, CollectionViewRestriction

    entry = ppid_tree["entries"]["berkala"]
    html = client.get(entry.url).content.decode()
    assert ppid_tree["document"].url in html
    private = Collection.get_first_root_node().add_child(name="Arsip internal")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    entry.document = make_document("Notulen Rapat Internal", collection=private)
    entry.save_revision().publish()
    html = client.get(entry.url).content.decode()
    assert entry.document.url not in html
    assert "Informasi ini tersedia atas permintaan kepada PPID." in html
