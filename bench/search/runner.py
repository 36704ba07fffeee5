"""Shared plumbing of `eval_search` and `bench_search`: a corpus in a throwaway database,
indexed into each configured backend, queried through the site's own search pipeline."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection
from wagtail.models import Locale, Page

from search import fallback
from search.service import page_queryset, search_pages
from search.text import stem
from search.vocabulary import corrector_for, synonym_table

from . import loader
from .corpus import generate


def check_throwaway_database(force: bool) -> None:
    name = str(settings.DATABASES["default"].get("NAME", ""))
    if force or "/var/" in name or name.startswith("var/") or ":memory:" in name or "memorydb" in name:
        return
    raise CommandError(f"Refusing to replace content in {name!r}: point DATABASE_URL at a file under var/ "
                       "(as `make eval-search` does) or pass --force.")


def prepare(size: int, seed: int):
    """Load ``size`` generated posts; returns {page pk: post}."""
    posts = generate(size, seed)
    parent = loader.load(posts)
    pks = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("path")
    return dict(zip(pks.values_list("pk", flat=True), posts, strict=True))


def backends(only: str | None):
    """[(name, backend)] for the configured backends: the database one, and the engine if any."""
    engine, database = fallback.default_backends()
    pairs = [("database", database or engine)]
    if database is not None:
        pairs.insert(0, ("engine", engine))
    if only and only != "all":
        pairs = [(n, b) for n, b in pairs if n == only]
        if not pairs:
            raise CommandError(f"No {only!r} backend configured (set SEARCH_URL for the engine).")
    return pairs


def index(backend):
    """Index the corpus from a cold stem cache, so every backend pays the same analysis cost.

    On PostgreSQL the index table is then analysed: search.postgres_rum reads the common words
    from its statistics, which autovacuum would otherwise gather at a moment of its choosing."""
    stem.cache_clear()
    indexed = loader.index_corpus(backend)
    if connection.vendor == "postgresql":
        from search import postgres_rum

        with connection.cursor() as cursor:
            cursor.execute(f'ANALYZE "{postgres_rum.entry_table()}"')
        postgres_rum.forget()
    return indexed


def settle(backend, timeout: float = 120.0) -> float:
    """Wait until the engine runs no segment merge (a bulk load leaves some running for a while,
    competing with the searches for the two cores); returns the seconds waited. A site's index
    is settled nearly all the time: timing searches during the merges would measure the load."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        stats = backend.es.nodes.stats(metric="indices", index_metric="merge")
        if all(node["indices"]["merges"]["current"] == 0 for node in stats["nodes"].values()):
            break
        time.sleep(0.5)
    return time.monotonic() - started


def page_model():
    """The model whose engine index holds the pages (every page type shares one index)."""
    return Page


def run_query(query: str, backend, locale=None):
    locale = locale or Locale.get_default()
    return search_pages(query, locale, backend=backend, fallback=None, synonyms=synonym_table(),
                        corrector=corrector_for(locale))


def site_ranking(query: str, backend, k: int = 10, locale=None):
    return [c.pk for c in run_query(query, backend, locale).candidates[:k]]


def plain_ranking(query: str, backend, k: int = 10, locale=None):
    """Wagtail's out-of-the-box search over the same index, for comparison."""
    queryset = page_queryset(locale or Locale.get_default())
    return [page.pk for page in backend.search(query, queryset)[:k]]
