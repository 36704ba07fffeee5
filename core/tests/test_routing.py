"""Page routing remembered per content version (core/routing.py): fewer queries, never a stale
page, never a page shared between requests."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core import frame


@pytest.fixture(autouse=True)
def clean_memos():
    frame._memos["version"], frame._memos["values"] = None, {}
    yield
    frame._memos["version"], frame._memos["values"] = None, {}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        get(client, url)
    return [q["sql"] for q in captured.captured_queries]


def test_a_warm_route_skips_the_tree_walk(client, site_tree):
    url = site_tree["post"].url
    get(client, url), get(client, url)
    cold_memos = frame._memos["values"].pop("route")  # as a worker that never served it
    cold = queries(client, url)
    assert frame._memos["values"]["route"].keys() == cold_memos.keys()
    warm = queries(client, url)
    def tree_walk(sql):
        return [q for q in sql if '"wagtailcore_page"."slug" = ' in q]

    assert tree_walk(cold) and not tree_walk(warm)
    assert len(warm) < len(cold)


def test_an_unpublished_page_is_gone_at_once(client, site_tree):
    post = site_tree["post"]
    get(client, post.url), get(client, post.url)
    post.unpublish()
    get(client, post.url, status=404)


def test_a_moved_page_answers_at_its_new_address_only(client, site_tree):
    post = site_tree["post"]
    old_url = post.url
    get(client, old_url), get(client, old_url)
    post.move(site_tree["author_index"], pos="last-child")
    moved = Page.objects.get(pk=post.pk)
    assert moved.url != old_url
    get(client, moved.url)
    response = client.get(old_url)  # Wagtail's automatic redirect, not the remembered page
    assert response.status_code == 301 and response["Location"] == moved.url


def test_a_new_revision_is_served_not_the_remembered_copy(client, site_tree):
    post = site_tree["post"]
    get(client, post.url), get(client, post.url)
    fresh = Page.objects.get(pk=post.pk).specific
    fresh.summary = "Ringkasan revisi terbaru untuk rute."
    fresh.save_revision().publish()
    assert "Ringkasan revisi terbaru untuk rute." in get(client, post.url)


def test_each_request_gets_its_own_page_instance(client, rf, site_tree):
    from wagtail import views

    from core.routing import RouteMemoMiddleware

    post = site_tree["post"]
    get(client, post.url), get(client, post.url)  # remembered
    middleware = RouteMemoMiddleware(lambda request: None)
    pages = []
    for _ in range(2):
        request = rf.get(post.url)
        middleware.process_view(request, views.serve, (post.url.lstrip("/"),), {})
        pages.append(request._wagtail_route_for_request.page)
    assert pages[0].pk == pages[1].pk == post.pk
    assert pages[0] is not pages[1]
    pages[0].title = "Diubah oleh satu permintaan"
    assert pages[1].title == post.title


def test_404s_are_not_remembered(client, site_tree):
    for n in range(5):
        get(client, f"/tidak-ada-{n}/", status=404)
    assert not frame._memos["values"].get("route")


def test_restricted_pages_still_ask_for_the_password(client, site_tree):
    from wagtail.models import PageViewRestriction

    post = site_tree["post"]
    get(client, post.url), get(client, post.url)
    PageViewRestriction.objects.create(page=post, restriction_type="password", password="rahasia")
    response = client.get(post.url)
    assert response.status_code == 200 and "rahasia" not in response.content.decode()
    assert post.summary not in response.content.decode()


def test_routes_are_remembered_per_language(client, site_tree):
    get(client, site_tree["post"].url), get(client, site_tree["post"].url)
    keys = list(frame._memos["values"]["route"])
    assert all(key[1] == "id" for key in keys)
