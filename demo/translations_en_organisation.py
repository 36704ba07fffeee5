"""English text of the demo's Profil and organisation units (demo/organisation.py)."""

ENGLISH = {
    "Terwujudnya masyarakat Daerah Istimewa Yogyakarta yang sejahtera, mandiri dan berbudaya melalui "
    "pelayanan kesejahteraan sosial yang merata.":
        "A prosperous, self-reliant and cultured people of the Special Region of Yogyakarta, through social "
        "welfare services that reach everyone.",
    "Meningkatkan mutu dan jangkauan pelayanan rehabilitasi, perlindungan dan jaminan sosial.":
        "To improve the quality and reach of social rehabilitation, protection and security services.",
    "Memperkuat peran keluarga, masyarakat dan lembaga kesejahteraan sosial, termasuk LK3 dan WKSBM.":
        "To strengthen the role of families, communities and social welfare institutions, including LK3 and WKSBM.",
    "Mempercepat penanganan fakir miskin dengan data yang tepat sasaran.":
        "To speed up poverty alleviation with data that reaches the right people.",
    "Mewujudkan tata kelola pelayanan sosial yang bersih, terbuka dan tanpa biaya bagi warga.":
        "To run social services that are clean, open and free of charge for residents.",
    "Kepala Dinas Sosial DIY": "Head of the Social Services Department of DIY",
    "Sekretaris": "Secretary",
    "Kepala Bidang": "Head of Division",
    "Kepala Balai": "Head of Centre",
    "Senin–Jumat 08.00–15.30 WIB": "Monday–Friday 08.00–15.30 WIB",
    "Sekretariat": "Secretariat",
    "sekretariat": "secretariat",
    "Mengurus perencanaan, keuangan, kepegawaian dan umum bagi seluruh dinas.":
        "Looks after planning, finance, staffing and general affairs for the whole department.",
    "bidang-pemberdayaan-sosial": "social-empowerment-division",
    "Membina relawan dan lembaga sosial masyarakat, termasuk LK3, WKSBM, TKSK dan PSM.":
        "Supports community volunteers and social institutions, including LK3, WKSBM, TKSK and PSM.",
    "bidang-rehabilitasi-sosial": "social-rehabilitation-division",
    "Memulihkan fungsi sosial anak, lanjut usia, penyandang disabilitas dan kelompok rentan lain.":
        "Restores the social functioning of children, older people, people with disabilities and other "
        "vulnerable groups.",
    "bidang-perlindungan-jaminan-sosial": "social-protection-security-division",
    "Menyalurkan bantuan sosial dan melindungi korban bencana serta tindak kekerasan.":
        "Delivers social assistance and protects victims of disasters and violence.",
    "bidang-penanganan-fakir-miskin": "poverty-alleviation-division",
    "Mengelola data dan program pengentasan kemiskinan, termasuk perbaikan rumah tidak layak huni.":
        "Manages poverty data and anti-poverty programmes, including the repair of substandard homes.",
    "Balai Rehabilitasi Sosial dan Pengasuhan Anak": "Centre for the Social Rehabilitation and Care of Children",
    "brspa": "brspa",
    "Mengasuh dan merehabilitasi anak yang membutuhkan perlindungan khusus.":
        "Cares for and rehabilitates children who need special protection.",
    "Balai Pelayanan Sosial Tresna Werdha": "Tresna Werdha Social Service Centre for Older People",
    "bpstw": "bpstw",
    "Merawat dan mendampingi lanjut usia terlantar.": "Cares for and supports neglected older people.",
    "Balai Rehabilitasi Terpadu Penyandang Disabilitas":
        "Integrated Rehabilitation Centre for People with Disabilities",
    "brtpd": "brtpd",
    "Melatih kemandirian dan keterampilan kerja penyandang disabilitas.":
        "Trains people with disabilities in independent living and work skills.",
    "Balai Rehabilitasi Sosial Bina Karya dan Laras": "Bina Karya and Laras Social Rehabilitation Centre",
    "brsbkl": "brsbkl",
    "Merehabilitasi gelandangan, pengemis dan penyandang disabilitas mental.":
        "Rehabilitates homeless people, beggars and people with mental disabilities.",
    "Balai Perlindungan dan Rehabilitasi Sosial Wanita": "Centre for the Protection and Social Rehabilitation of Women",
    "bprsw": "bprsw",
    "Melindungi dan memberdayakan perempuan rentan dan korban kekerasan.":
        "Protects and empowers vulnerable women and victims of violence.",
    "Balai Perlindungan dan Rehabilitasi Sosial Remaja": "Centre for the Protection and Social Rehabilitation of Youth",
    "bprsr": "bprsr",
    "Membekali remaja putus sekolah dengan keterampilan dan pendampingan.":
        "Equips young people who left school with skills and mentoring.",
    "Alamat contoh 1, Kabupaten Sleman": "Sample address 1, Sleman Regency",
    "Alamat contoh 2, Kabupaten Bantul": "Sample address 2, Bantul Regency",
    "Alamat contoh 3, Kabupaten Sleman": "Sample address 3, Sleman Regency",
    "Alamat contoh 4, Kota Yogyakarta": "Sample address 4, Yogyakarta City",
    "Alamat contoh 5, Kabupaten Sleman": "Sample address 5, Sleman Regency",
    "Alamat contoh 6, Kabupaten Bantul": "Sample address 6, Bantul Regency",
}
