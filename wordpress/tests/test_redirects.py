"""Every old WordPress address answers with a permanent redirect, through the real middleware."""

from unittest import mock

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db


def page_url(kind, wp_id):
    return Page.objects.get(pk=WordPressObject.objects.get(kind=kind, wp_id=wp_id).object_id).url


def image_url(title):
    return get_image_model().objects.get(title=title).file.url


def document_url(title):
    return get_document_model().objects.get(title=title).url


POSTS = {40: "/2019/05/12/konseling-keluarga", 41: "/2019/05/20/pelatihan-pendamping",
         42: "/2019/05/01/jadwal-layanan", 45: "/2031/01/05/pengumuman-2031", 46: "/2019/05/12/catatan-internal",
         47: "/2019/05/12/data-penerima", 48: "/2019/05/12/foto-saja", 50: "/2019/05/12/tamu-menulis"}
CATEGORY_PATHS = {"berita": ["/category/berita", "/?cat=3"],
                  "sleman": ["/category/berita/sleman", "/category/sleman", "/?cat=4"],
                  "kegiatan-sleman": ["/category/berita/sleman/kegiatan-sleman", "/category/kegiatan-sleman",
                                      "/?cat=6"],
                  "layanan": ["/category/layanan", "/?cat=5"]}


def expected_redirects(news_index):
    expected = {}
    for wp_id, permalink in POSTS.items():
        expected[permalink] = expected[f"/?p={wp_id}"] = ("page", page_url("post", wp_id))
    for wp_id in (60, 61):
        expected[f"/?page_id={wp_id}"] = ("page", page_url("page", wp_id))
    for login, wp_id in (("admin", 1), ("sri", 2), ("tamu", None)):
        expected[f"/author/{login}"] = ("page", f"/penulis/{login}/")
        if wp_id:
            expected[f"/?author={wp_id}"] = ("page", f"/penulis/{login}/")
    for slug, olds in CATEGORY_PATHS.items():
        for old in olds:
            expected[old] = ("route", f"/kategori/{slug}/")
    for slug in ("lk3", "anak"):
        expected[f"/tag/{slug}"] = expected[f"/?tag={slug}"] = ("route", f"/tag/{slug}/")
    uploads = "/wp-content/uploads/2019/05"
    for wp_id, name, title in ((30, "kegiatan.jpg", "Kegiatan LK3"), (31, "galeri-1.jpg", "Galeri satu"),
                               (32, "galeri-2.jpg", "Galeri dua")):
        expected[f"/?attachment_id={wp_id}"] = expected[f"{uploads}/{name}"] = ("link", image_url(title))
    expected[f"{uploads}/kegiatan-300x200.jpg"] = ("link", image_url("Kegiatan LK3"))
    expected["/?attachment_id=36"] = expected["/wp-content/uploads/2020/01/pelatihan.png"] = (
        "link", image_url("Pelatihan"))
    expected["/?attachment_id=33"] = expected[f"{uploads}/laporan.pdf"] = ("link", document_url("Laporan Tahunan"))
    brosur = document_url("Brosur LK3")
    expected["/?attachment_id=37"] = expected[f"{uploads}/brosur.pdf"] = ("link", brosur)
    expected["/2019/05/12/konseling-keluarga/brosur-lk3"] = ("link", brosur)
    return expected


def describe(redirect):
    if redirect.redirect_page_route_path:
        return ("route", redirect.redirect_page_route_path)
    if redirect.redirect_page_id:
        return ("page", redirect.redirect_page.url)
    return ("link", redirect.redirect_link)


def test_exactly_the_expected_redirects(run_import, news_index):
    run_import()
    redirects = Redirect.objects.select_related("redirect_page")
    assert {r.old_path: describe(r) for r in redirects} == expected_redirects(news_index)
    assert all(r.is_permanent and r.site_id is None for r in redirects)
    routed = redirects.exclude(redirect_page_route_path="")
    assert {r.redirect_page_id for r in routed} == {news_index.pk}


@pytest.mark.parametrize("old, wp_id", [
    ("/?p=40", 40), ("/?p=40&utm_source=facebook", 40), ("/index.php?p=41", 41), ("/?page_id=61", 61),
    ("/2019/05/12/konseling-keluarga/", 40), ("/2019/05/12/konseling-keluarga/?replytocom=101", 40),
])
def test_old_post_addresses_redirect_permanently(client, run_import, old, wp_id):
    run_import()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == page_url("page" if wp_id > 59 else "post", wp_id)


def test_old_media_and_archive_addresses(client, run_import, news_index):
    run_import()
    response = client.get("/wp-content/uploads/2019/05/kegiatan-300x200.jpg")
    assert (response.status_code, response["Location"]) == (301, image_url("Kegiatan LK3"))
    response = client.get("/?attachment_id=33")
    assert (response.status_code, response["Location"]) == (301, document_url("Laporan Tahunan"))
    category = client.get("/category/berita/sleman/")
    assert category.status_code == 301
    # The news index's archive route when it has one, the news index itself otherwise.
    assert category["Location"] in ("/berita/kategori/sleman/", "/berita/")
    assert client.get("/author/sri/")["Location"] == "/penulis/sri/"


def test_unknown_ids_and_plain_home_page_are_untouched(client, run_import):
    run_import()
    assert client.get("/?p=999999").status_code == 200
    assert client.get("/").status_code == 200
    assert client.get("/2010/01/01/tidak-pernah-ada/").status_code == 404


def test_a_scheduled_post_whose_address_is_unchanged_gets_no_loop(run_import, news_index, tmp_path):
    from wordpress.tests.conftest import build_export

    builder = build_export()
    builder.post(80, "Segera", "segera", "Isi.", status="future", date="2031-02-01 09:00:00",
                 link="https://dinsos.jogjaprov.go.id/berita/segera/")
    run_import(export=builder.write(tmp_path / "loop.xml"))
    assert not Redirect.objects.filter(old_path="/berita/segera").exists()
    assert Redirect.objects.filter(old_path="/?p=80").exists()


def test_import_never_fetches_embeds(run_import):
    with mock.patch("wagtail.embeds.embeds.get_embed", side_effect=AssertionError("network access")) as fetch:
        output = run_import()
    assert not fetch.called
    assert "AssertionError" not in output
