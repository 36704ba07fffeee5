"""The streaming WXR reader and the validation pass, without the database."""

import io

import pytest

from wordpress import wxr
from wordpress.scan import scan
from wordpress.tests.conftest import build_export
from wordpress.tests.wxr_builder import WXRBuilder


def read(builder):
    return list(wxr.read(io.BytesIO(builder.xml().encode("utf-8"))))


def test_objects_come_in_file_order_with_their_fields():
    objects = read(build_export())
    site, *rest = objects
    assert (site.wxr_version, site.base_blog_url) == ("1.2", "https://dinsos.jogjaprov.go.id")
    authors = [o for o in rest if isinstance(o, wxr.Author)]
    assert [(a.wp_id, a.login, a.display_name) for a in authors] == [(1, "admin", "Admin Dinsos"),
                                                                     (2, "sri", "Sri Lestari")]
    categories = {c.slug: c.parent_slug for c in rest if isinstance(c, wxr.Category)}
    assert categories == {"berita": "", "sleman": "berita", "kegiatan-sleman": "sleman", "layanan": ""}
    post = next(o for o in rest if isinstance(o, wxr.Item) and o.wp_id == 40)
    assert post.title == "Konseling Keluarga &amp; Anak – Gratis"  # HTML entities survive XML; unescaped later
    assert [t.slug for t in post.terms_of("category")] == ["sleman", "layanan"]
    assert post.meta["_thumbnail_id"] == "30" and post.sticky
    assert [(c.wp_id, c.parent, c.approved) for c in post.comments][:4] == [
        (101, 0, "1"), (102, 101, "1"), (103, 0, "0"), (104, 0, "spam")]


def test_cdata_end_marker_inside_content_survives():
    builder = WXRBuilder().post(1, "x", "x", "a ]]> b")
    item = read(builder)[-1]
    assert item.content == "a ]]> b"


def test_older_wxr_versions_are_read():
    builder = WXRBuilder(wxr_version="1.0")
    xml = builder.post(1, "Lama", "lama", "Isi").xml().replace("export/1.2/", "export/1.0/")
    item = list(wxr.read(io.BytesIO(xml.encode())))[-1]
    assert (item.wp_id, item.title, item.content) == (1, "Lama", "Isi")


def test_local_datetime_prefers_gmt():
    value = wxr.local_datetime("2019-05-12 08:30:00", "2019-05-12 01:30:00")
    assert value.isoformat() == "2019-05-12T01:30:00+00:00"
    assert wxr.local_datetime("2019-05-12 08:30:00", "0000-00-00 00:00:00").isoformat() == "2019-05-12T08:30:00+07:00"
    assert wxr.local_datetime("", "") is None


def test_scan_indexes_addresses_and_upload_sizes():
    index = scan(io.BytesIO(build_export().xml().encode()))
    assert index.by_path["/2019/05/12/konseling-keluarga"] == 40
    assert index.uploads["2019/05/kegiatan-300x200.jpg"] == 30
    assert index.attached[40] == [30, 31, 32, 37]
    assert index.is_internal("https://www.dinsos.jogjaprov.go.id/x") and index.is_internal("/x")
    assert not index.is_internal("https://contoh.org/")
    assert index.counts["nav_menu_item"] == 1


@pytest.mark.parametrize("xml", [
    b"<rss><channel><wp:wxr_version xmlns:wp='http://wordpress.org/export/1.2/'>1.2</wp:wxr_version>",
    b"<rss>\x00</rss>",
])
def test_broken_files_raise_wxr_error(xml):
    with pytest.raises(wxr.WXRError):
        list(wxr.read(io.BytesIO(xml)))
