"""An untouched editor form is no edit, on every page model (core/forms.py).

Each page type is filled with every kind of field it has (StreamField blocks of every type,
images, documents, embeds, rich text written outside the editor, inline panels, tags,
categories), submitted for approval, then opened by a Penyetuju who approves in the editor's
action menu without changing anything: the submitted revision must be the one published.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, get_page_models

from cms.tests import factories as f
from contact.models import ChannelType, ComplaintChannel, ComplaintPage, ContactFormField, ContactFormPage
from core.tests.untouched import untouched_form_data
from editorial.tests.editorial import client_for, edit_url, editorial  # noqa: F401
from home.models import HomePage, HomeProgrammeHighlight, StandardPage
from news.models import (
    AuthorIndexPage,
    AuthorPage,
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageProgramme,
)
from organisation.models import OrganisationUnitPage, ProfilePage
from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage, RefusalReason
from programmes.models import ProgrammeIndexPage, ProgrammePage, ServiceLocation
from services.models import ServiceIndexPage, ServicePage, ServicePageProgramme
from survey.models import Half, SurveyPeriod, SurveyResultsPage

pytestmark = pytest.mark.django_db

# Rich text as the demo content and the WordPress importer store it: no Draftail block keys.
RICH = ('<h3>Syarat</h3><p>Bawa <strong>KTP</strong> dan <em>KK</em>,<br/> lihat '
        '<a href="https://example.org/">laman ini</a>.</p>'
        "<ul><li>Senin</li><li>Kamis</li></ul><ol><li>Datang</li><li>Daftar</li></ol>")
KEYED = '<p data-block-key="k1">Paragraf dari editor.</p>'
VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def media():
    collection = Collection.get_first_root_node()
    image = Image.objects.create(title="Foto layanan", file=get_test_image_file(), collection=collection)
    document = Document.objects.create(title="Formulir", collection=collection,
                                       file=ContentFile(b"%PDF-1.4 formulir", name="formulir.pdf"))
    # The embed as the provider answered it once: validating the block never goes to the network.
    Embed.objects.create(hash=get_embed_hash(VIDEO), url=VIDEO, type="video", html="<iframe></iframe>")
    return image, document


def every_body_block(image, document, page):
    return [
        ("paragraph", RICH), ("paragraph", KEYED),
        ("heading", {"text": "Cara mendaftar", "level": "h3", "anchor": "daftar"}),
        ("image", {"image": image, "alt_text": "Petugas melayani warga", "decorative": False,
                   "caption": "Layanan", "credit": "Dinsos"}),
        ("image", {"image": image, "alt_text": "", "decorative": True, "caption": "", "credit": ""}),
        ("quote", {"text": "Baris satu\nbaris dua", "attribution": "Kepala Dinas", "role": "Dinas Sosial"}),
        ("video", {"video": VIDEO, "caption": "Video"}),
        ("document", {"document": document, "label": "Unduh formulir"}),
        ("table", {"caption": "Jam", "header": ["Hari", "Jam"],
                   "rows": [{"cells": ["Senin", "08.00"]}, {"cells": ["Jumat", ""]}]}),
        ("call_to_action", {"page": page, "external_url": "", "title": "Hubungi kami", "text": "Teks",
                            "button_label": "Kontak"}),
        ("call_to_action", {"page": None, "external_url": "https://example.org/", "title": "Luar",
                            "text": "", "button_label": "Buka"}),
        ("faq", {"title": "Tanya jawab", "items": [{"question": "Berbayar?", "answer": RICH}]}),
        ("key_facts", {"title": "", "facts": [{"label": "Biaya", "value": "Gratis"}]}),
        ("contact_card", {"name": "Dinsos DIY", "address": "Jl. Janti\nBantul", "phone": "0274",
                          "email": "dinsos@example.org", "opening_hours": "08.00-15.30"}),
        ("chart", {"title": "Klien", "chart_type": "line", "description": "Naik.\nTerus.", "category_label": "",
                   "value_label": "Orang", "categories": ["2023", "2024"],
                   "series": [{"name": "LK3", "values": [Decimal("12"), Decimal("15.50")]},
                              {"name": "Balai", "values": [Decimal("0.5"), Decimal("7")]}]}),
    ]


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def fill_home(site, image, document):
    home = site.home
    home.hero_title, home.hero_intro, home.hero_image = "Selamat datang", "Baris satu\nbaris dua", image
    home.quick_links = [("link", {"page": site.news_index, "external_url": "", "label": "Berita", "description": ""}),
                        ("link", {"page": None, "external_url": "https://example.org/", "label": "Luar",
                                  "description": "Keterangan"})]
    home.programme_highlights = [HomeProgrammeHighlight(programme=site.programme)]
    return publish(home)


def fill_standard(site, image, document):
    page = StandardPage(title="Profil", slug="profil", intro="Tentang kami.",
                        body=every_body_block(image, document, site.news_index))
    site.home.add_child(instance=page)
    return publish(page)


def fill_index(key):
    def fill(site, image, document):
        page = getattr(site, key)
        page.intro = "Pengantar\ndua baris."
        return publish(page)
    return fill


def fill_news(site, image, document):
    post = site.post
    post.summary, post.source = "Ringkasan.", "Subbag Program"
    post.featured_image, post.featured_image_caption, post.featured_image_credit = image, "Keterangan", "Dinsos"
    post.body = every_body_block(image, document, site.programme)
    post.publication_date, post.last_updated_override, post.is_sticky = (
        datetime.date(2024, 3, 1), datetime.date(2024, 3, 2), True)
    post.categories = [f.CategoryFactory(), f.CategoryFactory()]
    post.tags.add("lansia", "posyandu kulon progo")
    post.authors = [NewsPageAuthor(author=site.author)]
    post.programme_links = [NewsPageProgramme(programme=site.programme)]
    return publish(post)


def fill_author(site, image, document):
    author = site.author
    author.role, author.bio, author.photo, author.email = "Pekerja sosial", "Baris\nkedua", image, "sri@example.org"
    author.body = every_body_block(image, document, site.news_index)
    return publish(author)


def fill_programme(site, image, document):
    programme = site.programme
    for name in ("services", "target_groups", "requirements", "contact"):
        setattr(programme, name, RICH)
    programme.cost = "Gratis"
    programme.legal_basis = [("regulation", {"title": "UU 11/2009", "about": "Kesejahteraan", "document": document}),
                             ("regulation", {"title": "Pergub", "about": "", "document": None})]
    programme.steps = [("step", {"title": "Datang", "description": "Bawa KTP\ndan KK"})]
    programme.faq = [("question", {"question": "Berbayar?", "answer": RICH})]
    programme.body = every_body_block(image, document, site.news_index)
    programme.locations = [ServiceLocation(name="LK3 Sleman", regency="sleman", address="Jl. Magelang\nSleman",
                                           phone="0274 1", opening_hours="08.00",
                                           latitude=Decimal("-7.716000"), longitude=Decimal("110.355500"))]
    return publish(programme)


def fill_service_index(site, image, document):
    index = f.ServiceIndexPageFactory(parent=site.home, intro="Pengantar\ndua baris.")
    return publish(index)


def fill_service(site, image, document):
    index = f.ServiceIndexPageFactory(parent=site.home)
    service = f.ServicePageFactory.build(
        title="Konsultasi keluarga", slug="konsultasi", intro=RICH, decree="Keputusan No. 1",
        decree_date=datetime.date(2025, 1, 2), processing_time_text="Baris satu", cost_amount=0,
        cost_details="Gratis", product="Baris satu\nbaris dua", staff_details="2 pekerja sosial",
        requirements=[("requirement", {"title": "KTP", "note": "Boleh menyusul"}),
                      ("requirement", {"title": "KK", "note": ""})],
        procedure=[("step", {"title": "Datang", "description": "Bawa KTP\ndan KK"})],
        legal_basis=[("regulation", {"title": "UU 11/2009", "about": "Kesejahteraan", "document": document})],
        programme_links=[ServicePageProgramme(programme=site.programme)])
    for name in ("complaints", "facilities", "facilities_vulnerable", "competence", "internal_supervision",
                 "service_guarantee", "safety_guarantee", "performance_evaluation"):
        setattr(service, name, RICH)
    index.add_child(instance=service)
    return publish(service)


def fill_ppid_index(site, image, document):
    index = PPIDIndexPage(title="PPID", slug="ppid", intro="Pengantar\ndua baris.",
                          body=every_body_block(image, document, site.news_index))
    site.home.add_child(instance=index)
    return publish(index)


def fill_public_information(site, image, document):
    entry = PublicInformationPage(
        title="Laporan Keuangan 2024", slug="laporan-keuangan", category="berkala", year=2024,
        summary="Ringkasan\nbaris dua.", document=document,
        external_url="https://example.org/", retention_period="5 tahun", information_format="PDF",
        person_responsible="Sekretaris Dinas",
        legal_basis=[("regulation", {"title": "UU 14/2008", "about": "KIP", "document": document})])
    fill_ppid_index(site, image, document).add_child(instance=entry)
    return publish(entry)


def fill_service_report(site, image, document):
    report = InformationServiceReportPage(
        title="Laporan Layanan Informasi 2025", slug="laporan-2025", year=2025, summary="Ringkasan.",
        requests_received=10, granted_in_full=6, granted_in_part=2, refused=1, average_days=Decimal("3.5"),
        objections=1, disputes=0, report_document=document, body=every_body_block(image, document, site.news_index),
        refusal_reasons=[RefusalReason(reason="Informasi dikecualikan", count=1)])
    fill_ppid_index(site, image, document).add_child(instance=report)
    return publish(report)


def fill_profile(site, image, document):
    profile = ProfilePage(title="Profil", slug="profil", intro="Pengantar\ndua baris.", vision="Visi\ndua baris.",
                          missions=[("mission", "Misi satu\nbaris dua"), ("mission", "Misi dua")], duties=RICH,
                          head_name="Kepala", body=every_body_block(image, document, site.news_index))
    site.home.add_child(instance=profile)
    return publish(profile)


def fill_unit(site, image, document):
    unit = OrganisationUnitPage(title="Balai Contoh", slug="balai", kind="technical-unit",
                                summary="Ringkas\nbaris dua.",
                                duties=RICH, head_name="Kepala Balai", head_title="Kepala", address="Jl. Satu\nSleman",
                                phone="0274 1", email="balai@example.org", opening_hours="Senin–Jumat",
                                body=every_body_block(image, document, site.news_index))
    fill_profile(site, image, document).add_child(instance=unit)
    return publish(unit)


def fill_survey(site, image, document):
    scores = {f"u{n}": Decimal(score) for n, score in enumerate(
        ["3.20", "3.1", "3.05", "4", "3.30", "3.35", "3.52", "3.02", "1.00"], start=1)}
    page = SurveyResultsPage(
        title="SKM", slug="skm", intro="Hasil survei.\nDua baris.", method=RICH,
        body=every_body_block(image, document, site.news_index),
        periods=[SurveyPeriod(year=2024, half=Half.YEAR, respondents=120, follow_up="Satu\nDua", **scores),
                 SurveyPeriod(year=2025, half=Half.FIRST, respondents=1400, follow_up="", **scores)])
    site.home.add_child(instance=page)
    return publish(page)


def contact_form(site, slug="hubungi-kami"):
    page = ContactFormPage(
        title="Hubungi Kami", slug=slug, intro="Tanya\ndua baris.", thank_you_text=RICH,
        to_address="a@example.org, b@example.org", from_address="noreply@example.org", subject="Pesan baru",
        form_fields=[ContactFormField(label="Nama", field_type="singleline", help_text="Nama lengkap"),
                     ContactFormField(label="Topik", field_type="dropdown", choices="Satu\nDua", default_value="Satu"),
                     ContactFormField(label="Pesan", field_type="multiline", required=False)])
    site.home.add_child(instance=page)
    return publish(page)


def fill_contact(site, image, document):
    return contact_form(site)


def fill_complaint(site, image, document):
    page = ComplaintPage(
        title="Pengaduan", slug="pengaduan", intro="Adukan\ndi sini.", lapor_intro="Baris\ndua",
        response_days=7, response_promise="Ditindaklanjuti.", contact_page=contact_form(site, "kontak"),
        body=every_body_block(image, document, site.news_index),
        channels=[ComplaintChannel(channel_type=ChannelType.PHONE, label="Telepon", value="(0274) 555 0100",
                                   hours="08.00", note="Catatan"),
                  ComplaintChannel(channel_type=ChannelType.OFFICE, value="Jl. Janti, Bantul")])
    site.home.add_child(instance=page)
    return publish(page)


FILL = {
    ContactFormPage: fill_contact, ComplaintPage: fill_complaint,
    HomePage: fill_home, StandardPage: fill_standard, NewsIndexPage: fill_index("news_index"),
    NewsPage: fill_news, AuthorIndexPage: fill_index("author_index"), AuthorPage: fill_author,
    ProgrammeIndexPage: fill_index("programme_index"), ProgrammePage: fill_programme,
    ServiceIndexPage: fill_service_index, ServicePage: fill_service,
    PPIDIndexPage: fill_ppid_index, PublicInformationPage: fill_public_information,
    InformationServiceReportPage: fill_service_report, ProfilePage: fill_profile, OrganisationUnitPage: fill_unit,
    SurveyResultsPage: fill_survey,
}


def test_every_page_model_is_covered():
    assert set(FILL) == {model for model in get_page_models() if model is not Page}


def editor_form(client, page, data):
    """The form Wagtail's edit view builds from `data`, to name the fields it thinks changed."""
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(data, instance=page, parent_page=page.get_parent(), for_user=client.user)
    assert form.is_valid(), [(name, [getattr(error, "block_errors", error) for error in errors.as_data()])
                             for name, errors in form.errors.items()] + [fs.errors for fs in form.formsets.values()]
    changed = list(form.changed_data) + [f"{name}-{index}" for name, formset in form.formsets.items()
                                         for index, child in enumerate(formset.forms) if child.has_changed()]
    return form, changed


@pytest.mark.parametrize("model", list(FILL), ids=lambda model: model.__name__)
def test_approving_an_untouched_editor_form_publishes_the_submitted_revision(editorial, model):
    image, document = media()
    page = FILL[model](editorial, image, document)
    users = editorial.users
    submitted = page.save_revision(user=users["penulis"])
    page.get_workflow().start(page, users["penulis"])
    approver = client_for(users["penyetuju"])
    approver.user = users["penyetuju"]

    html = approver.get(edit_url(page)).content.decode()
    latest = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    data = untouched_form_data(html, latest)
    form, changed = editor_form(approver, latest, data)
    assert changed == [] and not form.has_changed()

    data["action-workflow-action"], data["workflow-action-name"] = "true", "approve"
    # As lists: the test client posts only the last value of each key of a QueryDict.
    assert approver.post(edit_url(page), dict(data.lists())).status_code == 302
    published = Page.objects.get(pk=page.pk)
    assert published.live_revision_id == submitted.pk and published.latest_revision_id == submitted.pk
    assert published.current_workflow_state is None and not published.has_unpublished_changes
    assert Client().get(published.url).status_code == 200


@pytest.mark.parametrize("field, change", [
    ("services", lambda data, html: data.__setitem__("services", html.replace("KTP", "KTP asli"))),
    ("body", lambda data, html: data.__setitem__("body-0-value", html.replace("KTP", "KTP asli"))),
], ids=["rich-text-field", "streamfield-rich-text"])
def test_a_real_change_in_rich_text_still_counts(editorial, field, change):
    """Comparing rich text as the editor posts it back must not hide a real edit."""
    image, document = media()
    programme = fill_programme(editorial, image, document)
    approver = client_for(editorial.users["penyetuju"])
    approver.user = editorial.users["penyetuju"]
    data = untouched_form_data(approver.get(edit_url(programme)).content.decode(), programme)
    posted = data["services" if field == "services" else "body-0-value"]
    assert "KTP" in posted
    change(data, posted)
    _form, changed = editor_form(approver, programme, data)
    assert changed == [field]
