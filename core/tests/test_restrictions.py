"""View restrictions answered from the content-version memo (core/restrictions.py): the same
answer as Wagtail's own queries, in every case Wagtail distinguishes, and none of its queries
on a public page."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, get_page_models

from core import frame
from core.restrictions import ViewRestrictionMemoMixin

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clean_memos():
    frame._memos["version"], frame._memos["values"] = None, {}
    yield
    frame._memos["version"], frame._memos["values"] = None, {}


def wagtails_answer(page):
    return sorted(Page.get_view_restrictions(page).values_list("pk", flat=True))


def ours(page):
    return sorted(restriction.pk for restriction in Page.objects.get(pk=page.pk).specific.get_view_restrictions())


def test_every_page_model_answers_from_the_memo():
    missing = [model.__name__ for model in get_page_models()
               if model is not Page and not issubclass(model, ViewRestrictionMemoMixin)]
    assert missing == []


def test_a_public_page_costs_no_query(site_tree):
    post = Page.objects.get(pk=site_tree["post"].pk).specific
    post.get_view_restrictions()
    with CaptureQueriesContext(connection) as captured:
        assert list(post.get_view_restrictions()) == []
        assert not post.get_view_restrictions().exists()
    assert captured.captured_queries == []


def test_a_section_restriction_covers_its_subtree_and_nothing_else(site_tree):
    restriction = PageViewRestriction.objects.create(page=site_tree["news_index"], restriction_type="login")
    for name in ("news_index", "post"):
        assert ours(site_tree[name]) == wagtails_answer(site_tree[name]) == [restriction.pk]
    for name in ("home", "author", "programme"):
        assert ours(site_tree[name]) == wagtails_answer(site_tree[name]) == []


def test_restrictions_on_the_page_and_its_ancestors_add_up(site_tree):
    groups = Group.objects.create(name="Pegawai")
    section = PageViewRestriction.objects.create(page=site_tree["news_index"], restriction_type="login")
    own = PageViewRestriction.objects.create(page=site_tree["post"], restriction_type="groups")
    own.groups.add(groups)
    assert ours(site_tree["post"]) == wagtails_answer(site_tree["post"]) == sorted([section.pk, own.pk])


def test_an_alias_shares_its_sources_restrictions_and_so_do_its_descendants(site_tree):
    source = site_tree["author_index"]
    restriction = PageViewRestriction.objects.create(page=source, restriction_type="password", password="rahasia")
    alias = source.create_alias(parent=site_tree["programme_index"], update_slug="penulis-alias")
    alias_child = site_tree["author"].create_alias(parent=alias, update_slug="sri-alias")
    for page in (alias, alias_child):
        assert ours(page) == wagtails_answer(page) == [restriction.pk]
    # The source's ancestors are not the alias's: a restriction above the source stays there.
    above = PageViewRestriction.objects.create(page=site_tree["home"], restriction_type="login")
    assert ours(alias) == wagtails_answer(alias) == sorted([above.pk, restriction.pk])


def test_a_new_or_removed_restriction_applies_at_once(client, site_tree):
    post = site_tree["post"]
    assert client.get(post.url).status_code == 200
    restriction = PageViewRestriction.objects.create(page=site_tree["news_index"], restriction_type="login")
    response = client.get(post.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    restriction.delete()
    assert client.get(post.url).status_code == 200


def test_a_page_moved_under_a_restricted_section_is_restricted(client, site_tree):
    post = site_tree["post"]
    PageViewRestriction.objects.create(page=site_tree["author_index"], restriction_type="login")
    assert client.get(post.url).status_code == 200
    post.move(site_tree["author_index"], pos="last-child")
    moved = Page.objects.get(pk=post.pk)
    assert client.get(moved.url).status_code == 302


def test_the_admins_privacy_view_still_reads_the_database(admin_client, site_tree):
    post = site_tree["post"]
    PageViewRestriction.objects.create(page=site_tree["news_index"], restriction_type="login")
    response = admin_client.get(f"/admin/pages/{post.pk}/privacy/")
    assert response.status_code == 200
    assert f"/admin/pages/{site_tree['news_index'].pk}/edit/" in response.json()["html"]
