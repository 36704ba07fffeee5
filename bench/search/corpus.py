"""A reproducible generator of Indonesian social-services news, for evaluation and benchmarks.

Each post has one main topic (what it is about), a regency, a date, and sometimes a passing
mention of another topic in its body. The wording varies the way real posts do: affixed
forms ("bantuan", "membantu", "dibantu"), acronyms or their expansions ("PKH" / "Program
Keluarga Harapan"), and generic office-news sentences shared by all topics, which make
words such as "sosial", "kesejahteraan" and "masyarakat" appear everywhere.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

REGIONS = ["Kota Yogyakarta", "Sleman", "Bantul", "Kulon Progo", "Gunungkidul"]
PLACES = ["balai desa", "kantor kecamatan", "aula Dinas Sosial DIY", "pendopo kabupaten", "gedung serbaguna"]

# topic: (title templates, summary templates, body sentences). {r}=regency, {n}=number.
TOPICS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "bansos_lansia": (
        ["Penyaluran bantuan sosial bagi lansia di {r}", "{n} warga lanjut usia di {r} menerima bansos",
         "Dinsos salurkan bantuan untuk lansia terlantar {r}", "Lansia di {r} dibantu paket sembako"],
        ["Bantuan sosial diberikan kepada warga lanjut usia yang membutuhkan.",
         "Para lansia menerima bantuan berupa uang tunai dan sembako."],
        ["Bantuan sosial untuk lanjut usia disalurkan langsung ke rumah penerima.",
         "Petugas membantu lansia yang tidak dapat hadir ke lokasi penyaluran.",
         "Warga lansia terlantar dibantu melalui program asistensi rehabilitasi sosial.",
         "Bansos lansia diberikan setiap tiga bulan."]),
    "pkh": (
        ["Pencairan {pkh} tahap kedua di {r}", "{n} keluarga penerima manfaat {pkh} di {r}",
         "Pendamping {pkh} {r} gelar pertemuan kelompok", "Graduasi mandiri peserta {pkh} {r}"],
        ["Keluarga penerima manfaat {pkh} diminta membawa kartu saat pencairan.",
         "Pendamping sosial {pkh} memberikan pertemuan peningkatan kemampuan keluarga."],
        ["Dana {pkh} disalurkan melalui bank penyalur kepada keluarga penerima manfaat.",
         "Peserta {pkh} wajib memeriksakan kesehatan anak dan ibu hamil.",
         "Pendamping {pkh} mencatat keluarga yang siap graduasi mandiri.",
         "Bantuan {pkh} diterima oleh ibu rumah tangga penerima manfaat."]),
    "konseling": (
        ["Layanan konseling keluarga {lk3} di {r}", "{lk3} {r} buka pelayanan konsultasi keluarga",
         "Konselor {lk3} melayani {n} keluarga di {r}", "Keluarga berkonsultasi di {lk3} {r}"],
        ["{lk3} memberikan layanan konsultasi gratis bagi keluarga yang menghadapi masalah.",
         "Pelayanan konseling keluarga dilayani oleh psikolog dan pekerja sosial."],
        ["Keluarga dapat berkonsultasi tentang masalah pengasuhan dan perkawinan.",
         "Konselor {lk3} melayani konsultasi secara tatap muka maupun daring.",
         "Layanan konseling keluarga tidak dipungut biaya.",
         "{lk3} membantu keluarga memulihkan komunikasi antaranggota."]),
    "kdrt": (
        ["Pendampingan korban {kdrt} di {r}", "Kasus {kdrt} di {r} ditangani pekerja sosial",
         "Sosialisasi pencegahan {kdrt} di {r}", "Rumah aman bagi korban {kdrt} {r}"],
        ["Korban {kdrt} mendapat pendampingan psikososial dan perlindungan.",
         "Masyarakat diajak melaporkan kasus {kdrt} yang terjadi di lingkungannya."],
        ["Perempuan dan anak korban {kdrt} didampingi hingga proses hukum selesai.",
         "Pekerja sosial melakukan asesmen terhadap korban kekerasan.",
         "Layanan pengaduan {kdrt} dibuka dua puluh empat jam.",
         "Pencegahan kekerasan dimulai dari keluarga."]),
    "disabilitas": (
        ["Bantuan alat bantu bagi {dis} di {r}", "Pelatihan keterampilan {dis} di {r}",
         "{n} {dis} di {r} menerima kursi roda", "Rehabilitasi sosial {dis} {r}"],
        ["{dis} menerima alat bantu berupa kursi roda, tongkat, dan alat bantu dengar.",
         "Pelatihan keterampilan membantu {dis} hidup mandiri."],
        ["Penyandang disabilitas berhak atas aksesibilitas layanan publik.",
         "Difabel dilatih menjahit dan membuat kerajinan.",
         "Alat bantu diserahkan sesuai hasil asesmen kebutuhan {dis}.",
         "Rehabilitasi sosial disabilitas dilakukan di balai rehabilitasi."]),
    "bencana": (
        ["Tanggap darurat banjir di {r}", "Relawan Tagana bantu korban gempa {r}",
         "Dapur umum untuk pengungsi banjir {r}", "Kesiapsiagaan bencana di {r}"],
        ["Tagana dan relawan mendirikan dapur umum untuk pengungsi.",
         "Korban bencana menerima bantuan logistik dan layanan dukungan psikososial."],
        ["Pengungsi banjir ditampung di balai desa dan sekolah.",
         "Relawan Tagana menyalurkan logistik ke lokasi bencana.",
         "Kampung siaga bencana dilatih menghadapi gempa dan banjir.",
         "Dukungan psikososial diberikan kepada anak-anak korban bencana."]),
    "anak": (
        ["Perlindungan anak terlantar di {r}", "Pengasuhan anak di {brspa}", "{n} anak di {r} ikut {pksa}",
         "Anak jalanan {r} dibina {brspa}"],
        ["Anak terlantar mendapat pengasuhan dan pendidikan di {brspa}.",
         "{pksa} memberikan perlindungan bagi anak yang membutuhkan."],
        ["Anak-anak yang diasuh {brspa} bersekolah di sekolah sekitar.",
         "Pengasuhan berbasis keluarga diutamakan bagi anak terlantar.",
         "Pekerja sosial anak mendampingi anak berhadapan dengan hukum.",
         "Perlindungan anak menjadi tanggung jawab bersama."]),
    "rtlh": (
        ["Rehabilitasi {rtlh} di {r}", "{n} {rtlh} di {r} diperbaiki",
         "Bedah rumah warga miskin {r}", "Program {rtlh} {r} tahun ini"],
        ["Rumah warga miskin yang tidak layak huni diperbaiki secara gotong royong.",
         "Bantuan bahan bangunan diberikan untuk rehabilitasi {rtlh}."],
        ["Perbaikan rumah meliputi atap, lantai, dan dinding.",
         "Warga bergotong royong merehabilitasi {rtlh}.",
         "Penerima bantuan rumah diverifikasi oleh petugas kecamatan.",
         "Rumah yang diperbaiki kini layak huni dan sehat."]),
    "dtks": (
        ["Pemutakhiran {dtks} di {r}", "Verifikasi dan validasi {dtks} {r}",
         "Warga {r} diminta cek {dtks}", "Operator SIKS-NG {r} dilatih"],
        ["Pemutakhiran {dtks} memastikan bantuan tepat sasaran.",
         "Warga dapat mengecek status kepesertaan dalam {dtks} di desa."],
        ["Data penerima bantuan diperbarui setiap bulan melalui musyawarah desa.",
         "Operator desa memasukkan usulan warga ke dalam {dtks}.",
         "Data ganda dan warga yang sudah meninggal dihapus dari {dtks}.",
         "Kepesertaan {dtks} menjadi syarat menerima bansos."]),
    "bpnt": (
        ["Penyaluran {bpnt} di {r}", "E-warong {r} layani {bpnt}", "{n} KPM di {r} terima sembako {bpnt}",
         "Monitoring {bpnt} di {r}"],
        ["{bpnt} disalurkan dalam bentuk sembako melalui e-warong.",
         "Keluarga penerima manfaat membelanjakan {bpnt} untuk beras dan telur."],
        ["Sembako berupa beras, telur, dan sayuran dibeli di e-warong.",
         "Petugas memantau kualitas beras yang diterima penerima manfaat.",
         "Kartu keluarga sejahtera digunakan untuk transaksi {bpnt}.",
         "Bantuan pangan disalurkan setiap bulan."]),
    "odgj": (
        ["Rehabilitasi sosial {odgj} di {r}", "Penjangkauan {odgj} terlantar {r}",
         "Keluarga {odgj} di {r} didampingi", "Pemasungan {odgj} di {r} dihentikan"],
        ["{odgj} terlantar dijangkau dan dirujuk ke panti rehabilitasi.",
         "Keluarga didampingi agar dapat merawat anggota yang mengalami gangguan jiwa."],
        ["Gangguan jiwa dapat dipulihkan dengan pengobatan teratur.",
         "Pemasungan terhadap {odgj} dilarang dan ditangani bersama puskesmas.",
         "Panti rehabilitasi menampung {odgj} terlantar.",
         "Keluarga berperan penting dalam pemulihan gangguan jiwa."]),
    "pilar": (
        ["Pelatihan {tksk} di {r}", "Pekerja sosial masyarakat {r} ikut bimbingan teknis",
         "{n} pilar sosial {r} mendapat penghargaan", "Peningkatan kapasitas {tksk} dan PSM {r}"],
        ["Pilar sosial seperti {tksk} dan pekerja sosial masyarakat dilatih.",
         "Bimbingan teknis meningkatkan kemampuan pendamping sosial."],
        ["{tksk} bertugas di setiap kecamatan sebagai ujung tombak pelayanan.",
         "Pekerja sosial masyarakat melaporkan warga yang membutuhkan bantuan.",
         "Pelatihan membahas penanganan kasus dan pelaporan.",
         "Pilar sosial bekerja secara sukarela."]),
    "wksbm": (
        ["Pembinaan {wksbm} di {r}", "{wksbm} {r} gelar musyawarah", "Forum {wksbm} {r} terbentuk",
         "Penguatan {wksbm} di desa {r}"],
        ["{wksbm} menjadi wadah kegiatan kesejahteraan sosial berbasis warga.",
         "Pengurus {wksbm} dibina agar aktif menangani masalah sosial."],
        ["{wksbm} menghimpun potensi sumber kesejahteraan sosial di desa.",
         "Kegiatan {wksbm} meliputi arisan sosial dan santunan.",
         "Pengurus {wksbm} dilatih menyusun program kerja.",
         "Wahana ini dikelola oleh tokoh masyarakat."]),
    "gepeng": (
        ["Penertiban gelandangan dan pengemis di {r}", "Pengemis di {r} dibina di panti",
         "Razia gepeng di {r}", "Larangan memberi uang kepada pengemis di {r}"],
        ["Gelandangan dan pengemis yang terjaring dibina di panti sosial.",
         "Masyarakat diimbau tidak memberi uang kepada pengemis di jalan."],
        ["Pengemis yang terjaring razia diasesmen oleh pekerja sosial.",
         "Gelandangan dipulangkan ke daerah asal setelah pembinaan.",
         "Peraturan daerah melarang kegiatan mengemis.",
         "Pembinaan meliputi keterampilan kerja dan mental."]),
    "kube": (
        ["Bantuan modal {kube} di {r}", "{kube} {r} kembangkan usaha ekonomi produktif",
         "Pemberdayaan keluarga miskin melalui {kube} {r}", "{n} kelompok {kube} di {r} dibentuk"],
        ["{kube} menerima bantuan modal usaha ekonomi produktif.",
         "Pemberdayaan ekonomi membantu keluarga miskin keluar dari kemiskinan."],
        ["Anggota {kube} mengembangkan usaha ternak dan warung.",
         "Pendamping membantu kelompok menyusun pembukuan usaha.",
         "Usaha ekonomi produktif meningkatkan pendapatan keluarga.",
         "Pemberdayaan dilakukan bersama dinas koperasi."]),
    "pahlawan": (
        ["Peringatan Hari Pahlawan di {r}", "Ziarah ke taman makam pahlawan {r}",
         "Santunan bagi keluarga veteran di {r}", "Pemugaran makam pahlawan {r}"],
        ["Upacara dan tabur bunga digelar di taman makam pahlawan.",
         "Keluarga perintis kemerdekaan dan veteran menerima santunan."],
        ["Nilai kepahlawanan diwariskan kepada generasi muda.",
         "Taman makam pahlawan dirawat oleh petugas dinas sosial.",
         "Santunan diberikan kepada janda perintis kemerdekaan.",
         "Ziarah diikuti pelajar dan aparatur sipil negara."]),
    "napza": (
        ["Rehabilitasi korban {napza} di {r}", "Pencegahan penyalahgunaan {napza} di {r}",
         "Remaja {r} ikut penyuluhan bahaya {napza}", "IPWL {r} layani korban {napza}"],
        ["Korban penyalahgunaan {napza} direhabilitasi di institusi penerima wajib lapor.",
         "Penyuluhan bahaya {napza} digelar di sekolah."],
        ["Rehabilitasi sosial korban napza dilakukan selama enam bulan.",
         "Keluarga diminta melapor jika anggota keluarga memakai narkoba.",
         "Konselor adiksi mendampingi klien selama rehabilitasi.",
         "Pencegahan narkoba melibatkan sekolah dan orang tua."]),
}

SLOTS = {
    "pkh": ["PKH", "Program Keluarga Harapan"],
    "lk3": ["LK3", "Lembaga Konsultasi Kesejahteraan Keluarga"],
    "kdrt": ["KDRT", "kekerasan dalam rumah tangga"],
    "dis": ["penyandang disabilitas", "difabel"],
    "brspa": ["BRSPA", "Balai Rehabilitasi Sosial dan Pengasuhan Anak"],
    "pksa": ["PKSA", "Program Kesejahteraan Sosial Anak"],
    "rtlh": ["RTLH", "rumah tidak layak huni"],
    "dtks": ["DTKS", "Data Terpadu Kesejahteraan Sosial"],
    "bpnt": ["BPNT", "Bantuan Pangan Non Tunai"],
    "odgj": ["ODGJ", "orang dengan gangguan jiwa"],
    "tksk": ["TKSK", "Tenaga Kesejahteraan Sosial Kecamatan"],
    "wksbm": ["WKSBM", "Wahana Kesejahteraan Sosial Berbasis Masyarakat"],
    "kube": ["KUBE", "Kelompok Usaha Bersama"],
    "napza": ["napza", "narkoba"],
}

FILLER = [
    "Kegiatan tersebut dihadiri oleh Kepala Dinas Sosial DIY beserta jajaran.",
    "Acara berlangsung di {place} dan diikuti oleh {n} peserta.",
    "Pemerintah daerah berkomitmen meningkatkan kesejahteraan sosial masyarakat.",
    "Kegiatan ini didanai dari anggaran pendapatan dan belanja daerah.",
    "Camat dan lurah setempat turut memberikan sambutan.",
    "Masyarakat diharapkan berperan aktif dalam penyelenggaraan kesejahteraan sosial.",
    "Informasi lebih lanjut dapat diperoleh di kantor Dinas Sosial kabupaten.",
    "Kegiatan ditutup dengan doa bersama dan foto bersama.",
    "Evaluasi kegiatan akan dilakukan pada akhir tahun anggaran.",
    "Sinergi antarinstansi menjadi kunci keberhasilan program sosial.",
]


@dataclass
class Post:
    number: int
    topic: str
    region: str
    secondary: str | None
    date: datetime.date
    title: str
    summary: str
    paragraphs: list[str]


def _fill(template: str, rng: random.Random, region: str) -> str:
    values = {slot: rng.choice(options) for slot, options in SLOTS.items()}
    return template.format(r=region, n=rng.randint(12, 480), place=rng.choice(PLACES), **values)


def generate(count: int, seed: int = 2025) -> list[Post]:
    """``count`` posts; the same ``seed`` gives the same posts on every machine."""
    rng = random.Random(seed)
    topics = sorted(TOPICS)
    start = datetime.date(2009, 1, 1).toordinal()
    span = datetime.date(2026, 6, 30).toordinal() - start
    posts = []
    for number in range(count):
        topic = topics[number % len(topics)] if number < len(topics) * 4 else rng.choice(topics)
        region = rng.choice(REGIONS)
        titles, summaries, sentences = TOPICS[topic]
        secondary = rng.choice([t for t in topics if t != topic]) if rng.random() < 0.3 else None
        body = rng.sample(sentences, k=rng.randint(2, 3)) + rng.sample(FILLER, k=rng.randint(3, 5))
        body.insert(1, f"Kegiatan ini berlangsung di wilayah {region}.")
        if secondary:
            body.insert(rng.randint(2, len(body)), rng.choice(TOPICS[secondary][2]))
        paragraphs = [" ".join(_fill(s, rng, region) for s in body[i:i + 3]) for i in range(0, len(body), 3)]
        posts.append(Post(number=number, topic=topic, region=region, secondary=secondary,
                          date=datetime.date.fromordinal(start + rng.randint(0, span)),
                          title=_fill(rng.choice(titles), rng, region),
                          summary=_fill(rng.choice(summaries), rng, region),
                          paragraphs=paragraphs))
    return posts
