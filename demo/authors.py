"""Fictional authors of the demo news posts."""

import datetime

from news.models import AuthorPage

from .builder import ensure_page, morning, paragraphs, stream
from .images import draw_portrait, ensure_image

AUTHORS = [
    {
        "slug": "rina-wulandari",
        "name": "Rina Wulandari",
        "role": "Pekerja Sosial di BRSPA DIY",
        "bio": ("Pekerja sosial di Balai Rehabilitasi Sosial dan Pengasuhan Anak (BRSPA) DIY sejak 2008. Sehari-hari "
                "mendampingi anak dan keluarga pengasuh, dan ikut mengelola situs web dinas."),
        "about": [
            ("Rina menangani asesmen dan rencana pengasuhan bagi anak yang tinggal di balai maupun yang kembali "
            "ke keluarganya. Ia juga menjadi narasumber kelas pengasuhan di LK3 kabupaten/kota."),
            "Tulisannya banyak mengulas perlindungan anak, konseling keluarga dan kegiatan balai.",
        ],
    },
    {
        "slug": "bambang-setyawan",
        "name": "Bambang Setyawan",
        "role": "Pranata Humas, Subbagian Program dan Informasi",
        "bio": ("Mengelola publikasi dan dokumentasi kegiatan Dinas Sosial DIY. Sebelumnya bertugas sebagai "
                "pendamping Tagana di Kabupaten Sleman."),
        "about": [
            ("Bambang meliput rapat koordinasi, latihan kesiapsiagaan bencana dan peringatan hari besar. Ia "
            "menyusun rilis berita bersama bidang-bidang teknis."),
        ],
    },
    {
        "slug": "dewi-kusumastuti",
        "name": "Dewi Kusumastuti",
        "role": "Penyuluh Sosial, Bidang Pemberdayaan Sosial",
        "bio": ("Penyuluh sosial yang mendampingi WKSBM, TKSK dan Pekerja Sosial Masyarakat di kalurahan. Gemar "
                "menulis kisah relawan dari desa-desa di DIY."),
        "about": [
            ("Dewi banyak bekerja di lapangan bersama pengurus WKSBM dan kader sosial. Ia menulis tentang "
            "pelatihan relawan, forum warga dan inisiatif kesejahteraan sosial berbasis masyarakat."),
        ],
    },
    {
        "slug": "agus-prasetyo",
        "name": "Agus Prasetyo",
        "role": "Analis Perlindungan Sosial, Bidang Perlindungan dan Jaminan Sosial",
        "bio": ("Menangani data penerima bantuan sosial dan verifikasi usulan perbaikan rumah tidak layak huni. "
                "Menulis tentang bantuan sosial, PKH dan penanganan fakir miskin."),
        "about": [
            ("Agus mengoordinasikan pemutakhiran data penerima bantuan bersama operator kabupaten/kota dan "
            "pendamping sosial. Ia juga menerima pertanyaan warga tentang bantuan sosial."),
        ],
    },
]


def ensure_authors(index, stats):
    authors = {}
    for data in AUTHORS:
        def build(data=data):
            photo = ensure_image(
                f"Foto profil: {data['name']}", f"demo-penulis-{data['slug']}.jpg", draw_portrait,
                data["slug"], description=f"Ilustrasi foto profil {data['name']}", stats=stats,
            )
            return AuthorPage(
                title=data["name"], role=data["role"], bio=data["bio"], photo=photo,
                email=f"{data['slug'].replace('-', '.')}@example.org",
                body=stream(f"author-{data['slug']}", [("paragraph", paragraphs(*data["about"]))]),
            )

        authors[data["slug"]] = ensure_page(index, data["slug"], build, stats, "authors",
                                            published_at=morning(datetime.date(2024, 1, 2)))
    return authors
