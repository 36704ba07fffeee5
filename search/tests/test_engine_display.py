"""What a result shows comes from the engine's _source on the engine and from the database
otherwise, and is the same either way; a stale engine document never shows a page that is no
longer live; a search is one engine request, spelling correction included."""

import datetime

import pytest
from wagtail.models import Locale

from search import backends, compat_opensearch, service
from search.analysis import analyse_query
from search.compat_modelsearch import index_signals_paused
from search.indexing import SNIPPET_BODY_CHARS
from search.ranking import Candidate
from search.service import can_change_answer, describe, page_queryset, search_pages

from .test_search import titles


def _shown(candidates):
    return {c.pk: (c.title, c.lead, c.date) for c in candidates}


def test_results_show_the_same_title_lead_and_date_on_every_backend(search_backend, corpus):
    search_backend.rebuild()
    outcome = search_pages("bantuan sosial", Locale.get_default(), backend=search_backend.backend,
                           fallback=search_backend.fallback)
    shown = _shown(outcome.candidates)
    assert corpus["bantuan"].pk in shown
    from_database = describe([Candidate(pk=pk, score=1.0) for pk in shown], page_queryset(Locale.get_default()))
    assert shown == _shown(from_database)
    assert shown[corpus["bantuan"].pk] == (corpus["bantuan"].title, corpus["bantuan"].summary,
                                           datetime.date(2024, 5, 1))


def test_a_stale_engine_document_never_shows_a_page_no_longer_live(search_backend, corpus):
    search_backend.rebuild()
    page = corpus["pkh"]
    with index_signals_paused():  # the index misses the update, as when the engine was down
        page.unpublish()
    search_backend.refresh()
    locale = Locale.get_default()
    if search_backend.kind == "engine":
        retrieval, = service._engine_retrieve(search_backend.backend, page_queryset(locale),
                                              [analyse_query("pencairan")])
        assert page.pk in dict(retrieval.ranked) and page.pk in retrieval.display  # the engine still has it...
    assert page.title not in titles(search_backend, "pencairan")  # ...the visitor never sees it


def test_a_typo_and_its_correction_are_one_engine_request(search_engine, settings, corpus):
    from bench.search.loader import index_corpus

    engine = search_engine.use(settings)
    index_corpus(engine)
    calls = []
    for name in ("search", "msearch"):
        original = getattr(engine.es, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            calls.append(_name)
            return _original(*args, **kwargs)

        setattr(engine.es, name, counted)
    try:
        outcome = search_pages("konselnig keluarga", Locale.get_default(), backend=engine, fallback=None)
        assert outcome.corrected_from == "konselnig keluarga"
        assert calls == ["msearch"]
        calls.clear()
        search_pages("konseling keluarga", Locale.get_default(), backend=engine, fallback=None)
        assert calls == ["search"]
    finally:
        search_engine.drop_indexes()


def test_search_display_holds_what_describe_reads(corpus):
    page = corpus["bantuan"].specific
    display = page.search_display()
    assert display["title"] == page.title
    assert display["lead"] == page.summary
    assert display["date"] == "2024-05-01"
    assert display["title_stems"][:2] == ["salur", "bantu"]
    assert "lanjut" in display["lead_stems"]
    # The snippet's texts, as views._snippet_texts reads them from the database.
    assert display["snippet_lead"] == page.snippet_lead_text()
    assert display["snippet_body"] == " ".join(page.snippet_body_text().split())[:SNIPPET_BODY_CHARS]


def test_apply_display_reads_dates_and_stems_and_refuses_what_it_cannot_read():
    candidate = Candidate(pk=1, score=1.0)
    assert service.apply_display(candidate, {"title": "T", "lead": None, "date": "2024-05-01",
                                             "title_stems": ["t"], "lead_stems": []})
    assert (candidate.title, candidate.lead, candidate.date) == ("T", "", datetime.date(2024, 5, 1))
    assert candidate.title_stems == ("t",) and candidate.lead_stems == ()
    assert candidate.snippet_texts is None  # a document indexed before snippets were kept
    assert service.apply_display(candidate, {"title": "T", "snippet_lead": "L", "snippet_body": "B"})
    assert candidate.snippet_texts == ("L", "B")
    assert not service.apply_display(Candidate(pk=2, score=1.0), None)
    assert not service.apply_display(Candidate(pk=2, score=1.0), {"lead": "no title"})


def test_a_correction_can_change_the_answer_only_with_other_concepts():
    assert can_change_answer(analyse_query("konselnig keluarga"), analyse_query("konseling keluarga"))
    assert not can_change_answer(analyse_query("bantuan lansia"), analyse_query("membantu lansia"))


class FakeMsearch:
    def __init__(self, responses):
        self.responses, self.calls = responses, []

    def msearch(self, body):
        self.calls.append(body)
        return {"responses": self.responses}


def test_msearch_scored_ids_sends_header_body_pairs_and_reads_each_answer():
    client = FakeMsearch([
        {"hits": {"total": {"value": 1000, "relation": "gte"}, "hits": [{"_score": 2.0, "fields": {"pk": ["4"]},
                                                                         "_source": {"d": {"title": "A"}}}]}},
        {"hits": {"total": {"value": 0}, "hits": []}},
    ])
    answers = compat_opensearch.msearch_scored_ids(client, "idx", [{"query": 1}, {"query": 2}], 60, source=("d",),
                                                   track_total_hits=1000)
    assert answers == [([(4, 2.0, frozenset(), {"d": {"title": "A"}})], 1000, False), ([], 0, True)]
    assert client.calls == [[
        {"index": "idx"}, {"query": 1, "size": 60, "_source": ["d"], "stored_fields": "pk", "track_total_hits": 1000},
        {"index": "idx"}, {"query": 2, "size": 60, "_source": ["d"], "stored_fields": "pk", "track_total_hits": 1000},
    ]]
    with pytest.raises(compat_opensearch.MultiSearchError):
        compat_opensearch.msearch_scored_ids(FakeMsearch([{"error": {"type": "boom"}}]), "idx", [{}], 60)


class FakeIndices:
    def __init__(self):
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(("create", kwargs["body"]))

    def put_settings(self, **kwargs):
        self.calls.append(("put_settings", kwargs["body"]))


class FakeCluster:
    def __init__(self):
        self.calls = []

    def health(self, **kwargs):
        self.calls.append(kwargs)


class FakeEs:
    def __init__(self):
        self.indices, self.cluster = FakeIndices(), FakeCluster()


class FakeBackend:
    def __init__(self, replicas):
        self.es = FakeEs()
        self.settings = {"settings": {"index": {"number_of_shards": 1, "number_of_replicas": replicas}}}
        self.mapping_class = None


@pytest.mark.parametrize("replicas", [0, 1])
def test_a_rebuild_fills_its_index_without_refreshes_or_replicas_then_restores_them(replicas):
    backend = FakeBackend(replicas)
    index = backends.SiteIndex(backend, "dinsos_pages_new")
    index.put(bulk_load=True)
    (_, created), = backend.es.indices.calls
    assert created["settings"]["index"] == {"number_of_shards": 1, **backends.BULK_LOAD_SETTINGS}
    assert backend.settings["settings"]["index"]["number_of_replicas"] == replicas  # not changed in place
    index.end_bulk_load()
    assert backend.es.indices.calls[-1] == ("put_settings", {"index": {"refresh_interval": None,
                                                                       "number_of_replicas": replicas}})
    assert len(backend.es.cluster.calls) == replicas  # waits for the replicas only when there are some
    index.put()
    assert backend.es.indices.calls[-1] == ("create", backend.settings)
