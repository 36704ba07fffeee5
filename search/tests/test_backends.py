"""The engine query the site compiles, read without an engine (compiling sends nothing).

Proves the compat hooks still deliver modelsearch's Fuzzy/Phrase compilation, with the
weight of an enclosing Boost, to search.backends' tuning.
"""

import json

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Boost, Fuzzy, Or, Phrase

from search import backends
from search.compat_modelsearch import engine_request_body
from search.config import database_backend, engine_backend


@pytest.fixture
def engine(settings, db):
    # Nothing listens on port 9 (discard); nothing is sent either.
    settings.WAGTAILSEARCH_BACKENDS = {"default": engine_backend({"SEARCH_URL": "http://127.0.0.1:9"}),
                                       "database": database_backend()}
    return get_search_backend("default")


def _clauses(body, kind):
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == kind:
                    found.append(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(body)
    return found


def test_fuzzy_keeps_the_first_letter_and_the_boost_of_its_boost(engine):
    assert isinstance(engine, backends.SiteOpenSearchBackend)
    body = engine_request_body(engine.search(Or([Phrase("bantuan lansia"), Boost(Fuzzy("bantuan"), 0.3)]),
                                             Page.objects.all(), order_by_relevance=True))
    json.dumps(body)  # what is sent must be plain JSON
    fuzzy = [m for clause in _clauses(body, "match") for m in clause.values() if "fuzziness" in m]
    assert fuzzy, body
    assert all(m["prefix_length"] == backends.FUZZY_PREFIX_LENGTH
               and m["max_expansions"] == backends.FUZZY_MAX_EXPANSIONS for m in fuzzy)
    assert any(m.get("boost", 1.0) < 1.0 for m in fuzzy)  # 0.3 times the field's boost
    phrases = [p for clause in _clauses(body, "match_phrase") for p in clause.values()]
    assert phrases and all(p["slop"] == backends.PHRASE_SLOP for p in phrases)


def test_a_top_level_fuzzy_or_phrase_query_uses_the_site_tuning_too(engine):
    fuzzy = engine.search(Fuzzy("bantuan"), Page.objects.all()).query_compiler.get_inner_query()
    phrase = engine.search(Phrase("bantuan lansia"), Page.objects.all()).query_compiler.get_inner_query()
    assert fuzzy["multi_match"]["prefix_length"] == backends.FUZZY_PREFIX_LENGTH
    assert phrase["multi_match"]["slop"] == backends.PHRASE_SLOP


def test_a_named_clause_wraps_its_subquery_in_every_field(engine):
    named = Or([backends.Named(Phrase("bantuan lansia"), "concept0"), Fuzzy("bantuan")])
    plain = Or([Phrase("bantuan lansia"), Fuzzy("bantuan")])
    named_query = engine.search(named, Page.objects.all()).query_compiler.get_inner_query()
    plain_query = engine.search(plain, Page.objects.all()).query_compiler.get_inner_query()
    per_field = named_query["dis_max"]["queries"]
    assert len(per_field) == len(plain_query["dis_max"]["queries"]) > 1
    names = []
    for named_field, plain_field in zip(per_field, plain_query["dis_max"]["queries"], strict=True):
        wrapped, fuzzy = named_field["bool"]["should"]
        # One should clause under the name: the same score as the clause alone.
        assert wrapped["bool"]["should"] == [plain_field["bool"]["should"][0]]
        assert fuzzy == plain_field["bool"]["should"][1]
        names.append(wrapped["bool"]["_name"])
    # A name per field (the engine keeps one query per name), each read back as the clause's.
    assert len(set(names)) == len(names) and {backends.clause_name(n) for n in names} == {"concept0"}
    assert backends.clause_name("all_concepts") == "all_concepts"


def test_only_the_site_compiler_says_it_names_clauses(engine):
    from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchQueryCompiler

    assert backends.SiteQueryCompiler.names_clauses is True
    assert not getattr(Elasticsearch8SearchQueryCompiler, "names_clauses", False)


def test_the_engine_body_names_each_concept_or_adds_the_all_concepts_clause(engine, settings):
    from search import service
    from search.analysis import language_of
    from search.config import search_backends_from_env

    query = service.analyse_query("pelatihan kerja", language_of("id"), {})
    assert len(query.concepts) == 2
    body, required = service._engine_body(engine, Page.objects.all(), query)
    assert required == {"concept0", "concept1"}
    assert sorted(backends.clause_name(c["_name"]) for c in _clauses(body, "bool") if "_name" in c) == \
        sorted(["concept0", "concept1"] * len(body["query"]["bool"]["must"]["dis_max"]["queries"]))
    assert "all_concepts" not in json.dumps(body)

    # Stock Elasticsearch 8 compiles no Named clause: the all-concepts query rides along instead.
    settings.WAGTAILSEARCH_BACKENDS = search_backends_from_env(
        {"SEARCH_URL": "http://127.0.0.1:9", "SEARCH_BACKEND": "elasticsearch8"})
    stock = get_search_backend("default")
    body, required = service._engine_body(stock, Page.objects.all(), query)
    assert required == {"all_concepts"} and "concept0" not in json.dumps(body)
    assert [c["_name"] for c in _clauses(body, "constant_score")] == ["all_concepts"]

    # A hit matches every concept when it matched every required name.
    rows = [(1, 2.0, frozenset({"concept0@_all_text", "concept1@title"}), {}),
            (2, 1.5, frozenset({"concept1@_all_text", "concept1@title"}), {}), (3, 1.0, frozenset(), {})]
    answer = service._engine_answer(rows, 3, True, frozenset({"concept0", "concept1"}))
    assert answer.ranked == [(1, 2.0), (2, 1.5), (3, 1.0)] and answer.complete == {1}
    assert (answer.total, answer.total_exact) == (3, True)
    assert service._engine_answer(rows, 3, True, None).complete is None  # one concept: no tiers
