"""The archive sidebar and the search page's filter choices are kept per content version
(core.frame): one computation per change of content, never a stale year, month or category."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post
from news.tests.test_archive import archive, html_of  # noqa: F401 - the fixture

D = datetime.date


def sidebar(client, url="/berita/"):
    html = html_of(client, url)
    return html[html.index('class="archive-nav"'):]


def year_choices(client):
    html = html_of(client, "/cari/?q=banjir")
    select = html[html.index('name="year"'):]
    return re.findall(r'<option value="(\d{4})"', select[:select.index("</select>")])


def test_the_sidebar_is_counted_once_per_version(client, archive):
    sidebar(client)  # the site's settings row, made on its first request, moves the version once
    sidebar(client)
    with CaptureQueriesContext(connection) as again:
        sidebar(client, "/berita/2025/")
    grouped = [q for q in again.captured_queries if "GROUP BY" in q["sql"].upper()]
    assert not grouped  # neither the month counts nor the category counts ran again


def test_a_published_post_moves_the_sidebar_and_the_search_years(client, archive):
    assert "2019" not in sidebar(client) and "2019" not in year_choices(client)
    make_post(archive, title="Arsip lama 2019", date=D(2019, 5, 1), categories=[archive["bansos"]])
    nav = sidebar(client)
    assert re.search(r'href="/berita/2019/">2019</a> <span[^>]*>\(1\)</span>', nav)
    assert re.search(r'Bansos</a> <span[^>]*>\(3\)</span>', nav)
    assert "2019" in year_choices(client)


def test_an_unpublished_post_leaves_the_sidebar_and_the_search_years(client, archive):
    assert "2024" in year_choices(client)
    assert re.search(r'href="/berita/2024/">2024</a> <span[^>]*>\(1\)</span>', sidebar(client))
    archive["posts"]["d"].unpublish()
    assert "/berita/2024/" not in sidebar(client)
    assert "2024" not in year_choices(client)


def test_a_renamed_category_shows_at_once(client, archive):
    assert "Bansos</a>" in sidebar(client)
    category = archive["bansos"]
    category.name = "Bantuan sosial"
    category.save()
    nav = sidebar(client)
    assert "Bantuan sosial</a>" in nav and "Bansos</a>" not in nav
    html = html_of(client, "/cari/?q=banjir")
    assert ">Bantuan sosial</option>" in html


def archive_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        html = html_of(client, url)
    return html, " ".join(q["sql"] for q in captured.captured_queries)


def test_warm_category_tag_and_year_archives_look_nothing_up(client, archive):
    for url in ("/berita/kategori/bantuan-sosial/", "/berita/tag/banjir/", "/berita/2025/"):
        html_of(client, url), html_of(client, url)
        _html, sql = archive_queries(client, url)
        assert "news_category" not in sql and "taggit_tag" not in sql and "EXISTS" not in sql.upper(), url


def test_a_renamed_or_unpublished_category_shows_at_once(client, archive):
    url = "/berita/kategori/bantuan-sosial/"
    assert "Bansos" in html_of(client, url)
    category = archive["bansos"]
    category.name = "Bantuan Sosial Tunai"
    category.save_revision().publish()
    assert "Bantuan Sosial Tunai" in html_of(client, url)
    category.unpublish()
    html_of(client, url, status=404)


def test_an_unknown_tag_or_category_is_still_not_found(client, archive):
    for _ in range(2):  # remembered as unknown: still a 404, never a page
        html_of(client, "/berita/kategori/tidak-ada/", status=404)
        html_of(client, "/berita/tag/tidak-ada/", status=404)


def test_a_year_without_posts_is_not_indexed_and_one_with_posts_is(client, archive):
    assert 'content="noindex, follow"' in html_of(client, "/berita/2023/")
    assert 'content="noindex, follow"' not in html_of(client, "/berita/2025/")
    make_post(archive, title="Arsip 2023", date=D(2023, 4, 1))
    assert 'content="noindex, follow"' not in html_of(client, "/berita/2023/")
