"""`make backup` / `make restore`: a dump, the media and the documents, restored into an empty database.

The round trip needs PostgreSQL (pg_dump/pg_restore); `make test` runs the suite on
PostgreSQL too, so it always runs there.
"""

import os
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.tests.test_uploads import ensure_root_collection, png

BASE_DIR = Path(__file__).resolve().parents[2]


def url_for(database):
    params = connection.settings_dict
    return (f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST'] or '127.0.0.1'}:"
            f"{params['PORT'] or 5432}/{database}")


def run(script, *args, **env):
    clean = {key: value for key, value in os.environ.items()
             if key not in ("DATABASE_URL", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "ENV_FILE")}
    return subprocess.run([str(BASE_DIR / "scripts" / script), *args], env={**clean, **env}, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture
def empty_database():
    if connection.vendor != "postgresql":
        pytest.skip("backup/restore round trip needs PostgreSQL (make test runs the suite on it as well)")
    name = f"restore_{uuid.uuid4().hex[:10]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def snapshot(database_url, media_root):
    with psycopg.connect(database_url) as db:
        pages = db.execute("SELECT path, title, live FROM wagtailcore_page ORDER BY path").fetchall()
        images = db.execute("SELECT title, file, width, height FROM wagtailimages_image ORDER BY id").fetchall()
    return pages, images, files_in(media_root)


def files_in(root):
    return {str(p.relative_to(root)): p.read_bytes() for p in Path(root).rglob("*") if p.is_file()}


@pytest.mark.django_db(transaction=True)
def test_backup_restores_the_same_pages_and_images_into_an_empty_database(site_tree, empty_database, tmp_path):
    ensure_root_collection()
    image = get_image_model().objects.create(
        title="Kegiatan LK3", file=SimpleUploadedFile("kegiatan.png", png((120, 80))))
    image.get_rendition("fill-40x40")
    report = get_document_model().objects.create(title="Laporan", file=ContentFile(b"laporan 2025", name="lap.txt"))
    source_url = url_for(connection.settings_dict["NAME"])

    backup = run("backup.sh", str(tmp_path / "backups"), DATABASE_URL=source_url, MEDIA_ROOT=settings.MEDIA_ROOT,
                 PRIVATE_MEDIA_ROOT=settings.PRIVATE_MEDIA_ROOT)
    assert backup.returncode == 0, backup.stderr
    backup_dir = Path(backup.stdout.strip().splitlines()[-1])
    assert sorted(p.name for p in backup_dir.iterdir()) == ["SHA256SUMS", "db.dump", "documents.tar.gz",
                                                            "media.tar.gz"]

    target_url, target_media = url_for(empty_database), tmp_path / "media-restored"
    target_documents = tmp_path / "documents-restored"
    restore = run("restore.sh", str(backup_dir), DATABASE_URL=target_url, MEDIA_ROOT=str(target_media),
                  PRIVATE_MEDIA_ROOT=str(target_documents))
    assert restore.returncode == 0, restore.stderr
    documents = files_in(target_documents)
    assert documents[report.file.name] == b"laporan 2025" and documents == files_in(settings.PRIVATE_MEDIA_ROOT)

    pages, images, files = snapshot(target_url, target_media)
    assert (pages, images) == snapshot(source_url, settings.MEDIA_ROOT)[:2]
    assert any(title == site_tree["post"].title for _path, title, _live in pages)
    assert images == [("Kegiatan LK3", image.file.name, 120, 80)]
    source_files = snapshot(source_url, settings.MEDIA_ROOT)[2]
    assert image.file.name in files and files == source_files

    # A second restore over the now-filled database is refused and changes nothing.
    again = run("restore.sh", str(backup_dir), DATABASE_URL=target_url, MEDIA_ROOT=str(tmp_path / "other-media"))
    assert again.returncode != 0 and "not empty" in again.stderr
    assert not (tmp_path / "other-media").exists()


def test_backup_refuses_anything_but_postgresql(tmp_path):
    result = run("backup.sh", str(tmp_path), DATABASE_URL="sqlite:///db.sqlite3")
    assert result.returncode != 0
    assert "not PostgreSQL" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_restore_refuses_a_damaged_backup(tmp_path):
    (tmp_path / "db.dump").write_bytes(b"dump")
    (tmp_path / "media.tar.gz").write_bytes(b"media")
    (tmp_path / "SHA256SUMS").write_text("0" * 64 + "  db.dump\n" + "0" * 64 + "  media.tar.gz\n")
    result = run("restore.sh", str(tmp_path), DATABASE_URL="postgres://x:y@127.0.0.1:1/z")
    assert result.returncode != 0
    assert "damaged" in result.stderr
