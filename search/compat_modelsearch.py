"""COMPAT SHIM for modelsearch: every private or undocumented part of it the site uses.

Written and checked against modelsearch==1.3.2 (CHECKED_VERSION; pinned in requirements.txt,
with wagtail==8.0.1 which re-exports it as wagtail.search). The rest of search/ imports
modelsearch internals only from here. search/tests/test_compat_modelsearch.py fails when the
installed version differs from CHECKED_VERSION, or when an attribute below is gone or has a
different signature (EXPECTED_SIGNATURES). On an upgrade: re-read each item in modelsearch's
new source, adapt the shim, then bump CHECKED_VERSION and the signatures.

What each shim depends on:

1. ``engine_request_body(results)``: ``ElasticsearchBaseSearchResults._get_es_body()``
   (private), the body modelsearch would send. search.service adds a named clause to it and
   asks the engine for ids and scores only, in one request.
2. ``OpenSearch2CompilerHooks``: the private per-query compile methods of
   ``ElasticsearchBaseSearchQueryCompiler`` (``_compile_query``, ``_compile_fuzzy_query``,
   ``_compile_phrase_query``). In 1.3.2 Fuzzy and Phrase are compiled without the boost of an
   enclosing Boost; the hooks pass it through to the public-named ``compile_fuzzy`` /
   ``compile_phrase`` that search.backends implements. ``get_inner_query()`` (undocumented)
   compiles the all-concepts clause in search.service.
3. The OpenSearch 2 classes search.backends subclasses (``OpenSearch2SearchBackend``,
   ``OpenSearch2Index``): undocumented; relied on are ``index_class``,
   ``query_compiler_class``, ``bulk()``, ``settings``, ``NotFoundError``, ``es``,
   ``get_index_for_model()``, ``rebuilder_class``, ``atomic_rebuilder_class``, the backend
   methods ``add``/``delete`` (one object, from the save signals) and the index methods
   ``put``, ``add_model``, ``refresh``, ``delete``, ``put_alias``, ``add_item``,
   ``delete_item`` with ``mapping_class`` (``get_document()``, ``get_document_id()``); the
   atomic rebuilder ``ElasticsearchAtomicIndexRebuilder`` (``index``, ``start()`` putting the
   new index, ``finish()`` refreshing it and moving the alias), subclassed to fill the new
   index with refreshes off and no replicas.
4. ``ElasticsearchBaseSearchBackend``: undocumented common base of every engine backend
   (OpenSearch 2, Elasticsearch 8/9); search.fallback tells engine from database with it.
5. ``database_search_backend`` / the SQLite internals: the database backend factory
   (``modelsearch.backends.database.SearchBackend``) and, on SQLite only, the undocumented
   modules ``modelsearch.backends.database.sqlite.sqlite`` and ``.query``:
   ``SQLiteSearchBackend``, ``SQLiteSearchQueryCompiler`` (``search()``, ``get_config()``,
   ``build_search_query()``, ``FTS_TABLE_FIELDS``, ``get_search_vectors()``,
   ``_build_rank_expression()``), ``SQLiteSearchResults._do_count()``, ``MatchExpression``,
   ``normalize``, the ``SQLiteFTSIndexEntry`` model (``index_entry__*`` fields), the backend's
   ``index_class`` (``SQLiteIndex``: ``add_items(model, objs)`` and ``delete_item(item)``, which
   search.profiles.StoresProfiles extends on SQLite and PostgreSQL alike) and
   ``modelsearch.utils.get_descendants_content_types_pks``. Those modules cannot be imported
   on other databases (the FTS model only exists on SQLite), so ``SQLiteCompilerHooks`` and
   ``SQLiteResultsHooks`` are built on first access (module ``__getattr__``). On PostgreSQL:
   ``modelsearch.backends.database.postgres.postgres`` (undocumented), its
   ``PostgresSearchBackend`` and ``PostgresSearchQueryCompiler`` (``get_config()``,
   ``build_tsquery()``: the tsquery modelsearch would compute; ``sql_weights`` and
   ``build_tsrank()``'s terms, which search.postgres_backend writes as SQL and its tests compare
   with modelsearch's own score; the ``title``, ``title_norm`` and ``body`` columns of its
   module-level ``IndexEntry`` (the model its index lives in)), its ``index_class``
   (``PostgresIndex``, the same two methods as on SQLite) and
   ``get_descendants_content_types_pks``, loaded on first access too (``PostgresCompilerHooks``).
6. ``INDEXING_LOGGER``: the name of the logger modelsearch's index signal handlers log
   failed updates to (``modelsearch.index.logger``); search.catchup listens to it.
7. ``group_models_by_index``: a helper of the ``rebuild_modelsearch_index`` management
   command (not API), used by bench.search.loader with ``backend.rebuilder_class``.
8. ``index_signals_paused()``, ``auto_update_backends()``, ``class_is_indexed(model)``: for the
   WordPress importer, which indexes each imported object once at the end instead of on each
   of its saves. Relied on: modelsearch's ``register_signal_handlers()`` connects
   ``modelsearch.signal_handlers.post_save_signal_handler`` / ``post_delete_signal_handler``
   with ``sender=model`` for each model of ``modelsearch.index.get_indexed_models()`` whose
   ``search_auto_update`` is not False (undocumented wiring), ``class_is_indexed`` and
   ``modelsearch.backends.get_search_backends(with_auto_update=True)``.
"""

from __future__ import annotations

import contextlib
import functools

from django.db.models import F, TextField
from django.db.models.functions import Cast
from django.db.models.signals import post_delete, post_save
from modelsearch.backends import get_search_backends
from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchAtomicIndexRebuilder, ElasticsearchBaseSearchBackend
from modelsearch.backends.opensearch2 import (
    OpenSearch2Index,
    OpenSearch2SearchBackend,
    OpenSearch2SearchQueryCompiler,
)
from modelsearch.index import class_is_indexed, get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import group_models_by_index
from modelsearch.query import Fuzzy, Phrase
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

CHECKED_VERSION = "1.3.2"

INDEXING_LOGGER = "modelsearch.index"

# "module:qualified.name" -> the signature the shims were written against (str(inspect.signature)).
EXPECTED_SIGNATURES = {
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseSearchResults._get_es_body":
        "(self, for_count=False)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseSearchQueryCompiler._compile_query":
        "(self, query, field, boost=1.0)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseSearchQueryCompiler._compile_fuzzy_query":
        "(self, query, fields)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseSearchQueryCompiler._compile_phrase_query":
        "(self, query, fields)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseSearchQueryCompiler.get_inner_query":
        "(self)",
    "modelsearch.backends.opensearch2:OpenSearch2SearchBackend.bulk":
        "(self, *args, **kwargs)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseSearchBackend.get_index_for_model":
        "(self, model)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseIndex.put": "(self)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseIndex.add_model": "(self, model)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseIndex.refresh": "(self)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseIndex.delete": "(self)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseIndex.put_alias": "(self, name)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseIndex.add_item": "(self, item)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseIndex.delete_item": "(self, item)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseMapping.get_document": "(self, obj)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchBaseMapping.get_document_id": "(self, obj)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchAtomicIndexRebuilder.start": "(self)",
    "modelsearch.backends.elasticsearchbase:ElasticsearchAtomicIndexRebuilder.finish": "(self)",
    "modelsearch.backends.base:BaseSearchBackend.add": "(self, obj)",
    "modelsearch.backends.base:BaseSearchBackend.delete": "(self, obj)",
    "modelsearch.management.commands.rebuild_modelsearch_index:group_models_by_index":
        "(backend, models)",
    "modelsearch.signal_handlers:register_signal_handlers": "()",
    "modelsearch.signal_handlers:post_save_signal_handler": "(instance, **kwargs)",
    "modelsearch.signal_handlers:post_delete_signal_handler": "(instance, **kwargs)",
    "modelsearch.index:get_indexed_models": "()",
    "modelsearch.index:class_is_indexed": "(cls)",
    "modelsearch.backends:get_search_backends": "(with_auto_update=False)",
}
# The PostgreSQL internals; checked only when the tests run on PostgreSQL.
EXPECTED_POSTGRES_SIGNATURES = {
    "modelsearch.backends.database.postgres.postgres:PostgresSearchQueryCompiler.get_config": "(self, backend)",
    "modelsearch.backends.database.postgres.postgres:PostgresSearchQueryCompiler.build_tsquery":
        "(self, query, config=None)",
    "modelsearch.backends.database.postgres.postgres:PostgresSearchQueryCompiler.build_tsrank":
        "(self, vector, query, config=None, boost=1.0)",
    "modelsearch.backends.database.postgres.postgres:PostgresIndex.add_items": "(self, model, objs)",
    "modelsearch.backends.database.postgres.postgres:PostgresIndex.delete_item": "(self, item)",
    "modelsearch.utils:get_descendants_content_types_pks": "(model)",
}
# The same for the SQLite internals; checked only when the tests run on SQLite.
EXPECTED_SQLITE_SIGNATURES = {
    "modelsearch.backends.database.sqlite.sqlite:SQLiteSearchQueryCompiler.search":
        "(self, config, start, stop, score_field=None)",
    "modelsearch.backends.database.sqlite.sqlite:SQLiteSearchQueryCompiler.get_config": "(self, backend)",
    "modelsearch.backends.database.sqlite.sqlite:SQLiteSearchQueryCompiler.build_search_query":
        "(self, query, config=None)",
    "modelsearch.backends.database.sqlite.sqlite:SQLiteSearchQueryCompiler.get_search_vectors": "(self)",
    "modelsearch.backends.database.sqlite.sqlite:SQLiteSearchQueryCompiler._build_rank_expression":
        "(self, vectors, config)",
    "modelsearch.backends.database.sqlite.sqlite:SQLiteSearchResults._do_count": "(self)",
    "modelsearch.backends.database.sqlite.sqlite:SQLiteIndex.add_items": "(self, model, objs)",
    "modelsearch.backends.database.sqlite.sqlite:SQLiteIndex.delete_item": "(self, item)",
    "modelsearch.backends.database.sqlite.query:MatchExpression.__init__": "(self, columns, query)",
    "modelsearch.backends.database.sqlite.query:normalize": "(search_query)",
    "modelsearch.utils:get_descendants_content_types_pks": "(model)",
}


def engine_request_body(results) -> dict:
    """The search request body modelsearch builds for engine ``results`` (a fresh dict)."""
    return results._get_es_body()


class OpenSearch2CompilerHooks(OpenSearch2SearchQueryCompiler):
    """Routes modelsearch's private Fuzzy/Phrase compilation to ``compile_fuzzy`` and
    ``compile_phrase(query, fields, boost)``, with the boost of an enclosing Boost."""

    def compile_fuzzy(self, query, fields, boost=1.0):
        raise NotImplementedError

    def compile_phrase(self, query, fields, boost=1.0):
        raise NotImplementedError

    def _compile_fuzzy_query(self, query, fields):
        return self.compile_fuzzy(query, fields)

    def _compile_phrase_query(self, query, fields):
        return self.compile_phrase(query, fields)

    def _compile_query(self, query, field, boost=1.0):
        # modelsearch unwraps Boost itself and calls back here with the product of the boosts.
        if isinstance(query, Fuzzy):
            return self.compile_fuzzy(query, [field], boost)
        if isinstance(query, Phrase):
            return self.compile_phrase(query, [field], boost)
        return super()._compile_query(query, field, boost)


def auto_update_backends() -> list:
    """The search backends that update on every save (those the paused signals would have fed)."""
    return list(get_search_backends(with_auto_update=True))


def auto_updated_models() -> list:
    """The models whose saves and deletes modelsearch indexes through its signal handlers."""
    return [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]


@contextlib.contextmanager
def index_signals_paused():
    """No search-index update on save or delete inside the block (connected again afterwards)."""
    paused = [(model, post_save.disconnect(post_save_signal_handler, sender=model),
               post_delete.disconnect(post_delete_signal_handler, sender=model)) for model in auto_updated_models()]
    try:
        yield
    finally:
        for model, saved, deleted in paused:
            if saved:
                post_save.connect(post_save_signal_handler, sender=model)
            if deleted:
                post_delete.connect(post_delete_signal_handler, sender=model)


def is_engine_backend(backend) -> bool:
    return isinstance(backend, ElasticsearchBaseSearchBackend)


@functools.cache
def _sqlite_shims() -> dict:
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
    )
    from modelsearch.utils import get_descendants_content_types_pks

    class SQLiteCompilerHooks(SQLiteSearchQueryCompiler):
        """Public-named access to the parts of the SQLite compiler a ranked retrieval needs."""

        def normalized_query(self):
            return normalize(self.query)

        def fts_entries(self, config, normalized):
            """FTS rows matching ``normalized`` among the compiler's queryset, each with
            ``object_id`` (text) and ``score`` (modelsearch's weighted bm25: lower is better)."""
            match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS,
                                    self.build_search_query(normalized, config=config))
            allowed = self.queryset.order_by().annotate(_text_pk=Cast("pk", TextField())).values("_text_pk")
            return (SQLiteFTSIndexEntry.objects.filter(match)
                    .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
                            index_entry__object_id__in=allowed)
                    .annotate(object_id=F("index_entry__object_id"),
                              score=self._build_rank_expression(self.get_search_vectors(), config)))

    class SQLiteResultsHooks(SQLiteSearchResults):
        """Routes the private count to ``count_matches()``."""

        def count_matches(self):
            return super()._do_count()

        def _do_count(self):
            return self.count_matches()

    return {"SQLiteSearchBackend": SQLiteSearchBackend, "SQLiteCompilerHooks": SQLiteCompilerHooks,
            "SQLiteResultsHooks": SQLiteResultsHooks}


SQLITE_ONLY = ("SQLiteSearchBackend", "SQLiteCompilerHooks", "SQLiteResultsHooks")


@functools.cache
def _postgres_shims() -> dict:
    from modelsearch.backends.database.postgres.postgres import (
        IndexEntry,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.utils import get_descendants_content_types_pks

    class PostgresCompilerHooks(PostgresSearchQueryCompiler):
        """Public-named access to what modelsearch's PostgreSQL compiler builds for a query."""

        def entry_content_types(self) -> list[int]:
            """The content types of the compiler's model and its subclasses (index entries' keys)."""
            return list(get_descendants_content_types_pks(self.queryset.model))

        def tsquery(self, query, config):
            return self.build_tsquery(query, config=config)

    return {"PostgresSearchBackend": PostgresSearchBackend, "PostgresCompilerHooks": PostgresCompilerHooks,
            "PostgresIndexEntry": IndexEntry}


POSTGRES_ONLY = ("PostgresSearchBackend", "PostgresCompilerHooks", "PostgresIndexEntry")


def __getattr__(name):
    if name in SQLITE_ONLY:
        return _sqlite_shims()[name]
    if name in POSTGRES_ONLY:
        return _postgres_shims()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CHECKED_VERSION", "INDEXING_LOGGER", "EXPECTED_SIGNATURES", "EXPECTED_SQLITE_SIGNATURES",
    "EXPECTED_POSTGRES_SIGNATURES",
    "auto_update_backends", "auto_updated_models", "class_is_indexed", "index_signals_paused",
    "ElasticsearchAtomicIndexRebuilder", "ElasticsearchBaseSearchBackend", "OpenSearch2CompilerHooks",
    "OpenSearch2Index",
    "OpenSearch2SearchBackend", "database_search_backend", "engine_request_body",
    "group_models_by_index", "is_engine_backend",
]
