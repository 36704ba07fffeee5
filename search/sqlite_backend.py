"""The SQLite part of search.database_backend; imported only when the database is SQLite
(the SQLite FTS models do not exist on other databases). The modelsearch internals it
builds on are in search.compat_modelsearch."""

from wagtail.search.query import MatchAll, Not

from .compat_modelsearch import SQLiteCompilerHooks, SQLiteResultsHooks, SQLiteSearchBackend
from .profiles import StoresProfiles


class RankedSQLiteQueryCompiler(SQLiteCompilerHooks):
    def _fast_path(self):
        normalized = self.normalized_query()
        if not self.order_by_relevance or isinstance(normalized, (MatchAll, Not)):
            return None
        return normalized

    def ranked_entries(self, config):
        return self.fts_entries(config, self._fast_path())

    def _ranked_rows(self, config):
        return self.ranked_entries(config).order_by("score", "-object_id").values_list("object_id", "score")

    def search(self, config, start, stop, score_field=None):
        if self._fast_path() is None:
            return super().search(config, start, stop, score_field=score_field)
        to_pk = self.queryset.model._meta.pk.to_python
        ranked = [(to_pk(object_id), score) for object_id, score in self._ranked_rows(config)[start:stop]]
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
        to_pk = self.queryset.model._meta.pk.to_python
        return [(to_pk(object_id), score) for object_id, score in self._ranked_rows(config)[:limit]]

    def count(self, config):
        if self._fast_path() is None:
            return super().search(config, None, None).count()
        return self.ranked_entries(config).count()


class RankedSQLiteSearchResults(SQLiteResultsHooks):
    def count_matches(self):
        if not isinstance(self.query_compiler, RankedSQLiteQueryCompiler):
            # Autocomplete (e.g. the admin's page search) uses modelsearch's own compiler.
            return super().count_matches()
        return self.query_compiler.count(self.query_compiler.get_config(self.backend))


class ProfiledSQLiteIndex(StoresProfiles, SQLiteSearchBackend.index_class):
    pass


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteQueryCompiler
    results_class = RankedSQLiteSearchResults
    index_class = ProfiledSQLiteIndex
