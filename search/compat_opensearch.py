"""COMPAT SHIM for opensearch-py: the client calls the site makes itself (not through modelsearch).

Written and checked against opensearch-py==2.8.0 (CHECKED_VERSION; pinned in requirements.txt).
No private opensearch-py internal is used: everything below is the client's documented
request API. It is still gathered here because the engine path depends on how that API
takes its arguments (``body=``, query parameters such as ``_source``/``stored_fields``/
``track_total_hits`` as keyword arguments, ``request_timeout`` per call), which changed
between major versions of the Elasticsearch/OpenSearch clients before.
search/tests/test_compat_opensearch.py fails when the installed version differs.

What each shim depends on:

1. ``search_scored_ids(client, index, body, size, source=(), track_total_hits=True)``:
   ``OpenSearch.search`` with ``stored_fields="pk"``, ``track_total_hits`` (True, or the
   number of hits up to which the engine counts exactly) and ``_source`` False or the list of
   ``source`` fields; the response's ``hits.hits[].fields.pk``, ``_score``,
   ``matched_queries``, ``_source``, ``hits.total.value`` and ``hits.total.relation``
   (``"gte"`` when the count stopped at the limit).
2. ``msearch_scored_ids(client, index, bodies, size, source=(), track_total_hits=True)``:
   ``OpenSearch.msearch`` with a body of header/search pairs (``size``, ``_source``,
   ``stored_fields``, ``track_total_hits`` in each search body) and ``responses[]`` in the
   answer, read as in 1.; a response with an ``error`` raises ``MultiSearchError``.
3. ``MAINTENANCE_KWARGS``: ``request_timeout`` accepted by every ``indices.*`` call and by
   ``helpers.bulk`` (passed through modelsearch's ``bulk``), used by search.backends.
"""

from __future__ import annotations

CHECKED_VERSION = "2.8.0"

# Query parameters of OpenSearch.search the site passes as keyword arguments.
SEARCH_PARAMS = ("_source", "stored_fields", "track_total_hits", "size")


def search_scored_ids(client, index: str, body: dict, size: int, source: tuple[str, ...] = (),
                      track_total_hits: bool | int = True):
    """[(pk, score, matched query names, {source field: value})] best first, the total number
    of hits, and whether that total is exact (False: at least that many, the count having
    stopped at ``track_total_hits``). Only the ``source`` fields of each document's _source
    are fetched."""
    response = client.search(index=index, body=body, size=size, _source=list(source) if source else False,
                             stored_fields="pk", track_total_hits=track_total_hits)
    return _answer(response["hits"])


class MultiSearchError(RuntimeError):
    """One search of a multi-search failed (the engine answers the others)."""


def _answer(hits):
    rows = [(int(hit["fields"]["pk"][0]), hit["_score"], frozenset(hit.get("matched_queries", ())),
             hit.get("_source") or {})
            for hit in hits["hits"]]
    return rows, hits["total"]["value"], hits["total"].get("relation", "eq") == "eq"


def msearch_scored_ids(client, index: str, bodies: list[dict], size: int, source: tuple[str, ...] = (),
                       track_total_hits: bool | int = True):
    """search_scored_ids for several bodies in one request: [(rows, total, exact)] in their order."""
    lines = []
    for body in bodies:
        lines += [{"index": index}, {**body, "size": size, "_source": list(source) if source else False,
                                     "stored_fields": "pk", "track_total_hits": track_total_hits}]
    response = client.msearch(body=lines)
    answers = []
    for answer in response["responses"]:
        if "error" in answer:
            raise MultiSearchError(str(answer["error"])[:300])
        answers.append(_answer(answer["hits"]))
    return answers


def maintenance_kwargs(timeout: float) -> dict:
    return {"request_timeout": timeout}
