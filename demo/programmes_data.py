"""Texts of the demo programme pages. Addresses and phone numbers are examples (555 numbers)."""

from .builder import html_list, list_items, paragraphs

UU_KESOS = ("UU No. 11 Tahun 2009", "Kesejahteraan Sosial")
PP_KESOS = ("PP No. 39 Tahun 2012", "Penyelenggaraan Kesejahteraan Sosial")
HOURS_OFFICE = "Senin–Jumat 08.00–15.30 WIB"

# Demo figures (not official data): the chart block (core/blocks.py ChartBlock) on the LK3 page.
LK3_YEARS = ("2021", "2022", "2023", "2024", "2025")
LK3_CLIENTS = ("412", "468", "531", "597", "644")
LK3_CHART = ("chart", {
    "title": "Klien yang dilayani per tahun (data contoh)",
    "chart_type": "bar",
    "description": ("Angka contoh untuk situs demo, bukan data resmi: jumlah klien LK3 naik setiap tahun, "
                    "dari 412 pada 2021 menjadi 644 pada 2025."),
    "category_label": "Tahun",
    "value_label": "Jumlah klien",
    # Items with ids (list_items): wagtail-localize skips list values stored without them.
    "categories": list_items("lk3-chart-years", LK3_YEARS),
    "series": list_items("lk3-chart-series", [
        {"name": "Klien LK3", "values": list_items("lk3-chart-clients", LK3_CLIENTS)},
    ]),
})

LK3 = {
    "slug": "lk3",
    "title": "Layanan Konsultasi Keluarga (LK3)",
    "short_name": "LK3",
    "full_name": "Lembaga Konsultasi Kesejahteraan Keluarga",
    "summary": ("Tempat keluarga berkonsultasi tentang masalah rumah tangga, pengasuhan anak, relasi suami-istri "
                "dan tekanan ekonomi. Konselor dan pekerja sosial mendengarkan, membantu mencari jalan keluar, "
                "dan merujuk ke layanan lain bila perlu. Ada di kelima kabupaten/kota."),
    "legal_basis": [
        UU_KESOS,
        ("UU No. 52 Tahun 2009", "Perkembangan Kependudukan dan Pembangunan Keluarga"),
        PP_KESOS,
        ("Permensos No. 25 Tahun 2017", "Lembaga Konsultasi Kesejahteraan Keluarga"),
    ],
    "services": html_list([
        "Konsultasi dan konseling keluarga, tatap muka maupun lewat telepon",
        "Pendampingan keluarga dengan anak yang berhadapan dengan masalah perilaku atau perundungan",
        "Mediasi konflik dalam keluarga",
        "Kelas pengasuhan untuk orang tua dan calon pengantin",
        "Rujukan ke psikolog, layanan kesehatan, bantuan hukum atau unit perlindungan perempuan dan anak",
    ]),
    "target_groups": paragraphs(
        "Setiap warga DIY yang ingin membicarakan masalah keluarganya, tanpa memandang status ekonomi. "
        "Layanan ini terutama membantu:",
    ) + html_list([
        "pasangan yang sering bertengkar atau mempertimbangkan perceraian",
        "orang tua yang kesulitan mengasuh anak atau remaja",
        "keluarga yang merawat lanjut usia atau anggota keluarga dengan disabilitas",
        "keluarga yang tertekan karena kehilangan pekerjaan atau utang",
    ]),
    "steps": [
        ("Hubungi atau datangi LK3 terdekat", ("Pilih lokasi di daftar di bawah. Anda boleh datang langsung "
         "pada jam layanan atau membuat janji lewat telepon.")),
        ("Ceritakan masalah Anda", ("Petugas penerima mencatat data dasar dan gambaran singkat masalah. "
         "Semua keterangan dijaga kerahasiaannya.")),
        ("Sesi konseling", ("Konselor atau pekerja sosial menemani Anda menyusun langkah penyelesaian. "
         "Satu sesi berlangsung sekitar satu jam.")),
        ("Tindak lanjut atau rujukan", ("Bila diperlukan, dijadwalkan sesi lanjutan, kunjungan rumah, atau "
         "rujukan ke layanan lain yang lebih tepat.")),
    ],
    "requirements": html_list([
        "KTP atau identitas lain (boleh menyusul bila belum dibawa)",
        "Tidak perlu surat pengantar dari kalurahan",
        "Anak di bawah 18 tahun sebaiknya didampingi orang tua atau wali",
    ]),
    "contact": paragraphs(
        "Sekretariat LK3 Provinsi, Dinas Sosial DIY<br>Jl. Janti, Banguntapan, Kabupaten Bantul<br>"
        "Telepon (0274) 555 0110 · lk3@dinsos-diy.example.org",
    ),
    "faq": [
        ("Apakah konseling di LK3 berbayar?", "Tidak. Seluruh layanan LK3 gratis, termasuk sesi lanjutan."),
        ("Apakah cerita saya akan dirahasiakan?", ("Ya. Konselor terikat kode etik dan tidak membagikan cerita "
         "Anda tanpa persetujuan, kecuali ada anak atau orang lain yang terancam bahaya.")),
        ("Bolehkah datang sendiri tanpa pasangan?", ("Boleh. Banyak konseling dimulai oleh satu anggota keluarga "
         "saja; pasangan atau anggota keluarga lain dapat diajak pada sesi berikutnya.")),
    ],
    "body": [
        ("paragraph", paragraphs(
            "LK3 tumbuh dari gagasan bahwa masalah keluarga sebaiknya ditangani sedini mungkin, sebelum berkembang "
            "menjadi kekerasan, perceraian atau anak yang terlantar. Di DIY, LK3 dikelola bersama dinas sosial "
            "kabupaten/kota dan didukung WKSBM di tingkat kalurahan.",
        )),
        ("key_facts", {"title": "LK3 sekilas", "facts": [
            {"label": "Biaya", "value": "Gratis"},
            {"label": "Lokasi", "value": "6 titik layanan di 5 kabupaten/kota"},
            {"label": "Lama satu sesi", "value": "± 60 menit"},
            {"label": "Konseling lewat telepon", "value": "(0274) 555 0110"},
        ]}),
        LK3_CHART,
    ],
    "locations": [
        ("LK3 Provinsi – Dinas Sosial DIY", "bantul", "Jl. Janti, Banguntapan, Kabupaten Bantul",
         "(0274) 555 0110", HOURS_OFFICE, "-7.797600", "110.411300"),
        ("LK3 Kota Yogyakarta", "kota-yogyakarta",
         "Gedung Layanan Sosial Terpadu, Jl. Kenari, Muja Muju, Umbulharjo, Kota Yogyakarta",
         "(0274) 555 0111", "Senin–Kamis 08.00–15.00 WIB", "-7.798900", "110.391500"),
        ("LK3 Kabupaten Sleman", "sleman", "Kompleks Pemerintahan Kabupaten Sleman, Tridadi, Sleman",
         "(0274) 555 0112", "Senin–Jumat 08.00–14.30 WIB", "-7.716800", "110.355400"),
        ("LK3 Kabupaten Bantul", "bantul", "Jl. Dr. Wahidin Sudirohusodo, Trirenggo, Bantul",
         "(0274) 555 0113", "Senin–Jumat 08.00–14.30 WIB", "-7.888500", "110.329200"),
        ("LK3 Kabupaten Kulon Progo", "kulon-progo", "Jl. Sugiman, Wates, Kulon Progo",
         "(0274) 555 0114", "Selasa dan Kamis 09.00–14.00 WIB", "-7.857900", "110.159600"),
        ("LK3 Kabupaten Gunungkidul", "gunungkidul", "Jl. Brigjen Katamso, Wonosari, Gunungkidul",
         "(0274) 555 0115", "Senin, Rabu, Jumat 08.30–14.00 WIB", "-7.965700", "110.600800"),
    ],
}

WKSBM = {
    "slug": "wksbm",
    "title": "Jejaring Kesejahteraan Sosial Warga (WKSBM)",
    "short_name": "WKSBM",
    "full_name": "Wahana Kesejahteraan Sosial Berbasis Masyarakat",
    "summary": ("Jejaring warga di tingkat kalurahan/kelurahan yang menghimpun kelompok pengajian, PKK, karang "
                "taruna, relawan dan tokoh masyarakat untuk saling membantu menangani masalah sosial di "
                "lingkungannya sendiri, sekaligus menjadi jembatan ke layanan LK3 dan dinas sosial."),
    "legal_basis": [
        UU_KESOS,
        PP_KESOS,
        ("Permensos No. 8 Tahun 2012", ("Pedoman Pendataan dan Pengelolaan Data Penyandang Masalah Kesejahteraan "
         "Sosial dan Potensi dan Sumber Kesejahteraan Sosial")),
    ],
    "services": html_list([
        "Pendataan warga yang membutuhkan bantuan di tingkat padukuhan",
        "Kunjungan rumah bagi lanjut usia yang tinggal sendiri dan warga dengan disabilitas",
        "Penggalangan dukungan warga: jimpitan, lumbung sosial, gotong royong",
        "Pengantaran dan rujukan warga ke LK3, puskesmas atau dinas sosial",
        "Pendampingan pengurusan bantuan sosial dan dokumen kependudukan",
    ]),
    "target_groups": paragraphs(
        "Warga kalurahan yang menghadapi masalah sosial, dan warga yang ingin ikut menjadi relawan. Kelompok "
        "yang sudah ada di desa – PKK, karang taruna, kelompok keagamaan, paguyuban – dapat bergabung sebagai "
        "anggota WKSBM.",
    ),
    "steps": [
        ("Temui pengurus WKSBM atau ketua RT", "Sampaikan kebutuhan Anda atau tetangga yang perlu dibantu."),
        ("Pendataan dan musyawarah", "Pengurus mencatat kebutuhan dan membahasnya dalam pertemuan rutin bulanan."),
        ("Penanganan oleh warga", "Masalah yang bisa diselesaikan bersama ditangani oleh anggota WKSBM."),
        ("Rujukan", "Masalah yang butuh penanganan profesional dirujuk ke LK3, TKSK atau dinas sosial."),
    ],
    "requirements": html_list([
        "Berdomisili di kalurahan/kelurahan tempat WKSBM berada",
        "Untuk menjadi relawan: bersedia mengikuti pertemuan rutin dan orientasi singkat",
    ]),
    "contact": paragraphs(
        "Bidang Pemberdayaan Sosial, Dinas Sosial DIY<br>Telepon (0274) 555 0120 · "
        "wksbm@dinsos-diy.example.org",
    ),
    "faq": [
        ("Apakah WKSBM sama dengan LK3?", ("Tidak. WKSBM adalah jejaring warga di kalurahan, sedangkan LK3 adalah "
         "lembaga konsultasi dengan konselor. Keduanya saling merujuk.")),
        ("Bagaimana membentuk WKSBM di kalurahan kami?", ("Hubungi Bidang Pemberdayaan Sosial atau dinas sosial "
         "kabupaten/kota. Petugas akan membantu pemetaan kelompok warga dan pelatihan pengurus.")),
    ],
    "body": [
        ("paragraph", paragraphs(
            "Gotong royong sudah lama menjadi cara warga DIY menolong tetangganya. WKSBM memberi wadah agar "
            "kebiasaan baik itu lebih teratur: ada data, ada pembagian tugas, dan ada jalur rujukan bila masalah "
            "terlalu berat ditangani sendiri.",
        )),
        ("key_facts", {"title": "WKSBM sekilas", "facts": [
            {"label": "Tingkat", "value": "Kalurahan/kelurahan"},
            {"label": "Pengurus", "value": "Relawan warga setempat"},
            {"label": "Biaya", "value": "Tidak dipungut biaya"},
        ]}),
    ],
    "locations": [
        ("WKSBM Kelurahan Wirobrajan", "kota-yogyakarta", "Kantor Kelurahan Wirobrajan, Kota Yogyakarta",
         "(0274) 555 0121", "Sabtu 09.00–12.00 WIB", "-7.800700", "110.350800"),
        ("WKSBM Kalurahan Sinduharjo", "sleman", "Balai Kalurahan Sinduharjo, Ngaglik, Sleman",
         "(0274) 555 0122", "Sabtu 09.00–12.00 WIB", "-7.725100", "110.401900"),
        ("WKSBM Kalurahan Panggungharjo", "bantul", "Balai Kalurahan Panggungharjo, Sewon, Bantul",
         "(0274) 555 0123", "Jumat 13.00–15.00 WIB", "-7.842300", "110.361700"),
        ("WKSBM Kalurahan Banjarharjo", "kulon-progo", "Balai Kalurahan Banjarharjo, Kalibawang, Kulon Progo",
         "(0274) 555 0124", "Kamis 09.00–12.00 WIB", "-7.688400", "110.247300"),
        ("WKSBM Kalurahan Karangrejek", "gunungkidul", "Balai Kalurahan Karangrejek, Wonosari, Gunungkidul",
         "(0274) 555 0125", "Sabtu 08.00–11.00 WIB", "-7.949800", "110.622100"),
    ],
}

RTLH = {
    "slug": "rs-rtlh",
    "title": "Bantuan Perbaikan Rumah Tidak Layak Huni (RS-RTLH)",
    "short_name": "RS-RTLH",
    "full_name": "Rehabilitasi Sosial Rumah Tidak Layak Huni",
    "summary": ("Bantuan bahan bangunan untuk memperbaiki rumah keluarga miskin yang atap, dinding atau lantainya "
                "tidak lagi aman dan sehat. Pengerjaan dilakukan secara gotong royong oleh warga sekitar."),
    "legal_basis": [
        UU_KESOS,
        ("UU No. 13 Tahun 2011", "Penanganan Fakir Miskin"),
        PP_KESOS,
    ],
    "services": html_list([
        "Bantuan bahan bangunan untuk atap, dinding, lantai dan sanitasi",
        "Pendampingan teknis oleh fasilitator dan TKSK",
        "Pengorganisasian kerja bakti warga",
    ]),
    "target_groups": paragraphs(
        "Keluarga miskin yang tercatat dalam data terpadu kesejahteraan sosial, memiliki rumah di atas tanah "
        "sendiri, dan rumahnya dinilai tidak layak huni oleh tim verifikasi.",
    ),
    "steps": [
        ("Pengusulan dari kalurahan", ("Kalurahan mengusulkan calon penerima melalui dinas sosial "
         "kabupaten/kota, biasanya setelah musyawarah padukuhan.")),
        ("Verifikasi lapangan", "Tim memeriksa kondisi rumah, status tanah dan data keluarga."),
        ("Penetapan penerima", "Penerima ditetapkan dengan keputusan dan diumumkan di kalurahan."),
        ("Pengerjaan dan pelaporan", ("Bahan dikirim, warga bergotong royong, lalu hasil pekerjaan difoto "
         "dan dilaporkan.")),
    ],
    "requirements": html_list([
        "KTP dan Kartu Keluarga",
        "Bukti kepemilikan tanah atau surat keterangan dari kalurahan",
        "Terdaftar dalam data terpadu kesejahteraan sosial",
        "Belum pernah menerima bantuan perbaikan rumah dalam lima tahun terakhir",
    ]),
    "contact": paragraphs(
        "Bidang Penanganan Fakir Miskin, Dinas Sosial DIY<br>Telepon (0274) 555 0130 · "
        "rtlh@dinsos-diy.example.org",
    ),
    "faq": [
        ("Bisakah saya mendaftar sendiri?", ("Usulan tetap melalui kalurahan. Sampaikan kepada dukuh atau "
         "pemerintah kalurahan agar rumah Anda dimasukkan dalam musyawarah usulan.")),
        ("Apakah bantuan berupa uang tunai?", "Bantuan disalurkan dalam bentuk bahan bangunan, bukan uang tunai."),
    ],
    "body": [
        ("key_facts", {"title": "RS-RTLH sekilas", "facts": [
            {"label": "Bentuk bantuan", "value": "Bahan bangunan"},
            {"label": "Pengusulan", "value": "Melalui kalurahan"},
            {"label": "Biaya", "value": "Tidak dipungut biaya"},
        ]}),
    ],
    "locations": [
        ("Bidang Penanganan Fakir Miskin – Dinas Sosial DIY", "bantul", "Jl. Janti, Banguntapan, Kabupaten Bantul",
         "(0274) 555 0130", HOURS_OFFICE, "-7.797600", "110.411300"),
    ],
}

PROGRAMMES = [LK3, WKSBM, RTLH]
