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
"""

from django.db.models import BooleanField, Count, F, Func, Q, Window

from .compat_modelsearch import PostgresCompilerHooks, PostgresSearchBackend


class Matches(Func):
    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()


class RankedPostgresQueryCompiler(PostgresCompilerHooks):
    def ranked_retrieval(self, config, limit, every=None):
        """([(pk, score)] best first, total matches, {pk in the slice matching ``every``} or
        None), in one query."""
        tsquery = self.tsquery(self.query, config)
        vectors = self.field_vectors(tsquery)
        (title, _weight), (body, _body_weight) = vectors
        matched = self.queryset.order_by().filter(
            Q(**{title.name: tsquery}) | Q(**{body.name: tsquery}))
        rows = matched.annotate(
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
        return ranked, total, complete


class RankedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = RankedPostgresQueryCompiler
