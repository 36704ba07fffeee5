"""The full-page cache: which responses nginx may keep, and which URLs each change purges.

The end-to-end proof with a real nginx in front is in test_cache_nginx.py.
"""

import datetime

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from cms import cache, cache_urls
from cms.cache import MAX_TRACKING_PARAMS, PURGED_PAGE_SECONDS, drop_tracking_params, untracked_query
from cms.tests import factories as f
from cms.tests.purge import PURGED
from home.models import SiteSettings
from localisation.models import SiteText
from news.tests.archive_fixtures import *  # noqa: F403 - the shared archive fixtures
from news.tests.archive_fixtures import make_post, translate

ROOT = "http://localhost"
@pytest.fixture
def rich_tree(english_tree):
    """A post with a category, tag, programme and its English translation."""
    tree = english_tree
    category = f.CategoryFactory(name="Rehabilitasi", slug="rehabilitasi")
    post = make_post(tree, title="Layanan LK3 dibuka", date=datetime.date(2024, 5, 6), categories=[category],
                     tags=["keluarga"], programmes=[tree["programme"]])
    post_en = translate(post, tree["en"])
    return {**tree, "category": category, "rich_post": post, "rich_post_en": post_en}


# --- Response headers ---------------------------------------------------------------------


def test_anonymous_page_may_be_kept_by_nginx_and_browsers_revalidate(client, site_tree):
    response = client.get(site_tree["post"].url)
    assert response["X-Accel-Expires"] == str(PURGED_PAGE_SECONDS)
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert response.has_header("ETag")


def test_listing_pages_after_the_first_expire_quickly(client, site_tree):
    url = site_tree["news_index"].url
    assert client.get(url + "?page=1")["X-Accel-Expires"] == str(PURGED_PAGE_SECONDS)
    assert client.get(url + "?page=2")["X-Accel-Expires"] == "60"


def test_search_results_expire_quickly(client, site_tree):
    response = client.get("/cari/?q=lk3")
    assert response.status_code == 200
    assert response["X-Accel-Expires"] == "60"


def test_unknown_query_parameters_are_not_cached(client, site_tree):
    response = client.get(site_tree["post"].url + "?ref=facebook")
    assert response.status_code == 200
    assert not response.has_header("X-Accel-Expires")


def test_tracking_parameters_do_not_stop_a_page_being_cached(client, site_tree):
    post = site_tree["post"].url
    for query in ("utm_source=facebook", "utm_source=wa&utm_medium=social&fbclid=Ab-1", "gclid=x&page=1"):
        response = client.get(f"{post}?{query}")
        assert response.status_code == 200, query
        assert response["X-Accel-Expires"] == str(PURGED_PAGE_SECONDS), query
    listing = site_tree["news_index"].url
    assert client.get(listing + "?utm_campaign=a&page=2")["X-Accel-Expires"] == "60"
    # Another parameter next to them still makes a page of its own, never cached.
    assert not client.get(f"{post}?utm_source=a&ref=b").has_header("X-Accel-Expires")


def test_more_tracking_parameters_than_nginx_drops_are_served_fresh(client, site_tree):
    query = "&".join(f"utm_x{n}=1" for n in range(MAX_TRACKING_PARAMS + 1))
    response = client.get(site_tree["post"].url + "?" + query)
    assert response.status_code == 200
    assert not response.has_header("X-Accel-Expires")


@pytest.mark.parametrize(("query", "expected"), [
    ("", None),
    ("page=2", None),
    ("utm_source=a", ""),
    ("utm_source=a&page=2", "page=2"),
    ("page=2&utm_source=a&utm_medium=b", "page=2"),
    ("q=x&fbclid=1&q=y", "q=x&q=y"),
    ("gclid", ""),
    ("fbclidx=1&utm_=", "fbclidx=1"),       # only whole names count
    ("utm%5Fsource=a", None),               # raw text, as nginx sees it
    ("a&&utm_x=1", "a&"),
    ("&".join(["utm_a=1"] * (MAX_TRACKING_PARAMS + 1)), None),
])
def test_the_query_nginx_keys_on(query, expected):
    assert untracked_query(query) == expected


def test_views_never_see_tracking_parameters(rf):
    request = rf.get("/berita/?utm_source=a&page=2&fbclid=b")
    drop_tracking_params(request)
    assert request.META["QUERY_STRING"] == "page=2"
    assert request.GET.dict() == {"page": "2"}
    assert request.get_full_path() == "/berita/?page=2"


def test_signed_in_users_get_private_uncached_pages(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    response = client.get(site_tree["post"].url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("X-Accel-Expires")


def test_admin_and_previews_are_never_cached(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    post = site_tree["post"]
    for url in ("/admin/", f"/admin/pages/{post.pk}/edit/", f"/admin/pages/{post.pk}/view_draft/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url
        assert not response.has_header("X-Accel-Expires"), url


def test_posts_errors_and_redirects_are_not_cached(client, site_tree):
    assert "no-store" in client.post(site_tree["post"].url)["Cache-Control"]
    assert not client.get("/tidak-ada/").has_header("X-Accel-Expires")
    redirect = client.get(site_tree["news_index"].url.rstrip("/"))
    assert redirect.status_code == 301 and not redirect.has_header("X-Accel-Expires")


def test_anonymous_responses_that_set_a_cookie_are_private(rf):
    request = rf.get("/berita/")
    response = HttpResponse("<p>halo</p>")
    response.set_cookie("django_language", "id")
    cache.apply_policy(request, response)
    assert not response.has_header("X-Accel-Expires")
    assert response["Cache-Control"] == "private, no-store"


def test_views_that_decide_their_own_caching_are_left_alone(rf):
    request = rf.get("/api/lihat/1/")
    response = HttpResponse(status=200)
    response["Cache-Control"] = "max-age=0, no-cache, no-store, must-revalidate, private"
    cache.apply_policy(request, response)
    assert not response.has_header("X-Accel-Expires")


def test_a_published_edit_is_visible_on_the_next_request(client, site_tree):
    post = site_tree["post"]
    assert post.title in client.get(post.url).content.decode()
    post.title = "Judul yang diperbarui"
    post.save_revision().publish()
    assert "Judul yang diperbarui" in client.get(post.url).content.decode()
    assert "Judul yang diperbarui" in client.get(site_tree["news_index"].url).content.decode()


# --- The purge set ------------------------------------------------------------------------


def test_dependent_urls_cover_both_languages_listings_archives_feeds_and_sitemap(rich_tree):
    tree = rich_tree
    urls = cache_urls.dependent_urls([tree["rich_post"].pk])
    post, post_en = tree["rich_post"], tree["rich_post_en"]
    index, index_en = tree["news_index"].full_url, tree["news_index_en"].full_url
    expected = {
        post.full_url, post_en.full_url,                       # the page, both languages
        ROOT + "/", tree["home_en"].full_url,                   # home pages
        index, index + "?page=1", index_en, index_en + "?page=1",  # listings, page 1
        index + "feed/rss/", index + "feed/atom/", index_en + "feed/rss/",
        index + "2024/", index + "2024/05/", index_en + "2024/05/",  # date archives
        index + "kategori/rehabilitasi/", index + "kategori/rehabilitasi/feed/atom/",
        index + "tag/keluarga/",
        tree["author"].full_url, tree["author"].full_url + "?page=1",  # who lists it
        tree["programme"].full_url, tree["programme"].full_url + "?page=1",
        ROOT + "/sitemap.xml",
    }
    assert expected <= urls, sorted(expected - urls)
    assert post_en.full_url.startswith(ROOT + "/en/")
    # Other posts are not touched: only what shows this one.
    assert tree["post"].full_url not in urls


def test_dependent_urls_cost_the_same_queries_for_one_page_or_many(rich_tree):
    def queries_for(posts):
        with CaptureQueriesContext(connection) as queries:
            urls = cache_urls.dependent_urls([post.pk for post in posts] + [rich_tree["author"].pk])
        return len(queries), urls

    few = [rich_tree["rich_post"]]
    many = few + [make_post(rich_tree, title=f"Tambahan {n}", date=datetime.date(2023, n + 1, 1),
                            categories=[rich_tree["category"]], tags=[f"tag-{n}"]) for n in range(4)]
    queries_for(few)  # the first call also fills Wagtail's cache of site root paths
    (few_queries, few_urls), (many_queries, many_urls) = queries_for(few), queries_for(many)
    assert many_queries == few_queries
    assert len(many_urls) > len(few_urls)


def test_author_change_purges_the_posts_that_show_the_author_box(site_tree):
    urls = cache_urls.dependent_urls([site_tree["author"].pk])
    assert site_tree["post"].full_url in urls
    assert site_tree["author_index"].full_url in urls


def test_publish_purges_the_page_and_its_listings(purged, rich_tree):
    post = rich_tree["rich_post"]
    post.title = "Judul baru"
    urls = purged(lambda: post.save_revision().publish())
    assert {post.full_url, rich_tree["rich_post_en"].full_url, ROOT + "/", rich_tree["news_index"].full_url,
            rich_tree["author"].full_url, ROOT + "/sitemap.xml"} <= urls


def test_a_draft_purges_nothing(purged, site_tree):
    post = site_tree["post"]
    post.title = "Masih draf"
    assert purged(lambda: post.save_revision()) == set()


def test_publish_with_a_new_slug_and_category_purges_old_and_new_addresses(purged, rich_tree):
    post = rich_tree["rich_post"]
    old_url = post.full_url
    post.slug = "alamat-baru"
    post.categories.set([f.CategoryFactory(name="Bencana", slug="bencana")])
    urls = purged(lambda: post.save_revision().publish())
    index = rich_tree["news_index"].full_url
    assert {old_url, index + "alamat-baru/", index + "kategori/rehabilitasi/", index + "kategori/bencana/"} <= urls


def test_unpublish_purges_the_page_and_its_listings(purged, rich_tree):
    post = rich_tree["rich_post"]
    urls = purged(lambda: post.unpublish())
    index = rich_tree["news_index"].full_url
    assert {post.full_url, index, index + "2024/05/", index + "tag/keluarga/", rich_tree["programme"].full_url} <= urls


def test_move_purges_old_and_new_places(purged, rich_tree):
    other_index = f.NewsIndexPageFactory(parent=rich_tree["home"], title="Arsip", slug="arsip")
    post = rich_tree["rich_post"]
    old_url = post.full_url
    urls = purged(lambda: post.move(other_index, pos="last-child"))
    assert {old_url, ROOT + "/arsip/" + post.slug + "/", rich_tree["news_index"].full_url,
            other_index.full_url, ROOT + "/arsip/2024/05/"} <= urls


def test_delete_purges_the_page_and_everything_that_listed_it(purged, rich_tree):
    post = rich_tree["rich_post"]
    url = post.full_url
    urls = purged(lambda: Page.objects.get(pk=post.pk).delete())
    index = rich_tree["news_index"].full_url
    assert {url, index, index + "kategori/rehabilitasi/", rich_tree["author"].full_url, ROOT + "/sitemap.xml"} <= urls


def test_deleting_a_section_purges_all_of_its_pages(purged, rich_tree):
    posts = [rich_tree["post"].full_url, rich_tree["rich_post"].full_url]
    urls = purged(lambda: Page.objects.get(pk=rich_tree["news_index"].pk).delete())
    assert set(posts) <= urls


def test_site_settings_change_purges_every_live_page(purged, rich_tree):
    settings_obj = SiteSettings.for_site(rich_tree["home"].get_site())
    settings_obj.banner_link = "https://example.org/pengumuman"
    urls = purged(lambda: settings_obj.save())
    live = {page.full_url for page in Page.objects.live().filter(depth__gt=1)}
    assert live <= urls


def test_site_text_change_purges_every_live_page(purged, rich_tree):
    text = SiteText(site=rich_tree["home"].get_site(), locale=Locale.get_default(), banner_text="Pengumuman baru")
    urls = purged(lambda: text.save())
    live = {page.full_url for page in Page.objects.live().filter(depth__gt=1)}
    assert live <= urls


def test_a_view_restriction_added_or_removed_purges_every_live_page(purged, rich_tree):
    post = rich_tree["post"]
    live = {page.full_url for page in Page.objects.live().filter(depth__gt=1)}
    restriction = PageViewRestriction(page=post, restriction_type=PageViewRestriction.PASSWORD, password="rahasia")
    added = purged(lambda: restriction.save())
    assert post.full_url in added and live <= added
    removed = purged(lambda: restriction.delete())
    assert post.full_url in removed and live <= removed


def test_no_purge_work_without_a_configured_cache(site_tree, django_capture_on_commit_callbacks):
    PURGED.clear()
    post = site_tree["post"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        post.save_revision().publish()
    assert PURGED == []
    assert all(getattr(callback, "__func__", None) is not cache._Batch.flush for callback in callbacks)


# --- Dispatch: cms asks the page models, and only page saves reach the page hook ----------


def _receivers(signal, sender, instance):
    return [receiver for receiver, _response in signal.send(sender=sender, instance=instance, raw=False,
                                                            using="default", update_fields=None)]


def test_the_pre_save_purge_hook_runs_for_page_models_only(site_tree, django_user_model):
    from django.db.models.signals import pre_save
    from wagtail.models import get_page_models

    from news.models import NewsPageDailyViews

    user = django_user_model(username="bukan-halaman")
    views = NewsPageDailyViews(page=site_tree["post"], date=datetime.date(2024, 1, 1))
    for model, instance in ((django_user_model, user), (NewsPageDailyViews, views)):
        assert cache.on_page_pre_save not in _receivers(pre_save, model, instance), model
    for model in get_page_models():
        assert cache.on_page_pre_save in _receivers(pre_save, model, site_tree["post"]), model


def test_a_page_save_still_purges_through_the_per_model_hook(purged, rich_tree):
    post = rich_tree["rich_post"]
    old_url = post.full_url
    post.slug = "alamat-lain"
    assert old_url in purged(lambda: post.save_revision().publish())


def test_a_category_change_purges_every_live_page(purged, rich_tree):
    category = rich_tree["category"]
    category.name = "Rehabilitasi Sosial"
    urls = purged(lambda: category.save())
    assert {page.full_url for page in Page.objects.live().filter(depth__gt=1)} <= urls


def test_page_models_own_their_cached_paths_and_dependents(rich_tree):
    from news.models import AuthorPage, NewsPage

    index = rich_tree["news_index"].specific
    assert set(index.get_cached_paths()) == {"/", "?page=1", "feed/rss/", "feed/atom/"}
    assert set(rich_tree["author"].specific.get_cached_paths()) == {"/", "?page=1"}
    assert hasattr(NewsPage, "purge_dependents") and hasattr(AuthorPage, "purge_dependents")


def test_cms_does_not_import_page_apps():
    """cms only dispatches: what a page shows is asked of the page models, never imported here."""
    import ast
    from pathlib import Path

    root = Path(cache.__file__).parent
    for name in ("cache.py", "cache_urls.py", "sitemap.py"):
        tree = ast.parse((root / name).read_text())
        modules = {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        modules |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        assert not {m for m in modules if m.split(".")[0] in ("home", "news", "programmes")}, name
