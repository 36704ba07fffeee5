"""Texts of the demo service pages (Layanan) and their service standards.

The decree numbers are examples marked "DEMO"; phone numbers are 555 numbers, as in the
demo programmes. Texts are short on purpose: the printable standard fits one A4 page.
"""

from .builder import html_list, paragraphs

INDEX_TITLE = "Layanan"
INDEX_INTRO = ("Standar pelayanan setiap layanan Dinas Sosial DIY: persyaratan, prosedur, jangka waktu, biaya "
               "dan jaminan pelayanan, sesuai Permenpan-RB Nomor 15 Tahun 2014.")
UU_KESOS = ("UU No. 11 Tahun 2009", "Kesejahteraan Sosial")
UU_PELAYANAN = ("UU No. 25 Tahun 2009", "Pelayanan Publik")
PERMENPAN = ("Permenpan-RB No. 15 Tahun 2014", "Pedoman Standar Pelayanan")
COMPLAINTS = paragraphs(
    "Pengaduan, saran dan masukan dapat disampaikan melalui SP4N-LAPOR! (lapor.go.id), kotak saran di ruang "
    "layanan, telepon (0274) 555 0100, atau langsung kepada petugas. Setiap pengaduan ditanggapi paling lambat "
    "lima hari kerja.",
)
SUPERVISION = paragraphs(
    "Pengawasan dilakukan oleh atasan langsung setiap hari dan oleh Inspektorat DIY melalui pemeriksaan berkala.",
)
GUARANTEE = paragraphs(
    "Kami menjamin layanan diberikan sesuai standar ini, tanpa biaya dan tanpa membedakan pemohon.",
)
SAFETY = paragraphs(
    "Data pribadi dan cerita pemohon dijaga kerahasiaannya. Ruang layanan dilengkapi alat pemadam api dan "
    "jalur evakuasi.",
)
EVALUATION = paragraphs(
    "Kinerja pelaksana dievaluasi setiap semester melalui Survei Kepuasan Masyarakat dan penilaian atasan.",
)
VULNERABLE = paragraphs(
    "Jalur landai, kursi roda dan toilet ramah disabilitas. Lanjut usia, ibu hamil dan penyandang disabilitas "
    "didahulukan; petugas dapat datang ke rumah bila pemohon tidak dapat hadir.",
)

LK3 = {
    "slug": "konsultasi-keluarga-lk3",
    "title": "Konsultasi Keluarga di LK3",
    "programmes": ["lk3"],
    "unit": "bidang-pemberdayaan-sosial",
    "summary": ("Konseling gratis bagi keluarga yang menghadapi masalah rumah tangga, pengasuhan anak atau tekanan "
                "ekonomi, bersama konselor dan pekerja sosial LK3."),
    "intro": paragraphs("Layanan ini terbuka bagi setiap warga DIY. Anda boleh datang langsung atau membuat janji "
                        "lewat telepon."),
    "decree": "Keputusan Kepala Dinas Sosial DIY Nomor 000/DEMO/2025 (contoh untuk situs demo)",
    "requirements": [
        ("KTP-el atau identitas lain", "Boleh menyusul bila belum dibawa"),
        ("Anak di bawah 18 tahun didampingi orang tua atau wali", ""),
    ],
    "procedure": [
        ("Datang atau menelepon LK3", "Pemohon datang pada jam layanan atau membuat janji lewat telepon."),
        ("Pencatatan awal", "Petugas mencatat data dasar dan gambaran singkat masalah."),
        ("Sesi konseling", "Konselor mendampingi keluarga menyusun langkah penyelesaian."),
        ("Tindak lanjut atau rujukan", "Sesi lanjutan, kunjungan rumah, atau rujukan ke layanan lain."),
    ],
    "time": (1, "days", "Satu sesi konseling sekitar satu jam"),
    "product": "Konseling dan rencana tindak lanjut keluarga",
    "legal_basis": [UU_KESOS, UU_PELAYANAN, ("Permensos No. 25 Tahun 2017",
                                             "Lembaga Konsultasi Kesejahteraan Keluarga"), PERMENPAN],
    "facilities": paragraphs("Ruang konseling tertutup, ruang tunggu, ruang bermain anak dan telepon layanan."),
    "competence": html_list(["Konselor atau pekerja sosial bersertifikat", "Pelatihan konseling keluarga"]),
    "staff": (4, "2 konselor, 1 pekerja sosial, 1 petugas administrasi"),
}

RTLH = {
    "slug": "rehabilitasi-rumah-tidak-layak-huni",
    "title": "Rehabilitasi Sosial Rumah Tidak Layak Huni (RS-RTLH)",
    "programmes": ["rs-rtlh"],
    "unit": "bidang-penanganan-fakir-miskin",
    "summary": ("Bantuan bahan bangunan untuk memperbaiki rumah keluarga miskin yang tidak aman dan tidak sehat, "
                "dikerjakan secara gotong royong."),
    "intro": paragraphs("Usulan penerima diajukan melalui kalurahan; keluarga tidak perlu mendaftar sendiri ke "
                        "Dinas Sosial DIY."),
    "decree": "Keputusan Kepala Dinas Sosial DIY Nomor 000/DEMO/2025 (contoh untuk situs demo)",
    "requirements": [
        ("KTP-el dan Kartu Keluarga", ""),
        ("Bukti kepemilikan tanah", "Atau surat keterangan dari kalurahan"),
        ("Terdaftar dalam data terpadu kesejahteraan sosial", ""),
        ("Belum menerima bantuan perbaikan rumah dalam lima tahun terakhir", ""),
    ],
    "procedure": [
        ("Usulan dari kalurahan", "Kalurahan mengusulkan calon penerima melalui dinas sosial kabupaten/kota."),
        ("Verifikasi lapangan", "Tim memeriksa kondisi rumah, status tanah dan data keluarga."),
        ("Penetapan penerima", "Penerima ditetapkan dengan keputusan dan diumumkan di kalurahan."),
        ("Pengerjaan dan pelaporan", "Bahan dikirim, warga bergotong royong, hasilnya difoto dan dilaporkan."),
    ],
    "time": (90, "working_days", "Sejak penetapan penerima sampai rumah selesai diperbaiki"),
    "product": "Rumah yang telah diperbaiki dan berita acara serah terima",
    "legal_basis": [UU_KESOS, ("UU No. 13 Tahun 2011", "Penanganan Fakir Miskin"), UU_PELAYANAN, PERMENPAN],
    "facilities": paragraphs("Kendaraan verifikasi lapangan, alat ukur dan formulir penilaian rumah."),
    "competence": html_list(["Fasilitator dengan latar teknik sipil atau pengalaman bangunan",
                             "Pendamping TKSK terlatih"]),
    "staff": (6, "2 verifikator, 3 fasilitator, 1 petugas administrasi"),
}

BALAI = {
    "slug": "rehabilitasi-sosial-anak-brspa",
    "title": "Rehabilitasi Sosial Anak di Balai (BRSPA)",
    "programmes": ["lk3"],
    "unit": "brspa",
    "summary": ("Pengasuhan dan rehabilitasi sosial di Balai Rehabilitasi Sosial dan Pengasuhan Anak bagi anak "
                "yang membutuhkan perlindungan khusus."),
    "intro": paragraphs("Anak dapat dirujuk oleh keluarga, LK3, sekolah, kepolisian atau dinas sosial "
                        "kabupaten/kota."),
    "decree": "Keputusan Kepala Dinas Sosial DIY Nomor 000/DEMO/2025 (contoh untuk situs demo)",
    "requirements": [
        ("Surat rujukan", "Dari keluarga, LK3, sekolah atau lembaga lain"),
        ("Kartu Keluarga dan akta kelahiran anak", "Boleh menyusul"),
        ("Hasil asesmen awal pekerja sosial", ""),
    ],
    "procedure": [
        ("Rujukan dan asesmen", "Pekerja sosial menilai kebutuhan anak bersama keluarga."),
        ("Penerimaan di balai", "Anak diterima dan disusun rencana rehabilitasinya."),
        ("Rehabilitasi sosial", "Pengasuhan, pendidikan, bimbingan sosial dan keterampilan."),
        ("Reunifikasi dan pemantauan", "Anak kembali ke keluarga atau pengasuhan lain, lalu dipantau."),
    ],
    "time": (6, "working_days", "Penerimaan paling lambat enam hari sejak rujukan lengkap; masa rehabilitasi sesuai "
             "rencana anak"),
    "product": "Anak yang berfungsi sosial kembali dan laporan perkembangan anak",
    "legal_basis": [UU_KESOS, ("UU No. 35 Tahun 2014", "Perlindungan Anak"), UU_PELAYANAN, PERMENPAN],
    "facilities": paragraphs("Asrama, ruang belajar, ruang konseling, klinik, dapur dan lapangan bermain."),
    "competence": html_list(["Pekerja sosial profesional", "Pengasuh terlatih", "Psikolog"]),
    "staff": (18, "6 pekerja sosial, 10 pengasuh, 1 psikolog, 1 perawat"),
}

SERVICES = [LK3, RTLH, BALAI]
