"""English text of the LK3 and WKSBM programme pages (see translations_en.py)."""

ENGLISH = {
    # LK3
    "Layanan Konsultasi Keluarga (LK3)": "Family Counselling Service (LK3)",
    "lk3": "lk3",
    "LK3": "LK3",
    # The LK3 chart (demo figures)
    "Klien yang dilayani per tahun (data contoh)": "Clients served per year (example data)",
    "Angka contoh untuk situs demo, bukan data resmi: jumlah klien LK3 naik setiap tahun, dari 412 pada 2021 "
    "menjadi 644 pada 2025.": "Example figures for the demo site, not official data: the number of LK3 clients "
    "rose every year, from 412 in 2021 to 644 in 2025.",
    "Tahun": "Year",
    "Jumlah klien": "Number of clients",
    "Klien LK3": "LK3 clients",
    **{year: year for year in ("2021", "2022", "2023", "2024", "2025")},
    "Lembaga Konsultasi Kesejahteraan Keluarga": "Family Welfare Counselling Centre",
    "Tempat keluarga berkonsultasi tentang masalah rumah tangga, pengasuhan anak, relasi suami-istri dan tekanan "
    "ekonomi. Konselor dan pekerja sosial mendengarkan, membantu mencari jalan keluar, dan merujuk ke layanan lain "
    "bila perlu. Ada di kelima kabupaten/kota.":
        "A place where families can talk about problems at home, raising children, relationships between "
        "spouses and money worries. Counsellors and social workers listen, help find a way forward and refer "
        "people to other services when needed. Available in all five regencies and cities.",
    "UU No. 11 Tahun 2009": "Law No. 11 of 2009",
    "Kesejahteraan Sosial": "Social Welfare",
    "UU No. 52 Tahun 2009": "Law No. 52 of 2009",
    "Perkembangan Kependudukan dan Pembangunan Keluarga": "Population Growth and Family Development",
    "PP No. 39 Tahun 2012": "Government Regulation No. 39 of 2012",
    "Penyelenggaraan Kesejahteraan Sosial": "Provision of Social Welfare",
    "Permensos No. 25 Tahun 2017": "Minister of Social Affairs Regulation No. 25 of 2017",
    "Konsultasi dan konseling keluarga, tatap muka maupun lewat telepon":
        "Family consultation and counselling, in person or by telephone",
    "Pendampingan keluarga dengan anak yang berhadapan dengan masalah perilaku atau perundungan":
        "Support for families whose children face behavioural problems or bullying",
    "Mediasi konflik dalam keluarga": "Mediation of family conflicts",
    "Kelas pengasuhan untuk orang tua dan calon pengantin": "Parenting classes for parents and engaged couples",
    "Rujukan ke psikolog, layanan kesehatan, bantuan hukum atau unit perlindungan perempuan dan anak":
        "Referral to psychologists, health services, legal aid or the women and child protection unit",
    "Setiap warga DIY yang ingin membicarakan masalah keluarganya, tanpa memandang status ekonomi. Layanan ini "
    "terutama membantu:":
        "Anyone living in DIY who wants to talk about a family problem, whatever their income. The service "
        "helps in particular:",
    "pasangan yang sering bertengkar atau mempertimbangkan perceraian":
        "couples who often argue or are considering divorce",
    "orang tua yang kesulitan mengasuh anak atau remaja": "parents who find it hard to raise a child or teenager",
    "keluarga yang merawat lanjut usia atau anggota keluarga dengan disabilitas":
        "families caring for an older relative or a family member with a disability",
    "keluarga yang tertekan karena kehilangan pekerjaan atau utang":
        "families under strain from job loss or debt",
    "Hubungi atau datangi LK3 terdekat": "Call or visit your nearest LK3",
    "Pilih lokasi di daftar di bawah. Anda boleh datang langsung pada jam layanan atau membuat janji lewat "
    "telepon.":
        "Choose a location from the list below. You may walk in during opening hours or make an appointment by "
        "telephone.",
    "Ceritakan masalah Anda": "Tell us about your problem",
    "Petugas penerima mencatat data dasar dan gambaran singkat masalah. Semua keterangan dijaga kerahasiaannya.":
        "The reception officer notes your basic details and a short description of the problem. Everything "
        "you say is kept confidential.",
    "Sesi konseling": "Counselling session",
    "Konselor atau pekerja sosial menemani Anda menyusun langkah penyelesaian. Satu sesi berlangsung sekitar satu "
    "jam.":
        "A counsellor or social worker helps you plan the steps towards a solution. A session lasts about an "
        "hour.",
    "Tindak lanjut atau rujukan": "Follow-up or referral",
    "Bila diperlukan, dijadwalkan sesi lanjutan, kunjungan rumah, atau rujukan ke layanan lain yang lebih tepat.":
        "If needed, a follow-up session, a home visit or a referral to a more suitable service is arranged.",
    "KTP atau identitas lain (boleh menyusul bila belum dibawa)":
        "An identity card or other ID (it can be shown later if you do not have it with you)",
    "Tidak perlu surat pengantar dari kalurahan": "No letter of introduction from the village office is needed",
    "Anak di bawah 18 tahun sebaiknya didampingi orang tua atau wali":
        "Children under 18 should preferably come with a parent or guardian",
    "Sekretariat LK3 Provinsi, Dinas Sosial DIY<br/>Jl. Janti, Banguntapan, Kabupaten Bantul<br/>Telepon (0274) "
    "555 0110 · lk3@dinsos-diy.example.org":
        "Provincial LK3 Secretariat, Social Services Department of DIY<br/>Jl. Janti, Banguntapan, Bantul "
        "Regency<br/>Telephone +62 274 555 0110 · lk3@dinsos-diy.example.org",
    "Apakah konseling di LK3 berbayar?": "Do I have to pay for counselling at LK3?",
    "Tidak. Seluruh layanan LK3 gratis, termasuk sesi lanjutan.":
        "No. Every LK3 service is free, including follow-up sessions.",
    "Apakah cerita saya akan dirahasiakan?": "Will what I say be kept confidential?",
    "Ya. Konselor terikat kode etik dan tidak membagikan cerita Anda tanpa persetujuan, kecuali ada anak atau "
    "orang lain yang terancam bahaya.":
        "Yes. Counsellors are bound by a code of ethics and do not share your story without your consent, "
        "unless a child or another person is in danger.",
    "Bolehkah datang sendiri tanpa pasangan?": "May I come on my own, without my partner?",
    "Boleh. Banyak konseling dimulai oleh satu anggota keluarga saja; pasangan atau anggota keluarga lain dapat "
    "diajak pada sesi berikutnya.":
        "Yes. Much counselling starts with just one family member; your partner or other relatives can join in "
        "later sessions.",
    "LK3 tumbuh dari gagasan bahwa masalah keluarga sebaiknya ditangani sedini mungkin, sebelum berkembang menjadi "
    "kekerasan, perceraian atau anak yang terlantar. Di DIY, LK3 dikelola bersama dinas sosial kabupaten/kota dan "
    "didukung WKSBM di tingkat kalurahan.":
        "LK3 grew from the idea that family problems are best dealt with early, before they turn into violence, "
        "divorce or neglected children. In DIY, LK3 is run together with the regency and city social services "
        "offices and supported by WKSBM networks in the villages.",
    "LK3 sekilas": "LK3 at a glance",
    "LK3 Provinsi – Dinas Sosial DIY": "Provincial LK3 – Social Services Department of DIY",
    "Jl. Janti, Banguntapan, Kabupaten Bantul": "Jl. Janti, Banguntapan, Bantul Regency",
    "LK3 Kota Yogyakarta": "LK3 Yogyakarta City",
    "Gedung Layanan Sosial Terpadu, Jl. Kenari, Muja Muju, Umbulharjo, Kota Yogyakarta":
        "Integrated Social Services Building, Jl. Kenari, Muja Muju, Umbulharjo, Yogyakarta City",
    "Senin–Kamis 08.00–15.00 WIB": "Monday–Thursday 8:00 am–3:00 pm (WIB)",
    "LK3 Kabupaten Sleman": "LK3 Sleman Regency",
    "Kompleks Pemerintahan Kabupaten Sleman, Tridadi, Sleman": "Sleman Regency Government Complex, Tridadi, Sleman",
    "Senin–Jumat 08.00–14.30 WIB": "Monday–Friday 8:00 am–2:30 pm (WIB)",
    "LK3 Kabupaten Bantul": "LK3 Bantul Regency",
    "Jl. Dr. Wahidin Sudirohusodo, Trirenggo, Bantul": "Jl. Dr. Wahidin Sudirohusodo, Trirenggo, Bantul",
    "LK3 Kabupaten Kulon Progo": "LK3 Kulon Progo Regency",
    "Jl. Sugiman, Wates, Kulon Progo": "Jl. Sugiman, Wates, Kulon Progo",
    "Selasa dan Kamis 09.00–14.00 WIB": "Tuesday and Thursday 9:00 am–2:00 pm (WIB)",
    "LK3 Kabupaten Gunungkidul": "LK3 Gunungkidul Regency",
    "Jl. Brigjen Katamso, Wonosari, Gunungkidul": "Jl. Brigjen Katamso, Wonosari, Gunungkidul",
    "Senin, Rabu, Jumat 08.30–14.00 WIB": "Monday, Wednesday and Friday 8:30 am–2:00 pm (WIB)",
    # WKSBM
    "Jejaring Kesejahteraan Sosial Warga (WKSBM)": "Community Social Welfare Network (WKSBM)",
    "wksbm": "wksbm",
    "WKSBM": "WKSBM",
    "Wahana Kesejahteraan Sosial Berbasis Masyarakat": "Community-Based Social Welfare Forum",
    "Jejaring warga di tingkat kalurahan/kelurahan yang menghimpun kelompok pengajian, PKK, karang taruna, relawan "
    "dan tokoh masyarakat untuk saling membantu menangani masalah sosial di lingkungannya sendiri, sekaligus "
    "menjadi jembatan ke layanan LK3 dan dinas sosial.":
        "A village-level network that brings together prayer groups, the PKK women's movement, youth groups, "
        "volunteers and community leaders to help one another with social problems in their own neighbourhood, "
        "and that links residents to LK3 and the social services.",
    "Permensos No. 8 Tahun 2012": "Minister of Social Affairs Regulation No. 8 of 2012",
    "Pedoman Pendataan dan Pengelolaan Data Penyandang Masalah Kesejahteraan Sosial dan Potensi dan Sumber "
    "Kesejahteraan Sosial":
        "Guidelines for Collecting and Managing Data on People with Social Welfare Problems and on Social "
        "Welfare Resources",
    "Pendataan warga yang membutuhkan bantuan di tingkat padukuhan":
        "Recording residents who need help, hamlet by hamlet",
    "Kunjungan rumah bagi lanjut usia yang tinggal sendiri dan warga dengan disabilitas":
        "Home visits to older people who live alone and to residents with disabilities",
    "Penggalangan dukungan warga: jimpitan, lumbung sosial, gotong royong":
        "Raising community support: rice collections (jimpitan), social food stores and mutual help",
    "Pengantaran dan rujukan warga ke LK3, puskesmas atau dinas sosial":
        "Accompanying and referring residents to LK3, the community health centre or the social services",
    "Pendampingan pengurusan bantuan sosial dan dokumen kependudukan":
        "Help with applying for social assistance and civil registration documents",
    "Warga kalurahan yang menghadapi masalah sosial, dan warga yang ingin ikut menjadi relawan. Kelompok yang sudah "
    "ada di desa – PKK, karang taruna, kelompok keagamaan, paguyuban – dapat bergabung sebagai anggota WKSBM.":
        "Village residents facing social problems, and residents who want to volunteer. Groups that already "
        "exist in the village – PKK, youth groups, religious groups, associations – can join as WKSBM members.",
    "Temui pengurus WKSBM atau ketua RT": "Talk to a WKSBM board member or your neighbourhood head",
    "Sampaikan kebutuhan Anda atau tetangga yang perlu dibantu.":
        "Tell them what you need, or about a neighbour who needs help.",
    "Pendataan dan musyawarah": "Recording and discussion",
    "Pengurus mencatat kebutuhan dan membahasnya dalam pertemuan rutin bulanan.":
        "The board records the need and discusses it at the regular monthly meeting.",
    "Penanganan oleh warga": "Help from the community",
    "Masalah yang bisa diselesaikan bersama ditangani oleh anggota WKSBM.":
        "Problems that can be solved together are handled by WKSBM members.",
    "Rujukan": "Referral",
    "Masalah yang butuh penanganan profesional dirujuk ke LK3, TKSK atau dinas sosial.":
        "Problems that need professional help are referred to LK3, TKSK or the social services.",
    "Berdomisili di kalurahan/kelurahan tempat WKSBM berada": "Living in the village where the WKSBM operates",
    "Untuk menjadi relawan: bersedia mengikuti pertemuan rutin dan orientasi singkat":
        "To volunteer: willingness to attend regular meetings and a short orientation",
    "Bidang Pemberdayaan Sosial, Dinas Sosial DIY<br/>Telepon (0274) 555 0120 · wksbm@dinsos-diy.example.org":
        "Social Empowerment Division, Social Services Department of DIY<br/>Telephone +62 274 555 0120 · "
        "wksbm@dinsos-diy.example.org",
    "Apakah WKSBM sama dengan LK3?": "Is WKSBM the same as LK3?",
    "Tidak. WKSBM adalah jejaring warga di kalurahan, sedangkan LK3 adalah lembaga konsultasi dengan konselor. "
    "Keduanya saling merujuk.":
        "No. WKSBM is a network of residents in the village, while LK3 is a counselling centre with "
        "counsellors. Each refers people to the other.",
    "Bagaimana membentuk WKSBM di kalurahan kami?": "How can we set up a WKSBM in our village?",
    "Hubungi Bidang Pemberdayaan Sosial atau dinas sosial kabupaten/kota. Petugas akan membantu pemetaan kelompok "
    "warga dan pelatihan pengurus.":
        "Contact the Social Empowerment Division or your regency or city social services office. Staff will "
        "help map community groups and train the board.",
    "Gotong royong sudah lama menjadi cara warga DIY menolong tetangganya. WKSBM memberi wadah agar kebiasaan baik "
    "itu lebih teratur: ada data, ada pembagian tugas, dan ada jalur rujukan bila masalah terlalu berat ditangani "
    "sendiri.":
        "Mutual help (gotong royong) has long been how people in DIY look after their neighbours. WKSBM gives "
        "that good habit a structure: records, shared tasks and a referral route when a problem is too heavy "
        "to handle alone.",
    "WKSBM sekilas": "WKSBM at a glance",
    "WKSBM Kelurahan Wirobrajan": "WKSBM Wirobrajan",
    "Kantor Kelurahan Wirobrajan, Kota Yogyakarta": "Wirobrajan Village Office, Yogyakarta City",
    "Sabtu 09.00–12.00 WIB": "Saturday 9:00 am–12:00 noon (WIB)",
    "WKSBM Kalurahan Sinduharjo": "WKSBM Sinduharjo",
    "Balai Kalurahan Sinduharjo, Ngaglik, Sleman": "Sinduharjo Village Hall, Ngaglik, Sleman",
    "WKSBM Kalurahan Panggungharjo": "WKSBM Panggungharjo",
    "Balai Kalurahan Panggungharjo, Sewon, Bantul": "Panggungharjo Village Hall, Sewon, Bantul",
    "Jumat 13.00–15.00 WIB": "Friday 1:00–3:00 pm (WIB)",
    "WKSBM Kalurahan Banjarharjo": "WKSBM Banjarharjo",
    "Balai Kalurahan Banjarharjo, Kalibawang, Kulon Progo": "Banjarharjo Village Hall, Kalibawang, Kulon Progo",
    "Kamis 09.00–12.00 WIB": "Thursday 9:00 am–12:00 noon (WIB)",
    "WKSBM Kalurahan Karangrejek": "WKSBM Karangrejek",
    "Balai Kalurahan Karangrejek, Wonosari, Gunungkidul": "Karangrejek Village Hall, Wonosari, Gunungkidul",
    "Sabtu 08.00–11.00 WIB": "Saturday 8:00–11:00 am (WIB)",
}
