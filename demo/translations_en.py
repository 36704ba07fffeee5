"""English text of the demo content: Indonesian source string → English translation.

Keyed by the exact source string of each wagtail-localize segment, so the same sentence is
translated once wherever it appears. translations.py fails loudly when a segment of a
translated object has no entry here.
"""

ENGLISH = {
    # Categories
    "Kegiatan Dinas": "Department Activities",
    "kegiatan-dinas": "department-activities",
    "Rapat koordinasi, peringatan hari besar, pelatihan dan kegiatan kedinasan lainnya.":
        "Coordination meetings, commemorations, training and other official activities.",
    "Pemberdayaan Sosial": "Social Empowerment",
    "pemberdayaan-sosial": "social-empowerment",
    "Penguatan peran keluarga, lembaga dan relawan sosial masyarakat, termasuk LK3, WKSBM, TKSK dan PSM.":
        "Strengthening the role of families, institutions and community social volunteers, including LK3, "
        "WKSBM, TKSK and PSM.",
    "Penanganan Fakir Miskin": "Poverty Alleviation",
    "penanganan-fakir-miskin": "poverty-alleviation",
    "Program pengentasan kemiskinan: PKH, usaha ekonomi produktif dan perbaikan rumah tidak layak huni.":
        "Anti-poverty programmes: PKH family hope cash transfers, small business grants and the repair of "
        "substandard homes.",
    "Perlindungan dan Jaminan Sosial": "Social Protection and Security",
    "perlindungan-jaminan-sosial": "social-protection-security",
    "Bantuan sosial, perlindungan korban bencana dan jaminan sosial bagi warga yang membutuhkan.":
        "Social assistance, protection for disaster victims and social security for residents in need.",
    "Rehabilitasi Sosial": "Social Rehabilitation",
    "rehabilitasi-sosial": "social-rehabilitation",
    "Pemulihan dan pengembangan fungsi sosial anak, lanjut usia, penyandang disabilitas dan kelompok rentan lain.":
        "Restoring and developing the social functioning of children, older people, people with disabilities "
        "and other vulnerable groups.",
    # Home page
    "Beranda": "Home",
    "beranda": "home",
    "Melayani dengan hati, menjangkau yang membutuhkan": "Serving with heart, reaching those in need",
    "Konsultasi keluarga, bantuan sosial, rehabilitasi dan pendampingan bagi warga Daerah Istimewa Yogyakarta. "
    "Semua layanan Dinas Sosial DIY gratis.":
        "Family counselling, social assistance, rehabilitation and support for the people of the Special "
        "Region of Yogyakarta. Every service of the Social Services Department is free of charge.",
    "Konsultasi keluarga (LK3)": "Family counselling (LK3)",
    "Bicarakan masalah keluarga dengan konselor, tanpa biaya.": "Talk through family problems with a counsellor, "
                                                                "free of charge.",
    "Program dan layanan": "Programmes and services",
    "Syarat, langkah dan lokasi layanan.": "Requirements, steps and service locations.",
    "Berita terbaru": "Latest news",
    "Kegiatan dan pengumuman Dinas Sosial DIY.": "Activities and announcements of the Social Services Department.",
    "Profil dinas": "About the department",
    "Tugas, bidang dan alamat kantor.": "Duties, divisions and office address.",
    # Sections
    "Berita": "News",
    "berita": "news",
    "Kabar terbaru seputar pelayanan, program dan kegiatan Dinas Sosial DIY.":
        "The latest on the services, programmes and activities of the Social Services Department.",
    "Program": "Programmes",
    "program": "programmes",
    "Layanan yang dapat dimanfaatkan warga DIY secara gratis, lengkap dengan syarat, langkah dan lokasi.":
        "Free services for the people of Yogyakarta, with their requirements, steps and locations.",
    "Penulis": "Authors",
    "penulis": "authors",
    "Pegawai dan pekerja sosial yang menulis berita di situs ini.":
        "Staff and social workers who write the news on this site.",
    # Profile page
    "Profil": "About us",
    "profil": "about",
    "Dinas Sosial DIY adalah perangkat daerah yang membantu Gubernur menyelenggarakan urusan pemerintahan di "
    "bidang sosial di Daerah Istimewa Yogyakarta.":
        "The Social Services Department of DIY is the regional government office that assists the Governor in "
        "running social affairs in the Special Region of Yogyakarta.",
    "Tugas dan fungsi": "Duties and functions",
    "tugas": "duties",
    "Dinas Sosial DIY merumuskan kebijakan, mengoordinasikan dan melaksanakan program kesejahteraan sosial di "
    "tingkat daerah. Sasaran utama kami adalah warga yang menghadapi hambatan untuk memenuhi kebutuhan dasarnya: "
    "keluarga miskin, anak yang membutuhkan perlindungan khusus, lanjut usia terlantar, penyandang disabilitas, "
    "serta korban bencana dan tindak kekerasan.":
        "The department drafts policy and coordinates and runs social welfare programmes at the regional level. "
        "We work mainly for residents who struggle to meet their basic needs: poor families, children who need "
        "special protection, neglected older people, people with disabilities, and victims of disasters and "
        "violence.",
    "Pekerjaan itu tidak kami lakukan sendiri. Kami bermitra dengan dinas sosial kabupaten/kota, lembaga "
    "kesejahteraan sosial, perguruan tinggi, dunia usaha dan ribuan relawan sosial di kalurahan dan kapanewon.":
        "We do not do this work alone. We partner with the regency and city social services offices, social "
        "welfare institutions, universities, businesses and thousands of social volunteers in the villages and "
        "districts.",
    "Bidang Pemberdayaan Sosial": "Social Empowerment Division",
    "Bidang Rehabilitasi Sosial": "Social Rehabilitation Division",
    "Bidang Perlindungan dan Jaminan Sosial": "Social Protection and Security Division",
    "Bidang Penanganan Fakir Miskin": "Poverty Alleviation Division",
    "Sekilas": "At a glance",
    "Dinas Sosial Daerah Istimewa Yogyakarta": "Social Services Department of the Special Region of Yogyakarta",
    "Jl. Janti, Banguntapan, Kabupaten Bantul, Daerah Istimewa Yogyakarta":
        "Jl. Janti, Banguntapan, Bantul Regency, Special Region of Yogyakarta",
    "(0274) 555 0100": "+62 274 555 0100",
    "Senin–Jumat 08.00–15.30 WIB": "Monday–Friday 8:00 am–3:30 pm (WIB)",
    "Wilayah layanan": "Service area",
    "5 kabupaten/kota di DIY": "5 regencies and cities in DIY",
    "Biaya layanan": "Cost of services",
    "Tidak dipungut biaya": "Free of charge",
    "Jam layanan": "Opening hours",
    # Authors
    "Rina Wulandari": "Rina Wulandari",
    "rina-wulandari": "rina-wulandari",
    "Pekerja Sosial di BRSPA DIY": "Social worker at BRSPA DIY",
    "Pekerja sosial di Balai Rehabilitasi Sosial dan Pengasuhan Anak (BRSPA) DIY sejak 2008. Sehari-hari "
    "mendampingi anak dan keluarga pengasuh, dan ikut mengelola situs web dinas.":
        "Social worker at the Centre for Social Rehabilitation and Childcare (BRSPA) DIY since 2008. She "
        "supports children and foster families day to day, and helps to run the department's website.",
    "Rina menangani asesmen dan rencana pengasuhan bagi anak yang tinggal di balai maupun yang kembali ke "
    "keluarganya. Ia juga menjadi narasumber kelas pengasuhan di LK3 kabupaten/kota.":
        "Rina carries out assessments and care plans for children living at the centre and for those returning "
        "to their families. She also teaches parenting classes at the regency and city LK3 offices.",
    "Tulisannya banyak mengulas perlindungan anak, konseling keluarga dan kegiatan balai.":
        "She writes mostly about child protection, family counselling and the centre's activities.",
    "Bambang Setyawan": "Bambang Setyawan",
    "bambang-setyawan": "bambang-setyawan",
    "Pranata Humas, Subbagian Program dan Informasi": "Public relations officer, Programme and Information Unit",
    "Mengelola publikasi dan dokumentasi kegiatan Dinas Sosial DIY. Sebelumnya bertugas sebagai pendamping "
    "Tagana di Kabupaten Sleman.":
        "Manages the department's publications and the documentation of its activities. He previously "
        "supported the Tagana disaster volunteers in Sleman Regency.",
    "Bambang meliput rapat koordinasi, latihan kesiapsiagaan bencana dan peringatan hari besar. Ia menyusun rilis "
    "berita bersama bidang-bidang teknis.":
        "Bambang covers coordination meetings, disaster preparedness drills and commemorations. He writes press "
        "releases together with the technical divisions.",
    "Dewi Kusumastuti": "Dewi Kusumastuti",
    "dewi-kusumastuti": "dewi-kusumastuti",
    "Penyuluh Sosial, Bidang Pemberdayaan Sosial": "Social outreach officer, Social Empowerment Division",
    "Penyuluh sosial yang mendampingi WKSBM, TKSK dan Pekerja Sosial Masyarakat di kalurahan. Gemar menulis kisah "
    "relawan dari desa-desa di DIY.":
        "A social outreach officer who supports WKSBM networks, TKSK and community social workers in the "
        "villages. She loves writing about volunteers from villages across DIY.",
    "Dewi banyak bekerja di lapangan bersama pengurus WKSBM dan kader sosial. Ia menulis tentang pelatihan "
    "relawan, forum warga dan inisiatif kesejahteraan sosial berbasis masyarakat.":
        "Dewi spends much of her time in the field with WKSBM boards and social volunteers. She writes about "
        "volunteer training, community forums and community-based social welfare initiatives.",
    "Agus Prasetyo": "Agus Prasetyo",
    "agus-prasetyo": "agus-prasetyo",
    "Analis Perlindungan Sosial, Bidang Perlindungan dan Jaminan Sosial":
        "Social protection analyst, Social Protection and Security Division",
    "Menangani data penerima bantuan sosial dan verifikasi usulan perbaikan rumah tidak layak huni. Menulis "
    "tentang bantuan sosial, PKH dan penanganan fakir miskin.":
        "Handles the data of social assistance recipients and checks proposals for repairing substandard homes. "
        "Writes about social assistance, PKH and poverty alleviation.",
    "Agus mengoordinasikan pemutakhiran data penerima bantuan bersama operator kabupaten/kota dan pendamping "
    "sosial. Ia juga menerima pertanyaan warga tentang bantuan sosial.":
        "Agus coordinates updates of the recipient data with regency and city operators and social facilitators. "
        "He also answers residents' questions about social assistance.",
    # Site text
    "Semua bentuk pelayanan di Dinas Sosial DIY tidak dipungut biaya":
        "Every service of the Social Services Department of DIY is free of charge",
    "Jl. Janti, Banguntapan<br/>Kabupaten Bantul<br/>Daerah Istimewa Yogyakarta":
        "Jl. Janti, Banguntapan<br/>Bantul Regency<br/>Special Region of Yogyakarta",
}
