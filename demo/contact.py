"""Demo "Hubungi kami" form and Pengaduan page, in Indonesian and (through wagtail-localize) English.

Demo like the rest: example.org addresses and 555 numbers that reach nobody, and the demo's
markers (builder.demo_key) so a second run changes nothing. The English text is in
translations_en_contact.py.
"""

from wagtail.models import Locale

from contact.models import ChannelType, ComplaintChannel, ComplaintPage, ContactFormField, ContactFormPage

from .builder import ensure_page, paragraphs, stream
from .translations import existing_translation, translate
from .translations_en_contact import TOPICS

EMAIL = "layanan@dinsos-diy.example.org"

FORM_FIELDS = [
    # (label, type, required, help text, choices)
    ("Nama lengkap", "singleline", True, "", ""),
    ("Alamat e-mail", "email", True, "Kami membalas ke alamat ini.", ""),
    ("Nomor telepon", "singleline", False, "Opsional, bila Anda lebih suka dihubungi lewat telepon.", ""),
    ("Topik", "dropdown", True, "", TOPICS),
    ("Pesan", "multiline", True, "Paling banyak 4.000 karakter. Jangan cantumkan NIK atau data kesehatan bila "
                                  "tidak diperlukan.", ""),
]

CHANNELS = [
    # (type, label, value, hours, note)
    (ChannelType.PHONE, "Telepon pengaduan", "(0274) 555 0199", "Senin–Jumat 08.00–15.30 WIB", ""),
    (ChannelType.WHATSAPP, "WhatsApp pengaduan", "0812 5550 0199", "Setiap hari 08.00–20.00 WIB",
     "Pesan di luar jam layanan dibalas pada hari kerja berikutnya."),
    (ChannelType.EMAIL, "E-mail pengaduan", "pengaduan@dinsos-diy.example.org", "", ""),
    (ChannelType.OFFICE, "Loket pengaduan", "Kantor Dinas Sosial DIY, Jl. Janti, Banguntapan, Kabupaten Bantul",
     "Senin–Jumat 08.00–15.30 WIB", "Juru bahasa isyarat tersedia dengan perjanjian sehari sebelumnya."),
    (ChannelType.LETTER, "Surat", "Kepala Dinas Sosial DIY, Jl. Janti, Banguntapan, Kabupaten Bantul, "
                                  "Daerah Istimewa Yogyakarta", "", "Tulis “Pengaduan” di sampul surat."),
]

COMPLAINT_BODY = [
    ("heading", {"text": "Yang perlu dicantumkan", "level": "h2", "anchor": "isi-pengaduan"}),
    ("paragraph", "<ul><li>layanan yang Anda adukan, dan kapan serta di mana terjadi</li>"
                  "<li>apa yang terjadi, dan apa yang Anda harapkan</li>"
                  "<li>cara kami menghubungi Anda (boleh dirahasiakan)</li></ul>"),
]


def _contact_page():
    return ContactFormPage(
        title="Hubungi Kami",
        intro=("Tanyakan layanan, sampaikan saran, atau minta informasi kepada Dinas Sosial DIY. Untuk "
               "pengaduan atas layanan, gunakan halaman Pengaduan."),
        thank_you_text=paragraphs("Petugas kami akan membalas lewat e-mail atau telepon yang Anda cantumkan, "
                                  "paling lambat lima hari kerja."),
        to_address=EMAIL, from_address="noreply@dinsos-diy.example.org",
        subject="Pesan baru dari formulir Hubungi Kami (situs demo)",
        show_in_menus=True,
        form_fields=[ContactFormField(label=label, field_type=kind, required=required, help_text=help_text,
                                      choices=choices, sort_order=i)
                     for i, (label, kind, required, help_text, choices) in enumerate(FORM_FIELDS)],
    )


def _complaint_page(contact_page):
    return ComplaintPage(
        title="Pengaduan",
        intro=("Tidak puas dengan layanan Dinas Sosial DIY? Sampaikan pengaduan Anda. Setiap pengaduan kami "
               "catat, tindak lanjuti, dan jawab."),
        lapor_intro=("Pilih instansi Dinas Sosial Daerah Istimewa Yogyakarta saat menulis laporan, lalu simpan "
                     "nomor tiketnya untuk memantau tindak lanjut."),
        response_days=5,
        response_promise=("Bila penyelesaian memerlukan pemeriksaan lapangan, kami mengabarkan perkembangannya dan "
                          "menuntaskannya paling lama 14 hari kerja."),
        contact_page=contact_page,
        body=stream("pengaduan-body", COMPLAINT_BODY),
        show_in_menus=True,
        channels=[ComplaintChannel(channel_type=kind, label=label, value=value, hours=hours, note=note,
                                   sort_order=i)
                  for i, (kind, label, value, hours, note) in enumerate(CHANNELS)],
    )


def ensure_contact_pages(home, stats):
    """The demo's contact form and Pengaduan page under `home` (in the main menu and the footer)."""
    contact = ensure_page(home, "hubungi-kami", _contact_page, stats, "contact pages")
    complaints = ensure_page(home, "pengaduan", lambda: _complaint_page(contact), stats, "contact pages")
    return {"hubungi-kami": contact, "pengaduan": complaints}


def translate_contact_pages(home, pages, stats):
    """Their English versions, once the English home page exists."""
    english = Locale.objects.filter(language_code="en").first()
    if english is not None and existing_translation(home, english) is not None:
        translate(pages["hubungi-kami"], english, stats, "English pages")
        translate(pages["pengaduan"], english, stats, "English pages")
