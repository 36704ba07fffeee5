"""COMPAT SHIM for opensearch-py: the client calls the site makes itself (not through modelsearch).

Written and checked against opensearch-py==2.8.0 (CHECKED_VERSION; pinned in requirements.txt).
No private opensearch-py internal is used: everything below is the client's documented
request API. It is still gathered here because the engine path depends on how that API
takes its arguments (``body=``, query parameters such as ``_source``/``stored_fields``/
``track_total_hits`` as keyword arguments, ``request_timeout`` per call), which changed
between major versions of the Elasticsearch/OpenSearch clients before.
search/tests/test_compat_opensearch.py fails when the installed version differs.

What each shim depends on:

1. ``search_scored_ids(client, index, body, size)``: ``OpenSearch.search`` with
   ``_source=False, stored_fields="pk", track_total_hits=True``; the response's
   ``hits.hits[].fields.pk``, ``_score``, ``matched_queries`` and ``hits.total.value``.
2. ``MAINTENANCE_KWARGS``: ``request_timeout`` accepted by every ``indices.*`` call and by
   ``helpers.bulk`` (passed through modelsearch's ``bulk``), used by search.backends.
"""

from __future__ import annotations

CHECKED_VERSION = "2.8.0"

# Query parameters of OpenSearch.search the site passes as keyword arguments.
SEARCH_PARAMS = ("_source", "stored_fields", "track_total_hits", "size")


def search_scored_ids(client, index: str, body: dict, size: int):
    """[(pk, score, matched query names)] best first, and the total number of hits."""
    response = client.search(index=index, body=body, size=size, _source=False, stored_fields="pk",
                             track_total_hits=True)
    hits = response["hits"]
    rows = [(int(hit["fields"]["pk"][0]), hit["_score"], frozenset(hit.get("matched_queries", ())))
            for hit in hits["hits"]]
    return rows, hits["total"]["value"]


def maintenance_kwargs(timeout: float) -> dict:
    return {"request_timeout": timeout}
