"""Runs an import: validation pass, then one transaction with a savepoint per item.

Order matters because WordPress lets anything point at anything: authors, categories and
tags come first (from the scan), then attachments (posts show them), then pages and posts
in rounds (a child page waits for its parent), then a last round re-converts the items
that linked to a post imported after them, so every internal link ends up as a page link.

`--dry-run` runs exactly the same code and rolls the transaction back; uploaded files go
to a temporary storage that is deleted afterwards. Search-index signal handlers are paused
during the run (an external search engine is not transactional, so a dry run or a failed
post must not reach it); the objects written are indexed once the transaction commits.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from core.compat_wagtail import disable_reference_index_auto_update
from search.compat_modelsearch import auto_update_backends, class_is_indexed, index_signals_paused

from . import media, pages, taxonomy, wxr
from .common import delete_files, guarded
from .models import WordPressObject
from .report import Progress, Report
from .scan import scan

logger = logging.getLogger(__name__)


class Rollback(Exception):
    """Raised at the end of a dry run to undo the transaction."""


class Context:
    """Shared state of one run: lookups from WordPress ids to what they became."""

    def __init__(self, index, uploads, news_index, report, dry_run):
        self.index, self.uploads, self.report, self.dry_run = index, uploads, report, dry_run
        self.news_index = news_index
        self.home = news_index.get_parent().specific
        self.locale = news_index.locale
        self.mappings = {(m.kind, m.wp_id): m for m in WordPressObject.objects.all()}
        self.images: dict[int, tuple[int, str]] = {}  # attachment id → (image id, file name)
        self.documents: dict[int, int] = {}
        self.pages: dict[int, int] = {}  # post/page id → Wagtail page id
        self.authors: dict[str, object] = {}  # login → AuthorPage
        self.categories: dict[str, object] = {}  # WordPress slug → Category
        self.tags: dict[str, object] = {}  # WordPress slug → taggit Tag
        self.failed: set[int] = set()
        self.revisit: set[int] = set()
        self.saved_files: list[tuple[object, str]] = []
        self.touched = defaultdict(set)
        self.slugs: dict[int, set[str]] = {}
        self.author_index = None
        self.collection = None
        self.redirects = None  # old path → Redirect, loaded on first use
        self.pending = []
        self._content_types = {}
        self.preload()

    def preload(self):
        """Bulk-load what earlier runs imported, so a re-run costs a few queries, not one per item."""
        image_model, document_model = get_image_model(), get_document_model()
        image_ct, document_ct = self.content_type(image_model), self.content_type(document_model)
        images, documents, entries = {}, {}, {}
        for (kind, wp_id), mapping in self.mappings.items():
            if kind == "attachment" and mapping.content_type_id == image_ct.pk:
                images[mapping.object_id] = wp_id
            elif kind == "attachment" and mapping.content_type_id == document_ct.pk:
                documents[mapping.object_id] = wp_id
            elif kind in ("post", "page"):
                entries[mapping.object_id] = wp_id
        for pk, name in image_model.objects.filter(pk__in=images).values_list("pk", "file"):
            self.images[images[pk]] = (pk, name)
        for pk in document_model.objects.filter(pk__in=documents).values_list("pk", flat=True):
            self.documents[documents[pk]] = pk
        for pk in Page.objects.filter(pk__in=entries).values_list("pk", flat=True):
            self.pages[entries[pk]] = pk

    def content_type(self, model):
        if model not in self._content_types:
            self._content_types[model] = ContentType.objects.get_for_model(model, for_concrete_model=False)
        return self._content_types[model]

    def mapping(self, kind, wp_id):
        return self.mappings.get((kind, wp_id))

    def remember(self, kind, wp_id, obj, checksum="", revision_id=None):
        mapping = self.mappings.get((kind, wp_id))
        content_type = self.content_type(type(obj))
        if mapping is None:
            mapping = WordPressObject(kind=kind, wp_id=wp_id, content_type=content_type, object_id=obj.pk,
                                      checksum=checksum, revision_id=revision_id)
            self.queue(mapping)
        elif (mapping.object_id, mapping.content_type_id, mapping.checksum, mapping.revision_id) != (
                obj.pk, content_type.pk, checksum, revision_id):
            mapping.object_id, mapping.content_type, mapping.checksum = obj.pk, content_type, checksum
            mapping.revision_id = revision_id
            if mapping.pk is not None:  # else it is still queued, and goes in with these values
                mapping.save()
        self.mappings[(kind, wp_id)] = mapping
        self.touched[type(obj)].add(obj.pk)
        return mapping

    def queue(self, obj):
        """Rows written in bulk (mappings, redirects): an archive makes tens of thousands of them."""
        self.pending.append(obj)

    def flush(self):
        by_model = defaultdict(list)
        for obj in self.pending:
            by_model[type(obj)].append(obj)
        for model, objects in by_model.items():
            model.objects.bulk_create(objects, batch_size=500)
        self.pending = []

    def sibling_slugs(self, parent):
        if parent.pk not in self.slugs:
            self.slugs[parent.pk] = set(parent.get_children().values_list("slug", flat=True))
        return self.slugs[parent.pk]

    def after_failure(self):
        """A rolled-back item may have left objects in these caches that no longer exist."""
        self.flush()  # what the items before it queued (guarded() already dropped the failed item's rows)
        self.news_index.refresh_from_db()  # treebeard keeps child counts in memory
        self.home.refresh_from_db()
        self.author_index = None
        self.collection = None
        self.slugs.clear()
        self.redirects = None
        self.mappings = {(m.kind, m.wp_id): m for m in WordPressObject.objects.all()}
        self.images, self.documents, self.pages = {}, {}, {}
        self.preload()
        self.authors = _existing(self.authors)
        self.categories = _existing(self.categories)
        self.tags = _existing(self.tags)


def _existing(objects: dict) -> dict:
    """Keep the cache entries whose objects are still in the database."""
    by_model = defaultdict(set)
    for obj in objects.values():
        by_model[type(obj)].add(obj.pk)
    alive = {(model, pk) for model, pks in by_model.items()
             for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True)}
    return {key: obj for key, obj in objects.items() if (type(obj), obj.pk) in alive}


@contextlib.contextmanager
def temporary_media():
    """Point image and document files at a throwaway folder (dry runs)."""
    folder = tempfile.mkdtemp(prefix="wp-dry-run-")
    fields = [get_image_model()._meta.get_field("file"), get_document_model()._meta.get_field("file")]
    originals = [field.storage for field in fields]
    for field in fields:
        field.storage = FileSystemStorage(location=folder)
    try:
        yield
    finally:
        for field, storage in zip(fields, originals, strict=True):
            field.storage = storage
        shutil.rmtree(folder, ignore_errors=True)


def chunks(pks, size=200):
    """Written objects a few hundred at a time, so memory does not grow with the archive."""
    pks = sorted(pks)
    for start in range(0, len(pks), size):
        yield pks[start:start + size]


def update_references(touched):
    """Once per written object, instead of on each of its saves (image and document usage counts)."""
    for model, pks in touched.items():
        for chunk in chunks(pks):
            for obj in model._default_manager.filter(pk__in=chunk):
                ReferenceIndex.create_or_update_for_object(obj)


def reindex(touched):
    backends = auto_update_backends()
    for model, pks in touched.items():
        if not class_is_indexed(model):
            continue
        for chunk in chunks(pks):
            objects = list(model.get_indexed_objects().filter(pk__in=chunk))
            for backend in backends:
                try:
                    backend.add_bulk(model, objects)
                except Exception:  # noqa: BLE001 - an engine outage must not undo a committed import
                    logger.exception("Could not index imported %s objects", model.__name__)


def run(path, uploads, news_index, dry_run=False, stderr=None) -> Report:
    index = scan(path)  # raises wxr.WXRError before anything is written
    report = Report()
    media_context = temporary_media() if dry_run else contextlib.nullcontext()
    ctx = None
    try:
        with index_signals_paused(), disable_reference_index_auto_update(), media_context, transaction.atomic():
            ctx = Context(index, uploads, news_index, report, dry_run)
            import_all(ctx, path, stderr)
            update_references(ctx.touched)
            if dry_run:
                raise Rollback
    except Rollback:
        pass
    except BaseException:
        if ctx is not None:
            delete_files(ctx)
        raise
    if not dry_run:
        reindex(ctx.touched)
    return report


def import_all(ctx, path, stderr):
    taxonomy.import_header(ctx)
    total = sum(ctx.index.counts[t] for t in ("attachment", "post", "page"))
    progress = Progress(stderr, total) if stderr is not None else None

    def each(wanted):
        for obj in wxr.read(path):
            if isinstance(obj, wxr.Item) and obj.wp_id in wanted:
                yield obj

    attachments = {wp_id for wp_id, ref in ctx.index.items.items() if ref.post_type == "attachment"}
    for item in each(attachments):
        guarded(ctx, "attachment", item.wp_id, media.import_attachment, ctx, item)
        progress and progress.advance("attachment")
    for post_type, count in ctx.index.counts.items():
        if post_type not in ("post", "page", "attachment"):
            ctx.report.count("page", "skipped", count)
            ctx.report.warn("page", "-", "post_type_skipped", f"{post_type} ({count})")
    wanted = set(ctx.index.entry_ids())
    while wanted:
        deferred = set()
        for item in each(wanted):
            kind = "post" if item.post_type == "post" else "page"
            if guarded(ctx, kind, item.wp_id, pages.import_entry, ctx, item, final=False) == pages.DEFER:
                deferred.add(item.wp_id)
            else:
                progress and progress.advance(kind)
        if deferred == wanted:  # a loop in the page hierarchy: place what is left under the home page
            for item in each(deferred):
                guarded(ctx, "page", item.wp_id, pages.import_entry, ctx, item, final=True)
                progress and progress.advance("page")
            deferred = set()
        wanted = deferred
    if ctx.revisit:
        for item in each(set(ctx.revisit)):
            kind = "post" if item.post_type == "post" else "page"
            guarded(ctx, kind, item.wp_id, pages.import_entry, ctx, item, final=True, revisit=True)
    ctx.flush()
    progress and progress.finish()
