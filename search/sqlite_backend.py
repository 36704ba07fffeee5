"""The SQLite part of search.database_backend; imported only when the database is SQLite
(the SQLite FTS models do not exist on other databases)."""

from django.db.models import TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class RankedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def _fast_path(self):
        normalized = normalize(self.query)
        if not self.order_by_relevance or isinstance(normalized, (MatchAll, Not)):
            return None
        return normalized

    def ranked_entries(self, config):
        normalized = self._fast_path()
        search_query = self.build_search_query(normalized, config=config)
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, search_query)
        allowed = self.queryset.order_by().annotate(_text_pk=Cast("pk", TextField())).values("_text_pk")
        return (SQLiteFTSIndexEntry.objects.filter(match)
                .filter(index_entry__content_type__in=get_descendants_content_types_pks(self.queryset.model),
                        index_entry__object_id__in=allowed)
                .annotate(score=self._build_rank_expression(self.get_search_vectors(), config)))

    def search(self, config, start, stop, score_field=None):
        if self._fast_path() is None:
            return super().search(config, start, stop, score_field=score_field)
        rows = list(self.ranked_entries(config).order_by("score", "-index_entry__object_id")
                    .values_list("index_entry__object_id", "score")[start:stop])
        to_pk = self.queryset.model._meta.pk.to_python
        ranked = [(to_pk(object_id), score) for object_id, score in rows]
        objects = self.queryset.in_bulk([pk for pk, _score in ranked])
        results = []
        for pk, score in ranked:
            obj = objects.get(pk)
            if obj is not None:
                if score_field:
                    setattr(obj, score_field, score)
                results.append(obj)
        return results

    def ranked_ids(self, config, limit):
        """[(pk, score)] best first, without loading the objects."""
        rows = (self.ranked_entries(config).order_by("score", "-index_entry__object_id")
                .values_list("index_entry__object_id", "score")[:limit])
        to_pk = self.queryset.model._meta.pk.to_python
        return [(to_pk(object_id), score) for object_id, score in rows]

    def count(self, config):
        if self._fast_path() is None:
            return super().search(config, None, None).count()
        return self.ranked_entries(config).count()


class RankedSQLiteSearchResults(SQLiteSearchResults):
    def _do_count(self):
        return self.query_compiler.count(self.query_compiler.get_config(self.backend))


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteQueryCompiler
    results_class = RankedSQLiteSearchResults
