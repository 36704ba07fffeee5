"""Wagtail's database search backend, with a ranked retrieval on SQLite that scales.

Library gap patched here: modelsearch's SQLite backend orders by relevance through a
correlated subquery that repeats the FTS5 MATCH for every matching row, so a common word
over 20,000 pages takes minutes. Here the FTS5 table is queried once, joined to the
allowed pages, ordered by bm25 and cut to the requested slice; the score expression is
modelsearch's own (bm25 weighted by the title norm). On PostgreSQL, search.postgres_backend
answers the site's search in one indexed query. MySQL, unordered SQLite searches and every
other caller (the admin's searches) are left to Wagtail unchanged.
"""

from django.db import connection

from .compat_modelsearch import database_search_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database_search_backend(params)
    if connection.vendor == "postgresql":
        from .compat_modelsearch import PostgresSearchBackend
        from .postgres_backend import RankedPostgresSearchBackend

        if type(backend) is PostgresSearchBackend:
            return RankedPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        # Imported here: modelsearch's SQLite modules only load on SQLite.
        from .compat_modelsearch import SQLiteSearchBackend
        from .sqlite_backend import RankedSQLiteSearchBackend

        if type(backend) is SQLiteSearchBackend:
            return RankedSQLiteSearchBackend(params)
    return backend
