"""Texts of the demo PPID section, each Indonesian text beside its English translation.

Every `t(id, en)` records the pair in ENGLISH (read by demo/translations.py), so no segment of
the PPID pages can lack its English text. Figures, names and documents are examples.
"""

ENGLISH = {}


def t(indonesian, english):
    ENGLISH[indonesian] = english
    return indonesian


def p(*pairs):
    """Paragraphs from (id, en) pairs; wagtail-localize makes one segment per paragraph."""
    return "".join(f"<p>{t(i, e)}</p>" for i, e in pairs)


def ol(*pairs):
    return "<ol>" + "".join(f"<li>{t(i, e)}</li>" for i, e in pairs) + "</ol>"


def heading(indonesian, english, anchor, english_anchor):
    return ("heading", {"text": t(indonesian, english), "level": "h2", "anchor": t(anchor, english_anchor)})


DEMO_NOTE = ("Isi bagian PPID ini adalah contoh (demo) untuk mencoba situs; dokumen, angka dan nama pejabat "
             "bukan data resmi.",
             "The content of this PPID section is an example (demo) for trying out the site; its documents, "
             "figures and officials' names are not official data.")

INDEX = {
    "slug": t("ppid", "ppid"),
    "title": t("PPID", "PPID"),
    "intro": t("Pejabat Pengelola Informasi dan Dokumentasi (PPID) Dinas Sosial DIY melayani permohonan informasi "
               "publik sesuai UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
               "The Information and Documentation Management Officer (PPID) of the Social Services Office of DIY "
               "answers requests for public information under Law No. 14 of 2008 on Public Information "
               "Disclosure."),
    "body": [
        ("paragraph", p(DEMO_NOTE, (
            "Setiap orang berhak memperoleh informasi publik tanpa biaya. Informasi yang wajib diumumkan secara "
            "berkala dan serta-merta kami terbitkan di halaman ini; informasi lain dapat Anda minta kepada PPID.",
            "Everyone has the right to obtain public information free of charge. Information that must be "
            "published periodically or immediately is on this page; you can ask the PPID for any other "
            "information."))),
        ("key_facts", {"title": t("Layanan informasi", "Information service"), "facts": [
            {"label": t("Jam layanan", "Opening hours"),
             "value": t("Senin–Jumat 08.00–15.30 WIB", "Monday–Friday 08.00–15.30 WIB")},
            {"label": t("Biaya", "Cost"), "value": t("Tidak dipungut biaya", "Free of charge")},
            {"label": t("Jangka waktu jawaban", "Time to answer"),
             "value": t("10 hari kerja, dapat diperpanjang 7 hari kerja",
                        "10 working days, extendable by 7 working days")},
        ]}),
    ],
}

PROCEDURES = [
    {
        "slug": t("prosedur-permohonan-informasi", "information-request-procedure"),
        "title": t("Prosedur Permohonan Informasi Publik", "Procedure for Requesting Public Information"),
        "intro": t("Cara meminta informasi publik kepada PPID Dinas Sosial DIY, langsung maupun daring.",
                   "How to ask the PPID of the Social Services Office of DIY for public information, in person "
                   "or online."),
        "body": [
            heading("Langkah permohonan", "Steps of a request", "langkah", "steps"),
            ("paragraph", ol(
                ("Isi formulir permohonan di meja layanan PPID atau kirim surat/surel dengan identitas, rincian "
                 "informasi yang diminta dan tujuan penggunaannya.",
                 "Fill in the request form at the PPID desk or send a letter or e-mail with your identity, the "
                 "information you want and what you will use it for."),
                ("Petugas mencatat permohonan dan memberikan nomor pendaftaran.",
                 "The officer records the request and gives you a registration number."),
                ("PPID menjawab paling lambat 10 hari kerja; waktu ini dapat diperpanjang 7 hari kerja dengan "
                 "pemberitahuan tertulis.",
                 "The PPID answers within 10 working days; this can be extended by 7 working days with written "
                 "notice."),
                ("Informasi diberikan dalam bentuk yang diminta (softcopy atau hardcopy) tanpa biaya; biaya "
                 "penggandaan, bila ada, sebesar biaya nyata.",
                 "The information is given in the form requested (softcopy or hardcopy) free of charge; copying, "
                 "if any, is charged at cost."),
            )),
            heading("Syarat", "Requirements", "syarat", "requirements"),
            ("paragraph", p((
                "Perorangan melampirkan fotokopi KTP; badan hukum melampirkan akta pendirian yang disahkan.",
                "Individuals attach a copy of their identity card; legal entities attach their certified deed "
                "of establishment."))),
        ],
    },
    {
        "slug": t("prosedur-keberatan", "objection-procedure"),
        "title": t("Prosedur Pengajuan Keberatan", "Procedure for Filing an Objection"),
        "intro": t("Bila permohonan Anda ditolak, tidak ditanggapi atau dijawab tidak sesuai, Anda dapat "
                   "mengajukan keberatan kepada atasan PPID.",
                   "If your request is refused, not answered or not answered as asked, you can file an objection "
                   "with the PPID's superior."),
        "body": [
            heading("Alasan keberatan", "Grounds for an objection", "alasan", "grounds"),
            ("paragraph", p((
                "Keberatan dapat diajukan antara lain karena permohonan ditolak dengan alasan pengecualian, "
                "informasi berkala tidak tersedia, permohonan tidak ditanggapi, biaya tidak wajar, atau jawaban "
                "melebihi jangka waktu.",
                "Grounds include a request refused as exempted, periodic information not being available, a "
                "request left unanswered, unreasonable charges, or an answer given late."))),
            heading("Langkah keberatan", "Steps of an objection", "langkah-keberatan", "objection-steps"),
            ("paragraph", ol(
                ("Ajukan keberatan tertulis paling lambat 30 hari kerja setelah alasan keberatan timbul.",
                 "File a written objection within 30 working days of the grounds arising."),
                ("Atasan PPID memberi tanggapan tertulis paling lambat 30 hari kerja sejak keberatan dicatat.",
                 "The PPID's superior answers in writing within 30 working days of the objection being "
                 "recorded."),
                ("Bila tidak puas, Anda dapat mengajukan sengketa informasi ke Komisi Informasi DIY dalam 14 hari "
                 "kerja setelah menerima tanggapan.",
                 "If you are not satisfied, you can bring an information dispute to the DIY Information "
                 "Commission within 14 working days of receiving the answer."),
            )),
        ],
    },
    {
        "slug": t("maklumat-pelayanan-informasi", "information-service-pledge"),
        "title": t("Maklumat Pelayanan Informasi Publik", "Public Information Service Pledge"),
        "intro": t("Janji kami kepada setiap pemohon informasi publik.",
                   "Our promise to everyone who requests public information."),
        "body": [
            ("paragraph", p(
                ("Dengan ini kami, PPID Dinas Sosial Daerah Istimewa Yogyakarta, menyatakan sanggup "
                 "menyelenggarakan pelayanan informasi publik sesuai standar layanan yang telah ditetapkan, "
                 "memberikan informasi yang benar, akurat dan tidak menyesatkan, serta bersedia menerima sanksi "
                 "sesuai ketentuan peraturan perundang-undangan bila tidak menepati janji ini.",
                 "We, the PPID of the Social Services Office of the Special Region of Yogyakarta, pledge to "
                 "provide public information services to the set service standards, to give information that "
                 "is true, accurate and not misleading, and to accept sanctions under the law should we fail to "
                 "keep this pledge."),
                ("Yogyakarta, 2 Januari 2025 — Kepala Dinas Sosial DIY selaku Atasan PPID (contoh).",
                 "Yogyakarta, 2 January 2025 — Head of the Social Services Office of DIY as the PPID's superior "
                 "(example)."),
            )),
        ],
    },
]

UU_KIP = (t("UU No. 14 Tahun 2008", "Law No. 14 of 2008"),
          t("Keterbukaan Informasi Publik", "Public Information Disclosure"))
PERKI = (t("Peraturan Komisi Informasi No. 1 Tahun 2021", "Information Commission Regulation No. 1 of 2021"),
         t("Standar Layanan Informasi Publik", "Public Information Service Standards"))
RETENTION_5 = t("5 tahun (arsip aktif), lalu arsip statis", "5 years (active record), then archived")
RETENTION_2 = t("2 tahun", "2 years")
SOFT_HARD = t("Softcopy (PDF) dan hardcopy", "Softcopy (PDF) and hardcopy")
SOFT = t("Softcopy", "Softcopy")
SECRETARY = t("Sekretaris Dinas", "Secretary of the Office")

# (slug, title, category, year, unit, summary, document?, external_url, extra fields)
ENTRIES = [
    (t("laporan-keuangan-2024", "financial-report-2024"),
     t("Laporan Keuangan Tahun 2024", "Financial Report 2024"), "berkala", 2024,
     "sekretariat", t("Laporan realisasi anggaran, neraca dan catatan atas laporan keuangan Dinas Sosial DIY "
                      "tahun anggaran 2024.",
                      "Budget realisation, balance sheet and notes to the financial statements of the Social "
                      "Services Office of DIY for the 2024 budget year."), True, "",
     {"person_responsible": SECRETARY, "information_format": SOFT_HARD, "retention_period": RETENTION_5}),
    (t("renstra-2023-2027", "strategic-plan-2023-2027"),
     t("Rencana Strategis 2023–2027", "Strategic Plan 2023–2027"), "berkala", 2023,
     "sekretariat", t("Tujuan, sasaran, program dan indikator kinerja Dinas Sosial DIY untuk lima tahun.",
                      "The goals, targets, programmes and performance indicators of the Social Services Office "
                      "of DIY for five years."), True, "",
     {"person_responsible": SECRETARY, "information_format": SOFT_HARD, "retention_period": RETENTION_5}),
    (t("lkjip-2025", "performance-report-2025"),
     t("Laporan Kinerja Instansi Pemerintah 2025", "Government Agency Performance Report 2025"),
     "berkala", 2025, "sekretariat",
     t("Capaian indikator kinerja utama Dinas Sosial DIY tahun 2025 dibandingkan dengan targetnya.",
       "The Social Services Office of DIY's key performance indicators for 2025 against their targets."),
     True, "", {"person_responsible": SECRETARY, "information_format": SOFT, "retention_period": RETENTION_5}),
    (t("lokasi-pengungsian", "emergency-shelters"),
     t("Lokasi Pengungsian dan Dapur Umum Tanggap Darurat",
                             "Emergency Shelters and Public Kitchens"), "serta-merta", 2025,
     "bidang-perlindungan-jaminan-sosial",
     t("Daftar lokasi pengungsian, dapur umum dan kontak posko saat tanggap darurat bencana.",
       "Shelters, public kitchens and command post contacts during a disaster emergency."),
     False, "https://example.org/tanggap-darurat",
     {"person_responsible": t("Kepala Bidang Perlindungan dan Jaminan Sosial",
                              "Head of the Social Protection and Security Division"),
      "information_format": SOFT, "retention_period": RETENTION_2}),
    (t("daftar-lks", "registered-social-welfare-institutions"),
     t("Daftar Lembaga Kesejahteraan Sosial Terdaftar", "Registered Social Welfare Institutions"),
     "setiap-saat", 2025, "bidang-rehabilitasi-sosial",
     t("Nama, alamat dan bidang layanan lembaga kesejahteraan sosial yang terdaftar di DIY.",
       "Names, addresses and fields of service of the social welfare institutions registered in DIY."),
     True, "", {"person_responsible": t("Kepala Bidang Rehabilitasi Sosial", "Head of the Social Rehabilitation "
                                                                             "Division"),
                "information_format": SOFT_HARD, "retention_period": RETENTION_5}),
    (t("sop-brspa", "brspa-child-care-procedure"),
     t("Standar Operasional Prosedur Pengasuhan Anak di Balai",
                    "Standard Operating Procedure for Child Care at the Centre"), "setiap-saat", 2024, "brspa",
     t("Tata cara penerimaan, pengasuhan dan reunifikasi anak di Balai Rehabilitasi Sosial dan Pengasuhan Anak.",
       "How children are admitted, cared for and reunited with their families at the Centre for Social "
       "Rehabilitation and Child Care."),
     False, "", {"person_responsible": t("Kepala BRSPA", "Head of BRSPA"), "information_format": t(
         "Hardcopy, dapat dilihat di balai", "Hardcopy, available to read at the centre"),
                 "retention_period": RETENTION_5}),
    (t("data-pribadi-penerima-manfaat", "beneficiaries-personal-data"),
     t("Data Pribadi dan Catatan Kasus Penerima Manfaat",
                                        "Personal Data and Case Records of Beneficiaries"), "dikecualikan", 2024,
     "bidang-rehabilitasi-sosial",
     t("Identitas, riwayat kesehatan dan catatan asesmen penerima layanan rehabilitasi sosial.",
       "Identities, health histories and assessment notes of people receiving social rehabilitation."),
     False, "", {"exemption_basis": t("UU 14/2008 Pasal 17 huruf h", "Law 14/2008 Article 17(h)"),
                 "exemption_consequence": t(
                     "Membuka data ini mengungkap rahasia pribadi, riwayat kesehatan dan kondisi keluarga penerima "
                     "manfaat, sehingga merugikan dan dapat membahayakan mereka.",
                     "Disclosing these records would reveal beneficiaries' private lives, health histories and "
                     "family circumstances, harming them and possibly putting them in danger."),
                 "exemption_period": t("Selama penerima manfaat hidup dan 25 tahun sesudahnya",
                                       "For the beneficiary's lifetime and 25 years after")}),
    (t("asesmen-anak-berhadapan-hukum", "assessments-of-children-in-conflict-with-the-law"),
     t("Hasil Asesmen Anak yang Berhadapan dengan Hukum",
                                        "Assessments of Children in Conflict with the Law"), "dikecualikan", 2025,
     "bprsr", t("Laporan asesmen psikososial anak yang dibina balai atas rujukan aparat penegak hukum.",
                "Psychosocial assessment reports of children placed at the centre on referral by law "
                "enforcement."),
     False, "", {"exemption_basis": t("UU 14/2008 Pasal 17 huruf a dan h; UU 11/2012 Pasal 19",
                                      "Law 14/2008 Article 17(a) and (h); Law 11/2012 Article 19"),
                 "exemption_consequence": t(
                     "Membuka laporan ini dapat menghambat proses peradilan pidana anak dan melanggar kewajiban "
                     "merahasiakan identitas anak.",
                     "Disclosing these reports could obstruct juvenile criminal proceedings and would breach the "
                     "duty to keep children's identities confidential."),
                 "exemption_period": t("Tanpa batas waktu", "Indefinitely")}),
]

LEGAL_BASIS = [UU_KIP, PERKI]

REPORT = {
    "slug": t("laporan-layanan-informasi-2025", "information-service-report-2025"),
    "title": t("Laporan Layanan Informasi Publik 2025", "Public Information Service Report 2025"),
    "year": 2025,
    "summary": t("Ringkasan permohonan informasi publik yang diterima PPID Dinas Sosial DIY sepanjang 2025 "
                 "beserta waktu penyelesaian dan alasan penolakannya.",
                 "A summary of the public information requests the PPID of the Social Services Office of DIY "
                 "received in 2025, how long they took and why some were refused."),
    "requests_received": 48, "granted_in_full": 36, "granted_in_part": 6, "refused": 4,
    "average_days": "4.2", "objections": 2, "disputes": 0,
    "reasons": [
        (t("Informasi yang diminta termasuk informasi yang dikecualikan (Pasal 17 UU 14/2008)",
           "The information asked for is exempted (Article 17 of Law 14/2008)"), 3),
        (t("Informasi yang diminta tidak dikuasai Dinas Sosial DIY",
           "The Social Services Office of DIY does not hold the information asked for"), 1),
    ],
    "body": [("paragraph", p((
        "Dua permohonan masih diproses pada akhir tahun dan dijawab pada Januari 2026. Kedua keberatan "
        "diselesaikan oleh atasan PPID tanpa sengketa ke Komisi Informasi.",
        "Two requests were still being handled at the end of the year and were answered in January 2026. Both "
        "objections were settled by the PPID's superior without a dispute before the Information "
        "Commission.")))],
}
