import xml.etree.ElementTree as ET

from django.utils import timezone

from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        assert all(link.get("rel") == "alternate" for link in url.findall("xhtml:link", NS))
        entries[url.findtext("sm:loc", namespaces=NS)] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS), "alternates": alternates,
        }
    return entries


def test_sitemap_lists_both_languages_with_hreflang_alternates(client, english_tree):
    entries = sitemap_entries(client)
    post, post_en = english_tree["post"], english_tree["post_en"]
    id_url, en_url = "http://localhost" + post.url, "http://localhost" + post_en.url
    assert id_url in entries and en_url in entries
    expected = {"id": id_url, "en": en_url, "x-default": id_url}
    assert entries[id_url]["alternates"] == expected
    assert entries[en_url]["alternates"] == expected
    assert entries["http://localhost/"]["alternates"] == {
        "id": "http://localhost/", "en": "http://localhost/en/", "x-default": "http://localhost/"}


def test_untranslated_pages_have_no_alternates_and_published_pages_have_lastmod(client, english_tree):
    entries = sitemap_entries(client)
    author_url = "http://localhost" + english_tree["author"].url
    assert entries[author_url]["alternates"] == {}
    page = english_tree["post_en"]
    page.refresh_from_db()
    assert entries["http://localhost" + page.url]["lastmod"] == f"{timezone.localdate(page.last_published_at)}"


def test_sitemap_leaves_out_drafts_and_private_pages(client, english_tree):
    from wagtail.models import PageViewRestriction

    english_tree["post_en"].unpublish()
    PageViewRestriction.objects.create(page=english_tree["author_index"], restriction_type="login")
    entries = sitemap_entries(client)
    assert "http://localhost" + english_tree["post_en"].url not in entries
    assert not any("/penulis/" in url for url in entries)
    # With its translation gone, the Indonesian post no longer claims an English alternate.
    assert entries["http://localhost" + english_tree["post"].url]["alternates"] == {}


def test_sitemap_query_count_does_not_grow_with_pages(client, english_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.tests import factories as f

    def count():
        with CaptureQueriesContext(connection) as ctx:
            client.get("/sitemap.xml")
        return len(ctx.captured_queries)

    client.get("/sitemap.xml")
    few = count()
    for _ in range(15):
        f.NewsPageFactory(parent=english_tree["news_index"], authors=[english_tree["author"]])
    client.get("/sitemap.xml")
    assert count() == few


def test_robots_txt_points_to_the_sitemap(client, english_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines and "User-agent: *" in lines
    assert client.post("/robots.txt").status_code == 405
