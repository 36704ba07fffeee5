"""The demo's Profil: vision, missions, duties and the organisation (sekretariat, four bidang,
six balai), with the head of each unit left as an obvious placeholder: the demo names no real
official. The English text is in translations_en_organisation.py.
"""

from organisation.models import OrganisationUnitPage, ProfilePage

from .builder import ensure_page, paragraphs, stream

Kind = OrganisationUnitPage.Kind
HOURS = "Senin–Jumat 08.00–15.30 WIB"
HEAD = "(nama pejabat — contoh demo)"
VISION = ("Terwujudnya masyarakat Daerah Istimewa Yogyakarta yang sejahtera, mandiri dan berbudaya melalui "
          "pelayanan kesejahteraan sosial yang merata.")
MISSIONS = [
    "Meningkatkan mutu dan jangkauan pelayanan rehabilitasi, perlindungan dan jaminan sosial.",
    "Memperkuat peran keluarga, masyarakat dan lembaga kesejahteraan sosial, termasuk LK3 dan WKSBM.",
    "Mempercepat penanganan fakir miskin dengan data yang tepat sasaran.",
    "Mewujudkan tata kelola pelayanan sosial yang bersih, terbuka dan tanpa biaya bagi warga.",
]
DUTIES = paragraphs(
    "Dinas Sosial DIY merumuskan kebijakan, mengoordinasikan dan melaksanakan program kesejahteraan sosial "
    "di tingkat daerah. Sasaran utama kami adalah warga yang menghadapi hambatan untuk memenuhi kebutuhan "
    "dasarnya: keluarga miskin, anak yang membutuhkan perlindungan khusus, lanjut usia terlantar, penyandang "
    "disabilitas, serta korban bencana dan tindak kekerasan.",
    "Pekerjaan itu tidak kami lakukan sendiri. Kami bermitra dengan dinas sosial kabupaten/kota, lembaga "
    "kesejahteraan sosial, perguruan tinggi, dunia usaha dan ribuan relawan sosial di kalurahan dan "
    "kapanewon.",
)
# (slug, title, kind, summary, head's position, address or "")
UNITS = [
    ("sekretariat", "Sekretariat", Kind.SECRETARIAT,
     "Mengurus perencanaan, keuangan, kepegawaian dan umum bagi seluruh dinas.", "Sekretaris", ""),
    ("bidang-pemberdayaan-sosial", "Bidang Pemberdayaan Sosial", Kind.DIVISION,
     "Membina relawan dan lembaga sosial masyarakat, termasuk LK3, WKSBM, TKSK dan PSM.", "Kepala Bidang", ""),
    ("bidang-rehabilitasi-sosial", "Bidang Rehabilitasi Sosial", Kind.DIVISION,
     "Memulihkan fungsi sosial anak, lanjut usia, penyandang disabilitas dan kelompok rentan lain.",
     "Kepala Bidang", ""),
    ("bidang-perlindungan-jaminan-sosial", "Bidang Perlindungan dan Jaminan Sosial", Kind.DIVISION,
     "Menyalurkan bantuan sosial dan melindungi korban bencana serta tindak kekerasan.", "Kepala Bidang", ""),
    ("bidang-penanganan-fakir-miskin", "Bidang Penanganan Fakir Miskin", Kind.DIVISION,
     "Mengelola data dan program pengentasan kemiskinan, termasuk perbaikan rumah tidak layak huni.",
     "Kepala Bidang", ""),
    ("brspa", "Balai Rehabilitasi Sosial dan Pengasuhan Anak", Kind.TECHNICAL_UNIT,
     "Mengasuh dan merehabilitasi anak yang membutuhkan perlindungan khusus.", "Kepala Balai",
     "Alamat contoh 1, Kabupaten Sleman"),
    ("bpstw", "Balai Pelayanan Sosial Tresna Werdha", Kind.TECHNICAL_UNIT,
     "Merawat dan mendampingi lanjut usia terlantar.", "Kepala Balai", "Alamat contoh 2, Kabupaten Bantul"),
    ("brtpd", "Balai Rehabilitasi Terpadu Penyandang Disabilitas", Kind.TECHNICAL_UNIT,
     "Melatih kemandirian dan keterampilan kerja penyandang disabilitas.", "Kepala Balai",
     "Alamat contoh 3, Kabupaten Sleman"),
    ("brsbkl", "Balai Rehabilitasi Sosial Bina Karya dan Laras", Kind.TECHNICAL_UNIT,
     "Merehabilitasi gelandangan, pengemis dan penyandang disabilitas mental.", "Kepala Balai",
     "Alamat contoh 4, Kota Yogyakarta"),
    ("bprsw", "Balai Perlindungan dan Rehabilitasi Sosial Wanita", Kind.TECHNICAL_UNIT,
     "Melindungi dan memberdayakan perempuan rentan dan korban kekerasan.", "Kepala Balai",
     "Alamat contoh 5, Kabupaten Sleman"),
    ("bprsr", "Balai Perlindungan dan Rehabilitasi Sosial Remaja", Kind.TECHNICAL_UNIT,
     "Membekali remaja putus sekolah dengan keterampilan dan pendampingan.", "Kepala Balai",
     "Alamat contoh 6, Kabupaten Bantul"),
]


def build_profile(intro, facts_block, contact_block):
    return ProfilePage(
        title="Profil", intro=intro, show_in_menus=True, vision=VISION,
        missions=stream("profil-misi", [("mission", mission) for mission in MISSIONS]),
        duties=DUTIES, head_name=HEAD, head_title="Kepala Dinas Sosial DIY",
        body=stream("profil", [facts_block, contact_block]))


def ensure_units(profile, stats):
    units = {}
    for slug, title, kind, summary, head_title, address in UNITS:
        units[slug] = ensure_page(
            profile, slug,
            lambda title=title, kind=kind, summary=summary, head_title=head_title, address=address:
                OrganisationUnitPage(title=title, kind=kind, summary=summary, head_name=HEAD, head_title=head_title,
                                     address=address, opening_hours=HOURS if address else ""),
            stats, "organisation units")
    return units

