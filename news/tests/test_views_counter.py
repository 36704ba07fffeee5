import datetime
import itertools
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import popular
from news.models import NewsPageDailyViews
from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post, translate

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
IP = "203.0.113.77"
_visitors = itertools.count(1)


def another_visitor():
    """A new reader's address each time: one reader counts once per post (see the throttle tests)."""
    n = next(_visitors)
    return f"198.51.{n // 250}.{n % 250 + 1}"


def beacon_url(page):
    return f"/api/lihat/{page.pk}/?t={popular.beacon_token(page.pk)}"


def send(client, page, user_agent=BROWSER, url=None, ip=None, **headers):
    response = client.post(url or beacon_url(page), HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip or another_visitor(),
                           **headers)
    assert response.status_code == 204
    assert not response.cookies  # never a cookie, whatever happened
    assert "no-cache" in response["Cache-Control"]
    return response


def saved_views(page):
    popular.flush_views()
    return sum(NewsPageDailyViews.objects.filter(page=page).values_list("count", flat=True))


def test_article_carries_a_signed_beacon_and_the_script(client, site_tree):
    html = client.get(site_tree["post"].url).content.decode()
    beacon = re.search(r'data-view-beacon="([^"]+)"', html).group(1)
    assert beacon == beacon_url(site_tree["post"]).replace("&", "&amp;")
    assert "news/js/news.js" in html


def test_views_are_counted_in_the_cache_and_flushed_per_day(client, site_tree):
    post = site_tree["post"]
    for _ in range(3):
        send(client, post)
    assert not NewsPageDailyViews.objects.exists()  # nothing written on the hot path
    assert saved_views(post) == 3
    row = NewsPageDailyViews.objects.get()
    assert (row.page_id, row.date, row.count) == (post.pk, timezone.localdate(), 3)
    send(client, post)
    send(client, post)
    assert saved_views(post) == 5  # added to the same row, nothing counted twice
    assert NewsPageDailyViews.objects.count() == 1
    assert saved_views(post) == 5  # a flush with nothing pending changes nothing


def test_counter_flushes_itself_every_n_views(client, site_tree, monkeypatch):
    monkeypatch.setattr(popular, "FLUSH_EVERY", 4)
    post = site_tree["post"]
    for _ in range(3):
        send(client, post)
    assert not NewsPageDailyViews.objects.exists()
    send(client, post)
    assert NewsPageDailyViews.objects.get(page=post).count == 4


@pytest.mark.parametrize("user_agent", [
    "Googlebot/2.1 (+http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.32",
    "",
    "   ",
])
def test_bots_and_scripts_are_not_counted(client, site_tree, user_agent):
    send(client, site_tree["post"], user_agent=user_agent)
    assert saved_views(site_tree["post"]) == 0


def test_logged_in_users_are_not_counted(client, site_tree, django_user_model):
    user = django_user_model.objects.create_user("editor", password="x")
    client.force_login(user)
    send(client, site_tree["post"])
    assert saved_views(site_tree["post"]) == 0


def test_do_not_track_and_global_privacy_control_are_respected(client, site_tree):
    send(client, site_tree["post"], HTTP_DNT="1")
    send(client, site_tree["post"], HTTP_SEC_GPC="1")
    assert saved_views(site_tree["post"]) == 0


def test_forged_or_missing_signature_and_get_requests_are_ignored(client, site_tree):
    post = site_tree["post"]
    send(client, post, url=f"/api/lihat/{post.pk}/")
    send(client, post, url=f"/api/lihat/{post.pk}/?t=forged")
    send(client, post, url=f"/api/lihat/{post.pk + 1}/?t={popular.beacon_token(post.pk)}")
    assert saved_views(post) == 0
    assert client.get(beacon_url(post), HTTP_USER_AGENT=BROWSER).status_code == 405
    assert client.post("/api/lihat/abc/").status_code == 404


def test_nothing_about_the_reader_is_stored(client, site_tree):
    post = site_tree["post"]
    cache.clear()
    send(client, post, ip=IP, HTTP_X_FORWARDED_FOR=IP, HTTP_REFERER="https://contoh.id/ref")
    # What is in the cache: only page ids, dates, numbers and the throttle's hashed visitor
    # (keys read from LocMemCache's store; the throttle's expire with their window).
    keys = list(cache._cache)
    assert keys
    for key in keys:
        assert IP not in key
        value = cache.get(key.split(":", 2)[-1])
        if re.fullmatch(r":\d+:frame:(version|[0-9a-f]{16}:[a-z-]+:[0-9a-f]{20})", key):
            # The site frame's content version and fragments (core/frame.py): the same for everyone.
            assert IP not in repr(value) and "contoh.id" not in repr(value), key
            continue
        assert re.fullmatch(r":\d+:(newsviews:(\d{8}:(slots|slot:\d+|page:\d+)|pending)"
                            r"|ratelimit:views(-\d+)?:[0-9a-f]{24}:\d+)", key), key
        assert isinstance(value, int)
    popular.flush_views()
    # What is in the database: exactly page, date and count.
    fields = {field.name for field in NewsPageDailyViews._meta.get_fields()}
    assert fields == {"id", "page", "date", "count"}
    for row in NewsPageDailyViews.objects.values():
        assert set(row) == {"id", "page_id", "date", "count"}
        assert IP not in str(row.values()) and "Mozilla" not in str(row.values())
    assert not client.cookies


def test_views_of_deleted_posts_are_dropped(client, site_tree):
    post = make_post(site_tree, title="Akan dihapus", date=datetime.date(2025, 1, 1))
    send(client, post)
    send(client, site_tree["post"])
    post.delete()
    assert popular.flush_views() == 1
    assert list(NewsPageDailyViews.objects.values_list("page_id", flat=True)) == [site_tree["post"].pk]


def test_management_command_flushes(client, site_tree, capsys):
    send(client, site_tree["post"])
    call_command("flush_news_views")
    assert "1 view(s) saved." in capsys.readouterr().out
    assert NewsPageDailyViews.objects.get().count == 1


def _views(page, days_ago, count):
    NewsPageDailyViews.objects.create(page=page, date=timezone.localdate() - datetime.timedelta(days=days_ago),
                                      count=count)


def test_popular_news_ranks_the_last_30_days_on_home_and_articles(client, site_tree):
    a = make_post(site_tree, title="Paling dibaca", date=datetime.date(2025, 1, 1))
    b = make_post(site_tree, title="Kedua", date=datetime.date(2025, 1, 2))
    old = make_post(site_tree, title="Dulu populer", date=datetime.date(2024, 1, 1))
    _views(a, 0, 30)
    _views(a, 29, 20)
    _views(b, 3, 40)
    _views(old, 30, 500)  # outside the window
    assert [p.title for p in popular.popular_news(site_tree["home"].locale)] == ["Paling dibaca", "Kedua"]
    html = client.get("/").content.decode()
    section = html[html.index('class="wrap popular-news"'):]
    assert "Berita populer" in section
    assert section.index("Paling dibaca") < section.index("Kedua") and "Dulu populer" not in section
    article = client.get(a.url).content.decode()
    aside = article[article.index('class="wrap popular-news"'):]
    assert "Kedua" in aside and "Paling dibaca" not in aside  # never recommends itself


def test_popular_news_counts_translations_together_and_shows_english_pages(client, english_tree):
    post, post_en = english_tree["post"], english_tree["post_en"]
    other = make_post(english_tree, title="Lainnya", date=datetime.date(2025, 1, 1))
    translate(other, english_tree["en"])
    _views(post, 0, 3)
    _views(post_en, 0, 3)
    _views(other, 0, 5)
    ranked = popular.popular_news(english_tree["en"])
    assert ranked[0].pk == post_en.pk and ranked[0].view_count == 6
    html = client.get("/en/").content.decode()
    assert "Popular news" in html and f'href="{post_en.url}"' in html


def test_unpublished_posts_are_not_popular(site_tree):
    post = make_post(site_tree, title="Ditarik", date=datetime.date(2025, 1, 1))
    _views(post, 0, 99)
    post.unpublish()
    assert popular.popular_news(site_tree["home"].locale) == []


# --- Abuse: time-limited tokens and a per-visitor budget ----------------------------------


def test_one_visitor_counts_once_per_post_in_the_window(client, site_tree):
    post = site_tree["post"]
    for _ in range(5):
        send(client, post, ip=IP)
    assert saved_views(post) == 1
    send(client, post, ip="203.0.113.78")
    assert saved_views(post) == 2


def test_behind_nginx_visitors_are_told_apart_by_x_real_ip(client, site_tree):
    post = site_tree["post"]
    for visitor in ("127.0.0.2", "127.0.0.3", "127.0.0.2"):
        send(client, post, ip="127.0.0.1", HTTP_X_REAL_IP=visitor)
    assert saved_views(post) == 2


def test_one_visitor_cannot_push_many_posts(client, site_tree, monkeypatch):
    from news import views

    monkeypatch.setattr(views, "VISITOR_LIMIT", 3)
    posts = [make_post(site_tree, title=f"Berita {n}", date=datetime.date(2025, 1, n + 1)) for n in range(5)]
    for post in posts:
        send(client, post, ip=IP)
    assert [saved_views(post) for post in posts] == [1, 1, 1, 0, 0]


def test_tokens_expire_after_a_few_days(client, site_tree, settings):
    settings.PAGE_CACHE_TIMEOUT = 600
    post = site_tree["post"]
    today = timezone.localdate()
    old = popular.beacon_token(post.pk, today - datetime.timedelta(days=popular.token_days()))
    recent = popular.beacon_token(post.pk, today - datetime.timedelta(days=popular.token_days() - 1))
    future = popular.beacon_token(post.pk, today + datetime.timedelta(days=1))
    send(client, post, url=f"/api/lihat/{post.pk}/?t={old}")
    send(client, post, url=f"/api/lihat/{post.pk}/?t={future}")
    send(client, post, url=f"/api/lihat/{post.pk}/?t=2024131.x")
    assert saved_views(post) == 0
    send(client, post, url=f"/api/lihat/{post.pk}/?t={recent}")
    assert saved_views(post) == 1


def test_tokens_outlive_the_page_cache(settings):
    settings.PAGE_CACHE_TIMEOUT = 3 * 86400
    assert popular.token_days() == 4
    settings.PAGE_CACHE_TIMEOUT = 600
    assert popular.token_days() == 2


# --- The ranking is computed per flush, not per page -----------------------------------------


def test_a_second_popular_box_runs_no_aggregate(site_tree):
    a = make_post(site_tree, title="Paling dibaca", date=datetime.date(2025, 1, 1))
    _views(a, 0, 30)
    locale = site_tree["home"].locale
    popular.popular_news(locale)  # warms the per-process lookups (.public()'s private sections)
    popular.ranking_changed()  # as a flush does: the next box ranks again
    with CaptureQueriesContext(connection) as first:
        assert [p.title for p in popular.popular_news(locale)] == ["Paling dibaca"]
    with CaptureQueriesContext(connection) as second:
        assert [p.title for p in popular.popular_news(locale)] == ["Paling dibaca"]
    sums = [q for q in first.captured_queries if "SUM(" in q["sql"].upper()]
    assert len(sums) == 1
    assert not [q for q in second.captured_queries if "SUM(" in q["sql"].upper()]
    assert len(second) == len(first) - 1


def test_flushed_views_move_the_ranking_at_once(site_tree):
    a = make_post(site_tree, title="Pertama", date=datetime.date(2025, 1, 1))
    b = make_post(site_tree, title="Menyusul", date=datetime.date(2025, 1, 2))
    _views(a, 1, 5)
    locale = site_tree["home"].locale
    assert [p.title for p in popular.popular_news(locale)] == ["Pertama"]
    for _ in range(9):
        popular.record_view(b.pk)
    assert popular.flush_views() == 9
    assert [(p.title, p.view_count) for p in popular.popular_news(locale)] == [("Menyusul", 9), ("Pertama", 5)]


def test_a_post_unpublished_after_the_ranking_was_made_drops_out(site_tree):
    a = make_post(site_tree, title="Ditarik nanti", date=datetime.date(2025, 1, 1))
    b = make_post(site_tree, title="Tetap tayang", date=datetime.date(2025, 1, 2))
    _views(a, 0, 50)
    _views(b, 0, 10)
    locale = site_tree["home"].locale
    assert [p.title for p in popular.popular_news(locale)] == ["Ditarik nanti", "Tetap tayang"]
    a.unpublish()
    assert [p.title for p in popular.popular_news(locale)] == ["Tetap tayang"]


def test_when_the_ranking_is_all_other_locales_the_box_is_still_full(english_tree, monkeypatch):
    """The ranked shortlist holds only Indonesian-only posts: English readers still get theirs."""
    monkeypatch.setattr(popular, "RANKING_SIZE", 2)
    for n in range(2):
        _views(make_post(english_tree, title=f"Hanya Indonesia {n}", date=datetime.date(2025, 1, 1 + n)), 0, 100)
    _views(english_tree["post_en"], 0, 1)
    ranked = popular.popular_news(english_tree["en"], limit=1)
    assert [p.pk for p in ranked] == [english_tree["post_en"].pk]
