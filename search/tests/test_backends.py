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
