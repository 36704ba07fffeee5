"""core.compat_wagtail was checked against one Wagtail version: any other fails here."""

import importlib.metadata
import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from core import compat_wagtail as compat
from core.tests.compat_checks import parameters, resolve


def test_installed_wagtail_is_the_version_the_shims_were_checked_against():
    installed = importlib.metadata.version("wagtail")
    assert installed == compat.CHECKED_VERSION, (
        f"wagtail {installed} is installed but core/compat_wagtail.py was checked against "
        f"{compat.CHECKED_VERSION}: re-check every shim listed there, then update CHECKED_VERSION")


@pytest.mark.parametrize("dotted", sorted(compat.EXPECTED_SIGNATURES))
def test_each_internal_still_exists_with_the_expected_signature(dotted):
    assert parameters(resolve(dotted)) == compat.EXPECTED_SIGNATURES[dotted], dotted


def test_set_image_file_metadata_fills_size_and_hash_before_the_first_save(db):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 6), "red").save(buffer, "JPEG")
    image = get_image_model()(title="Uji", file=ImageFile(io.BytesIO(buffer.getvalue()), name="uji.jpg"))
    compat.set_image_file_metadata(image)
    assert image.pk is None
    assert image.file_size == len(buffer.getvalue())
    assert len(image.file_hash) == 40
