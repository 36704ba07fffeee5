"""search.postgres_backend: on PostgreSQL a search is one indexed query that gives the same
order, total and every-concept marks as modelsearch's own three (checked against them here);
with RUM indexes (search.postgres_rum) it ranks a pool the index picks, and counts up to a limit."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from search import postgres_rum
from search.analysis import analyse_query
from search.compat_modelsearch import PostgresSearchBackend
from search.postgres_backend import disjuncts, pool_words
from search.service import POOL_SIZE, build_queries, page_queryset, search_pages
from search.synonyms import SynonymTable

QUERIES = ["bantuan lansia", "pkh", "kesejahteraan sosial", "konseling keluarga", "korban banjir sleman",
           "tidak ada sama sekali"]


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


@pytest.fixture
def without_rum(monkeypatch):
    monkeypatch.setattr(postgres_rum, "available", lambda using="default", column="body": False)


def retrieve(backend, text, count_to=None):
    """(ranked_retrieval's answer, the query analysed, the SQL it ran)."""
    query = analyse_query(text, "id", SynonymTable([]))
    any_query, all_query = build_queries(query, engine=False)
    compiler = backend.search(any_query, page_queryset(Locale.get_default()), order_by_relevance=True).query_compiler
    postgres_rum.available()  # asked once per process: not part of a search
    with CaptureQueriesContext(connection) as queries:
        answer = compiler.ranked_retrieval(compiler.get_config(backend), POOL_SIZE, all_query, count_to=count_to)
    # (A first ContentType lookup may come before it: Django caches those per process.)
    return answer, query, [q["sql"] for q in queries.captured_queries if "django_content_type" not in q["sql"]]


def assert_same_as_modelsearch(answer, query, corpus, text):
    ranked, total, complete, exact = answer
    _any, all_query = build_queries(query, engine=False)
    stock_ranked, stock_total, stock_every = stock_answer(query, page_queryset(Locale.get_default()))
    assert [pk for pk, _ in ranked] == [pk for pk, _ in stock_ranked]
    assert [round(score, 6) for _, score in ranked] == [round(score, 6) for _, score in stock_ranked]
    assert total == stock_total and exact is True
    if all_query is None:
        assert complete is None
    else:
        assert complete == {pk for pk, _ in ranked} & stock_every
    if text == "bantuan lansia":
        assert corpus["bantuan"].pk in complete and corpus["membantu"].pk not in complete


@pytest.mark.parametrize("text", QUERIES)
def test_one_query_gives_modelsearch_s_order_total_and_marks(postgres, corpus, text):
    answer, query, searches = retrieve(postgres, text)  # no count limit: the exact query, RUM or not
    assert len(searches) == 1
    assert_same_as_modelsearch(answer, query, corpus, text)


def test_without_rum_a_search_reads_the_full_text_index_once(postgres, corpus, without_rum):
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
    assert 'e."title" @@' in sql and 'e."body" @@' in sql
    assert '"title" || e."body") @@' not in sql  # (only the every-concept mark reads both: none here)


def test_migrate_creates_the_rum_indexes_and_again_changes_nothing(postgres):
    # make test installs the extension's package (scripts/system-deps.sh); the test database's
    # migrate created the indexes (search.apps: post_migrate).
    assert postgres_rum.available()
    assert postgres_rum.create_indexes() is True
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = ANY(%s) ORDER BY indexname",
                       [list(postgres_rum.INDEXES.values())])
        definitions = [row[0] for row in cursor.fetchall()]
    # (rum_tsvector_ops is the extension's default operator class: PostgreSQL leaves it out.)
    assert [d.split(" USING ")[1] for d in definitions] == ["rum (body)", "rum (title)"]
    assert postgres_rum.available()  # asked again after create_indexes(), then kept
    with CaptureQueriesContext(connection) as queries:
        assert postgres_rum.available()
    assert not queries.captured_queries


@pytest.mark.parametrize("text", QUERIES)
def test_with_rum_a_small_site_s_pool_holds_every_match_and_the_order_is_modelsearch_s(postgres, corpus, text,
                                                                                       monkeypatch):
    # No word common (as on a small site before ANALYZE): the pool holds every match.
    monkeypatch.setattr(postgres_rum, "word_shares", lambda using="default", column="body": {})
    answer, query, searches = retrieve(postgres, text, count_to=1000)
    # The pool from the RUM indexes (ordered by their distance), the count (one query per word
    # or phrase: none reaches the limit here), the ranking (none when the pool is empty).
    any_query, _all = build_queries(query, engine=False)
    parts = len(list(disjuncts(any_query)))
    assert len(searches) == 1 + parts + (1 if answer[0] else 0)
    assert " <=> " in searches[0] and "LIMIT 100" in searches[0] and "ts_rank" not in searches[0]
    assert all("LIMIT 1001" in sql and "ts_rank" not in sql for sql in searches[1:1 + parts])
    assert all("ts_rank" in sql for sql in searches[1 + parts:])
    assert_same_as_modelsearch(answer, query, corpus, text)


def test_with_rum_the_total_is_counted_up_to_the_limit(postgres, corpus, monkeypatch):
    monkeypatch.setattr(postgres_rum, "word_shares", lambda using="default", column="body": {})
    (ranked, total, _complete, exact), _query, sql = retrieve(postgres, "bantuan lansia", count_to=1)
    assert len(ranked) == 2 and total == 1 and exact is False
    # The first word counted reaches the limit: no other is asked.
    assert len([q for q in sql if "LIMIT 2" in q and " <=> " not in q]) == 1
    (ranked, total, _complete, exact), _query, _sql = retrieve(postgres, "bantuan lansia", count_to=2)
    assert len(ranked) == 2 and total == 2 and exact is True


def test_the_body_pool_keeps_each_word_or_phrase_s_rarest_word_and_drops_common_ones():
    from wagtail.search.query import And, Boost, Or, Phrase, PlainText

    shares = {"sosial": 0.9, "bantu": 0.3, "lanjut": 0.2, "usia": 0.05, "kota": 0.5}
    query = Or([PlainText("bantu"), Or([PlainText("lansia"), Phrase("lanjut usia")]), Boost(PlainText("sosial"), 2),
                And([PlainText("kota")])])
    # "usia" stands for its phrase (5 %); "lansia" is not among the common words at all.
    assert pool_words(query, shares) == ["lansia", "usia"]
    # Every word common: the rarest of them, so that the pool is never empty.
    assert pool_words(Or([PlainText("sosial"), PlainText("kota")]), shares) == ["kota"]
    assert pool_words(Or([PlainText("Sosial")]), shares) == ["sosial"]


def test_the_count_asks_the_commonest_word_first_and_phrases_last(postgres, corpus, monkeypatch):
    # "kesejahteraan" is the commonest here: reaching the limit with it ends the count at once,
    # before the phrase (which the index would have to check position by position).
    monkeypatch.setattr(postgres_rum, "word_shares",
                        lambda using="default", column="body": {"sejahtera": 0.5, "sosial": 0.01})
    (_ranked, total, _complete, exact), _query, sql = retrieve(postgres, "kesejahteraan sosial", count_to=1)
    counts = [q for q in sql if "LIMIT 2" in q and " <=> " not in q]
    assert (total, exact, len(counts)) == (1, False, 1)
    assert "'sejahtera'" in counts[0] and "sosial" not in counts[0]
    # Without a limit reached, every word and phrase is counted, the phrase last, and the total
    # is modelsearch's.
    answer, query, sql = retrieve(postgres, "kesejahteraan sosial", count_to=1000)
    counts = [q for q in sql if "LIMIT 1001" in q]
    assert len(counts) == 3 and "phraseto_tsquery" in counts[-1]
    assert answer[1] == stock_answer(query, page_queryset(Locale.get_default()))[1] and answer[3] is True


def test_word_shares_come_from_postgresql_s_statistics_and_are_kept_for_a_while(postgres, corpus):
    postgres_rum.forget()
    with connection.cursor() as cursor:
        cursor.execute(f'ANALYZE "{postgres_rum.entry_table()}"')
    shares = postgres_rum.word_shares()
    assert shares and all(0 < share <= 1 for share in shares.values())
    # The corpus is a handful of pages: a word of most of them is among the common ones.
    assert max(shares.values()) > postgres_rum.COMMON_SHARE
    titles = postgres_rum.word_shares(column="title")  # the titles' own statistics
    assert titles and titles != shares and all(0 < share <= 1 for share in titles.values())
    with CaptureQueriesContext(connection) as queries:
        assert postgres_rum.word_shares() == shares
        assert postgres_rum.word_shares(column="title") == titles
    assert not queries.captured_queries
    postgres_rum.forget()


def test_with_rum_the_pool_is_drawn_from_the_pages_searched_only(postgres, corpus, monkeypatch):
    # The best pages of the whole index may all be outside the search (another language, a
    # filter): the pool must still hold the best of those searched.
    from search import postgres_backend

    monkeypatch.setattr(postgres_rum, "word_shares", lambda using="default", column="body": {})
    monkeypatch.setattr(postgres_backend, "POOL_PER_COLUMN", 1)
    query = analyse_query("bantuan lansia", "id", SynonymTable([]))
    any_query, all_query = build_queries(query, engine=False)
    queryset = page_queryset(Locale.get_default()).exclude(pk=corpus["bantuan"].pk)
    compiler = postgres.search(any_query, queryset, order_by_relevance=True).query_compiler
    ranked, total, _complete, exact = compiler.ranked_retrieval(compiler.get_config(postgres), POOL_SIZE, all_query,
                                                                count_to=1000)
    assert ranked and corpus["bantuan"].pk not in {pk for pk, _ in ranked}
    _ranked, stock_total, _every = stock_answer(query, queryset)
    assert total == stock_total and exact is True


def test_with_rum_a_page_with_one_word_of_a_phrase_is_no_result(postgres, corpus, monkeypatch):
    # The body scan looks for a phrase by one of its words ("rumah"): the pool then holds
    # "…kekerasan dalam rumah tangga", which the phrase itself does not match.
    from wagtail.search.query import Phrase

    monkeypatch.setattr(postgres_rum, "word_shares", lambda using="default", column="body": {})
    queryset = page_queryset(Locale.get_default())
    assert queryset.filter(title__contains="rumah tangga").exists()
    compiler = postgres.search(Phrase("rumah tidak layak huni"), queryset, order_by_relevance=True).query_compiler
    ranked, total, complete, exact = compiler.ranked_retrieval(compiler.get_config(postgres), POOL_SIZE, count_to=1000)
    assert (ranked, total, complete, exact) == ([], 0, None, True)
def test_with_rum_titles_are_found_by_their_rare_words_and_ordered_by_the_whole_query(postgres, corpus, monkeypatch):
    # "sosial" is in most titles: the title scan finds titles by "sejahtera" only (reading the
    # whole list of "sosial" costs ~1 µs a title), and still puts first those closest to the
    # whole query.
    shares = {"title": {"sosial": 0.9}, "body": {}}
    monkeypatch.setattr(postgres_rum, "word_shares", lambda using="default", column="body": shares[column])
    answer, query, sql = retrieve(postgres, "kesejahteraan sosial", count_to=1000)
    found_by, ordered_by = sql[0].split(" UNION ")[0].split(" ORDER BY ")
    assert found_by.endswith("""e."title" @@ to_tsquery('simple'::regconfig, '''sejahtera''')""")
    assert "sosial" not in found_by
    assert " <=> " in ordered_by and "'''sosial'''" in ordered_by and "phraseto_tsquery" in ordered_by
    # The bodies hold every match here (no common word among them): the answer is complete.
    assert_same_as_modelsearch(answer, query, corpus, "kesejahteraan sosial")


def test_with_rum_words_in_nearly_every_body_are_pooled_by_title_while_titles_fill_the_pool(postgres, corpus,
                                                                                            monkeypatch):
    # Ordering bodies by "sosial" would read its whole list: a full pool of titles is enough.
    from search import postgres_backend

    def shares(using="default", column="body"):
        return {"sosial": 0.9} if column == "body" else {}

    monkeypatch.setattr(postgres_rum, "word_shares", shares)
    monkeypatch.setattr(postgres_backend, "POOL_PER_COLUMN", 1)
    (ranked, _total, _complete, _exact), _query, sql = retrieve(postgres, "sosial", count_to=1000)
    scans = [q for q in sql if " <=> " in q]
    assert len(scans) == 1 and '"title" <=>' in scans[0] and '"body" <=>' not in scans[0]
    assert len(ranked) == 1 and "sosial" in Page.objects.get(pk=ranked[0][0]).title.lower()
    # Room left among the titles: the bodies are read as well, and nothing is missed.
    monkeypatch.setattr(postgres_backend, "POOL_PER_COLUMN", 100)
    answer, query, sql = retrieve(postgres, "sosial", count_to=1000)
    scans = [q for q in sql if " <=> " in q]
    assert len(scans) == 2 and '"body" <=>' in scans[1]
    assert_same_as_modelsearch(answer, query, corpus, "sosial")


@pytest.mark.parametrize("make_query", [
    lambda q: q.And([q.PlainText("bantu"), q.Or([q.PlainText("lansia"), q.Phrase("lanjut usia")])]),
    lambda q: q.Or([q.Boost(q.PlainText("bantu"), 2.0), q.PlainText("sosial"), q.Phrase("sejahtera sosial")]),
], ids=["and", "boost"])
def test_the_ranking_sql_scores_ands_and_boosts_as_modelsearch_does(postgres, corpus, make_query):
    # The site's queries are disjunctions of words and phrases; the SQL covers the other nodes
    # modelsearch ranks too, and must score them the same.
    import warnings

    from wagtail.search import query as q

    search_query = make_query(q)
    queryset = page_queryset(Locale.get_default())
    params = {k: v for k, v in settings.WAGTAILSEARCH_BACKENDS["default"].items() if k != "BACKEND"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # modelsearch: "Boost is not supported" (in the tsquery)
        compiler = postgres.search(search_query, queryset, order_by_relevance=True).query_compiler
        ranked, _total, _complete, _exact = compiler.ranked_retrieval(compiler.get_config(postgres), POOL_SIZE)
        stock = [(p.pk, p._score) for p in PostgresSearchBackend(params).search(search_query, queryset)
                 .annotate_score("_score")[:POOL_SIZE]]
    assert ranked and [pk for pk, _ in ranked] == [pk for pk, _ in stock]
    assert [round(score, 6) for _, score in ranked] == [round(score, 6) for _, score in stock]
