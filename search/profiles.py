"""Page profiles: the first distinct stems of a page, for search.ranking's feedback step.

A profile is what a page is about in a hundred words: the distinct stems of its title, its
lead text and the start of its body, in that order. News is written lead first, so its first
paragraphs name the subject; the rest of a long page would mostly add noise (and bytes).

The engine keeps the profile in the document's ``_source`` (search.indexing's display field).
The database backends keep it in ``PageProfile``, written by their index whenever it indexes
or drops a page (``StoresProfiles``), and read in the same query as the results' titles.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from .models import PageProfile

PROFILE_SIZE = 100


def profile_of(stems: Iterable[str], size: int = PROFILE_SIZE) -> tuple[str, ...]:
    return tuple(islice(dict.fromkeys(stems), size))


def parse(words: str | None) -> tuple[str, ...] | None:
    return tuple(words.split()) if words else None


def _profiled(model) -> bool:
    """Pages with search.indexing's stemmed fields; not images, documents or snippets."""
    return callable(getattr(model, "search_profile", None))


def store(model, objs) -> None:
    """Write (or rewrite) the profiles of ``objs``, pages of one ``model``."""
    if not _profiled(model):
        return
    rows = [PageProfile(page_id=obj.pk, words=obj.search_profile()) for obj in objs]
    PageProfile.objects.bulk_create(rows, batch_size=500, update_conflicts=True,
                                    unique_fields=["page"], update_fields=["words"])


def forget(obj) -> None:
    if _profiled(type(obj)):
        PageProfile.objects.filter(page_id=obj.pk).delete()


class StoresProfiles:
    """Mixed into a database backend's index class: profiles follow its entries."""

    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        store(model, objs)

    def delete_item(self, item):
        super().delete_item(item)
        forget(item)
