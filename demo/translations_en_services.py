"""English text of the demo service pages (demo/services_data.py; see translations_en.py)."""

from .services_data import COMPLAINTS, EVALUATION, GUARANTEE, INDEX_INTRO, SAFETY, SUPERVISION, VULNERABLE

DEMO_DECREE = "Keputusan Kepala Dinas Sosial DIY Nomor 000/DEMO/2025 (contoh untuk situs demo)"


def _text(html):
    """The segment wagtail-localize makes of a one-paragraph rich text."""
    return html.removeprefix("<p>").removesuffix("</p>")


ENGLISH = {
    # Index and text shared by every service
    "Layanan": "Services",
    "layanan": "services",
    INDEX_INTRO: ("The service standard of every Dinas Sosial DIY service: requirements, procedure, time, cost and "
                  "service guarantees, as set by Minister of Administrative Reform Regulation No. 15 of 2014."),
    DEMO_DECREE: "Decree of the Head of Dinas Sosial DIY No. 000/DEMO/2025 (an example for the demo site)",
    "UU No. 13 Tahun 2011": "Law No. 13 of 2011",
    "UU No. 25 Tahun 2009": "Law No. 25 of 2009",
    "Pelayanan Publik": "Public Services",
    "UU No. 35 Tahun 2014": "Law No. 35 of 2014",
    "Perlindungan Anak": "Child Protection",
    "Permenpan-RB No. 15 Tahun 2014": "Minister of Administrative Reform Regulation No. 15 of 2014",
    "Pedoman Standar Pelayanan": "Guidelines for Service Standards",
    _text(COMPLAINTS): ("Complaints, suggestions and feedback can be sent through SP4N-LAPOR! (lapor.go.id), the "
                        "suggestion box in the service room, by telephone on (0274) 555 0100, or to any member of "
                        "staff. Every complaint is answered within five working days."),
    _text(SUPERVISION): ("The service is supervised daily by the staff's direct superior and by the DIY Inspectorate "
                         "through regular audits."),
    _text(GUARANTEE): ("We guarantee that the service is provided as this standard says, free of charge and without "
                       "discrimination."),
    _text(SAFETY): ("Applicants' personal data and stories are kept confidential. The service rooms have fire "
                    "extinguishers and evacuation routes."),
    _text(EVALUATION): ("Staff performance is evaluated every semester through the Public Satisfaction Survey and "
                        "their superiors' assessment."),
    _text(VULNERABLE): ("Ramps, wheelchairs and accessible toilets. Older people, pregnant women and people with "
                        "disabilities are served first; staff can visit applicants at home when they cannot come."),
    # LK3 consultation
    "Konsultasi Keluarga di LK3": "Family Counselling at LK3",
    "konsultasi-keluarga-lk3": "family-counselling-lk3",
    "Konseling gratis bagi keluarga yang menghadapi masalah rumah tangga, pengasuhan anak atau tekanan ekonomi, "
    "bersama konselor dan pekerja sosial LK3.":
        "Free counselling for families facing problems at home, with raising children or money worries, with the "
        "counsellors and social workers of LK3.",
    "Layanan ini terbuka bagi setiap warga DIY. Anda boleh datang langsung atau membuat janji lewat telepon.":
        "The service is open to anyone living in DIY. You may walk in or make an appointment by telephone.",
    "KTP-el atau identitas lain": "Electronic ID card (KTP-el) or another identity document",
    "Boleh menyusul bila belum dibawa": "May be brought later",
    "Anak di bawah 18 tahun didampingi orang tua atau wali":
        "Children under 18 come with a parent or guardian",
    "Datang atau menelepon LK3": "Visit or call LK3",
    "Pemohon datang pada jam layanan atau membuat janji lewat telepon.":
        "The applicant comes during opening hours or makes an appointment by telephone.",
    "Pencatatan awal": "First registration",
    "Petugas mencatat data dasar dan gambaran singkat masalah.":
        "A member of staff notes basic details and a short description of the problem.",
    "Sesi konseling": "Counselling session",
    "Konselor mendampingi keluarga menyusun langkah penyelesaian.":
        "A counsellor helps the family plan the steps to solve the problem.",
    "Tindak lanjut atau rujukan": "Follow-up or referral",
    "Sesi lanjutan, kunjungan rumah, atau rujukan ke layanan lain.":
        "Further sessions, a home visit, or referral to another service.",
    "Satu sesi konseling sekitar satu jam": "One counselling session takes about an hour",
    "Konseling dan rencana tindak lanjut keluarga": "Counselling and a follow-up plan for the family",
    "Ruang konseling tertutup, ruang tunggu, ruang bermain anak dan telepon layanan.":
        "Private counselling rooms, a waiting room, a children's play room and a service telephone line.",
    "Konselor atau pekerja sosial bersertifikat": "Certified counsellors or social workers",
    "Pelatihan konseling keluarga": "Training in family counselling",
    "2 konselor, 1 pekerja sosial, 1 petugas administrasi":
        "2 counsellors, 1 social worker, 1 administrative officer",
    # RS-RTLH
    "Rehabilitasi Sosial Rumah Tidak Layak Huni (RS-RTLH)": "Social Rehabilitation of Unfit Homes (RS-RTLH)",
    "rehabilitasi-rumah-tidak-layak-huni": "rehabilitation-of-unfit-homes",
    "Bantuan bahan bangunan untuk memperbaiki rumah keluarga miskin yang tidak aman dan tidak sehat, dikerjakan "
    "secara gotong royong.":
        "Building materials to repair the unsafe and unhealthy homes of poor families, with the work done together "
        "by the neighbours.",
    "Usulan penerima diajukan melalui kalurahan; keluarga tidak perlu mendaftar sendiri ke Dinas Sosial DIY.":
        "Recipients are proposed through the village (kalurahan); families do not apply to Dinas Sosial DIY "
        "themselves.",
    "KTP-el dan Kartu Keluarga": "Electronic ID card (KTP-el) and family card",
    "Bukti kepemilikan tanah": "Proof of land ownership",
    "Atau surat keterangan dari kalurahan": "Or a letter from the village office",
    "Terdaftar dalam data terpadu kesejahteraan sosial": "Listed in the integrated social welfare data",
    "Belum menerima bantuan perbaikan rumah dalam lima tahun terakhir":
        "No home repair assistance received in the last five years",
    "Usulan dari kalurahan": "Proposal from the village",
    "Kalurahan mengusulkan calon penerima melalui dinas sosial kabupaten/kota.":
        "The village proposes recipients through the regency or city social affairs office.",
    "Verifikasi lapangan": "Field verification",
    "Tim memeriksa kondisi rumah, status tanah dan data keluarga.":
        "A team checks the state of the house, the land title and the family's data.",
    "Penetapan penerima": "Selection of recipients",
    "Penerima ditetapkan dengan keputusan dan diumumkan di kalurahan.":
        "Recipients are set by decree and announced in the village.",
    "Pengerjaan dan pelaporan": "Building work and reporting",
    "Bahan dikirim, warga bergotong royong, hasilnya difoto dan dilaporkan.":
        "Materials are delivered, neighbours work together, and the result is photographed and reported.",
    "Sejak penetapan penerima sampai rumah selesai diperbaiki":
        "From the selection of recipients until the house is repaired",
    "Rumah yang telah diperbaiki dan berita acara serah terima": "A repaired house and a handover report",
    "Kendaraan verifikasi lapangan, alat ukur dan formulir penilaian rumah.":
        "Field verification vehicles, measuring tools and house assessment forms.",
    "Fasilitator dengan latar teknik sipil atau pengalaman bangunan":
        "Facilitators with a civil engineering background or building experience",
    "Pendamping TKSK terlatih": "Trained TKSK social welfare workers",
    "2 verifikator, 3 fasilitator, 1 petugas administrasi": "2 verifiers, 3 facilitators, 1 administrative officer",
    # Rehabilitation in a balai
    "Rehabilitasi Sosial Anak di Balai (BRSPA)": "Social Rehabilitation of Children at the Centre (BRSPA)",
    "rehabilitasi-sosial-anak-brspa": "social-rehabilitation-of-children-brspa",
    "Pengasuhan dan rehabilitasi sosial di Balai Rehabilitasi Sosial dan Pengasuhan Anak bagi anak yang "
    "membutuhkan perlindungan khusus.":
        "Care and social rehabilitation at the Centre for Social Rehabilitation and Childcare for children who "
        "need special protection.",
    "Anak dapat dirujuk oleh keluarga, LK3, sekolah, kepolisian atau dinas sosial kabupaten/kota.":
        "Children can be referred by their family, LK3, a school, the police or a regency or city social affairs "
        "office.",
    "Surat rujukan": "Referral letter",
    "Dari keluarga, LK3, sekolah atau lembaga lain": "From the family, LK3, a school or another institution",
    "Kartu Keluarga dan akta kelahiran anak": "Family card and the child's birth certificate",
    "Boleh menyusul": "May follow later",
    "Hasil asesmen awal pekerja sosial": "A social worker's first assessment",
    "Rujukan dan asesmen": "Referral and assessment",
    "Pekerja sosial menilai kebutuhan anak bersama keluarga.":
        "A social worker assesses the child's needs with the family.",
    "Penerimaan di balai": "Admission to the centre",
    "Anak diterima dan disusun rencana rehabilitasinya.": "The child is admitted and a rehabilitation plan is made.",
    "Rehabilitasi sosial": "Social rehabilitation",
    "Pengasuhan, pendidikan, bimbingan sosial dan keterampilan.": "Care, schooling, social guidance and skills.",
    "Reunifikasi dan pemantauan": "Reunification and follow-up",
    "Anak kembali ke keluarga atau pengasuhan lain, lalu dipantau.":
        "The child returns to the family or to other care, and is followed up.",
    "Penerimaan paling lambat enam hari sejak rujukan lengkap; masa rehabilitasi sesuai rencana anak":
        "Admission within six days of a complete referral; the length of rehabilitation follows the child's plan",
    "Anak yang berfungsi sosial kembali dan laporan perkembangan anak":
        "A child able to take part in social life again, and a report on the child's progress",
    "Asrama, ruang belajar, ruang konseling, klinik, dapur dan lapangan bermain.":
        "Dormitories, study rooms, counselling rooms, a clinic, a kitchen and a playground.",
    "Pekerja sosial profesional": "Professional social workers",
    "Pengasuh terlatih": "Trained carers",
    "Psikolog": "Psychologist",
    "6 pekerja sosial, 10 pengasuh, 1 psikolog, 1 perawat": "6 social workers, 10 carers, 1 psychologist, 1 nurse",
}
