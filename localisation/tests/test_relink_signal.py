"""relink_before_save is connected per page model: page saves relink, other saves never reach it."""

import pytest
from django.db.models.signals import pre_save
from wagtail.models import Page, Site, get_page_models

from cms.tests import factories as f
from localisation import relink
from news.models import Category, NewsPage

pytestmark = pytest.mark.django_db


def receivers(sender):
    sync_receivers, _async_receivers = pre_save._live_receivers(sender)
    return sync_receivers


@pytest.mark.parametrize("model", [m for m in get_page_models() if m is not Page], ids=lambda m: m.__name__)
def test_every_page_model_is_connected(model):
    assert relink.relink_before_save in receivers(model)


@pytest.mark.parametrize("model", [Page, Category, Site])
def test_other_models_are_not(model):
    assert relink.relink_before_save not in receivers(model)


def test_a_page_save_relinks_and_a_category_save_does_not(monkeypatch, site_tree):
    calls = []
    monkeypatch.setattr(relink, "relink_to_locale", lambda page: calls.append(page) or 0)
    f.CategoryFactory(name="Rehabilitasi Sosial", slug="rehabilitasi-sosial")
    assert calls == []
    post = NewsPage.objects.get(pk=site_tree["post"].pk)
    post.save()
    assert [page.pk for page in calls] == [post.pk]
    # Metadata-only saves (update_fields) do not touch links.
    post.save(update_fields=["title"])
    assert len(calls) == 1
