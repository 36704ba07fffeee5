"""The read API (/api/v2/, cms/api.py, docs/api.md): what other portals can read, and what they cannot."""

import datetime
import json
import urllib.error
import urllib.request

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms.tests import factories as f
from news.tests.archive_fixtures import *  # noqa: F403 - the shared archive fixtures
from news.tests.archive_fixtures import make_post

API = "/api/v2/"


def items(response):
    assert response.status_code == 200, response.content[:300]
    return response.json()["items"]


def titles(response):
    return {item["title"] for item in items(response)}


@pytest.fixture
def published(english_tree):
    """The Indonesian and English trees, one post with everything a post can show, one draft."""
    image = wagtail_factories.ImageFactory(title="Penyaluran bantuan", file__width=1600, file__height=900)
    category = f.CategoryFactory(name="Rehabilitasi Sosial", slug="rehabilitasi-sosial")
    link = f'<p>Lihat <a linktype="page" id="{english_tree["programme"].pk}">LK3</a>.</p>'
    post = make_post(english_tree, title="Konsultasi LK3 dibuka di Sleman", date=datetime.date(2026, 3, 4),
                     categories=[category], tags=["keluarga"], image=image, comments_open=False,
                     body=[("paragraph", link)])
    post.save_revision().publish()
    draft = f.NewsPageFactory(parent=english_tree["news_index"], authors=[english_tree["author"]],
                              title="Rancangan belum terbit", live=False)
    english_tree["author"].email = "sri.lestari@example.go.id"
    english_tree["author"].save_revision().publish()
    return {**english_tree, "rich": post, "draft": draft}


def test_a_news_post_shows_its_public_fields_and_nothing_else(client, published):
    post = published["rich"]
    data = client.get(f"{API}pages/{post.pk}/").json()
    assert data["title"] == post.title and data["summary"] == post.summary
    assert data["publication_date"] == "2026-03-04" and data["categories"] == ["Rehabilitasi Sosial"]
    assert data["tags"] == ["keluarga"] and data["authors"][0]["author"]["title"] == "Sri Lestari"
    assert data["featured_image"]["url"].startswith("/media/images/") and data["featured_image"]["width"] == 1200
    assert data["meta"]["html_url"] == post.full_url and data["meta"]["locale"] == "id"
    # Rich text as display HTML: the internal page link is an ordinary link.
    paragraph = data["body"][0]["value"]
    assert 'linktype="page"' not in paragraph and f'href="{published["programme"].url}"' in paragraph
    for private in ("owner", "comments_open", "latest_revision", "locked", "is_sticky", "last_updated_override"):
        assert private not in data and private not in data["meta"]
    author = client.get(f"{API}pages/{published['author'].pk}/").json()
    assert author["role"] and "email" not in author and "sri.lestari" not in json.dumps(author)
    assert client.get(f"{API}pages/{published['author'].pk}/", {"fields": "email"}).status_code == 400


def test_each_page_type_lists_its_fields(client, published):
    programme = client.get(f"{API}pages/{published['programme'].pk}/").json()
    assert programme["short_name"] and programme["cost"] and programme["locations"][0]["name"] == "LK3 Kabupaten Sleman"
    index = client.get(f"{API}pages/{published['news_index'].pk}/").json()
    assert "intro" in index
    listing = client.get(f"{API}pages/", {"type": "programmes.ProgrammePage", "fields": "short_name,summary"})
    assert [item["short_name"] for item in items(listing)] == [published["programme"].short_name]


def test_locale_filter_and_translations(client, published):
    def ids(locale):
        listing = items(client.get(f"{API}pages/", {"type": "news.NewsPage", "locale": locale, "limit": 50}))
        assert {item["meta"]["locale"] for item in listing} == {locale}
        return {item["id"] for item in listing}

    assert ids("en") == {published["post_en"].pk}
    assert {published["post"].pk, published["rich"].pk} <= ids("id") and published["post_en"].pk not in ids("id")
    translation = client.get(f"{API}pages/", {"translation_of": published["post"].pk, "locale": "en"})
    assert [item["id"] for item in items(translation)] == [published["post_en"].pk]


def test_drafts_and_private_pages_are_not_there(client, published):
    draft = published["draft"]
    assert client.get(f"{API}pages/{draft.pk}/").status_code == 404
    assert draft.title not in titles(client.get(f"{API}pages/", {"type": "news.NewsPage", "limit": 50}))
    secret = make_post(published, title="Rapat internal pengelola", date=datetime.date(2026, 1, 2))
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="rahasia")
    assert client.get(f"{API}pages/{secret.pk}/").status_code == 404
    assert secret.title not in titles(client.get(f"{API}pages/", {"search": "rapat", "limit": 50}))
    assert secret.title not in titles(client.get(f"{API}pages/", {"type": "news.NewsPage", "limit": 50}))
    unpublished = published["rich"]
    unpublished.unpublish()
    assert client.get(f"{API}pages/{unpublished.pk}/").status_code == 404


def test_documents_in_private_collections_are_not_listed(client, db):
    Document = get_document_model()
    root = Collection.get_first_root_node()
    internal = root.add_child(name="Internal")
    restriction = CollectionViewRestriction.objects.create(collection=internal,
                                                           restriction_type=CollectionViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Penyetuju")[0])
    public = Document.objects.create(title="Standar pelayanan LK3", file=ContentFile(b"%PDF-1.4", name="sp.pdf"))
    private = Document.objects.create(title="Data klien", collection=internal,
                                      file=ContentFile(b"%PDF-1.4", name="klien.pdf"))
    listed = items(client.get(f"{API}documents/"))
    assert [item["id"] for item in listed] == [public.pk]
    assert listed[0]["meta"]["download_url"].endswith("/sp.pdf")
    assert client.get(f"{API}documents/{private.pk}/").status_code == 404


@pytest.mark.parametrize("params", [
    {"limit": "abc"}, {"limit": "-1"}, {"limit": "100000"}, {"offset": "abc"}, {"type": "nope.Nothing"},
    {"type": "auth.User"}, {"fields": "owner"}, {"fields": "title,,("}, {"order": "password"},
    {"child_of": "abc"}, {"descendant_of": "999999999999999999999"}, {"translation_of": "x"}, {"unknown": "1"},

])
def test_bad_queries_get_a_clear_400(client, published, params):
    response = client.get(f"{API}pages/", params)
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert response.json()["message"]


@pytest.mark.parametrize("params", [{"locale": "xx"}, {"site": "evil.test"}])
def test_an_unknown_language_or_site_is_not_found(client, published, params):
    response = client.get(f"{API}pages/", params)
    assert response.status_code == 404 and response.json()["message"]


def test_search_and_an_unreasonable_search(client, published):
    assert published["rich"].title in titles(client.get(f"{API}pages/", {"search": "konsultasi sleman"}))
    assert items(client.get(f"{API}pages/", {"search": "a" * 5000})) == []
    detail = client.get(f"{API}pages/{published['rich'].pk}/", {"rich_text_format": "pdf"})
    assert detail.status_code == 400 and detail.json()["message"]


@pytest.mark.parametrize("path", ["pages/abc/", "pages/99999999999999999999/", "images/-1/", "documents/0/"])
def test_bad_ids_get_404_never_500(client, db, path):
    assert client.get(API + path).status_code == 404


def test_rate_limit_is_per_visitor(client, published, settings):
    settings.API_REQUESTS_PER_MINUTE = 5
    statuses = [client.get(f"{API}pages/", REMOTE_ADDR="198.51.100.7").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    refused = client.get(f"{API}pages/", REMOTE_ADDR="198.51.100.7")
    assert refused["Retry-After"] == "60" and "minute" in refused.json()["detail"]
    assert client.get(f"{API}pages/", REMOTE_ADDR="198.51.100.8").status_code == 200


def test_answers_are_json_and_kept_briefly_by_the_page_cache(client, published, settings):
    settings.PAGE_CACHE_SHORT_TIMEOUT = 45
    response = client.get(f"{API}pages/", {"type": "news.NewsPage", "locale": "en"}, HTTP_ACCEPT="text/html")
    assert response["Content-Type"] == "application/json" and response["X-Accel-Expires"] == "45"
    assert client.get(f"{API}pages/", HTTP_COOKIE="sessionid=x")["Cache-Control"] == "private, no-store"


def test_listing_query_count_does_not_grow_with_posts(client, published):
    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"{API}pages/", {"type": "news.NewsPage", "fields": "summary,publication_date",
                                               "limit": 50}).status_code == 200
        return len(queries)

    count()  # the first request after a publish also fills the site's cached root paths
    few = count()
    for n in range(6):
        make_post(published, title=f"Tambahan {n}", date=datetime.date(2025, 1, n + 1))
    count()
    assert count() == few


@pytest.mark.django_db(transaction=True)
def test_a_real_http_client_reads_the_api(live_server, home_page):
    """Over a socket, as another portal would: the listing, a detail, and a 400 with its message."""
    index = f.NewsIndexPageFactory(parent=home_page)
    author = f.AuthorPageFactory(parent=f.AuthorIndexPageFactory(parent=home_page), title="Sri Lestari")
    post = f.NewsPageFactory(parent=index, authors=[author], title="Bantuan sosial tersalurkan")

    def get(path):
        try:
            with urllib.request.urlopen(live_server.url + path, timeout=30) as response:
                return response.status, response.headers, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, error.headers, json.loads(error.read())

    status, headers, data = get(f"{API}pages/?type=news.NewsPage&fields=summary")
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert data["meta"]["total_count"] == 1 and data["items"][0]["summary"] == post.summary
    assert data["items"][0]["meta"]["detail_url"].endswith(f"{API}pages/{post.pk}/")
    status, _, detail = get(f"{API}pages/{post.pk}/")
    assert status == 200 and detail["title"] == "Bantuan sosial tersalurkan"
    status, _, error = get(f"{API}pages/?limit=abc")
    assert status == 400 and "limit" in error["message"]
