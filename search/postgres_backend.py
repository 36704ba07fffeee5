"""The PostgreSQL part of search.database_backend: one query per search instead of three, on the
full-text indexes modelsearch creates but its own search cannot use.

modelsearch filters on ``(title || body) @@ query``: a concatenation no index holds, so every
search reads and decompresses every page's body vector (a sequential scan), and the site then
asked three times (the ranked slice, the pages matching every concept, the total). Here:

* the filter is ``title @@ query OR body @@ query``, which the GIN indexes on each column answer
  (a bitmap scan; PostgreSQL still scans when most rows match). For the any-concept query the
  site sends (a disjunction of words and phrases) it matches the same rows, except a phrase
  that would straddle the end of the title and the start of the body;
* the score is modelsearch's own expression (same order as before);
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

from django.db.models import BooleanField, Count, F, FloatField, Func, IntegerField, Q, Window
from django.db.models.functions import Cast
from wagtail.search.query import And, Boost, Or, Phrase, PlainText

from . import postgres_rum
from .compat_modelsearch import PostgresCompilerHooks, PostgresSearchBackend

POOL_PER_COLUMN = 100


class Matches(Func):
    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()


class Distance(Func):
    """RUM's rank distance of a vector to a query (smaller is better)."""

    template = "(%(expressions)s)"
    arg_joiner = " <=> "
    output_field = FloatField()


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
        tsquery = self.tsquery(self.query, config)
        return self._ranked(self._matching(self.queryset.order_by(), tsquery), tsquery, config, limit, every)

    def _matching(self, pages, tsquery):
        (title, _weight), (body, _body_weight) = self.field_vectors(tsquery)
        return pages.filter(Q(**{title.name: tsquery}) | Q(**{body.name: tsquery}))

    def _ranked(self, rows, tsquery, config, limit, every):
        """modelsearch's score over ``rows``: (ranked, their count, every-concept marks, True)."""
        vectors = self.field_vectors(tsquery)
        (title, _weight), (body, _body_weight) = vectors
        rows = rows.annotate(
            _score=self.rank_expression(vectors, config),
            _total=Window(Count("pk")),
        )
        columns = ["pk", "_score", "_total"]
        if every is not None:
            combined = title._combine(body, "||", False)
            rows = rows.annotate(_every=Matches(combined, self.tsquery(every, config)))
            columns.append("_every")
        found = list(rows.order_by(F("_score").desc(), "-pk").values_list(*columns)[:limit])
        ranked = [(row[0], float(row[1] or 0.0)) for row in found]
        total = found[0][2] if found else 0
        complete = {row[0] for row in found if row[3]} if every is not None else None
        return ranked, total, complete, True

    def _pooled(self, config, limit, every, count_to, words, shares):
        tsquery = self.tsquery(self.query, config)
        title_rare, body_rare = (self.tsquery(PlainText(" ".join(w), operator="or"), config) for w in words)
        # Only the entries of the pages searched (language, filters, public): from each entry to
        # its page by primary key, so that PostgreSQL can stop at a limit.
        entries = (self.index_entries().annotate(page=Cast("object_id", IntegerField()))
                   .filter(page__in=self.queryset.order_by().values("pk")))
        # Titles: those with a rare word, the closest to the whole query first (the index orders
        # by another query than it filters on; titles are short, so this stays cheap). Bodies:
        # by their rare words only, as ordering by a common one reads its whole list.
        scans = (("title", title_rare, tsquery), ("body", body_rare, body_rare))
        pools = [entries.filter(**{column: found_by}).order_by(Distance(F(column), ordered_by))
                 .values_list("page", flat=True)[:POOL_PER_COLUMN]
                 for column, found_by, ordered_by in scans]
        if all(shares.get(word, 0.0) > postgres_rum.NEARLY_EVERY_SHARE for word in words[1]):
            # Every word is in most bodies ("sosial"): ordering them reads the word's whole list
            # (0.1 s at 100,000 posts) and says little; a full pool of titles holding one is better.
            pool = set(pools[0])
            if len(pool) < POOL_PER_COLUMN:
                pool.update(pools[1])
            pool = sorted(pool)
        else:
            pool = sorted(set(pools[0].union(pools[1])))
        total = self._count(config, entries, count_to + 1, shares)
        ranked, complete = [], (set() if every is not None else None)
        if pool:
            # A pool page found by one word of a phrase may not match the phrase: the query decides.
            pages = self._matching(self.queryset.order_by().filter(pk__in=pool), tsquery)
            ranked, _pooled, complete, _exact = self._ranked(pages, tsquery, config, limit, every)
        return ranked, min(total, count_to), complete, total <= count_to

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
            q = self.tsquery(part, config)
            if q is None:
                continue
            found.update(entries.filter(Q(title=q) | Q(body=q)).values_list("page", flat=True)[:limit])
            if len(found) >= limit:
                return limit
        return len(found)


class RankedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = RankedPostgresQueryCompiler
