"""Loading a generated corpus fast, and (re)indexing it with timings.

Creating 20,000 pages through Wagtail's tree API takes many minutes, so the corpus is
bulk-inserted: base Page rows with precomputed tree paths, then the NewsPage rows. Only
meant for the throwaway databases of `make eval-search` / `make bench-search`.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.db import connections, transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.search.index import get_indexed_models

from core.compat_django import batched_insert
from core.compat_treebeard import child_path
from news.models import NewsIndexPage, NewsPage
from search.compat_modelsearch import group_models_by_index

from .corpus import Post

CORPUS_SLUG = "search-corpus"


def corpus_index(locale: Locale | None = None) -> NewsIndexPage | None:
    return NewsIndexPage.objects.filter(slug=CORPUS_SLUG, locale=locale or Locale.get_default()).first()


def home_for(locale: Locale) -> Page:
    """The site's home page in ``locale``, translated from the default one if need be."""
    default_home = Page.objects.get(depth=2, locale=Locale.get_default())
    if locale == default_home.locale:
        return default_home
    return default_home.get_translation_or_none(locale) or default_home.copy_for_translation(locale)


@transaction.atomic
def load(posts: list[Post], batch: int = 1000, locale: Locale | None = None) -> NewsIndexPage:
    """Add the corpus section with ``posts`` in ``locale`` (no search signals fire for the posts)."""
    locale = locale or Locale.get_default()
    if corpus_index(locale) is not None:
        # Deleting 20,000 pages through Wagtail takes longer than starting afresh.
        raise CommandError("This database already holds a generated corpus; start from a fresh one "
                           "(scripts/search-bench.sh does).")
    parent = home_for(locale).add_child(instance=NewsIndexPage(title="Korpus pencarian", slug=CORPUS_SLUG,
                                                               locale=locale))
    content_type = ContentType.objects.get_for_model(NewsPage)
    now = timezone.now()
    base_rows, slugs = [], set()
    for i, post in enumerate(posts, start=1):
        slug = f"{slugify(post.title)[:60]}-{post.number}"
        slugs.add(slug)
        base_rows.append(Page(
            title=post.title, draft_title=post.title, slug=slug, content_type=content_type, locale=locale,
            path=child_path(Page, parent.path, parent.depth + 1, i), depth=parent.depth + 1, numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            live=True, has_unpublished_changes=False, first_published_at=now, last_published_at=now,
            translation_key=uuid.uuid4()))
    created = Page.objects.bulk_create(base_rows, batch_size=batch)
    Page.objects.filter(pk=parent.pk).update(numchild=len(created))
    rows = [NewsPage(page_ptr_id=page.pk, publication_date=post.date, summary=post.summary,
                     body=[("paragraph", "".join(f"<p>{p}</p>" for p in post.paragraphs))],
                     source="", is_sticky=False)
            for page, post in zip(created, posts, strict=True)]
    local_fields = [f for f in NewsPage._meta.local_concrete_fields]
    batched_insert(NewsPage.objects.all(), rows, local_fields, batch_size=batch)
    return parent


# A page type with at least this many pages is analysed by WORKERS forked processes; smaller
# ones (tests, whose pages live in an uncommitted transaction, and eval_search) in this one.
PARALLEL_FROM = 5_000
WORKERS = max(1, min(2, os.cpu_count() or 1))


def index_corpus(backend, chunk_size: int = 1000) -> tuple[int, float]:
    """Rebuild the page index of ``backend`` with every page; (documents, seconds).

    On the engine, documents are read and analysed while the previous chunk's bulk request
    is on its way: in a second thread of this process, or, for a large page type, in forked
    worker processes (one per core) that hand finished bulk bodies back to this one, which
    sends them."""
    started = time.perf_counter()
    count = 0
    models = [m for m in _page_models()]
    for index, index_models in group_models_by_index(backend, models).items():
        rebuilder = backend.rebuilder_class(index)
        index = rebuilder.start()
        for model in index_models:
            index.add_model(model)
        for model in index_models:
            # What the stemmed fields read from relations, fetched per chunk, not per page.
            relations = [name for name in getattr(model, "search_body_fields", ())
                         if getattr(model._meta.get_field(name), "many_to_many", False)]
            queryset = model.get_indexed_objects().order_by("pk").prefetch_related(*relations)
            pks = list(queryset.values_list("pk", flat=True))
            chunks = [pks[start:start + chunk_size] for start in range(0, len(pks), chunk_size)]
            count += len(pks)
            if not hasattr(index, "bulk_actions"):  # the database backend
                for chunk in chunks:
                    index.add_items(model, list(queryset.filter(pk__in=chunk)))
            elif len(pks) >= PARALLEL_FROM and WORKERS > 1:
                _send_from_workers(index, model, queryset, chunks)
            else:
                _send_overlapped(index, model, queryset, chunks)
        rebuilder.finish()
    return count, time.perf_counter() - started


def _send_overlapped(index, model, queryset, chunks):
    with ThreadPoolExecutor(max_workers=1) as sender:
        pending = None
        for chunk in chunks:
            actions = index.bulk_actions(model, list(queryset.filter(pk__in=chunk)))
            if pending is not None:
                pending.result()
            pending = sender.submit(index.send_bulk, actions)
        if pending is not None:
            pending.result()


_job = None  # (index, model, queryset) for the forked workers


def _bulk_body(chunk) -> bytes:
    """In a worker: the NDJSON bulk body indexing one chunk of pages."""
    index, model, queryset = _job
    serializer = index.es.transport.serializer
    lines = []
    for action in index.bulk_actions(model, list(queryset.filter(pk__in=chunk))):
        lines.append(serializer.dumps({"index": {"_index": index.name, "_id": action.pop("_id")}}))
        lines.append(serializer.dumps(action))
    return ("\n".join(lines) + "\n").encode()


def _send_from_workers(index, model, queryset, chunks):
    global _job
    _job = (index, model, queryset)
    # The workers open their own database connections: none may be inherited open.
    connections.close_all()
    try:
        with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
            for body in pool.imap(_bulk_body, chunks):
                index.send_bulk_body(body)
    finally:
        _job = None


def _page_models():
    return [m for m in get_indexed_models() if issubclass(m, Page)]
