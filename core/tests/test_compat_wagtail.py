"""core.compat_wagtail was checked against one Wagtail version: any other fails here."""

import datetime
import importlib.metadata
import io

import pytest
from django.apps import apps
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
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


@pytest.mark.parametrize("label", sorted(compat.EXPECTED_FIELDS))
def test_the_fields_the_shim_reads_still_exist(label):
    model = apps.get_model(label)
    names = {f.name for f in model._meta.get_fields()}
    missing = set(compat.EXPECTED_FIELDS[label]) - names
    assert not missing, f"{label} lost {missing}"


def _hits(text, days_ago, hits):
    QueryDailyHits.objects.create(query=Query.get(text), hits=hits,
                                  date=timezone.localdate() - datetime.timedelta(days=days_ago))


@pytest.mark.django_db
def test_popular_queries_counts_recent_hits_only_and_orders_by_them():
    _hits("bantuan", 1, 2)
    _hits("bantuan", 3, 3)
    _hits("lansia", 2, 4)
    _hits("jarang", 1, 2)
    _hits("lama", 90, 50)
    since = timezone.localdate() - datetime.timedelta(days=30)
    rows = [(q.query_string, q.recent_hits) for q in compat.popular_queries(since, 3)]
    assert rows == [("bantuan", 5), ("lansia", 4)]


def test_set_image_file_metadata_fills_size_and_hash_before_the_first_save(db):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 6), "red").save(buffer, "JPEG")
    image = get_image_model()(title="Uji", file=ImageFile(io.BytesIO(buffer.getvalue()), name="uji.jpg"))
    compat.set_image_file_metadata(image)
    assert image.pk is None
    assert image.file_size == len(buffer.getvalue())
    assert len(image.file_hash) == 40
