"""A contact form and a Pengaduan page under the test site's home page, in Indonesian and English."""

import time
from unittest import mock

import pytest
from django.core import signing
from wagtail.models import Locale

from contact import spam
from contact.forms import HONEYPOT_FIELD, TOKEN_FIELD
from contact.models import ChannelType, ComplaintChannel, ComplaintPage, ContactFormField, ContactFormPage

FIELDS = [
    ("Nama", "singleline", True, "", ""),
    ("E-mail", "email", True, "Kami membalas ke alamat ini.", ""),
    ("Telepon", "singleline", False, "", ""),
    ("Topik", "dropdown", True, "", "Pertanyaan\nSaran"),
    ("Pesan", "multiline", True, "", ""),
]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def translate(page, locale):
    copy = page.copy_for_translation(locale)
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


@pytest.fixture
def contact_page(home_page):
    return publish(home_page, ContactFormPage(
        title="Hubungi Kami", slug="hubungi-kami", intro="Tanyakan apa saja tentang layanan kami.",
        thank_you_text="<p>Kami membalas dalam lima hari kerja.</p>", to_address="layanan@example.org",
        from_address="noreply@example.org", subject="Pesan baru",
        form_fields=[ContactFormField(label=label, field_type=kind, required=required, help_text=help_text,
                                      choices=choices, sort_order=i)
                     for i, (label, kind, required, help_text, choices) in enumerate(FIELDS)]))


@pytest.fixture
def complaint_page(home_page, contact_page):
    channels = [
        ComplaintChannel(channel_type=ChannelType.PHONE, label="Telepon pengaduan", value="(0274) 555 0199",
                         hours="Senin–Jumat 08.00–15.30 WIB", sort_order=0),
        ComplaintChannel(channel_type=ChannelType.WHATSAPP, label="", value="0812 5550 0199", sort_order=1),
        ComplaintChannel(channel_type=ChannelType.EMAIL, label="E-mail pengaduan",
                         value="pengaduan@example.org", sort_order=2),
        ComplaintChannel(channel_type=ChannelType.OFFICE, label="Loket pengaduan",
                         value="Jl. Janti, Banguntapan, Kabupaten Bantul", note="Juru bahasa isyarat tersedia.",
                         sort_order=3),
    ]
    return publish(home_page, ComplaintPage(
        title="Pengaduan", slug="pengaduan", intro="Sampaikan pengaduan Anda tentang layanan kami.",
        lapor_intro="Pilih instansi Dinas Sosial DIY.", response_days=5,
        response_promise="Pemeriksaan lapangan paling lama 14 hari kerja.", contact_page=contact_page,
        body=[("paragraph", "<p>Cantumkan waktu dan tempat kejadian.</p>")], channels=channels))


@pytest.fixture
def english(home_page, contact_page, complaint_page):
    locale = Locale.objects.get_or_create(language_code="en")[0]
    home_en = translate(home_page, locale)
    return {"home": home_en, "contact": translate(contact_page, locale),
            "complaint": translate(complaint_page, locale)}


def token_made(page, seconds_ago=60):
    """The form token as the page would have rendered it `seconds_ago`."""
    with mock.patch.object(signing.time, "time", return_value=time.time() - seconds_ago):
        return spam.make_token(page)


def form_data(page, **overrides):
    data = {"nama": "Sri Wahyuni", "e_mail": "sri@example.org", "telepon": "", "topik": "Pertanyaan",
            "pesan": "Apakah LK3 melayani konsultasi keluarga di Bantul?", TOKEN_FIELD: token_made(page),
            HONEYPOT_FIELD: ""}
    data.update(overrides)
    return data


def send(client, page, address="203.0.113.5", **overrides):
    return client.post(page.url, form_data(page, **overrides), HTTP_X_REAL_IP=address)
