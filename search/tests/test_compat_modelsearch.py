"""search.compat_modelsearch was checked against one modelsearch version: any other fails here.

If this fails after an upgrade, do not just bump the constants: re-read each shim listed in
the module's docstring against the new modelsearch source first.
"""

import importlib
import importlib.metadata
import logging

import pytest
from django.db import connection

from core.tests.compat_checks import parameters as _parameters
from core.tests.compat_checks import resolve as _resolve
from search import compat_modelsearch as compat


def test_installed_modelsearch_is_the_version_the_shims_were_checked_against():
    installed = importlib.metadata.version("modelsearch")
    assert installed == compat.CHECKED_VERSION, (
        f"modelsearch {installed} is installed but search/compat_modelsearch.py was checked against "
        f"{compat.CHECKED_VERSION}: re-check every shim listed there, then update CHECKED_VERSION")


@pytest.mark.parametrize("dotted", sorted(compat.EXPECTED_SIGNATURES))
def test_each_internal_still_exists_with_the_expected_signature(dotted):
    assert _parameters(_resolve(dotted)) == compat.EXPECTED_SIGNATURES[dotted], dotted


@pytest.mark.parametrize("dotted", sorted(compat.EXPECTED_SQLITE_SIGNATURES))
def test_each_sqlite_internal_still_exists_with_the_expected_signature(dotted, db):
    if connection.vendor != "sqlite":
        pytest.skip("modelsearch's SQLite modules only load on SQLite (checked in the SQLite pass)")
    assert _parameters(_resolve(dotted)) == compat.EXPECTED_SQLITE_SIGNATURES[dotted], dotted


@pytest.mark.parametrize("dotted", sorted(compat.EXPECTED_POSTGRES_SIGNATURES))
def test_each_postgres_internal_still_exists_with_the_expected_signature(dotted, db):
    if connection.vendor != "postgresql":
        pytest.skip("checked in the PostgreSQL pass")
    assert _parameters(_resolve(dotted)) == compat.EXPECTED_POSTGRES_SIGNATURES[dotted], dotted


def test_sqlite_internals_used_by_the_shim_exist(db):
    if connection.vendor != "sqlite":
        pytest.skip("modelsearch's SQLite modules only load on SQLite")
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry, SQLiteSearchQueryCompiler

    assert SQLiteSearchQueryCompiler.FTS_TABLE_FIELDS == ["title", "body"]
    entry_fields = {f.name for f in SQLiteFTSIndexEntry.index_entry.field.related_model._meta.get_fields()}
    assert {"content_type", "object_id"} <= entry_fields
    assert issubclass(compat.SQLiteCompilerHooks, SQLiteSearchQueryCompiler)


def test_indexing_failures_are_logged_where_the_shim_listens():
    modelsearch_index = importlib.import_module("modelsearch.index")
    assert isinstance(modelsearch_index.logger, logging.Logger)
    assert modelsearch_index.logger.name == compat.INDEXING_LOGGER


def test_engine_backends_share_the_base_class_the_shim_tests_for():
    from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

    from search.backends import SiteOpenSearchBackend

    assert issubclass(OpenSearch2SearchBackend, compat.ElasticsearchBaseSearchBackend)
    assert issubclass(SiteOpenSearchBackend, OpenSearch2SearchBackend)


def test_unknown_attribute_is_an_error():
    with pytest.raises(AttributeError):
        compat.NoSuchShim  # noqa: B018


@pytest.mark.django_db
def test_index_signals_paused_stops_and_restores_index_updates():
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import Page

    models = compat.auto_updated_models()
    assert Page in models or any(issubclass(m, Page) for m in models)

    def connected(model):
        """Whether modelsearch's handler is connected for ``model`` (probed with disconnect/connect)."""
        was = post_save.disconnect(post_save_signal_handler, sender=model)
        if was:
            post_save.connect(post_save_signal_handler, sender=model)
        return was

    model = next(m for m in models if issubclass(m, Page))
    assert connected(model), "modelsearch no longer connects its handler per indexed model"
    with compat.index_signals_paused():
        assert not any(connected(m) for m in models)
    assert all(connected(m) for m in models)


def test_auto_update_backends_and_class_is_indexed(db):  # the database backend reads content types
    from wagtail.models import Page

    backends = compat.auto_update_backends()
    assert isinstance(backends, list) and backends, "the test settings' database backend updates on save"
    assert compat.class_is_indexed(Page)
