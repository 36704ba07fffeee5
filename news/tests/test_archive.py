import datetime
import re

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.tests import factories as f
from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post, translate

D = datetime.date


@pytest.fixture
def archive(english_tree):
    tree = english_tree
    bansos = f.CategoryFactory(name="Bansos", slug="bantuan-sosial")
    bansos_en = bansos.copy_for_translation(tree["en"])
    bansos_en.name, bansos_en.slug = "Social assistance", "social-assistance"
    bansos_en.save()
    disabilitas = f.CategoryFactory(name="Disabilitas", slug="disabilitas")
    f.CategoryFactory(name="Lansia", slug="lansia")  # no posts at all
    posts = {
        "a": make_post(tree, title="Banjir Juni", date=D(2025, 6, 10), categories=[bansos], tags=["banjir"]),
        "b": make_post(tree, title="Sembako Juni", date=D(2025, 6, 2), categories=[bansos]),
        "c": make_post(tree, title="Kursi roda Januari", date=D(2025, 1, 15), categories=[disabilitas],
                       tags=["banjir"]),
        "d": make_post(tree, title="Pelatihan Maret 2024", date=D(2024, 3, 1)),
    }
    english = {key: translate(post, tree["en"]) for key, post in posts.items()}
    for post in english.values():
        post.title = post.title.replace("Juni", "June").replace("Januari", "January") + " (EN)"
        post.save_revision().publish()
    return {**tree, "posts": posts, "english": english, "bansos": bansos}


def html_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def titles(html):
    return re.findall(r'class="news-card__title"><a href="[^"]+">([^<]+)</a>', html)


def test_year_archive_in_both_languages(client, archive):
    html = html_of(client, "/berita/2025/")
    assert titles(html) == ["Banjir Juni", "Sembako Juni", "Kursi roda Januari"]
    assert "Berita tahun 2025 — 3 berita" in html
    assert "<title>Berita tahun 2025 · Berita |" in html
    html_en = html_of(client, "/en/berita/2025/")
    assert titles(html_en) == ["Banjir June (EN)", "Sembako June (EN)", "Kursi roda January (EN)"]
    assert "News from 2025 — 3 posts" in html_en
    assert 'href="/en/berita/banjir-juni/"' in html_en


def test_month_archive_in_both_languages(client, archive):
    html = html_of(client, "/berita/2025/06/")
    assert titles(html) == ["Banjir Juni", "Sembako Juni"]
    assert "Berita bulan Juni 2025 — 2 berita" in html
    html_en = html_of(client, "/en/berita/2025/06/")
    assert "News from June 2025 — 2 posts" in html_en
    assert titles(html_en) == ["Banjir June (EN)", "Sembako June (EN)"]


def test_category_archive_uses_each_languages_name_and_slug(client, archive):
    html = html_of(client, "/berita/kategori/bantuan-sosial/")
    assert titles(html) == ["Banjir Juni", "Sembako Juni"]
    assert "Berita dalam kategori Bansos — 2 berita" in html
    html_en = html_of(client, "/en/berita/kategori/social-assistance/")
    assert "News in the category Social assistance — 2 posts" in html_en
    assert titles(html_en) == ["Banjir June (EN)", "Sembako June (EN)"]
    # The Indonesian slug on the English site leads to the English address.
    response = client.get("/en/berita/kategori/bantuan-sosial/")
    assert response.status_code == 301 and response["Location"] == "/en/berita/kategori/social-assistance/"
    # An untranslated category still works in English, under its Indonesian slug and name.
    html_en = html_of(client, "/en/berita/kategori/disabilitas/")
    assert titles(html_en) == ["Kursi roda January (EN)"] and "Disabilitas" in html_en


def test_tag_archive_in_both_languages(client, archive):
    html = html_of(client, "/berita/tag/banjir/")
    assert titles(html) == ["Banjir Juni", "Kursi roda Januari"]
    assert "Berita dengan tag “banjir” — 2 berita" in html
    html_en = html_of(client, "/en/berita/tag/banjir/")
    assert titles(html_en) == ["Banjir June (EN)", "Kursi roda January (EN)"]
    assert "News tagged “banjir” — 2 posts" in html_en


def test_index_lists_everything_with_archive_navigation(client, archive):
    html = html_of(client, "/berita/")
    assert "Semua berita — 5 berita" in html
    nav = html[html.index('class="archive-nav"'):]
    assert re.search(r"<summary>2025 <span[^>]*>\(3\)</span></summary>", nav)
    # Other years are one link each: their months are listed on the year's own page, which keeps
    # a ten-year archive's sidebar short (it is on every listing page, phones included).
    assert re.search(r'<a class="archive-nav__year" href="/berita/2024/">2024</a> <span[^>]*>\(1\)</span>', nav)
    assert re.search(r'<a class="archive-nav__year" href="/berita/2013/">2013</a> <span[^>]*>\(1\)</span>', nav)
    assert not re.search(r"/berita/(2024|2013)/\d\d/", nav)  # no month links of the folded years
    assert re.search(r'<a href="/berita/2025/06/">Juni</a> <span[^>]*>\(2\)</span>', nav)
    assert re.search(r'<a href="/berita/2025/01/">Januari</a> <span[^>]*>\(1\)</span>', nav)
    assert re.search(r'<a href="/berita/kategori/bantuan-sosial/">Bansos</a> <span[^>]*>\(2\)</span>', nav)
    assert re.search(r'<a href="/berita/kategori/disabilitas/">Disabilitas</a> <span[^>]*>\(1\)</span>', nav)
    assert "Lansia" not in nav  # categories without posts are not offered
    assert "<details open>\n        <summary>2025" in nav  # the newest year is unfolded
    nav_en = html_of(client, "/en/berita/")
    nav_en = nav_en[nav_en.index('class="archive-nav"'):]
    assert re.search(r'<a href="/en/berita/kategori/social-assistance/">Social assistance</a> <span[^>]*>\(2\)',
                     nav_en)
    assert re.search(r'<a href="/en/berita/2025/06/">June</a> <span[^>]*>\(2\)</span>', nav_en)


def test_year_page_unfolds_its_year_and_marks_current_link(client, archive):
    html = html_of(client, "/berita/2024/")
    assert "<details open>\n        <summary>2024" in html
    nav = html[html.index('class="archive-nav"'):]
    assert nav.count("<details") == 1 and '<a class="archive-nav__year" href="/berita/2025/">2025</a>' in nav
    assert '<a href="/berita/2024/" aria-current="page">' in html


BAD_ADDRESSES = [
    "/berita/2025/13/", "/berita/2025/00/", "/berita/2025/6/", "/berita/abcd/", "/berita/0999/",
    "/berita/9999/", "/berita/2025/06/07/", "/berita/kategori/tidak-ada/", "/berita/tag/tidak-ada/",
    "/berita/kategori/tidak-ada/feed/rss/", "/berita/feed/json/", "/berita/kategori/", "/berita/tag/",
]


def test_bad_archive_addresses_are_404_not_500(client, archive):
    # One fixture for all addresses: building the bilingual archive is the slow part.
    for path in BAD_ADDRESSES:
        for url in (path, "/en" + path):
            response = client.get(url)
            assert response.status_code == 404, url
            assert "Traceback" not in response.content.decode()


def test_bad_page_numbers_give_the_nearest_page(client, archive, settings):
    settings.NEWS_PAGE_SIZE = 1
    for url in ["/berita/", "/berita/2025/", "/berita/kategori/bantuan-sosial/", "/en/berita/tag/banjir/"]:
        for page in ["0", "-1", "abc", "99999", "1.5", ""]:
            html = html_of(client, f"{url}?page={page}")
            current = re.search(r'<span aria-current="page">(\d+)</span>', html).group(1)
            last = next(n for n in re.search(r"page \d+ of (\d+)|halaman \d+ dari (\d+)", html).groups() if n)
            assert current == (last if page == "99999" else "1"), (url, page)
            assert len(titles(html)) == 1


def test_empty_listings_are_friendly(client, archive):
    html = html_of(client, "/berita/2030/")
    assert "Berita tahun 2030 — 0 berita" in html
    assert "Belum ada berita untuk pilihan ini." in html and 'href="/berita/">Lihat semua berita' in html
    assert '<meta name="robots" content="noindex, follow">' in html
    html = html_of(client, "/berita/kategori/lansia/")
    assert "Berita dalam kategori Lansia — 0 berita" in html and "Belum ada berita untuk pilihan ini." in html
    html_en = html_of(client, "/en/berita/2030/12/")
    assert "News from December 2030 — 0 posts" in html_en and "No news matches this selection yet." in html_en


def test_pagination_has_first_previous_next_last_and_elided_numbers(client, archive, settings):
    settings.NEWS_PAGE_SIZE = 1
    for n in range(8):
        make_post(archive, title=f"Tambahan {n}", date=D(2025, 3, 1 + n))
    html = html_of(client, "/berita/2025/?page=6")  # 11 posts in 2025 -> 11 pages
    nav = html[html.index('class="pagination"'):]
    assert 'href="?page=1" aria-label="Halaman pertama"' in nav
    assert 'href="?page=5" rel="prev"' in nav and 'href="?page=7" rel="next"' in nav
    assert 'href="?page=11" aria-label="Halaman terakhir"' in nav
    assert nav.count("…") == 2  # 1 … 4 5 [6] 7 8 … 11
    assert "halaman 6 dari 11" in html


def test_listing_links_offer_feeds(client, archive):
    html = html_of(client, "/berita/kategori/bantuan-sosial/")
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/berita/kategori/bantuan-sosial/feed/rss/"' in html
    assert 'href="/berita/kategori/bantuan-sosial/feed/atom/"' in html
    html_en = html_of(client, "/en/berita/")
    assert 'href="/en/berita/feed/atom/"' in html_en


def test_article_links_categories_and_tags_to_their_archives(client, archive):
    html = html_of(client, archive["posts"]["a"].url)
    assert '<a href="/berita/kategori/bantuan-sosial/">Bansos</a>' in html
    assert '<a class="tag" href="/berita/tag/banjir/">banjir</a>' in html


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


LISTINGS = ["/berita/", "/berita/2025/", "/berita/2025/06/", "/berita/kategori/bantuan-sosial/",
            "/berita/tag/banjir/", "/en/berita/", "/en/berita/2025/"]


def test_listing_query_counts_do_not_grow_with_posts(client, archive):
    def add_posts(count, start):
        for n in range(count):
            image = wagtail_factories.ImageFactory(title=f"Foto {start + n}")
            make_post(archive, title=f"Banyak {start + n}", date=D(2025, 6, 1 + n % 28),
                      categories=[archive["bansos"]], tags=["banjir"], image=image)

    add_posts(5, 0)
    for _ in range(2):  # warm up: renditions, routes and fragments; the first request makes the
        for url in LISTINGS:  # site's settings row, which moves the content version once
            client.get(url)
    few = {url: _queries(client, url) for url in LISTINGS}
    add_posts(45, 5)
    for url in LISTINGS:
        client.get(url)
    many = {url: _queries(client, url) for url in LISTINGS}
    assert few == many


def test_previews_of_index_and_posts_render(archive):
    """Editors' previews go through the same templates (no beacon, no saved page needed)."""
    from news.models import NewsPage

    index_preview = archive["news_index"].make_preview_request()
    assert index_preview.status_code == 200 and "Semua berita — 5 berita" in index_preview.rendered_content
    post_preview = archive["posts"]["a"].make_preview_request()
    assert post_preview.status_code == 200 and 'data-view-beacon=""' in post_preview.rendered_content
    unsaved = NewsPage(title="Belum disimpan", summary="Ringkas", publication_date=D(2025, 7, 1),
                       body=[("paragraph", "<p>Isi</p>")])
    index = archive["news_index"]
    unsaved.depth, unsaved.path = index.depth + 1, index.path + "9999"
    unsaved.locale = index.locale
    response = unsaved.make_preview_request()
    assert response.status_code == 200 and "Belum disimpan" in response.rendered_content
