"""The public search page, autocomplete, promotions and search statistics, on every backend."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.tests import factories as f
from search import postgres_rum, service
from search.models import ZeroResultQuery

SEARCH = "/cari/"
SUGGEST = "/cari/saran/"


def test_translated_addresses():
    with translation.override("id"):
        assert reverse("search:search") == SEARCH
        assert reverse("search:autocomplete") == SUGGEST
    with translation.override("en"):
        assert reverse("search:search") == "/en/search/"
        assert reverse("search:autocomplete") == "/en/search/suggest/"


def test_results_page_links_highlights_and_counts(client, search_backend, corpus):
    search_backend.rebuild()
    response = client.get(SEARCH, {"q": "bantuan lansia"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 hasil untuk “bantuan lansia”" in html
    assert f'href="{corpus["bantuan"].url}"' in html
    assert "Penyaluran <mark>bantuan</mark> sosial untuk <mark>lansia</mark> di Sleman" in html
    assert "Warga <mark>dibantu</mark> relawan" in html  # the root, not the typed word
    assert html.index("Penyaluran <mark>bantuan</mark>") < html.index("Relawan <mark>membantu</mark>")
    assert "Berita" in html and 'datetime="2024-05-01"' in html


def test_the_engine_stops_counting_at_its_limit_and_the_page_says_at_least(client, search_backend, corpus,
                                                                         monkeypatch):
    # The engine, and PostgreSQL with RUM indexes, count matches up to service.TOTAL_HITS_COUNTED
    # only (1,000; here 1): the count shown is then a lower bound, the results themselves are all
    # there. SQLite (and PostgreSQL without RUM) count all.
    monkeypatch.setattr(service, "TOTAL_HITS_COUNTED", 1)
    search_backend.rebuild()
    html = client.get(SEARCH, {"q": "bantuan lansia"}).content.decode()
    if search_backend.kind == "engine" or (connection.vendor == "postgresql" and postgres_rum.available()):
        # At least the pages it returned: the count stopped at 1, the two hits came anyway.
        assert '"status">Sedikitnya 2 hasil untuk “bantuan lansia”' in html
    else:
        assert '"status">2 hasil untuk “bantuan lansia”' in html
    assert html.count('<li class="search-result ') == 2
    assert f'href="{corpus["bantuan"].url}"' in html and "Relawan <mark>membantu</mark>" in html


def test_search_box_on_every_page(client, corpus):
    html = client.get(corpus["bantuan"].url).content.decode()
    assert 'role="search"' in html and 'action="/cari/"' in html and 'data-suggest-url="/cari/saran/"' in html
    english = client.get("/en/search/").content.decode()
    assert 'action="/en/search/"' in english


def test_english_page_searches_english_pages(client, search_backend, corpus, english):
    post = corpus["bantuan"].copy_for_translation(english, copy_parents=True)
    post.title = "Social assistance for older people"
    post.save_revision().publish()
    search_backend.rebuild()
    html = client.get("/en/search/", {"q": "assistance"}).content.decode()
    assert "1 result for “assistance”" in html and "/en/berita/" in html
    assert "Social <mark>assistance</mark>" in html


def test_pagination_keeps_the_query_and_clamps_page_numbers(client, search_backend, corpus):
    for number in range(12):
        f.NewsPageFactory(parent=corpus["news_index"], authors=[corpus["author"]],
                          title=f"Sosialisasi bantuan ke-{number}")
    search_backend.rebuild()
    first = client.get(SEARCH, {"q": "sosialisasi", "kind": "news"}).content.decode()
    assert first.count('class="search-result ') == 10
    assert "?q=sosialisasi&amp;kind=news&amp;page=2" in first
    last = client.get(SEARCH, {"q": "sosialisasi", "page": "99"}).content.decode()
    assert last.count('class="search-result ') == 2
    for page in ["0", "-3", "abc", "1e9", ""]:
        assert client.get(SEARCH, {"q": "sosialisasi", "page": page}).status_code == 200


@pytest.mark.parametrize("params", [
    {"q": ""}, {"q": "   "}, {"q": "x"}, {"q": "a" * 10_000}, {"q": 'AND OR NOT ( ) " * ~ : \\'},
    {"q": "'; DROP TABLE wagtailcore_page; --"}, {"q": "<script>alert(1)</script>"},
    {"q": "bantuan", "kind": "unicorn", "programme": "x", "category": "999999", "year": "1800", "sort": "??"},
    {"q": "bantuan", "programme": "-1", "year": "20x4"}, {"q": ["bantuan", "lansia"]},
])
def test_bad_input_gives_a_clear_page(client, search_backend, corpus, params):
    search_backend.rebuild()
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Traceback" not in html and "TransportError" not in html


def test_broken_percent_encoding(client, search_backend, corpus):
    search_backend.rebuild()
    response = client.get("/cari/?q=%E0%A4%A&kind=%ZZ")
    assert response.status_code == 200


def test_unknown_filters_are_reported_and_ignored(client, search_backend, corpus):
    search_backend.rebuild()
    html = client.get(SEARCH, {"q": "bantuan", "kind": "unicorn", "year": "1800"}).content.decode()
    assert "tidak dikenali" in html and "Jenis" in html and "Tahun" in html
    assert f'href="{corpus["bantuan"].url}"' in html


def test_empty_query_and_no_results_states(client, search_backend, corpus):
    from search.models import SuggestedSearches

    search_backend.rebuild()
    SuggestedSearches.objects.create(indonesian="bantuan")
    empty = client.get(SEARCH).content.decode()
    assert "Pencarian populer" in empty and "?q=bantuan" in empty
    nothing = client.get(SEARCH, {"q": "zzyzx qwrtp"}).content.decode()
    assert "Tidak ada halaman" in nothing


def test_spelling_hint_and_correction(client, search_backend, corpus):
    search_backend.rebuild()
    html = client.get(SEARCH, {"q": "konselnig"}).content.decode()
    assert "Menampilkan hasil untuk <strong>konseling</strong>" in html
    assert corpus["konseling"].title.split()[0] in html


def test_searches_are_recorded_and_zero_results_reported(client, admin_client, search_backend, corpus):
    search_backend.rebuild()
    client.get(SEARCH, {"q": "Bantuan"})
    client.get(SEARCH, {"q": "bantuan", "page": "2"})  # paging is not a new search
    client.get(SEARCH, {"q": "qwzx plok"})
    client.get(SEARCH, {"q": "qwzx plok"})
    assert not Query.objects.exists() and not ZeroResultQuery.objects.exists()  # counted in the cache only
    call_command("flush_search_log")
    assert Query.get("bantuan").hits == 1
    missing = ZeroResultQuery.objects.get(query_string="qwzx plok")
    assert missing.hits == 2 and missing.language == "id"
    assert not ZeroResultQuery.objects.filter(query_string="bantuan").exists()
    report = admin_client.get(reverse("search_reports:zero_results"))
    assert report.status_code == 200 and "qwzx plok" in report.content.decode()
    assert client.get(reverse("search_reports:zero_results")).status_code == 302  # login first


def test_promotions_first_and_per_language(client, search_backend, corpus, english):
    english_post = corpus["membantu"].copy_for_translation(english, copy_parents=True)
    english_post.save_revision().publish()
    query = Query.get("banjir")
    SearchPromotion.objects.create(query=query, page=corpus["kdrt"], sort_order=0, description="Layanan darurat")
    SearchPromotion.objects.create(query=query, page=english_post, sort_order=1)
    search_backend.rebuild()
    html = client.get(SEARCH, {"q": "Banjir"}).content.decode()
    picks = html[html.index("Pilihan redaksi"):html.index('class="search__count"')]
    assert corpus["kdrt"].title in picks and english_post.url not in html
    assert html.index(corpus["kdrt"].title) < html.index("korban <mark>banjir</mark>")


def test_autocomplete_json_and_rate_limit(client, search_backend, corpus):
    search_backend.rebuild()
    data = client.get(SUGGEST, {"q": "penyal"}).json()
    assert data["results"][0]["title"] == corpus["bantuan"].title
    assert data["results"][0]["url"] == corpus["bantuan"].url and data["results"][0]["kind"] == "Berita"
    assert client.get(SUGGEST, {"q": "p"}).json()["results"] == []
    assert client.get(SUGGEST, {"q": "<script>"}).status_code == 200
    statuses = [client.get(SUGGEST, {"q": "sosial"}).status_code for _ in range(30)]
    assert statuses[-1] == 429 and statuses.count(200) == 27  # 3 earlier requests count too
    limited = client.get(SUGGEST, {"q": "sosial"})
    assert limited.status_code == 429 and limited["Retry-After"] == "60" and "error" in limited.json()
    other_client = client.get(SUGGEST, {"q": "sosial"}, REMOTE_ADDR="10.9.8.7")
    assert other_client.status_code == 200


def test_autocomplete_limit_is_per_visitor_behind_nginx(client, corpus):
    """Through nginx every request comes from 127.0.0.1; X-Real-IP tells the visitors apart."""
    def suggest(visitor):
        return client.get(SUGGEST, {"q": "sosial"}, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP=visitor).status_code

    assert [suggest("127.0.0.2") for _ in range(31)][-1] == 429
    assert suggest("127.0.0.3") == 200
    # A client that reaches Django directly cannot escape its budget by claiming another address.
    direct = [client.get(SUGGEST, {"q": "sosial"}, REMOTE_ADDR="198.51.100.4", HTTP_X_REAL_IP=f"10.0.0.{n}").status_code
              for n in range(31)]
    assert direct[-1] == 429


def test_no_address_is_stored_by_the_rate_limit(client, corpus):
    from django.core.cache import cache

    client.get(SUGGEST, {"q": "sosial"}, REMOTE_ADDR="203.0.113.9")
    keys = list(getattr(cache, "_cache", {}).keys())
    assert keys and not any("203.0.113.9" in str(key) for key in keys)
    assert all(re.search(r"ratelimit:autocomplete:[0-9a-f]{24}:\d+", str(k)) for k in keys if "ratelimit" in str(k))


def test_private_pages_feed_neither_spelling_nor_the_year_filter(client, search_backend, corpus):
    from wagtail.models import PageViewRestriction

    secret = f.NewsPageFactory(parent=corpus["news_index"], authors=[corpus["author"]],
                               title="Rapat koordinasi zygomorfik", summary="Notulen rapat.",
                               body=[("paragraph", "<p>Isi rapat.</p>")], publication_date=datetime.date(2011, 3, 1))
    search_backend.rebuild()
    # The control: while the page is public, its word is a correction and its year a choice.
    public = client.get(SEARCH, {"q": "zygomorfk"}).content.decode()
    assert "<strong>zygomorfik</strong>" in public
    assert re.search(r'<option value="2011"', public)

    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="rahasia")
    private = client.get(SEARCH, {"q": "zygomorfk"}).content.decode()
    assert "zygomorfik" not in private
    assert not re.search(r'<option value="2011"', private)


def test_the_admins_page_search_answers_on_every_database(admin_client, corpus):
    """Wagtail's admin page search autocompletes through modelsearch's own compiler, which our
    ranked SQLite results must still count (it was a 500 on SQLite)."""
    response = admin_client.get("/admin/pages/search/", {"q": "bantuan"})
    assert response.status_code == 200
    assert corpus["bantuan"].title in response.content.decode()


def test_snippets_follow_a_new_revision_and_cost_no_query_per_result(client, search_backend, corpus):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Page

    search_backend.rebuild()
    assert "bergerak cepat" in client.get(SEARCH, {"q": "tanggap darurat"}).content.decode()
    with CaptureQueriesContext(connection) as warm:
        client.get(SEARCH, {"q": "tanggap darurat"})
    assert not [q for q in warm.captured_queries if "news_newspage" in q["sql"] and '"body"' in q["sql"]]
    if search_backend.kind == "engine":  # the texts come with the hits, cold or warm
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            assert "bergerak cepat" in client.get(SEARCH, {"q": "tanggap darurat"}).content.decode()
        assert not [q for q in cold.captured_queries if "news_newspage" in q["sql"] and '"body"' in q["sql"]]
    post = Page.objects.get(pk=corpus["membantu"].pk).specific
    post.body = [("paragraph", "<p>Tim tanggap darurat membuka dapur umum di balai desa.</p>")]
    post.save_revision().publish()
    search_backend.rebuild()
    html = client.get(SEARCH, {"q": "tanggap darurat"}).content.decode()
    assert "membuka dapur umum" in html and "bergerak cepat" not in html


def test_a_new_or_removed_pick_shows_at_once_and_searches_without_picks_ask_nothing(client, corpus):
    client.get(SEARCH, {"q": "banjir"}), client.get(SEARCH, {"q": "banjir"})
    with CaptureQueriesContext(connection) as warm:
        client.get(SEARCH, {"q": "banjir"})
    assert not [q for q in warm.captured_queries if "searchpromotion" in q["sql"]]
    pick = SearchPromotion.objects.create(query=Query.get("banjir"), page=corpus["kdrt"], sort_order=0,
                                          description="Layanan darurat")
    assert "Pilihan redaksi" in client.get(SEARCH, {"q": "Banjir"}).content.decode()
    pick.delete()
    assert "Pilihan redaksi" not in client.get(SEARCH, {"q": "Banjir"}).content.decode()


def test_the_backends_are_built_once_per_process_and_configuration(settings):
    from search import fallback

    first = fallback.default_backends()
    assert fallback.default_backends() is first  # one engine client, one connection pool
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"},
                                       "database": {"BACKEND": "wagtail.search.backends.database"}}
    other = fallback.default_backends()
    assert other is not first and other[1] is not None


def test_the_kept_header_and_filters_never_show_another_searchs_query_or_choice(client, corpus):
    client.get(SEARCH, {"q": "banjir", "sort": "newest"})
    html = client.get(SEARCH, {"q": "lansia"}).content.decode()
    header = html[html.index('id="site-search-q"'):]
    assert 'value="lansia"' in header[:header.index(">")]
    assert '<option value="newest" selected>' not in html
    assert '<option value="newest" selected>' in client.get(SEARCH, {"q": "lansia", "sort": "newest"}).content.decode()
