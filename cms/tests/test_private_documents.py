"""Documents on local disk are private: stored outside MEDIA_ROOT, read only through Wagtail's
serve view, which checks the collection's view restriction (cms/storage.py). The same proofs
on S3: test_private_documents_s3.py; through nginx: test_cache_nginx.py."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command

from cms.storage import check_private_root, is_private

from .documents import PRIVATE_TEXT, PUBLIC_TEXT, body, document, documents_and_people
from .test_security import run_production

pytestmark = pytest.mark.django_db


@pytest.fixture
def files(django_user_model):
    return documents_and_people(django_user_model)


def is_under(path, folder):
    return Path(folder).resolve() in Path(path).resolve().parents


def test_document_files_lie_outside_media_root(files, settings):
    for doc in (files.private, files.public):
        assert not is_under(doc.file.path, settings.MEDIA_ROOT)
        assert is_under(doc.file.path, settings.PRIVATE_MEDIA_ROOT)
        assert doc.file.name.startswith("documents/")  # the name in the database is Wagtail's own
    assert is_under(files.image.file.path, settings.MEDIA_ROOT)


def test_a_private_document_reaches_only_the_people_its_collection_allows(files, client):
    anonymous = client.get(files.private.url)
    assert anonymous.status_code == 302 and "/login" in anonymous["Location"]
    assert PRIVATE_TEXT not in body(anonymous)

    client.force_login(files.outsider)
    outsider = client.get(files.private.url)
    assert outsider.status_code == 302
    assert PRIVATE_TEXT not in body(outsider)

    client.force_login(files.reader)
    reader = client.get(files.private.url)
    assert reader.status_code == 200
    assert body(reader) == PRIVATE_TEXT
    assert "no-store" in reader["Cache-Control"]
    assert "X-Accel-Expires" not in reader


def test_a_public_document_downloads_for_anyone_and_is_not_kept_by_the_page_cache(files, client):
    response = client.get(files.public.url)
    assert response.status_code == 200
    assert body(response) == PUBLIC_TEXT
    assert "X-Accel-Expires" not in response  # a file later made private must not stay in nginx


def test_documents_have_no_address_of_their_own(files):
    with pytest.raises(NotImplementedError):
        _ = files.private.file.url
    assert files.private.url.startswith("/documents/")  # Wagtail's serve view
    assert files.image.file.url.startswith("/media/")


def test_a_document_not_yet_moved_answers_404_never_500(files, client):
    """Between the deploy and move_documents_to_private_storage the private copy is missing."""
    old_copy = storages["media"].save(files.public.file.name, storages["documents"].open(files.public.file.name))
    storages["documents"].delete(files.public.file.name)
    try:
        response = client.get(files.public.url)
    finally:
        storages["media"].delete(old_copy)  # MEDIA_ROOT is shared by the whole test session
    assert response.status_code == 404
    assert PUBLIC_TEXT not in body(response)


def test_the_private_root_may_not_overlap_media_root(tmp_path):
    for media, private in ((tmp_path, tmp_path), (tmp_path, tmp_path / "private"), (tmp_path / "media", tmp_path)):
        with pytest.raises(ImproperlyConfigured):
            check_private_root(media, private)
    check_private_root(tmp_path / "media", tmp_path / "private")


def test_only_the_documents_folder_is_private():
    assert is_private("documents/a.pdf") and is_private("/documents/x/b.pdf")
    assert not is_private("original_images/a.jpg") and not is_private("images/a.fill-10x10.jpg")
    assert not is_private("documents.pdf") and not is_private("wordpress/documents/a.pdf")


def test_existing_documents_move_from_public_media_to_the_private_storage(settings, files):
    """A site from before this change: its document files are under MEDIA_ROOT/documents/."""
    media, private = storages["media"], storages["documents"]
    old = document("Laporan lama", files.public.collection, b"laporan 2023", "laporan.txt")
    media.save(old.file.name, ContentFile(b"laporan 2023"))
    private.delete(old.file.name)
    orphan = media.save("documents/sisa/lampiran.txt", ContentFile(b"lampiran"))
    assert media.exists(old.file.name) and not private.exists(old.file.name)

    call_command("move_documents_to_private_storage", stdout=(out := StringIO()))
    assert out.getvalue().startswith("2 moved, 0 already private")
    assert not media.exists(old.file.name) and not media.exists(orphan)
    assert private.open(old.file.name).read() == b"laporan 2023"
    assert private.open(orphan).read() == b"lampiran"
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.txt"))

    call_command("move_documents_to_private_storage", stdout=(again := StringIO()))
    assert again.getvalue().startswith("0 moved, 0 already private")


def test_an_interrupted_move_is_finished_by_the_next_run(files):
    """Copied but not yet deleted: the next run removes the public copy and keeps the private one."""
    media = storages["media"]
    media.save(files.public.file.name, ContentFile(PUBLIC_TEXT))
    call_command("move_documents_to_private_storage", stdout=(out := StringIO()))
    assert out.getvalue().startswith("0 moved, 1 already private")
    assert not media.exists(files.public.file.name)
    assert storages["documents"].open(files.public.file.name).read() == PUBLIC_TEXT


# --- Production settings ---------------------------------------------------------------------

STORAGE_REPORT = ("import django; django.setup(); from django.conf import settings as s; "
                  "d = s.STORAGES['documents']; print(s.STORAGES['default']['BACKEND'], d['BACKEND'], "
                  "s.WAGTAILDOCS_SERVE_METHOD, sorted(d.get('OPTIONS', {}).items()))")


def test_production_keeps_documents_private_on_local_disk():
    result = run_production(STORAGE_REPORT, MEDIA_ROOT="/srv/dinsos/var/media",
                            PRIVATE_MEDIA_ROOT="/srv/dinsos/var/private")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:3] == ["cms.storage.MediaStorage", "cms.storage.PrivateFileSystemStorage",
                                         "serve_view"]


def test_production_signs_document_addresses_on_s3():
    result = run_production(STORAGE_REPORT, S3_BUCKET="media-dinsos", S3_ENDPOINT_URL="https://s3.example.go.id",
                            S3_CUSTOM_DOMAIN="media.example.go.id", S3_DOCUMENTS_URL_EXPIRY="30")
    assert result.returncode == 0, result.stderr
    backends, options = result.stdout.split(" [", 1)
    assert backends.split() == ["cms.storage.MediaStorage", "storages.backends.s3.S3Storage", "redirect"]
    for option in ("('querystring_auth', True)", "('querystring_expire', 30)", "('location', 'private')",
                   "('default_acl', None)", "('bucket_name', 'media-dinsos')"):
        assert option in options
    assert "custom_domain" not in options  # a custom domain would turn the signature off


@pytest.mark.parametrize("env", [
    {"MEDIA_ROOT": "/srv/dinsos/var/media", "PRIVATE_MEDIA_ROOT": "/srv/dinsos/var/media/private"},
    {"S3_BUCKET": "media-dinsos", "S3_PREFIX": "media", "S3_DOCUMENTS_PREFIX": "media/documents"},
    {"S3_BUCKET": "media-dinsos", "S3_PREFIX": "", "S3_DOCUMENTS_PREFIX": "media"},
])
def test_production_refuses_a_private_store_inside_the_public_one(env):
    result = run_production("import django; django.setup()", **env)
    assert result.returncode != 0
    assert "must not overlap" in result.stderr or "must lie outside" in result.stderr
