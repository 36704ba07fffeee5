"""The OpenSearch 2 backend as this site uses it (SEARCH_BACKEND=opensearch2, the default).

Index maintenance (create, mapping, bulk, refresh) gets a long timeout of its own; single
page updates and searches keep the short configured one. Two query details are tuned in the
query compiler:
- fuzzy matching keeps the first letter (typos rarely hit it, and without it a 5-letter word
  expands to hundreds of unrelated terms) and honours Boost, so typo matches can be weighted
  below exact ones;
- phrases allow a little slack (slop) and honour Boost, so "layanan konseling keluarga"
  still counts as a phrase in "layanan konseling untuk keluarga";
- a Named clause compiles to its subquery under a name (per field) the engine reports in each
  hit's `matched_queries` (scoring unchanged: a bool with one should clause scores as the clause).
  search.service names each concept of the query with it, so one evaluation tells both the
  score and which concepts a hit matches.

A rebuild (`update_index`, `search_catch_up`) fills its new index with refreshes off and no
replicas, then restores the configured settings, refreshes, and only then moves the alias.

Page updates on save (add/delete of one page) never hold a publish up for long: they get
UPDATE_TIMEOUT (SEARCH_UPDATE_TIMEOUT, 0.5 s), a failure starts the engine's cool-down, and
within it updates are not sent at all. Either way the index is marked stale and
`search_catch_up` rebuilds it once the engine answers again.

The modelsearch classes subclassed here, and the private compile hooks behind
compile_fuzzy/compile_phrase, are in search.compat_modelsearch.
"""

import logging
from copy import deepcopy

from wagtail.search.query import SearchQuery

from . import fallback
from .catchup import mark_stale
from .compat_modelsearch import (
    ElasticsearchAtomicIndexRebuilder,
    OpenSearch2CompilerHooks,
    OpenSearch2Index,
    OpenSearch2SearchBackend,
    class_is_indexed,
)
from .compat_opensearch import maintenance_kwargs

logger = logging.getLogger("search")

# Index maintenance (rebuilds, bulk loads) may take far longer than the short timeout that
# protects page saves and searches; it runs from management commands, not requests.
MAINTENANCE_TIMEOUT = 120
FUZZY_PREFIX_LENGTH = 1
FUZZY_MAX_EXPANSIONS = 20
PHRASE_SLOP = 2
MAINTENANCE = maintenance_kwargs(MAINTENANCE_TIMEOUT)
# While a new index is filled nobody searches it: no refresh every second, no replica to copy
# each bulk request to. Restored by SiteIndex.end_bulk_load() before the alias moves.
BULK_LOAD_SETTINGS = {"refresh_interval": "-1", "number_of_replicas": 0}
# Documents per bulk request (opensearch-py's default is 500).
BULK_CHUNK_SIZE = 2000


def _with_boost(body: dict, boost: float) -> dict:
    if boost != 1.0:
        body["boost"] = boost
    return body


class BulkIndexingError(RuntimeError):
    """The engine refused documents of a bulk request."""


NAME_SEPARATOR = "@"


def clause_name(matched_name: str) -> str:
    """The Named clause's name in a hit's matched_queries entry (which also names the field)."""
    return matched_name.split(NAME_SEPARATOR, 1)[0]


class Named(SearchQuery):
    """``subquery``, reported by the engine as ``name@field`` in the matched_queries of the hits
    it matches in that field. Only SiteQueryCompiler knows it (``names_clauses``)."""

    def __init__(self, subquery, name: str):
        self.subquery = subquery
        self.name = name

    def __repr__(self):
        return f"<Named {self.name} {self.subquery!r}>"


class SiteQueryCompiler(OpenSearch2CompilerHooks):
    names_clauses = True

    def _compile_query(self, query, field, boost=1.0):
        if isinstance(query, Named):
            # One name per field: the engine keeps one query per name, so a name repeated in each
            # field of the dis_max would only be checked against the last field's clause.
            name = f"{query.name}{NAME_SEPARATOR}{getattr(field, 'field_name', field)}"
            return {"bool": {"should": [self._compile_query(query.subquery, field, boost)], "_name": name}}
        return super()._compile_query(query, field, boost)

    def compile_fuzzy(self, query, fields, boost=1.0):
        match = {"query": query.query_string, "fuzziness": "AUTO",
                 "prefix_length": FUZZY_PREFIX_LENGTH, "max_expansions": FUZZY_MAX_EXPANSIONS}
        if query.operator != "or":
            match["operator"] = query.operator
        if len(fields) == 1:
            return {"match": {fields[0].field_name: _with_boost(match, boost * fields[0].boost)}}
        match["fields"] = [field.field_name_with_boost for field in fields]
        return {"multi_match": _with_boost(match, boost)}

    def compile_phrase(self, query, fields, boost=1.0):
        if len(fields) == 1:
            body = {"query": query.query_string, "slop": PHRASE_SLOP}
            return {"match_phrase": {fields[0].field_name: _with_boost(body, boost * fields[0].boost)}}
        body = {"query": query.query_string, "type": "phrase", "slop": PHRASE_SLOP,
                "fields": [field.field_name_with_boost for field in fields]}
        return {"multi_match": _with_boost(body, boost)}


class SiteIndex(OpenSearch2Index):
    def put(self, bulk_load=False):
        body = self.backend.settings
        if bulk_load:
            body = deepcopy(body)
            body.setdefault("settings", {}).setdefault("index", {}).update(BULK_LOAD_SETTINGS)
        self.es.indices.create(index=self.name, body=body, **MAINTENANCE)

    def configured_replicas(self) -> int:
        # Unset means the engine's default: one replica.
        return self.backend.settings.get("settings", {}).get("index", {}).get("number_of_replicas", 1)

    def end_bulk_load(self):
        """Back to the configured settings after put(bulk_load=True); waits (bounded) until the
        replicas, if any, are no longer initialising."""
        replicas = self.configured_replicas()
        self.es.indices.put_settings(index=self.name, body={"index": {"refresh_interval": None,
                                                                      "number_of_replicas": replicas}},
                                     **MAINTENANCE)
        if replicas:
            self.es.cluster.health(index=self.name, wait_for_no_initializing_shards=True, timeout="60s",
                                   **MAINTENANCE)

    def add_model(self, model):
        mapping = self.mapping_class(model).get_mapping()
        self.es.indices.put_mapping(index=self.name, body=mapping, **MAINTENANCE)

    def refresh(self):
        self.es.indices.refresh(index=self.name, **MAINTENANCE)

    def delete(self):
        try:
            self.es.indices.delete(index=self.name, **MAINTENANCE)
        except self.backend.NotFoundError:
            pass

    def add_item(self, item):
        if not class_is_indexed(item.__class__):
            return
        mapping = self.mapping_class(item.__class__)
        self.es.index(index=self.name, body=mapping.get_document(item), id=mapping.get_document_id(item),
                      request_timeout=self.backend.update_timeout)

    def bulk_actions(self, model, items) -> list[dict]:
        """The bulk actions indexing ``items`` (modelsearch's add_items, split in two so that a
        bulk load can build the next chunk while this one is sent: see bench.search.loader)."""
        if not class_is_indexed(model):
            return []
        mapping = self.mapping_class(model)
        return [{"_id": mapping.get_document_id(item), **mapping.get_document(item)} for item in items]

    def send_bulk(self, actions: list[dict]):
        if actions:
            self.backend.bulk(self.es, actions, index=self.name)

    def add_items(self, model, items):
        self.send_bulk(self.bulk_actions(model, items))

    def send_bulk_body(self, body: bytes):
        """Send a ready NDJSON bulk body (built in another process: bench.search.loader)."""
        response = self.es.bulk(body=body, **MAINTENANCE)
        if response.get("errors"):
            failed = [item for item in response["items"] if any("error" in result for result in item.values())]
            raise BulkIndexingError(f"{len(failed)} documents failed, e.g. {str(failed[:1])[:300]}")

    def delete_item(self, item):
        if not class_is_indexed(item.__class__):
            return
        mapping = self.mapping_class(item.__class__)
        try:
            self.es.delete(index=self.name, id=mapping.get_document_id(item),
                           request_timeout=self.backend.update_timeout)
        except self.backend.NotFoundError:
            pass

    def put_alias(self, name):
        """Point the alias at this index alone, in one request. modelsearch's atomic rebuild adds
        the alias to the new index and only then deletes the old one: in between, the alias names
        both and every search would count each page twice."""
        try:
            current = set(self.es.indices.get_alias(name=name, **MAINTENANCE)) - {self.name}
        except self.backend.NotFoundError:
            current = set()
        actions = [{"remove": {"index": index, "alias": name}} for index in sorted(current)]
        actions.append({"add": {"index": self.name, "alias": name}})
        self.es.indices.update_aliases(body={"actions": actions}, **MAINTENANCE)


class SiteAtomicIndexRebuilder(ElasticsearchAtomicIndexRebuilder):
    """modelsearch's atomic rebuild with the new index filled in bulk-load mode (see SiteIndex)."""

    def start(self):
        self.index.put(bulk_load=True)
        return self.index

    def finish(self):
        self.index.end_bulk_load()
        super().finish()  # refresh, then move the alias (SiteIndex.put_alias)


class SiteOpenSearchBackend(OpenSearch2SearchBackend):
    query_compiler_class = SiteQueryCompiler
    index_class = SiteIndex
    atomic_rebuilder_class = SiteAtomicIndexRebuilder

    def __init__(self, params):
        self.update_timeout = params.pop("UPDATE_TIMEOUT", 0.5)
        super().__init__(params)

    def add(self, obj):
        self._update(super().add, obj)

    def delete(self, obj):
        self._update(super().delete, obj)

    def _update(self, send, obj):
        """One page's update on save; see the module docstring."""
        if fallback.engine_cooling_down():
            mark_stale()
            logger.info("search engine cooling down: the update of %r waits for search_catch_up", obj)
            return
        try:
            send(obj)
        except Exception:
            try:
                fallback.cool_down()
            except Exception:  # a broken cache must not hide the engine's error
                pass
            mark_stale()
            raise  # Wagtail's signal handler logs it; the save itself goes on

    def bulk(self, *args, **kwargs):
        kwargs = {**MAINTENANCE, "chunk_size": BULK_CHUNK_SIZE, **kwargs}
        return super().bulk(*args, **kwargs)


SearchBackend = SiteOpenSearchBackend
