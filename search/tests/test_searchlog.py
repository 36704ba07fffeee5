"""The search-term log: counted in the cache, saved in bulk, capped, anonymous (search/searchlog.py)."""

import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search import searchlog
from search.models import ZeroResultQuery

SEARCH = "/cari/"
IP = "203.0.113.77"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def hits(term):
    return {row.date: row.hits for row in QueryDailyHits.objects.filter(query__query_string=term)}


def test_a_search_writes_nothing_to_the_database(client, search_backend, corpus):
    search_backend.rebuild()
    client.get(SEARCH)  # the first page ever rendered creates the site's settings rows
    with CaptureQueriesContext(connection) as queries:
        assert client.get(SEARCH, {"q": "bantuan"}).status_code == 200
        assert client.get(SEARCH, {"q": "qwzx plok"}).status_code == 200
    writes = [q["sql"] for q in queries.captured_queries if WRITES.match(q["sql"])]
    assert writes == []
    assert not Query.objects.exists() and not ZeroResultQuery.objects.exists()


def test_counts_appear_after_a_flush_and_add_up(client, search_backend, corpus, english):
    search_backend.rebuild()
    client.get(SEARCH, {"q": "Bantuan"})
    client.get(SEARCH, {"q": "bantuan"})
    client.get(SEARCH, {"q": "qwzx  plok"})
    client.get("/en/search/", {"q": "qwzx plok"})
    assert searchlog.flush_search_log() == (4, 0)
    today = timezone.localdate()
    assert hits("bantuan") == {today: 2}
    assert hits("qwzx plok") == {today: 2}  # Wagtail's report counts every language together
    missing = {row.language: row.hits for row in ZeroResultQuery.objects.filter(query_string="qwzx plok")}
    assert missing == {"id": 1, "en": 1}
    assert not ZeroResultQuery.objects.filter(query_string="bantuan").exists()

    client.get(SEARCH, {"q": "qwzx plok"})
    assert searchlog.flush_search_log() == (1, 0)
    assert hits("qwzx plok") == {today: 3}  # added to the same rows
    assert ZeroResultQuery.objects.get(query_string="qwzx plok", language="id").hits == 2
    assert Query.objects.count() == 2 and QueryDailyHits.objects.count() == 2
    assert searchlog.flush_search_log() == (0, 0)  # nothing pending: nothing changes
    assert hits("bantuan") == {today: 2}


def test_the_log_flushes_itself_every_n_searches(client, search_backend, corpus, settings):
    settings.SEARCH_LOG_FLUSH_EVERY = 3
    search_backend.rebuild()
    client.get(SEARCH, {"q": "bantuan"})
    client.get(SEARCH, {"q": "qwzx plok"})
    assert not Query.objects.exists()
    client.get(SEARCH, {"q": "bantuan"})
    assert hits("bantuan") == {timezone.localdate(): 2}
    assert ZeroResultQuery.objects.get(query_string="qwzx plok").hits == 1


@pytest.mark.django_db
def test_a_flush_costs_the_same_few_queries_for_three_terms_or_sixty(settings):
    settings.SEARCH_LOG_FLUSH_EVERY = 1000
    def flush_queries(count):
        for n in range(count):
            searchlog.log_search(f"istilah nomor {n}", found=n % 2 == 0, language="id")
        with CaptureQueriesContext(connection) as queries:
            assert searchlog.flush_search_log() == (count, 0)
        return len(queries)

    few = flush_queries(3)
    assert few <= 12
    assert flush_queries(60) == few
    assert Query.objects.count() == 60 and ZeroResultQuery.objects.count() == 30


@pytest.mark.django_db
def test_at_most_max_terms_distinct_terms_a_day(settings, capsys):
    settings.SEARCH_LOG_MAX_TERMS = 3
    for term in ["satu", "dua", "tiga", "empat", "lima", "satu", "empat"]:
        searchlog.log_search(term, found=False, language="id")
    searchlog.log_search("tiga", found=False, language="id")
    call_command("flush_search_log")
    output = capsys.readouterr()
    assert "5 search(es) saved." in output.out
    assert "3 search(es) not logged" in output.err and "SEARCH_LOG_MAX_TERMS" in output.err
    assert set(Query.objects.values_list("query_string", flat=True)) == {"satu", "dua", "tiga"}
    assert dict(ZeroResultQuery.objects.values_list("query_string", "hits")) == {"satu": 2, "dua": 1, "tiga": 2}
    # The cache holds no more than the cap either, and the dropped tally was reported once.
    slots = [key for key in cache._cache if re.search(r":searchlog:\d{8}:slot:", key)]
    assert len(slots) == 3
    call_command("flush_search_log")
    assert "not logged" not in capsys.readouterr().err


def test_nothing_about_the_visitor_is_kept(client, search_backend, corpus):
    search_backend.rebuild()
    cache.clear()
    client.get(SEARCH, {"q": "qwzx plok"}, REMOTE_ADDR=IP, HTTP_X_REAL_IP=IP, HTTP_X_FORWARDED_FOR=IP,
               HTTP_USER_AGENT=BROWSER, HTTP_REFERER="https://contoh.id/ref")
    keys = [key for key in cache._cache if ":searchlog:" in key]
    assert keys
    for key in keys:
        assert re.fullmatch(r":\d+:searchlog:(\d{8}:(slots|slot:\d+|term:[0-9a-f]{32})|pending)", key), key
        value = cache.get(key.split(":", 2)[-1])
        assert isinstance(value, int) or value == ("qwzx plok", "id", False), (key, value)
        assert IP not in key and IP not in str(value) and "Mozilla" not in str(value)
    searchlog.flush_search_log()
    assert {field.name for field in ZeroResultQuery._meta.get_fields()} == {
        "id", "query_string", "language", "hits", "first_seen", "last_seen"}
    for row in [*ZeroResultQuery.objects.values(), *Query.objects.values(), *QueryDailyHits.objects.values()]:
        assert IP not in str(row.values()) and "Mozilla" not in str(row.values()) and "contoh" not in str(row.values())
    assert not client.cookies


@pytest.mark.django_db
def test_empty_terms_are_not_logged():
    searchlog.log_search("   ", found=False, language="id")
    assert searchlog.flush_search_log() == (0, 0)
    assert not Query.objects.exists()


def test_both_reports_show_flushed_terms(client, admin_client, search_backend, corpus):
    search_backend.rebuild()
    client.get(SEARCH, {"q": "bantuan"})
    client.get(SEARCH, {"q": "qwzx plok"})
    call_command("flush_search_log")
    terms = admin_client.get(reverse("wagtailsearchpromotions:search_terms")).content.decode()
    assert "bantuan" in terms and "qwzx plok" in terms
    missing = admin_client.get(reverse("search_reports:zero_results")).content.decode()
    assert "qwzx plok" in missing and "bantuan" not in missing
