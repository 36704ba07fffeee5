"""Which addresses show a page: the purge set of the full-page cache (see cache.py).

`dependent_urls(page_ids)` reads the database as it is when called, so cache.py calls it
around a change: before it (old address, old listings) and after the commit (new ones).
It costs a fixed number of queries however many pages it is given.

This module knows only the page tree; each page model knows its own addresses, following
Wagtail's frontend-cache conventions:
* `get_cached_paths()` — the paths below the page's URL that are cached (Wagtail's
  `PurgeBatch.add_page` adds them), e.g. a listing's `?page=1` and a news index's feeds;
* an optional classmethod `purge_dependents(pages, batch)` — the other pages and URLs that
  show any of `pages` (a news post's archives and author pages, an author's posts). It gets
  every page of that type in the change at once, so it can keep its queries fixed too.

For each page and every translation of it, this module adds:
* the page itself; with `with_descendants`, every page below it too (moves, slug changes,
  deletes), and always so for a section page whose title appears in its pages' breadcrumbs;
* every ancestor (home, index pages with their cached paths);
* what the page's model says shows it (`purge_dependents`);
* a section in the main menu: every live page, as the menu is on every page;
* always the sitemap.

Left to the cache's expiry (PAGE_CACHE_TIMEOUT / PAGE_CACHE_SHORT_TIMEOUT): listing pages
after the first, archive sidebars' counts, the "related" and "popular" boxes, search results.
"""

from collections import defaultdict

from django.db.models import Q
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site


class _UrlCache:
    """Wagtail's `cache_object`: the site root paths are looked up once per computation."""


class PagePurgeBatch(PurgeBatch):
    """Wagtail's PurgeBatch, plus what a model's `purge_dependents` may need from the tree."""

    def __init__(self, ancestors=None):
        super().__init__(cache_object=_UrlCache())
        self.ancestors = ancestors or {}  # {path: Page} of the pages in the change

    def add_page(self, page):
        try:
            super().add_page(page)
        except Exception:  # noqa: BLE001 - a page without a site (orphaned tree) has nothing cached
            pass

    def add_page_paths(self, page, paths):
        """`page`'s URL joined with each of `paths` (routes of a routable page, say)."""
        base = self.url_of(page)
        if base:
            self.add_urls(base + path.lstrip("/") for path in paths)

    def url_of(self, page):
        try:
            return page.get_full_url(self.cache_object)
        except Exception:  # noqa: BLE001 - see add_page
            return None

    def parent(self, page):
        """The parent of a page in the change, without a query (None for the tree root)."""
        return self.ancestors.get(page.path[:-Page.steplen])

    @staticmethod
    def with_translations(pages):
        return with_translations(pages)


def sitemap_urls():
    return {site.root_url + reverse("sitemap") for site in Site.objects.all()}


def _ancestor_paths(pages):
    step = Page.steplen
    # depth 1 is the tree root, which is never served
    return {page.path[:end] for page in pages for end in range(2 * step, len(page.path), step)}


def with_translations(pages):
    keys = {page.translation_key for page in pages}
    return list(Page.objects.filter(translation_key__in=keys)) if keys else []


def descendant_urls(pages, batch=None):
    below = Q()
    for page in pages:
        below |= Q(path__startswith=page.path, depth__gt=page.depth)
    batch = batch or PagePurgeBatch()
    if below:
        batch.add_pages(Page.objects.filter(below))
    return batch.urls


def site_wide_urls():
    """Every live page with its cached paths, and the sitemap: for changes shown on all pages."""
    batch = PagePurgeBatch()
    batch.add_pages(Page.objects.live().filter(depth__gt=1))
    return batch.urls | sitemap_urls()


def _is_menu_section(page):
    return page.depth == 3 and page.show_in_menus


def _add_dependents(pages, batch):
    """Ask each page type which other pages and URLs show its pages (one call per type)."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[page.specific_class].append(page)
    for model, members in by_type.items():
        purge_dependents = getattr(model, "purge_dependents", None)
        if purge_dependents is not None:
            purge_dependents(members, batch)


def dependent_urls(page_ids, with_descendants=False):
    """Full URLs of every cached response that shows any of these pages (see module docstring)."""
    page_ids = set(page_ids)
    if not page_ids:
        return set()
    family = with_translations(list(Page.objects.filter(pk__in=page_ids)))
    if not family:
        return set()
    if any(_is_menu_section(page) for page in family):
        return site_wide_urls() | descendant_urls(family)

    ancestors = {page.path: page for page in Page.objects.filter(path__in=_ancestor_paths(family))}
    batch = PagePurgeBatch(ancestors)
    batch.add_pages(family)
    batch.add_pages(ancestors.values())
    batch.add_urls(sitemap_urls())
    _add_dependents(family, batch)

    # A section's title is in the breadcrumbs of every page below it.
    sections = family if with_descendants else [page for page in family if page.depth >= 3 and page.numchild]
    return descendant_urls(sections, batch)
