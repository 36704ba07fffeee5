"""Re-runs, dry runs and bad input: nothing is duplicated, nothing is half-written."""

import io
import os
import tarfile
import tempfile
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageLogEntry, PageViewRestriction, ReferenceIndex, Revision

from news.models import Category, NewsPage, NewsPageAuthor, NewsPageTag
from wordpress.models import Comment, WordPressObject

pytestmark = pytest.mark.django_db

TABLES = [Page, Revision, PageLogEntry, PageViewRestriction, ReferenceIndex, Category, Tag, NewsPageTag,
          NewsPageAuthor, get_image_model(), get_document_model(), Collection, Redirect, Comment, WordPressObject]


def snapshot():
    """Every row the import could write, by table."""
    rows = {model.__name__: list(model.objects.order_by("pk").values()) for model in TABLES}
    rows["categories"] = list(NewsPage.categories.through.objects.order_by("pk").values())
    rows["bodies"] = [(p.pk, list(p.specific.body.raw_data) if hasattr(p.specific, "body") else None)
                      for p in Page.objects.order_by("pk")]
    return rows


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_second_run_changes_nothing(run_import):
    first = run_import()
    before, files = snapshot(), media_files()
    second = run_import()
    assert snapshot() == before
    assert media_files() == files
    assert "imported" in first
    table = second.split("\n\n")[0]
    # Every row of the second report: nothing imported, updated or failed.
    for line in table.splitlines()[2:]:
        imported, updated, skipped, failed = (int(cell) for cell in line.split()[-4:])
        assert (imported, updated, failed) == (0, 0, 0), line


def test_a_changed_post_is_updated_in_place(run_import, tmp_path):
    from wordpress.tests.conftest import build_export

    run_import()
    pages_before = Page.objects.count()
    builder = build_export()
    for item in builder.items:
        if item["wp_id"] == 42:
            item["content"] = "Senin sampai Kamis."
    output = run_import(export=builder.write(tmp_path / "changed.xml"))
    post = Page.objects.get(pk=WordPressObject.objects.get(kind="post", wp_id=42).object_id).specific
    assert [b["value"] for b in post.body.raw_data] == ["<p>Senin sampai Kamis.</p>"]
    assert Page.objects.count() == pages_before
    assert post.revisions.count() == 2
    assert "posts" in output


def test_a_page_edited_in_wagtail_is_not_overwritten(run_import):
    run_import()
    post = Page.objects.get(pk=WordPressObject.objects.get(kind="post", wp_id=42).object_id).specific
    post.title = "Jadwal Layanan (diperbarui)"
    post.save_revision().publish()
    output = run_import()
    post.refresh_from_db()
    assert post.title == "Jadwal Layanan (diperbarui)"
    assert "changed in Wagtail since the last import" in output


def test_dry_run_writes_nothing_and_prints_the_same_report(run_import, news_index):
    before, files = snapshot(), media_files()
    dry = run_import("--dry-run")
    assert snapshot() == before
    assert media_files() == files
    assert dry.startswith("DRY RUN")
    real = run_import()
    table = lambda text: [line for line in text.splitlines() if "  " in line][:10]  # noqa: E731
    assert table(dry) == table(real)


@pytest.mark.parametrize("content, message", [
    (b"<?xml version='1.0'?><rss><channel><item><title>cut off", "malformed XML at line 1"),
    (b"<html><body>Not an export</body></html>", "not a WordPress export"),
    (b"<rss><channel><title>Feed</title><item><title>x</title></item></channel></rss>", "wxr_version"),
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><rss>&b;</rss>',
     "refused unsafe XML"),
    (b"", "malformed XML"),
])
def test_bad_files_get_one_clear_error_and_write_nothing(news_index, tmp_path, content, message):
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    before = snapshot()
    with translation.override("en"), pytest.raises(CommandError, match=message):
        call_command("import_wordpress", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert snapshot() == before


def test_a_file_broken_after_many_items_writes_nothing(news_index, export_path, tmp_path):
    text = Path(export_path).read_text(encoding="utf-8")
    broken = tmp_path / "broken.xml"
    broken.write_text(text[: int(len(text) * 0.9)], encoding="utf-8")
    before = snapshot()
    with pytest.raises(CommandError):
        call_command("import_wordpress", str(broken), stdout=io.StringIO(), stderr=io.StringIO())
    assert snapshot() == before


@pytest.mark.parametrize("args, message", [
    (["missing.xml"], "does not exist"),
    (["{export}", "--uploads", "/nonexistent/uploads"], "does not exist"),
    (["{export}", "--uploads", "{junk}"], "cannot read the uploads archive"),
    (["{export}", "--parent", "/tidak-ada/"], "is not a news index page"),
])
def test_wrong_arguments(news_index, export_path, tmp_path, args, message):
    junk = tmp_path / "uploads.zip"
    junk.write_bytes(b"not a zip")
    args = [a.format(export=export_path, junk=junk) for a in args]
    with translation.override("en"), pytest.raises(CommandError, match=message):
        call_command("import_wordpress", *args, stdout=io.StringIO(), stderr=io.StringIO())
    assert not WordPressObject.objects.exists()


@pytest.mark.parametrize("suffix", ["zip", "tar.gz"])
def test_uploads_from_an_archive(news_index, export_path, uploads_path, tmp_path, suffix):
    archive = tmp_path / f"uploads.{suffix}"
    files = [path for path in Path(uploads_path).rglob("*") if path.is_file()]
    if suffix == "zip":
        with zipfile.ZipFile(archive, "w") as zf:
            for path in files:
                zf.write(path, os.path.relpath(path, uploads_path))
    else:
        with tarfile.open(archive, "w:gz") as tf:
            for path in files:
                tf.add(path, arcname="backup/" + os.path.relpath(path, uploads_path))
    call_command("import_wordpress", str(export_path), "--uploads", str(archive), "--parent", "/berita/",
                 stdout=io.StringIO(), stderr=io.StringIO())
    assert sorted(get_image_model().objects.values_list("title", flat=True)) == [
        "Galeri dua", "Galeri satu", "Kegiatan LK3", "Pelatihan"]
    assert get_document_model().objects.count() == 2


def test_uploads_archive_cannot_write_outside_its_folder(tmp_path):
    from wordpress.uploads import TarUploads

    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        for name, data in [("../escaped.txt", b"x"), ("/tmp-absolute.txt", b"x"), ("2013/01/ok.txt", b"ok")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("2013/01/link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    uploads = TarUploads(archive)
    try:
        extracted = sorted(str(p.relative_to(uploads.tempdir)) for p in uploads.tempdir.rglob("*") if p.is_file())
        assert extracted == ["2013/01/ok.txt"]
        assert not (uploads.tempdir.parent / "escaped.txt").exists()
    finally:
        uploads.close()


@pytest.mark.parametrize("suffix", ["zip", "tar.gz"])
@pytest.mark.parametrize("limit, message", [("files", "holds more than 3 files"),
                                            ("bytes", "unpacks to more than 1 MB")])
def test_uploads_archives_beyond_the_caps_are_refused_and_nothing_is_written(
        news_index, export_path, tmp_path, settings, suffix, limit, message):
    settings.WORDPRESS_UPLOADS_MAX_FILES = 3 if limit == "files" else 100
    settings.WORDPRESS_UPLOADS_MAX_BYTES = 1024 * 1024
    members = [(f"2013/01/f{n}.txt", b"x") for n in range(4)] if limit == "files" else \
        [("2013/01/big.bin", b"\0" * (1024 * 1024 + 1))]
    archive = tmp_path / f"uploads.{suffix}"
    if suffix == "zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
    else:
        with tarfile.open(archive, "w:gz") as tf:
            for name, data in members:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    before = snapshot()
    temp_before = set(Path(tempfile.gettempdir()).glob("wp-uploads-*"))
    with translation.override("en"), pytest.raises(CommandError, match=message):
        call_command("import_wordpress", str(export_path), "--uploads", str(archive), "--parent", "/berita/",
                     stdout=io.StringIO(), stderr=io.StringIO())
    assert snapshot() == before
    assert set(Path(tempfile.gettempdir()).glob("wp-uploads-*")) == temp_before  # unpacked files removed
