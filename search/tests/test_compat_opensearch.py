"""search.compat_opensearch was checked against one opensearch-py version: any other fails here."""

import importlib.metadata
import inspect

from opensearchpy import OpenSearch
from opensearchpy.client.indices import IndicesClient

from search import compat_opensearch as compat


def test_installed_opensearch_py_is_the_version_the_shims_were_checked_against():
    installed = importlib.metadata.version("opensearch-py")
    assert installed == compat.CHECKED_VERSION, (
        f"opensearch-py {installed} is installed but search/compat_opensearch.py was checked against "
        f"{compat.CHECKED_VERSION}: re-check every shim listed there, then update CHECKED_VERSION")


def test_search_still_takes_the_query_parameters_the_shim_passes():
    source = inspect.getsource(OpenSearch.search)  # the @query_params(...) list included
    assert "def search(" in source
    for name in compat.SEARCH_PARAMS:
        assert f'"{name}"' in source, name
    params = inspect.signature(inspect.unwrap(OpenSearch.search)).parameters
    assert {"body", "index", "params", "headers"} <= set(params)


def test_index_calls_still_take_body_and_per_request_options():
    for name in ("create", "put_mapping", "refresh", "delete", "put_alias"):
        params = inspect.signature(inspect.unwrap(getattr(IndicesClient, name))).parameters
        assert "params" in params and "index" in params, name


class FakeClient:
    def __init__(self, response):
        self.response, self.calls = response, []

    def search(self, **kwargs):
        self.calls.append(kwargs)
        return self.response


def test_search_scored_ids_asks_for_ids_only_and_reads_the_hits():
    client = FakeClient({"hits": {"total": {"value": 42}, "hits": [
        {"_score": 3.5, "fields": {"pk": ["7"]}, "matched_queries": ["all_concepts"]},
        {"_score": 1.0, "fields": {"pk": [9]}},
    ]}})
    rows, total, exact = compat.search_scored_ids(client, "dinsos_pages", {"query": {"match_all": {}}}, 60)
    assert rows == [(7, 3.5, frozenset({"all_concepts"}), {}), (9, 1.0, frozenset(), {})]
    assert (total, exact) == (42, True)
    assert client.calls == [{"index": "dinsos_pages", "body": {"query": {"match_all": {}}}, "size": 60,
                             "_source": False, "stored_fields": "pk", "track_total_hits": True}]


def test_search_scored_ids_passes_the_count_limit_and_reads_a_lower_bound():
    client = FakeClient({"hits": {"total": {"value": 1000, "relation": "gte"}, "hits": []}})
    rows, total, exact = compat.search_scored_ids(client, "dinsos_pages", {}, 60, track_total_hits=1000)
    assert (rows, total, exact) == ([], 1000, False)
    assert client.calls[0]["track_total_hits"] == 1000
    client = FakeClient({"hits": {"total": {"value": 999, "relation": "eq"}, "hits": []}})
    assert compat.search_scored_ids(client, "dinsos_pages", {}, 60, track_total_hits=1000)[1:] == (999, True)


def test_search_scored_ids_reads_the_asked_source_fields():
    client = FakeClient({"hits": {"total": {"value": 1}, "hits": [
        {"_score": 2.0, "fields": {"pk": ["7"]}, "_source": {"search_display_filter": {"title": "T"}}},
    ]}})
    rows, _total, _exact = compat.search_scored_ids(client, "dinsos_pages", {}, 10,
                                                    source=("search_display_filter",))
    assert rows == [(7, 2.0, frozenset(), {"search_display_filter": {"title": "T"}})]
    assert client.calls[0]["_source"] == ["search_display_filter"]


def test_maintenance_kwargs_is_a_per_request_timeout():
    assert compat.maintenance_kwargs(120) == {"request_timeout": 120}
