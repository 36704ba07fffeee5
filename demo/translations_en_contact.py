"""English text of the demo contact form and Pengaduan page (see translations_en.py and contact.py)."""

TOPICS = "Pertanyaan tentang layanan\nSaran dan masukan\nPermintaan informasi\nLainnya"

ENGLISH = {
    "Hubungi Kami": "Contact Us",
    "hubungi-kami": "contact-us",
    "Tanyakan layanan, sampaikan saran, atau minta informasi kepada Dinas Sosial DIY. Untuk pengaduan atas "
    "layanan, gunakan halaman Pengaduan.":
        "Ask about a service, make a suggestion or request information from the Social Services Department. "
        "To complain about a service, please use the Complaints page.",
    "Petugas kami akan membalas lewat e-mail atau telepon yang Anda cantumkan, paling lambat lima hari kerja.":
        "Our staff will answer by the e-mail address or telephone number you gave, within five working days.",
    "Nama lengkap": "Full name",
    "Alamat e-mail": "E-mail address",
    "Kami membalas ke alamat ini.": "We reply to this address.",
    "Nomor telepon": "Telephone number",
    "Opsional, bila Anda lebih suka dihubungi lewat telepon.": "Optional, if you would rather we telephoned you.",
    "Topik": "Topic",
    # wagtail-localize shows the line breaks of a text field as <br/> in its segments.
    TOPICS.replace("\n", "<br/>"):
        "A question about a service<br/>A suggestion or feedback<br/>A request for information<br/>Something else",
    "Pesan": "Message",
    "Paling banyak 4.000 karakter. Jangan cantumkan NIK atau data kesehatan bila tidak diperlukan.":
        "At most 4,000 characters. Please leave out your identity number (NIK) and health details unless they "
        "are needed.",
    "Pengaduan": "Complaints",
    "pengaduan": "complaints",
    "Tidak puas dengan layanan Dinas Sosial DIY? Sampaikan pengaduan Anda. Setiap pengaduan kami catat, tindak "
    "lanjuti, dan jawab.":
        "Not satisfied with a service of the Social Services Department? Tell us. We record, follow up and "
        "answer every complaint.",
    "Pilih instansi Dinas Sosial Daerah Istimewa Yogyakarta saat menulis laporan, lalu simpan nomor tiketnya "
    "untuk memantau tindak lanjut.":
        "Choose the agency “Dinas Sosial Daerah Istimewa Yogyakarta” when you write your report, and keep its "
        "ticket number to follow what happens next.",
    "Bila penyelesaian memerlukan pemeriksaan lapangan, kami mengabarkan perkembangannya dan menuntaskannya "
    "paling lama 14 hari kerja.":
        "When a complaint needs a visit in the field, we keep you informed and resolve it within 14 working "
        "days at most.",
    "Yang perlu dicantumkan": "What to include",
    "isi-pengaduan": "what-to-include",
    "layanan yang Anda adukan, dan kapan serta di mana terjadi":
        "the service you are complaining about, and when and where it happened",
    "apa yang terjadi, dan apa yang Anda harapkan": "what happened, and what you expect",
    "cara kami menghubungi Anda (boleh dirahasiakan)": "how we can reach you (this can be kept confidential)",
    "Telepon pengaduan": "Complaints telephone",
    "(0274) 555 0199": "+62 274 555 0199",
    "Senin–Jumat 08.00–15.30 WIB": "Monday–Friday 8.00–15.30 (WIB)",
    "WhatsApp pengaduan": "Complaints WhatsApp",
    "0812 5550 0199": "+62 812 5550 0199",
    "Setiap hari 08.00–20.00 WIB": "Every day 8.00–20.00 (WIB)",
    "Pesan di luar jam layanan dibalas pada hari kerja berikutnya.":
        "Messages sent outside these hours are answered on the next working day.",
    "E-mail pengaduan": "Complaints e-mail",
    "pengaduan@dinsos-diy.example.org": "pengaduan@dinsos-diy.example.org",
    "Loket pengaduan": "Complaints desk",
    "Kantor Dinas Sosial DIY, Jl. Janti, Banguntapan, Kabupaten Bantul":
        "Social Services Department office, Jl. Janti, Banguntapan, Bantul Regency",
    "Juru bahasa isyarat tersedia dengan perjanjian sehari sebelumnya.":
        "A sign language interpreter is available if you book a day ahead.",
    "Surat": "Letter",
    "Kepala Dinas Sosial DIY, Jl. Janti, Banguntapan, Kabupaten Bantul, Daerah Istimewa Yogyakarta":
        "Head of the Social Services Department of DIY, Jl. Janti, Banguntapan, Bantul Regency, Special Region "
        "of Yogyakarta, Indonesia",
    "Tulis “Pengaduan” di sampul surat.": "Write “Pengaduan” (complaint) on the envelope.",
}
