"""The WordPress archive the tests import: built here, never downloaded.

One export covers every case of the issue: classic and Gutenberg content, shortcodes,
captions, galleries, embeds, iframes, all statuses, sticky, nested pages (child before
parent in the file), nested categories, a post in two categories, non-ASCII text and
entities, and comments (reply, pending, spam, trash, pingback).
"""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation
from PIL import Image

from cms.tests import factories as f
from wordpress.tests.wxr_builder import WXRBuilder, comment

BASE = "https://dinsos.jogjaprov.go.id"
UP = f"{BASE}/wp-content/uploads"

CLASSIC = f"""Dinas Sosial DIY membuka layanan <strong>konseling keluarga</strong> gratis untuk warga
di seluruh kabupaten – termasuk lansia &amp; anak.

Baca juga <a href="{BASE}/?p=41">kegiatan LK3</a>, <a href="{BASE}/2019/05/01/jadwal-layanan/">jadwal</a> \
dan <a href="{UP}/2019/05/laporan.pdf">laporan tahunan</a>.
<h2>Cara mendaftar</h2>
<ul>
<li>Datang ke kantor LK3</li>
<li>Bawa <em>KTP</em></li>
</ul>
[caption id="attachment_30" align="aligncenter" width="300"]<a href="{UP}/2019/05/kegiatan.jpg">\
<img class="size-medium wp-image-30" src="{UP}/2019/05/kegiatan-300x200.jpg" alt="" width="300" height="200" />\
</a> Konseling di Sleman[/caption]

https://www.youtube.com/watch?v=dQw4w9WgXcQ

[gallery ids="31,32"]

[contact-form-7 id="5" title="Kontak"]

<iframe src="https://www.google.com/maps/embed?pb=1" width="600"></iframe>
<iframe src="https://www.youtube-nocookie.com/embed/abcdefghijk" width="560"></iframe>
<blockquote>Keluarga yang kuat adalah fondasi masyarakat.<cite>Kepala Dinas Sosial</cite></blockquote>
<table><tr><th>Hari</th><th>Jam</th></tr><tr><td>Senin–Kamis</td><td>08.00–15.30</td></tr></table>
<img src="{UP}/2019/05/hilang.jpg" alt="hilang" />

(Sumber : Subbag Program dan Informasi)"""

GUTENBERG = f"""<!-- wp:paragraph -->
<p>Pelatihan pendamping <a href="{BASE}/?page_id=60">profil</a> untuk 40 peserta.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {{"level":3}} -->
<h3>Materi</h3>
<!-- /wp:heading -->

<!-- wp:image {{"id":36,"sizeSlug":"large"}} -->
<figure class="wp-block-image size-large"><img src="{UP}/2020/01/pelatihan.png" alt="Peserta pelatihan" \
class="wp-image-36"/><figcaption>Sesi pertama</figcaption></figure>
<!-- /wp:image -->

<!-- wp:embed {{"url":"https://vimeo.com/123456789","type":"video","providerNameSlug":"vimeo"}} -->
<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">
https://vimeo.com/123456789
</div></figure>
<!-- /wp:embed -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Semua layanan tanpa biaya.</p><cite>Panitia</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:file {{"id":33}} -->
<div class="wp-block-file"><a href="{UP}/2019/05/laporan.pdf">Laporan 2019</a>\
<a href="{UP}/2019/05/laporan.pdf" class="wp-block-file__button" download>Unduh</a></div>
<!-- /wp:file -->

<!-- wp:latest-posts /-->

<!-- wp:jetpack/slideshow {{"ids":[31]}} -->
<div class="wp-block-jetpack-slideshow"><p>Galeri kegiatan</p></div>
<!-- /wp:jetpack/slideshow -->"""


def build_export():
    b = WXRBuilder(base_url=BASE)
    b.author(1, "admin", "Admin Dinsos", email="admin@example.org", description="Pengelola situs &amp; berita.")
    b.author(2, "sri", "Sri Lestari", email="sri@example.org")
    b.category(3, "berita", "Berita")
    b.category(4, "sleman", "Kabupaten Sleman", parent="berita")
    b.category(6, "kegiatan-sleman", "Kegiatan", parent="sleman")
    b.category(5, "layanan", "Layanan &amp; Program", description="Semua layanan")
    b.tag(9, "lk3", "LK3").tag(10, "anak", "Anak")
    b.attachment(30, "2019/05/kegiatan.jpg", "Kegiatan LK3", parent=40, alt="Konselor LK3 dengan warga",
                 caption="Konseling keluarga", sizes=[("medium", (300, 200))])
    b.attachment(31, "2019/05/galeri-1.jpg", "Galeri satu", parent=40)
    b.attachment(32, "2019/05/galeri-2.jpg", "Galeri dua", parent=40)
    b.attachment(33, "2019/05/laporan.pdf", "Laporan Tahunan")
    b.attachment(34, "2019/05/hilang.jpg", "Hilang")
    b.attachment(35, "2019/05/rusak.jpg", "Rusak")
    b.attachment(36, "2020/01/pelatihan.png", "Pelatihan")
    b.post(40, "Konseling Keluarga &amp; Anak – Gratis", "konseling-keluarga", CLASSIC, date="2019-05-12 08:30:00",
           modified="2019-06-01 09:00:00", categories=[("sleman", "Kabupaten Sleman"), ("layanan", "Layanan")],
           tags=[("lk3", "LK3"), ("anak", "Anak")], meta={"_thumbnail_id": "30"}, sticky=True,
           comments=[comment(101, "Terima kasih, sangat membantu.", author="Budi"),
                     comment(102, "Sama-sama, Pak Budi.", author="Admin", parent=101),
                     comment(103, "Kapan jadwalnya?", author="Ani", approved="0"),
                     comment(104, "Beli obat murah", author="Spammer", approved="spam"),
                     comment(105, "Dihapus", approved="trash"),
                     comment(106, "Tautan balik", type="pingback")])
    b.attachment(37, "2019/05/brosur.pdf", "Brosur LK3", parent=40, date="2019-05-12 08:40:00")
    b.post(41, "Pelatihan Pendamping", "pelatihan-pendamping", GUTENBERG, date="2019-05-20 10:00:00",
           creator="sri", excerpt="Pelatihan bagi 40 pendamping.", categories=[("kegiatan-sleman", "Kegiatan")])
    b.post(42, "Jadwal Layanan", "jadwal-layanan", "Senin sampai Jumat.", date="2019-05-01 07:00:00",
           categories=[("berita", "Berita")])
    b.post(43, "Draf berita", "", "Belum selesai.", status="draft")
    b.post(44, "Menunggu tinjauan", "menunggu", "Isi.", status="pending")
    b.post(45, "Pengumuman 2031", "pengumuman-2031", "Akan datang.", status="future", date="2031-01-05 09:00:00")
    b.post(46, "Catatan internal", "catatan-internal", "Hanya staf.", status="private")
    b.post(47, "Data penerima", "data-penerima", "Dilindungi.", password="rahasia")
    b.post(48, "Foto saja", "foto-saja", "")
    b.post(49, "Sampah", "sampah", "Dibuang.", status="trash")
    b.post(50, "Tamu menulis", "tamu-menulis", "Tulisan tamu.", creator="tamu")
    b.page(61, "Struktur Organisasi", "struktur-organisasi", "<p>Bagan.</p>", parent=60,
           link=f"{BASE}/profil/struktur-organisasi/")
    b.page(60, "Profil", "profil", "<p>Tentang Dinas Sosial DIY.</p>")
    b._item(70, "nav_menu_item", "Menu", "menu", "", "2019-01-01 00:00:00", "publish", link=f"{BASE}/?p=70")
    return b


def make_uploads(root: Path):
    folder = root / "wp-content" / "uploads"
    (folder / "2019" / "05").mkdir(parents=True)
    (folder / "2020" / "01").mkdir(parents=True)
    for name, colour in (("kegiatan.jpg", "red"), ("galeri-1.jpg", "green"), ("galeri-2.jpg", "blue")):
        Image.new("RGB", (64, 48), colour).save(folder / "2019" / "05" / name)
    Image.new("RGB", (32, 32), "white").save(folder / "2020" / "01" / "pelatihan.png")
    (folder / "2019" / "05" / "laporan.pdf").write_bytes(b"%PDF-1.4\n% laporan\n")
    (folder / "2019" / "05" / "brosur.pdf").write_bytes(b"%PDF-1.4\n% brosur\n")
    (folder / "2019" / "05" / "rusak.jpg").write_bytes(b"this is not a jpeg")
    return root


@pytest.fixture
def export_path(tmp_path):
    return build_export().write(tmp_path / "export.xml")


@pytest.fixture
def uploads_path(tmp_path):
    return make_uploads(tmp_path / "site")


@pytest.fixture
def news_index(home_page):
    return f.NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def run_import(news_index, export_path, uploads_path):
    def run(*args, export=None, uploads=True):
        out, err = io.StringIO(), io.StringIO()
        options = ["--uploads", str(uploads_path)] if uploads else []
        with translation.override("en"):  # the report in its English source text
            call_command("import_wordpress", str(export or export_path), *options, *args, stdout=out, stderr=err)
        return out.getvalue()

    return run
