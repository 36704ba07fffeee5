"""RUM indexes on the search index entries, where the PostgreSQL server offers them.

Why: GIN, the index modelsearch creates, can only *filter*; ranking then reads every matching
row's vectors. A word in nearly every post ("sosial") makes that the whole table: 0.75–1.2 s at
the 95th percentile at 100,000 posts (docs/search.md). RUM (the ``rum`` extension, Debian's
``postgresql-N-rum``) returns the best-ranked matches first (``ORDER BY body <=> query
LIMIT k``), so search.postgres_backend asks it for a candidate pool and ranks only that.

The extension is optional: a managed PostgreSQL may not offer it, or the site's role may not
be allowed to create it. Then nothing is created and search keeps its exact query. The
indexes are (re)created after every ``migrate`` (idempotent), so installing the package
later and migrating again is enough.
"""

from __future__ import annotations

import logging
import time

from django.db import DatabaseError, connections, transaction

logger = logging.getLogger("search")

INDEXES = {"title": "search_entry_title_rum", "body": "search_entry_body_rum"}
# A word in more than this share of the index entries is "common": the pool leaves it out of
# the body scan (it would make RUM rank nearly every entry) and ranking still counts it.
COMMON_SHARE = 0.1
# A word in more than this share of the bodies tells little there: when every word of a search is
# one, a full pool of titles is enough (search.postgres_backend).
NEARLY_EVERY_SHARE = 0.5
STATISTICS_SECONDS = 600

_available: dict[str, bool] = {}
_common: dict[tuple[str, str], tuple[float, dict[str, float]]] = {}


def entry_table() -> str:
    from .compat_modelsearch import PostgresIndexEntry  # PostgreSQL only

    return PostgresIndexEntry._meta.db_table


def create_indexes(using: str = "default") -> bool:
    """Create the extension and the two indexes when the server allows it; True when they exist."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        if cursor.fetchone() is None:
            logger.info("search: PostgreSQL has no rum extension; searches rank every match")
            return False
    try:
        with transaction.atomic(using=using), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
            for column, name in INDEXES.items():
                cursor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{entry_table()}" '
                               f'USING rum ("{column}" rum_tsvector_ops)')
    except DatabaseError as error:  # e.g. the site's role may not create extensions
        logger.warning("search: no RUM indexes (%s); searches rank every match. As a superuser: "
                       "CREATE EXTENSION rum; then migrate again (docs/deploy.md).", str(error).splitlines()[0])
        return False
    finally:
        forget(using)
    return True


def after_migrate(sender, using="default", **kwargs):
    create_indexes(using)


def available(using: str = "default") -> bool:
    """Whether both RUM indexes exist (asked once per process and database)."""
    if using not in _available:
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND tablename = %s "
                           "AND indexname = ANY(%s)", [entry_table(), list(INDEXES.values())])
            _available[using] = cursor.fetchone()[0] == len(INDEXES)
    return _available[using]


def word_shares(using: str = "default", column: str = "body") -> dict[str, float]:
    """{word: share of index entries whose ``column`` holds it} for PostgreSQL's most common words.

    These are the planner's own statistics (``pg_stats.most_common_elems``, kept by ANALYZE
    and autovacuum): no scan, and every word in more than a few per cent of the entries is
    among them. A word absent from them is rarer than every word listed."""
    now = time.monotonic()
    found = _common.get((using, column))
    if found is None or found[0] < now:
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                           "WHERE schemaname = current_schema() AND tablename = %s AND attname = %s",
                           [entry_table(), column])
            row = cursor.fetchone()
        # The frequencies end with two or three summary figures (min, max, nulls): strict=False drops them.
        shares = dict(zip(row[0], row[1], strict=False)) if row and row[0] else {}
        _common[(using, column)] = found = (now + STATISTICS_SECONDS, shares)
    return found[1]


def forget(using: str | None = None):
    """Ask again on the next search (after the indexes or the statistics changed)."""
    if using is None:
        _available.clear()
        _common.clear()
        return
    _available.pop(using, None)
    for key in [key for key in _common if key[0] == using]:
        del _common[key]
