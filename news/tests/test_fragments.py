"""The HTML fragments of articles, listings and the home page ({% fragment %}, core.frame):
rendered once per content version, never stale after a change, never used by previews."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from news import popular
from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post
from news.tests.test_archive import html_of

D = datetime.date


def listing_titles(html):
    return re.findall(r'class="news-card__title"><a [^>]*>([^<]+)</a>', html)


def related_box(html):
    return html[html.index('class="related-news"'):] if 'class="related-news"' in html else ""


def test_a_warm_article_reads_nothing_its_fragments_hold(client, site_tree):
    url = site_tree["post"].url
    for _ in range(2):  # the settings row is made on the first request and moves the version
        html_of(client, url)
    with CaptureQueriesContext(connection) as captured:
        html_of(client, url)
    sql = " ".join(q["sql"] for q in captured.captured_queries)
    assert "news_newspageprogramme" not in sql  # related news: neither the scoring nor the cards
    assert "wagtailimages_rendition" not in sql  # the author boxes' and cards' pictures


def test_the_listing_shows_a_published_post_and_drops_an_unpublished_one_at_once(client, site_tree):
    assert listing_titles(html_of(client, "/berita/")) == [site_tree["post"].title]
    fresh = make_post(site_tree, title="Pos baru terbit", date=D(2030, 1, 2))
    assert "Pos baru terbit" in listing_titles(html_of(client, "/berita/"))
    fresh.unpublish()
    assert "Pos baru terbit" not in listing_titles(html_of(client, "/berita/"))


def test_a_new_revision_shows_at_once_on_the_article_and_in_listings(client, site_tree):
    post = site_tree["post"]
    html_of(client, post.url), html_of(client, "/berita/"), html_of(client, "/")
    post = Page.objects.get(pk=post.pk).specific
    post.summary = "Ringkasan yang sudah diperbarui."
    post.title = "Judul yang diperbarui"
    post.save_revision().publish()
    assert "Ringkasan yang sudah diperbarui." in html_of(client, post.url)
    assert "Judul yang diperbarui" in listing_titles(html_of(client, "/berita/"))
    assert "Judul yang diperbarui" in html_of(client, "/")


def test_the_related_box_drops_a_post_unpublished_since(client, site_tree):
    bansos = site_tree.get("category")
    tags = ["lansia"]
    first = make_post(site_tree, title="Pos pertama", date=D(2030, 1, 1), tags=tags,
                      categories=[bansos] if bansos else ())
    second = make_post(site_tree, title="Pos kedua terkait", date=D(2030, 1, 2), tags=tags,
                       categories=[bansos] if bansos else ())
    assert "Pos kedua terkait" in related_box(html_of(client, first.url))
    second.unpublish()
    assert "Pos kedua terkait" not in related_box(html_of(client, first.url))


def test_the_popular_box_follows_saved_views_without_a_publish(client, site_tree):
    post = site_tree["post"]
    other = make_post(site_tree, title="Berita paling banyak dibaca", date=D(2030, 1, 3))
    assert 'class="wrap popular-news"' not in html_of(client, "/")  # nothing read yet: no box
    for _ in range(3):
        popular.record_view(other.pk)
    popular.record_view(post.pk)
    popular.flush_views()
    box = html_of(client, "/").split('class="wrap popular-news"')[-1]
    assert "Berita paling banyak dibaca" in box


def test_previews_render_their_own_draft_not_the_fragment(client, site_tree):
    post = site_tree["post"]
    html_of(client, post.url)  # the article's main part is now a fragment
    draft = Page.objects.get(pk=post.pk).specific
    draft.summary = "Ringkasan draf yang belum terbit."
    draft.save_revision()
    preview = draft.make_preview_request().content.decode()
    assert "Ringkasan draf yang belum terbit." in preview
    assert "Ringkasan draf yang belum terbit." not in html_of(client, post.url)  # nor written for visitors


def test_listing_fragments_ignore_query_parameters_that_change_nothing(client, site_tree):
    html_of(client, "/berita/")
    html_of(client, "/berita/")
    with CaptureQueriesContext(connection) as captured:
        html = html_of(client, "/berita/?utm_source=wa&x=1")
    assert listing_titles(html) == [site_tree["post"].title]
    assert not any("ORDER BY" in q["sql"] and "news_newspage" in q["sql"] and "LIMIT" in q["sql"]
                   for q in captured.captured_queries if "COUNT" not in q["sql"])


def test_listing_counts_are_remembered_and_follow_publishing(client, site_tree):
    for _ in range(2):
        html_of(client, "/berita/")
    with CaptureQueriesContext(connection) as captured:
        html_of(client, "/berita/")
    assert not [q for q in captured.captured_queries if "COUNT(" in q["sql"].upper()]
    make_post(site_tree, title="Pos untuk hitungan", date=D(2030, 2, 1))
    assert "2 berita" in html_of(client, "/berita/").replace("2 posts", "2 berita")
