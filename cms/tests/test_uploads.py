"""Image uploads through the admin's upload view: only real, reasonably sized images get in.

Limits (cms/settings/base.py): WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 MB and
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40 million. A rejected file leaves nothing behind.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

UPLOAD_URL = "/admin/images/multiple/add/"


def ensure_root_collection():
    """Images live in a collection; a transactional test elsewhere may have flushed the root one."""
    from wagtail.models import Collection

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def editor(client, django_user_model):
    ensure_root_collection()
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    # The messages are asserted in English; editors normally see them in Indonesian.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def png(size=(64, 48), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, name, content, content_type="image/png"):
    response = client.post(UPLOAD_URL, {"files[]": SimpleUploadedFile(name, content, content_type=content_type)})
    assert response.status_code == 200
    return response.json()


def stored_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.mark.django_db
def test_a_real_image_is_accepted(editor):
    result = upload(editor, "foto-kegiatan.png", png())
    assert result["success"] is True
    assert get_image_model().objects.filter(title="foto-kegiatan.png").exists()


@pytest.mark.django_db
def test_text_pretending_to_be_a_jpeg_is_rejected(editor):
    before = stored_files()
    result = upload(editor, "foto.jpg", b"Ini bukan gambar, hanya teks biasa.\n" * 20, "image/jpeg")
    assert result["success"] is False
    assert "valid image" in result["error_message"]
    assert get_image_model().objects.count() == 0
    assert stored_files() == before


@pytest.mark.django_db
def test_an_image_whose_content_does_not_match_its_extension_is_rejected(editor):
    result = upload(editor, "foto.jpg", png(), "image/jpeg")
    assert result["success"] is False
    assert "extension does not match" in result["error_message"]


@pytest.mark.django_db
def test_a_decompression_bomb_is_rejected_before_it_is_decoded(editor):
    bomb = png(size=(8000, 8000), mode="1")  # 64 million pixels in a few kilobytes
    assert len(bomb) < 100_000
    before = stored_files()
    result = upload(editor, "bom.png", bomb)
    assert result["success"] is False
    assert "too many pixels" in result["error_message"]
    assert "40000000" in result["error_message"]
    assert get_image_model().objects.count() == 0
    assert stored_files() == before


@pytest.mark.django_db
def test_an_oversize_file_is_rejected_with_the_limit_in_the_message(editor):
    # A valid small PNG padded after its end marker: image readers accept it, the size check must not.
    oversize = png() + b"\0" * (settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1)
    result = upload(editor, "besar.png", oversize)
    assert result["success"] is False
    assert "too big" in result["error_message"]
    assert "10.0\xa0MB" in result["error_message"] or "10.0 MB" in result["error_message"]
    assert get_image_model().objects.count() == 0


@pytest.mark.django_db
def test_svg_is_not_accepted_as_an_image(editor):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    result = upload(editor, "logo.svg", svg, "image/svg+xml")
    assert result["success"] is False
    assert "Not a supported image format" in result["error_message"]
