"""English text of the demo SKM page (see translations_en.py)."""

ENGLISH = {
    "Survei Kepuasan Masyarakat": "Public Satisfaction Survey",
    "survei-kepuasan-masyarakat": "public-satisfaction-survey",
    "Hasil Survei Kepuasan Masyarakat (SKM) atas layanan Dinas Sosial DIY per semester. "
    "Angka di halaman ini adalah data contoh untuk demo.":
        "Results of the public satisfaction survey (SKM) on the services of the DIY Social Services Agency, "
        "per semester. The figures on this page are sample data for the demo.",
    "Survei dilakukan sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan "
    "Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.":
        "The survey follows Regulation of the Minister of Administrative and Bureaucratic Reform No. 14 of 2017 "
        "on guidelines for public satisfaction surveys of public service units.",
    "Responden adalah penerima layanan yang dipilih secara acak di kantor dinas dan balai. Mereka mengisi "
    "kuesioner sembilan unsur pelayanan dengan skala 1 sampai 4, di atas kertas atau lewat tautan daring.":
        "Respondents are people who received a service, chosen at random at the agency's office and its centres. "
        "They answer a questionnaire on the nine service elements on a scale of 1 to 4, on paper or online.",
    # Follow-up actions: one text per period, one action per line (wagtail-localize shows a line break as <br/>).
    "Menyederhanakan alur pengaduan: setiap pengaduan mendapat nomor dan dijawab paling lama lima hari kerja.<br/>"
    "Memasang papan jadwal dan perkiraan waktu layanan di ruang tunggu.":
        "Simpler complaint handling: every complaint gets a number and an answer within five working days.<br/>"
        "Boards in the waiting room showing the schedule and the expected service time.",
    "Menambah kursi roda dan jalur landai di ruang layanan balai.<br/>"
    "Melatih petugas layanan tentang penanganan pengaduan secara berkala.":
        "More wheelchairs and ramps in the service rooms of the centres.<br/>"
        "Regular training for service staff on handling complaints.",
}
