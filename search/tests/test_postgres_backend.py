"""search.postgres_backend: on PostgreSQL a search is one indexed query that gives the same
order, total and every-concept marks as modelsearch's own three (checked against them here)."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from search.analysis import analyse_query
from search.compat_modelsearch import PostgresSearchBackend
from search.service import POOL_SIZE, build_queries, page_queryset, search_pages
from search.synonyms import SynonymTable


@pytest.fixture
def postgres(db):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (the PostgreSQL pass of make test)")
    backend = get_search_backend("default")  # the database backend in the test settings
    assert type(backend).__name__ == "RankedPostgresSearchBackend"
    return backend


def stock_answer(query, queryset):
    """What modelsearch's own PostgreSQL backend answers: ranked slice, total, every-concept set."""
    params = {k: v for k, v in settings.WAGTAILSEARCH_BACKENDS["default"].items() if k != "BACKEND"}
    stock = PostgresSearchBackend(params)  # same configuration (text search config), stock compiler
    any_query, all_query = build_queries(query, engine=False)
    ranked = [(p.pk, p._score) for p in stock.search(any_query, queryset).annotate_score("_score")[:POOL_SIZE]]
    total = stock.search(any_query, queryset).count()
    every = {p.pk for p in stock.search(all_query, queryset)} if all_query else None
    return ranked, total, every


@pytest.mark.parametrize("text", ["bantuan lansia", "pkh", "kesejahteraan sosial", "konseling keluarga",
                                  "korban banjir sleman", "tidak ada sama sekali"])
def test_one_query_gives_modelsearch_s_order_total_and_marks(postgres, corpus, text):
    locale = Locale.get_default()
    queryset = page_queryset(locale)
    query = analyse_query(text, "id", SynonymTable([]))
    any_query, all_query = build_queries(query, engine=False)
    compiler = postgres.search(any_query, queryset, order_by_relevance=True).query_compiler
    with CaptureQueriesContext(connection) as queries:
        ranked, total, complete = compiler.ranked_retrieval(compiler.get_config(postgres), POOL_SIZE, all_query)
    # (A first ContentType lookup may come before it: Django caches those per process.)
    searches = [q for q in queries.captured_queries if "django_content_type" not in q["sql"]]
    assert searches == queries.captured_queries[-1:]
    stock_ranked, stock_total, stock_every = stock_answer(query, queryset)
    assert [pk for pk, _ in ranked] == [pk for pk, _ in stock_ranked]
    assert [round(score, 6) for _, score in ranked] == [round(score, 6) for _, score in stock_ranked]
    assert total == stock_total
    if all_query is None:
        assert complete is None
    else:
        assert complete == {pk for pk, _ in ranked} & stock_every
    if text == "bantuan lansia":
        assert corpus["bantuan"].pk in complete and corpus["membantu"].pk not in complete


def test_a_search_reads_the_full_text_index_once(postgres, corpus):
    with CaptureQueriesContext(connection) as queries:
        outcome = search_pages("bantuan lansia", Locale.get_default(), backend=postgres, fallback=None,
                               synonyms=SynonymTable([]), corrector=False)
    full_text = [q["sql"] for q in queries.captured_queries if "@@" in q["sql"]]
    assert len(full_text) == 1
    assert "COUNT(" in full_text[0] and "OVER" in full_text[0]
    assert outcome.candidates[0].pk == corpus["bantuan"].pk and outcome.total == len(outcome.candidates)


def test_the_filter_can_use_the_per_column_indexes(postgres, corpus):
    """modelsearch matches (title || body), which no index holds; ours matches each column."""
    query = analyse_query("bantuan", "id", SynonymTable([]))
    any_query, _ = build_queries(query, engine=False)
    compiler = postgres.search(any_query, page_queryset(Locale.get_default()), order_by_relevance=True).query_compiler
    with CaptureQueriesContext(connection) as queries:
        compiler.ranked_retrieval(compiler.get_config(postgres), POOL_SIZE)
    sql = queries.captured_queries[-1]["sql"]
    assert '"wagtailsearch_indexentry"."title" @@' in sql and '"wagtailsearch_indexentry"."body" @@' in sql
    assert '"title" || "wagtailsearch_indexentry"."body") @@' not in sql
