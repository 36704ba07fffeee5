"""Wagtail's database search backend, with a ranked retrieval on SQLite that scales.

Library gap patched here: modelsearch's SQLite backend orders by relevance through a
correlated subquery that repeats the FTS5 MATCH for every matching row, so a common word
over 20,000 pages takes minutes. Here the FTS5 table is queried once, joined to the
allowed pages, ordered by bm25 and cut to the requested slice; the score expression is
modelsearch's own (bm25 weighted by the title norm). PostgreSQL, MySQL and unordered
SQLite searches are left to Wagtail unchanged.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as wagtail_database_backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = wagtail_database_backend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        from .sqlite_backend import RankedSQLiteSearchBackend

        if type(backend) is SQLiteSearchBackend:
            return RankedSQLiteSearchBackend(params)
    return backend
