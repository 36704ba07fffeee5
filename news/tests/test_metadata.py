import datetime
import json
import re
from html.parser import HTMLParser

import pytest
import wagtail_factories

from cms.tests import factories as f
from home.models import SiteSettings
from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post


class HeadParser(HTMLParser):
    """Collects <meta>, <link rel=canonical> and JSON-LD blocks the way a crawler reads them."""

    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.json_ld, self._in_ld = {}, [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs.get("content"))
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def by_type(parser, type_name):
    found = [data for data in parser.json_ld if data["@type"] == type_name]
    assert len(found) == 1, [d["@type"] for d in parser.json_ld]
    return found[0]


@pytest.fixture
def article(site_tree):
    settings_obj = SiteSettings.for_site(site_tree["home"].get_site())
    settings_obj.x_url = "https://x.com/dinsosdiy"
    settings_obj.save()
    image = wagtail_factories.ImageFactory(title="Penyaluran", file__width=1600, file__height=900)
    category = f.CategoryFactory(name="Bansos")
    return make_post(site_tree, title="Penyaluran bantuan", date=datetime.date(2025, 6, 10), image=image,
                     summary="Bantuan disalurkan ke 500 keluarga.", categories=[category], tags=["banjir"])


def test_article_has_news_article_json_ld_with_required_keys(client, site_tree, article):
    head = head_of(client, article.url)
    data = by_type(head, "NewsArticle")
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Penyaluran bantuan"
    assert data["description"] == "Bantuan disalurkan ke 500 keluarga."
    assert data["datePublished"] == "2025-06-10T00:00:00+07:00"
    assert datetime.datetime.fromisoformat(data["dateModified"]) >= datetime.datetime.fromisoformat(
        data["datePublished"])
    assert data["author"] == [{"@type": "Person", "name": "Sri Lestari",
                               "url": "http://localhost" + site_tree["author"].url}]
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"] == "Dinas Sosial Daerah Istimewa Yogyakarta"
    assert publisher["logo"]["url"] == "http://localhost/static/img/logo.svg"
    assert data["image"][0].startswith("http://localhost/media/images/") and ".fill-1200x630" in data["image"][0]
    assert data["mainEntityOfPage"]["@id"] == "http://localhost" + article.url
    assert data["inLanguage"] == "id"


def test_article_open_graph_and_twitter_card(client, article):
    meta = head_of(client, article.url).meta
    assert meta["og:type"] == ["article"]
    assert meta["og:title"] == ["Penyaluran bantuan"]
    assert meta["og:description"] == ["Bantuan disalurkan ke 500 keluarga."]
    assert meta["description"] == ["Bantuan disalurkan ke 500 keluarga."]
    assert meta["og:url"] == ["http://localhost" + article.url]
    assert meta["og:locale"] == ["id_ID"]
    assert ".fill-1200x630" in meta["og:image"][0]
    assert meta["og:image:width"] == ["1200"] and meta["og:image:height"] == ["630"]
    assert meta["article:published_time"] == ["2025-06-10T00:00:00+07:00"]
    assert meta["article:modified_time"][0] >= meta["article:published_time"][0]
    assert meta["article:section"] == ["Bansos"] and meta["article:tag"] == ["banjir"]
    assert meta["twitter:card"] == ["summary_large_image"]
    assert meta["twitter:site"] == ["@dinsosdiy"]
    assert meta["twitter:image"] == meta["og:image"]


def test_breadcrumb_list_on_every_kind_of_page(client, site_tree, article):
    home = by_type(head_of(client, "/"), "BreadcrumbList")
    assert [item["name"] for item in home["itemListElement"]] == ["Beranda"]
    crumbs = by_type(head_of(client, article.url), "BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Beranda", "http://localhost/"), (2, "Berita", "http://localhost/berita/"),
        (3, "Penyaluran bantuan", "http://localhost" + article.url)]
    for url in (site_tree["author"].url, site_tree["programme"].url, site_tree["author_index"].url):
        crumbs = by_type(head_of(client, url), "BreadcrumbList")["itemListElement"]
        assert crumbs[0]["name"] == "Beranda" and crumbs[-1]["item"] == "http://localhost" + url
    crumbs = by_type(head_of(client, "/berita/2025/06/"), "BreadcrumbList")["itemListElement"]
    assert crumbs[-1] == {"@type": "ListItem", "position": 3, "name": "Berita bulan Juni 2025",
                          "item": "http://localhost/berita/2025/06/"}


def test_canonical_urls_for_pages_archives_and_paginated_listings(client, site_tree, article, settings):
    assert head_of(client, article.url).canonical == ["http://localhost" + article.url]
    assert head_of(client, "/berita/2025/?utm_source=x").canonical == ["http://localhost/berita/2025/"]
    settings.NEWS_PAGE_SIZE = 1
    assert head_of(client, "/berita/?page=2").canonical == ["http://localhost/berita/?page=2"]
    assert head_of(client, "/berita/?page=1").canonical == ["http://localhost/berita/"]
    assert head_of(client, "/berita/?page=abc").canonical == ["http://localhost/berita/"]


def test_home_page_describes_the_organisation(client, site_tree):
    head = head_of(client, "/")
    organisation = by_type(head, "Organization")
    assert organisation["name"] == "Dinas Sosial Daerah Istimewa Yogyakarta"
    assert organisation["logo"]["url"].endswith("/static/img/logo.svg")
    assert head.meta["og:type"] == ["website"]
    assert head.meta["twitter:card"] == ["summary"]  # no image on the home page yet


def test_english_article_metadata(client, english_tree):
    head = head_of(client, english_tree["post_en"].url)
    assert head.canonical == ["http://localhost" + english_tree["post_en"].url]
    assert head.meta["og:locale"] == ["en_US"]
    data = by_type(head, "NewsArticle")
    assert data["inLanguage"] == "en"
    crumbs = by_type(head, "BreadcrumbList")["itemListElement"]
    assert crumbs[0] == {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://localhost/en/"}


def test_json_ld_cannot_be_broken_out_of(client, site_tree):
    title = '</script><script>alert("x")</script> & <!-- A&B'
    post = make_post(site_tree, title=title, date=datetime.date(2025, 1, 1), summary="<b>ringkas</b>")
    html = client.get(post.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert blocks and all("<" not in block and ">" not in block for block in blocks)
    data = next(json.loads(block) for block in blocks if json.loads(block)["@type"] == "NewsArticle")
    assert data["headline"] == title and data["description"] == "<b>ringkas</b>"
    assert '<script>alert("x")' not in html


def test_pages_without_a_page_object_still_render(client, site_tree):
    response = client.get("/halaman-yang-tidak-ada/")
    assert response.status_code == 404
    assert 'rel="canonical"' not in response.content.decode()
