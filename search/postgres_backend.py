"""The PostgreSQL part of search.database_backend: one query per search instead of three, on the
full-text indexes modelsearch creates but its own search cannot use.

modelsearch filters on ``(title || body) @@ query``: a concatenation no index holds, so every
search reads and decompresses every page's body vector (a sequential scan), and the site then
asked three times (the ranked slice, the pages matching every concept, the total). Here:

* the filter is ``title @@ query OR body @@ query``, which the GIN indexes on each column answer
  (a bitmap scan; PostgreSQL still scans when most rows match). For the any-concept query the
  site sends (a disjunction of words and phrases) it matches the same rows, except a phrase
  that would straddle the end of the title and the start of the body;
* the score is modelsearch's own expression, written as SQL here (same order and values);
* the total and "matches every concept" ride in the same query (``COUNT(*) OVER ()`` and a
  boolean column), as the engine's named clauses do. A page in the slice is marked when it
  matches every concept, wherever it ranks in the all-concepts order.

With RUM indexes (search.postgres_rum) a search no longer ranks every match: the index gives
the best entries by title for the whole query and the best by body for its rare words (a
common word would make it rank nearly every entry; the ranking still counts it), and
modelsearch's score orders that pool of at most 2 × POOL_PER_COLUMN pages. The total is then
counted up to a limit, as on the engine, one word or phrase at a time (_count). A few short
queries instead of one long one.
"""

from django.db import connections
from wagtail.search.query import And, Boost, Or, Phrase, PlainText

from . import postgres_rum
from .compat_modelsearch import PostgresCompilerHooks, PostgresSearchBackend
from .profiles import StoresProfiles

POOL_PER_COLUMN = 100


def leaves(query):
    """The word and phrase queries inside ``query``."""
    if isinstance(query, (And, Or)):
        for part in query.subqueries:
            yield from leaves(part)
    elif isinstance(query, Boost):
        yield from leaves(query.subquery)
    elif isinstance(query, (PlainText, Phrase)):
        yield query


def disjuncts(query):
    """The parts of ``query`` a page may match any one of (an Or's, through boosts)."""
    if isinstance(query, Or):
        for part in query.subqueries:
            yield from disjuncts(part)
    elif isinstance(query, Boost):
        yield from disjuncts(query.subquery)
    else:
        yield query


def pool_words(query, shares: dict[str, float]) -> list[str]:
    """One word per word or phrase of ``query``, its rarest (a phrase only matches where that
    word is), keeping the rare ones; the rarest word of all when every one is common."""
    chosen, rarest = set(), None
    for leaf in leaves(query):
        words = leaf.query_string.lower().split()
        if not words:
            continue
        word = min(words, key=lambda w: shares.get(w, 0.0))
        if rarest is None or shares.get(word, 0.0) < shares.get(rarest, 0.0):
            rarest = word
        if shares.get(word, 0.0) <= postgres_rum.COMMON_SHARE:
            chosen.add(word)
    return sorted(chosen) or ([rarest] if rarest else [])


class RankedPostgresQueryCompiler(PostgresCompilerHooks):
    def ranked_retrieval(self, config, limit, every=None, count_to=None):
        """([(pk, score)] best first, total matches, {pk in the slice matching ``every``} or
        None, whether the total is exact). With ``count_to`` and RUM indexes: from a pool, the
        total counted up to ``count_to`` (then inexact); otherwise in one exact query."""
        using = self.queryset.db
        if count_to is not None and postgres_rum.available(using):
            shares = postgres_rum.word_shares(using)
            words = pool_words(self.query, shares)
            if words:
                title_words = pool_words(self.query, postgres_rum.word_shares(using, "title"))
                return self._pooled(config, limit, every, count_to, (title_words, words), shares)
        return self._ranked(self._pages_sql(), config, limit, every)

    def _ranked(self, pages, config, limit, every):
        """modelsearch's score over the pages among ``pages`` (SQL and parameters of their ids)
        that match the query: (ranked, their count, every-concept marks, True).

        The SQL is written here rather than by the ORM: resolving and compiling modelsearch's
        expression (a ts_rank per word and column) cost ~5 ms of CPU per search, more than
        PostgreSQL takes to run it. _rank_sql() follows modelsearch's build_tsrank term for term,
        and the tests compare order and scores with modelsearch's own query."""
        page = self.queryset.model._meta
        matches, matches_params = self._tsquery_sql(self.query, config)
        title, title_params = self._rank_sql(self.query, 'e."title"', config)
        body, body_params = self._rank_sql(self.query, 'e."body"', config)
        every_sql, every_params = ("NULL", [])
        if every is not None:
            every_sql, every_params = self._tsquery_sql(every, config)
            every_sql = f'((e."title" || e."body") @@ {every_sql})'
        sql = (f'SELECT p."{page.pk.column}", (({title} * e."title_norm") + ({body} * %s)), COUNT(*) OVER (), '
               f'{every_sql} FROM "{page.db_table}" p JOIN "{postgres_rum.entry_table()}" e '
               f'ON e."content_type_id" = ANY(%s) AND e."object_id" = (p."{page.pk.column}")::varchar(50) '
               f'WHERE p."{page.pk.column}" IN ({pages[0]}) '
               f'AND (e."title" @@ {matches} OR e."body" @@ {matches}) ORDER BY 2 DESC, 1 DESC LIMIT %s')
        params = [*title_params, *body_params, 1.0, *every_params, self.entry_content_types(), *pages[1],
                  *matches_params, *matches_params, limit]
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            found = cursor.fetchall()
        ranked = [(row[0], float(row[1] or 0.0)) for row in found]
        total = found[0][2] if found else 0
        complete = {row[0] for row in found if row[3]} if every is not None else None
        return ranked, total, complete, True

    def _pages_sql(self):
        """SQL and parameters of the ids of the pages searched, for this queryset's database."""
        query = self.queryset.order_by().values("pk").query
        return query.get_compiler(using=self.queryset.db).as_sql()

    def _tsquery_sql(self, node, config):
        """SQL and parameters of modelsearch's tsquery for ``node`` (a query or a part of it),
        compiled once per search: the pool, the count and the ranking all use them."""
        compiled = self.__dict__.setdefault("_compiled_tsqueries", {})
        if id(node) not in compiled:
            query = self.queryset.query
            expression = self.tsquery(node, config)
            compiled[id(node)] = (node, None if expression is None else query.get_compiler(
                using=self.queryset.db).compile(expression.resolve_expression(query)))
        return compiled[id(node)][1]

    def _rank_sql(self, query, column, config, boost=1.0):
        """modelsearch's build_tsrank(column, query) as SQL: the same terms in the same order
        (ts_rank with its weights per word or phrase; an Or averages, an And multiplies 1 + each,
        a Boost multiplies), with its constants as parameters as Django sends them."""
        if isinstance(query, (PlainText, Phrase)):
            sql, params = self._tsquery_sql(query, config)
            sql, params = f"ts_rank((%s)::float4[], {column}, {sql})", [self.sql_weights, *params]
            return (f"({sql} * %s)", [*params, boost]) if boost != 1.0 else (sql, params)
        if isinstance(query, Boost):
            return self._rank_sql(query.subquery, column, config, boost * query.boost)
        if isinstance(query, (And, Or)):
            parts = [self._rank_sql(part, column, config, boost) for part in query.subqueries]
            params = [p for _sql, part_params in parts for p in part_params]
            if isinstance(query, And):
                terms = [(f"(%s + {sql})", [1, *part_params]) for sql, part_params in parts]
                sql, params = terms[0]
                for term, term_params in terms[1:]:
                    sql, params = f"({sql} * {term})", [*params, *term_params]
                return f"({sql} - %s)", [*params, 1]
            sql = parts[0][0]
            for term, _term_params in parts[1:]:
                sql = f"({sql} + {term})"
            return f"({sql} / %s)", [*params, len(query.subqueries) or 1]
        raise NotImplementedError(f"{type(query).__name__} is not ranked by the PostgreSQL backend")

    def _pooled(self, config, limit, every, count_to, words, shares):
        tsquery = self._tsquery_sql(self.query, config)
        title_rare, body_rare = (self._tsquery_sql(PlainText(" ".join(w), operator="or"), config) for w in words)
        # Only the entries of the pages searched (language, filters, public): from each entry to
        # its page by primary key, so that PostgreSQL can stop at a limit. Written as SQL, as in
        # _ranked(), with the pages' condition compiled once for every query of the search.
        pages_sql, pages_params = self._pages_sql()
        entries = (f'SELECT (e."object_id")::integer FROM "{postgres_rum.entry_table()}" e '
                   f'WHERE e."content_type_id" = ANY(%s) AND (e."object_id")::integer IN ({pages_sql})',
                   [self.entry_content_types(), *pages_params])
        # Titles: those with a rare word, the closest to the whole query first (the index orders
        # by another query than it filters on; titles are short, so this stays cheap). Bodies:
        # by their rare words only, as ordering by a common one reads its whole list.
        scans = [(f'({entries[0]} AND e."{column}" @@ {found_by[0]} ORDER BY e."{column}" <=> {ordered_by[0]} '
                  f'LIMIT %s)', [*entries[1], *found_by[1], *ordered_by[1], POOL_PER_COLUMN])
                 for column, found_by, ordered_by in (("title", title_rare, tsquery), ("body", body_rare, body_rare))]
        if all(shares.get(word, 0.0) > postgres_rum.NEARLY_EVERY_SHARE for word in words[1]):
            # Every word is in most bodies ("sosial"): ordering them reads the word's whole list
            # (0.1 s at 100,000 posts) and says little; a full pool of titles holding one is better.
            pool = set(self._fetch(*scans[0]))
            if len(pool) < POOL_PER_COLUMN:
                pool.update(self._fetch(*scans[1]))
        else:
            pool = set(self._fetch(f"{scans[0][0]} UNION {scans[1][0]}", scans[0][1] + scans[1][1]))
        total = self._count(config, entries, count_to + 1, shares)
        ranked, complete = [], (set() if every is not None else None)
        if pool:
            # Pool pages come from the pages searched. One found by one word of a phrase may not
            # match the phrase: _ranked() keeps only the pages that match the query.
            ranked, _pooled, complete, _exact = self._ranked(("SELECT UNNEST(%s)", [sorted(pool)]), config, limit,
                                                             every)
        return ranked, min(total, count_to), complete, total <= count_to

    def _fetch(self, sql, params) -> list:
        with connections[self.queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    def _count(self, config, entries, limit, shares):
        """How many pages match, exactly when fewer than ``limit`` (else ``limit``).

        A page matching one disjunct matches the query, so they are counted one by one, the
        likeliest to reach the limit first, and counting stops there: most searches with a common
        word need one short query. Asked whole, the index would walk every word's list to test
        each phrase of an ``|`` (all of "sosial" for the phrase a synonym brings)."""
        def frequency(part):
            words = part.query_string.lower().split() if isinstance(part, (PlainText, Phrase)) else []
            return (isinstance(part, PlainText), min((shares.get(w, 0.0) for w in words), default=0.0))

        found = set()
        for part in sorted(disjuncts(self.query), key=frequency, reverse=True):
            compiled = self._tsquery_sql(part, config)
            if compiled is None:
                continue
            q, q_params = compiled
            found.update(self._fetch(f'{entries[0]} AND (e."title" @@ {q} OR e."body" @@ {q}) LIMIT %s',
                                     [*entries[1], *q_params, *q_params, limit]))
            if len(found) >= limit:
                return limit
        return len(found)


class ProfiledPostgresIndex(StoresProfiles, PostgresSearchBackend.index_class):
    pass


class RankedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = RankedPostgresQueryCompiler
    index_class = ProfiledPostgresIndex
