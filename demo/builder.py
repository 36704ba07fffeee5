"""Get-or-create helpers shared by the demo-content builders.

Every helper looks an object up by a stable key first and returns it untouched when it
exists, so running the loader twice changes nothing in the database.

The demo only ever works on what it made itself. Its pages and categories carry a
translation key derived from the demo's own names (`demo_key`); an object is the demo's when
its key matches, never because its slug happens to match. Imported or hand-made content at
a demo slug is left alone, and the demo object is made beside it under a free slug.
"""

import datetime
import itertools
import uuid
from zoneinfo import ZoneInfo

from wagtail.models import Page, PageLogEntry, Revision

JAKARTA = ZoneInfo("Asia/Jakarta")
DEMO_NAMESPACE = uuid.UUID("5d1b0e4a-6f39-4b53-9a52-0d2f6c1e9b11")


class Stats:
    """Counts of what a run created, for the command's summary."""

    def __init__(self):
        self.counts = {}

    def add(self, kind, created=True):
        counts = self.counts.setdefault(kind, [0, 0])
        counts[0 if created else 1] += 1

    @property
    def created(self):
        return sum(new for new, _ in self.counts.values())

    def summary(self):
        return "; ".join(f"{kind}: {new} new, {kept} kept" for kind, (new, kept) in self.counts.items())


def morning(day, minute=0):
    """09:00 (plus a few minutes) in Yogyakarta on the given date, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time(9, minute), tzinfo=JAKARTA)


def block_id(*parts):
    """A stable block id, so the same content always gets the same ids."""
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(str(p) for p in parts)))


def stream(key, blocks):
    """Raw StreamField data from (type, value) pairs, with deterministic ids."""
    return [{"type": kind, "value": value, "id": block_id(key, i)} for i, (kind, value) in enumerate(blocks)]


def list_items(key, values):
    """Raw ListBlock data with deterministic item ids."""
    return [{"type": "item", "value": value, "id": block_id(key, i)} for i, value in enumerate(values)]


def html_list(items, ordered=False):
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def demo_key(*parts):
    """The translation key that marks an object as made by the demo (shared by its translations)."""
    return uuid.uuid5(DEMO_NAMESPACE, "object/" + "/".join(str(p) for p in parts))


def free_slug(slug, taken):
    """`slug`, or `slug-demo`, `slug-demo-2`, … when someone else's object already uses it."""
    candidates = itertools.chain([slug, f"{slug}-demo"], (f"{slug}-demo-{n}" for n in itertools.count(2)))
    return next(candidate for candidate in candidates if candidate not in taken)


def own_page(parent, slug):
    """The demo's page for `slug` under `parent` (found by its marker, wherever an editor moved it)."""
    page = Page.objects.filter(translation_key=demo_key(parent.translation_key, slug),
                               locale_id=parent.locale_id).first()
    return page.specific if page else None


def ensure_page(parent, slug, build, stats, kind, published_at=None, updated_at=None):
    """Return the demo's child of `parent` for `slug`, creating and publishing it when missing.

    `build` is only called for a new page, so nothing (images, tags) is made for pages
    that already exist. `published_at` back-dates the publication timestamps.
    """
    existing = own_page(parent, slug)
    if existing is not None:
        stats.add(kind, created=False)
        return existing
    page = build()
    page.translation_key = demo_key(parent.translation_key, slug)
    page.slug = free_slug(slug, set(Page.objects.child_of(parent).values_list("slug", flat=True)))
    page.locale_id = parent.locale_id
    page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    revision.publish()
    if published_at is not None:
        backdate(page, revision, published_at, updated_at or published_at)
    stats.add(kind)
    return type(page).objects.get(pk=page.pk)


def backdate(page, revision, published_at, updated_at):
    """Make the history look as if the page was published on its own date."""
    Page.objects.filter(pk=page.pk).update(
        first_published_at=published_at, last_published_at=updated_at, latest_revision_created_at=updated_at,
    )
    Revision.objects.filter(pk=revision.pk).update(created_at=updated_at)
    PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=updated_at)


def publish_changes(page):
    """Publish the current in-memory state of an existing page (used for the home page)."""
    revision = page.save_revision()
    revision.publish()
    return revision
