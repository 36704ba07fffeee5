"""The Pengaduan page and both page types' place in the site: parents, panels, rendering in both
languages, previews, search, sitemap and the page-cache purge."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from contact.models import ChannelType, ComplaintChannel, ComplaintPage, ContactFormPage
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_both_pages_belong_under_the_home_page_only():
    for model in (ContactFormPage, ComplaintPage):
        assert model.allowed_parent_page_models() == [HomePage]
        assert model.allowed_subpage_models() == []
        assert model in HomePage.allowed_subpage_models()
        assert model not in StandardPage.allowed_subpage_models()


def test_editor_panels_show_the_structured_fields():
    complaint = ComplaintPage.get_edit_handler().get_form_class()
    assert {"intro", "lapor_url", "lapor_intro", "response_days", "response_promise", "contact_page", "body"} <= set(
        complaint.base_fields)
    assert "channels" in complaint.formsets
    contact = ContactFormPage.get_edit_handler().get_form_class()
    assert {"intro", "thank_you_text", "to_address", "from_address", "subject"} <= set(contact.base_fields)
    assert "form_fields" in contact.formsets


def test_complaint_page_shows_lapor_channels_promise_and_the_contact_form(client, complaint_page, contact_page):
    html = client.get(complaint_page.url).content.decode()
    assert 'href="https://www.lapor.go.id"' in html and "Mengadu lewat SP4N-LAPOR!" in html
    assert "Pilih instansi Dinas Sosial DIY." in html
    assert "Kami menanggapi setiap pengaduan paling lambat 5 hari kerja." in html
    assert "Pemeriksaan lapangan paling lama 14 hari kerja." in html
    assert 'href="tel:02745550199"' in html and "Senin–Jumat 08.00–15.30 WIB" in html
    assert 'href="https://wa.me/6281255500199"' in html and ">WhatsApp</h3>" in html
    assert 'href="mailto:pengaduan@example.org"' in html
    assert "<address>Jl. Janti, Banguntapan, Kabupaten Bantul</address>" in html
    assert "Juru bahasa isyarat tersedia." in html
    assert f'href="{contact_page.url}"' in html and "Cantumkan waktu dan tempat kejadian." in html


def test_english_complaint_page_links_the_english_contact_form(client, english):
    html = client.get(english["complaint"].url).content.decode()
    assert '<html lang="en">' in html and "Complain through SP4N-LAPOR!" in html
    assert "We respond to every complaint within 5 working days." in html
    assert "Our own complaint channels" in html
    assert f'href="{english["contact"].url}"' in html


def test_a_contact_form_that_is_not_live_is_not_linked(client, complaint_page, contact_page):
    contact_page.unpublish()
    html = client.get(complaint_page.url).content.decode()
    assert "Ada pertanyaan atau saran?" not in html


@pytest.mark.parametrize("kind,value,valid", [
    (ChannelType.PHONE, "(0274) 555 0100", True),
    (ChannelType.PHONE, "+62 812-0000-0000", True),
    (ChannelType.PHONE, "telepon kami", False),
    (ChannelType.WHATSAPP, "0812 0000 0000", True),
    (ChannelType.SMS, "12", False),
    (ChannelType.EMAIL, "pengaduan@example.org", True),
    (ChannelType.EMAIL, "pengaduan@", False),
    (ChannelType.SOCIAL, "https://instagram.example.org/dinsos", True),
    (ChannelType.SOCIAL, "javascript:alert(1)", False),
    (ChannelType.OFFICE, "Jl. Janti, Bantul", True),
])
def test_channel_values_are_checked_by_type(kind, value, valid):
    channel = ComplaintChannel(channel_type=kind, value=value)
    if valid:
        channel.clean()
    else:
        with pytest.raises(ValidationError) as error:
            channel.clean()
        assert "value" in error.value.message_dict


def test_previews_render_without_saving(complaint_page, contact_page):
    response = complaint_page.make_preview_request()
    assert response.status_code == 200 and "Mengadu lewat SP4N-LAPOR!" in response.rendered_content
    form = contact_page.make_preview_request(preview_mode="form")
    assert form.status_code == 200 and 'name="pesan"' in form.rendered_content
    landing = contact_page.make_preview_request(preview_mode="landing")
    assert landing.status_code == 200 and "Terima kasih, pesan Anda sudah terkirim." in landing.rendered_content
    unsaved = ComplaintPage(title="Belum disimpan", intro="Draf", response_days=3)
    unsaved.depth, unsaved.path, unsaved.locale = complaint_page.depth, complaint_page.path[:-4] + "9999", \
        complaint_page.locale
    response = unsaved.make_preview_request()
    assert response.status_code == 200 and "paling lambat 3 hari kerja" in response.rendered_content


def test_site_search_finds_both_pages(client, complaint_page, contact_page):
    html = client.get("/cari/", {"q": "pengaduan"}).content.decode()
    assert complaint_page.url in html
    html = client.get("/cari/", {"q": "layanan kami"}).content.decode()
    assert contact_page.url in html


def test_sitemap_lists_both_languages(client, english, complaint_page, contact_page):
    xml = client.get("/sitemap.xml").content.decode()
    for page in (complaint_page, contact_page, english["complaint"], english["contact"]):
        assert f"<loc>http://localhost{page.url}</loc>" in xml, page.url


def test_publishing_purges_the_page_its_translation_and_the_sitemap(complaint_page, english, purged):
    complaint_page.intro = "Pengantar baru"
    urls = purged(lambda: complaint_page.save_revision().publish())
    assert {complaint_page.full_url, english["complaint"].full_url, "http://localhost/",
            "http://localhost/sitemap.xml"} <= urls
    assert Page.objects.get(pk=complaint_page.pk).specific.intro == "Pengantar baru"
