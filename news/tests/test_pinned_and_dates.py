"""Pinned posts on the home page, and the one "last updated" shown everywhere."""

import datetime
import re

from django.utils import timezone

from news import dates
from news.models import NewsPage
from news.queries import latest_news
from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post


def test_pinned_posts_come_first_in_the_home_pages_latest_news(client, site_tree):
    old_pinned = make_post(site_tree, title="Pengumuman lama disematkan", date=datetime.date(2015, 1, 1),
                           is_sticky=True)
    newest = make_post(site_tree, title="Berita terbaru sekali", date=datetime.date(2025, 1, 1))
    draft_pinned = make_post(site_tree, title="Draf disematkan", date=datetime.date(2016, 1, 1), is_sticky=True)
    draft_pinned.unpublish()

    titles = [post.title for post in latest_news(site_tree["home"].locale, limit=6)]
    assert titles[:2] == [old_pinned.title, newest.title]
    assert draft_pinned.title not in titles

    html = client.get("/").content.decode()
    assert html.index(old_pinned.title) < html.index(newest.title)


def test_pinning_does_not_reorder_the_news_index(client, site_tree):
    old_pinned = make_post(site_tree, title="Pengumuman lama disematkan", date=datetime.date(2015, 1, 1),
                           is_sticky=True)
    newest = make_post(site_tree, title="Berita terbaru sekali", date=datetime.date(2025, 1, 1))
    html = client.get(site_tree["news_index"].url).content.decode()
    assert html.index(newest.title) < html.index(old_pinned.title)


def test_pinned_first_orders_pinned_newest_first_then_the_rest_newest_first(site_tree):
    posts = [make_post(site_tree, title=f"P{n}", date=datetime.date(2020, 1, n + 1), is_sticky=n % 2 == 0)
             for n in range(4)]
    ordered = list(NewsPage.objects.filter(pk__in=[p.pk for p in posts]).pinned_first())
    assert [p.title for p in ordered] == ["P2", "P0", "P3", "P1"]


def _post(**values):
    defaults = {"publication_date": datetime.date(2024, 5, 6), "first_published_at": None,
                "last_published_at": None, "last_updated_override": None}
    return NewsPage(**{**defaults, **values})


def _at(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def test_last_updated_is_the_date_of_modified_at_in_every_case(db):  # Page() reads its content type
    published = _at(datetime.date(2024, 5, 6))
    cases = {
        "never published": _post(),
        "published once": _post(first_published_at=published, last_published_at=published),
        "edited later": _post(first_published_at=published, last_published_at=_at(datetime.date(2024, 7, 1))),
        "override": _post(first_published_at=published, last_published_at=published,
                          last_updated_override=datetime.date(2024, 6, 1)),
        # An override before the publication date would say the post changed before it appeared.
        "override too early": _post(last_updated_override=datetime.date(2024, 1, 1)),
    }
    expected = {"never published": datetime.date(2024, 5, 6), "published once": datetime.date(2024, 5, 6),
                "edited later": datetime.date(2024, 7, 1), "override": datetime.date(2024, 6, 1),
                "override too early": datetime.date(2024, 5, 6)}
    for name, post in cases.items():
        assert post.last_updated == expected[name], name
        assert post.last_updated == timezone.localdate(dates.modified_at(post)), name


def test_article_shows_the_same_last_updated_as_its_json_ld_and_sitemap(client, site_tree):
    post = make_post(site_tree, title="Diperbarui", date=datetime.date(2024, 5, 6),
                     last_updated_override=datetime.date(2024, 6, 1))
    html = client.get(post.url).content.decode()
    shown = re.search(r'Terakhir diperbarui <time datetime="([\d-]+)"', html).group(1)
    modified = re.search(r'"dateModified": "([^"]+)"', html).group(1)
    assert shown == "2024-06-01" == datetime.datetime.fromisoformat(modified).date().isoformat()
    sitemap = client.get("/sitemap.xml").content.decode()
    lastmod = re.search(rf"<loc>http://localhost{re.escape(post.url)}</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)
    assert lastmod.group(1) == "2024-06-01"


def test_pinned_posts_come_first_in_the_english_home_pages_latest_news(client, site_tree):
    """`is_sticky` is synchronised to translations, so the English home page pins the same post."""
    from localisation.tests.localisation_fixtures import translate

    for key in ("home", "news_index", "author_index", "author"):
        translate(site_tree[key])
    old_pinned = make_post(site_tree, title="Pengumuman lama disematkan", date=datetime.date(2015, 1, 1),
                           is_sticky=True)
    newest = make_post(site_tree, title="Berita terbaru sekali", date=datetime.date(2025, 1, 1))
    en_pinned, en_newest = (translate(post)[1] for post in (old_pinned, newest))
    assert en_pinned.is_sticky and not en_newest.is_sticky

    html = client.get("/en/").content.decode()
    assert en_pinned.title in html and en_newest.title in html
    assert html.index(en_pinned.title) < html.index(en_newest.title)
