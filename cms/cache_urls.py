"""Which addresses show a page: the purge set of the full-page cache (see cache.py).

`dependent_urls(page_ids)` reads the database as it is when called, so cache.py calls it
around a change: before it (old address, old listings) and after the commit (new ones).
It costs a fixed number of queries however many pages it is given.

For each page and every translation of it:
* the page itself; with `with_descendants`, every page below it too (moves, slug changes,
  deletes), and always so for a section page whose title appears in its pages' breadcrumbs;
* every ancestor: home, and index pages with page 1 of their listing (`` and `?page=1`);
* a news post: its news index's feeds, the year, month, category and tag archives and
  category feeds that list it, and the author and programme pages that list it;
* an author: the posts that show the "about the author" box;
* a section in the main menu: every live page, as the menu is on every page;
* always the sitemap.

Left to the cache's expiry (PAGE_CACHE_TIMEOUT / PAGE_CACHE_SHORT_TIMEOUT): listing pages
after the first, archive sidebars' counts, the "related" and "popular" boxes, search results.
"""

from django.db.models import Q
from django.urls import reverse
from wagtail.models import Page

LISTING_FIRST_PAGE = "?page=1"


class _UrlCache:
    """Wagtail's `cache_object`: the site root paths are looked up once per computation."""


def _full_url(page, ctx):
    try:
        return page.get_full_url(ctx)
    except Exception:  # noqa: BLE001 - a page without a site (orphaned tree) has nothing cached
        return None


def _page_urls(pages, ctx):
    return {url for url in (_full_url(page, ctx) for page in pages) if url}


def sitemap_urls():
    from wagtail.models import Site

    return {site.root_url + reverse("sitemap") for site in Site.objects.all()}


def _ancestor_paths(pages):
    step = Page.steplen
    # depth 1 is the tree root, which is never served
    return {page.path[:end] for page in pages for end in range(2 * step, len(page.path), step)}


def _listing_urls(index_pages, ctx):
    """Page 1 of the listing of each index-like page, with its feeds for news indexes."""
    from news.models import AuthorPage, NewsIndexPage
    from programmes.models import ProgrammePage

    urls = set()
    for page in index_pages:
        cls = page.specific_class
        url = _full_url(page, ctx)
        if not url:
            continue
        urls.add(url)
        if cls in (NewsIndexPage, AuthorPage, ProgrammePage):
            urls.add(url + LISTING_FIRST_PAGE)
        if cls is NewsIndexPage:
            urls |= {url + _route("feed", kind) for kind in ("rss", "atom")}
    return urls


def _route(name, *args):
    from news.models import NewsIndexPage

    return NewsIndexPage.get_resolver().reverse(name, *args)


def _with_translations(pages):
    keys = {page.translation_key for page in pages}
    return list(Page.objects.filter(translation_key__in=keys)) if keys else []


def _news_archive_urls(news_ids, parents, ctx):
    """Archives, category feeds, author and programme pages that list these posts."""
    from news.models import Category, NewsPage, NewsPageAuthor, NewsPageProgramme, NewsPageTag

    through = NewsPage.categories.through
    category_keys = Category.objects.filter(
        pk__in=through.objects.filter(newspage_id__in=news_ids).values("category_id")
    ).values("translation_key")
    category_slugs = set(Category.objects.filter(translation_key__in=category_keys).values_list("slug", flat=True))
    tag_slugs = set(NewsPageTag.objects.filter(content_object_id__in=news_ids).values_list("tag__slug", flat=True))
    dates = set(NewsPage.objects.filter(pk__in=news_ids).values_list("publication_date", flat=True))

    urls = set()
    for index in parents:
        base = _full_url(index, ctx)
        if not base:
            continue
        for day in dates:
            urls |= {base + _route("year", day.year), base + _route("month", day.year, f"{day.month:02d}")}
        for slug in category_slugs:
            urls.add(base + _route("category", slug))
            urls |= {base + _route("category_feed", slug, kind) for kind in ("rss", "atom")}
        urls |= {base + _route("tag", slug) for slug in tag_slugs}

    author_ids = NewsPageAuthor.objects.filter(page_id__in=news_ids).values("author_id")
    programme_ids = NewsPageProgramme.objects.filter(page_id__in=news_ids).values("programme_id")
    listers = _with_translations(list(Page.objects.filter(Q(pk__in=author_ids) | Q(pk__in=programme_ids))))
    return urls | _listing_urls(listers, ctx)


def _author_post_urls(author_ids, ctx):
    from news.models import NewsPageAuthor

    posts = Page.objects.filter(pk__in=NewsPageAuthor.objects.filter(author_id__in=author_ids).values("page_id"))
    return _page_urls(posts, ctx)


def descendant_urls(pages, ctx=None):
    below = Q()
    for page in pages:
        below |= Q(path__startswith=page.path, depth__gt=page.depth)
    return _page_urls(Page.objects.filter(below), ctx or _UrlCache()) if below else set()


def site_wide_urls():
    """Every live page and page 1 of every listing: for changes shown on all pages."""
    ctx = _UrlCache()
    live = list(Page.objects.live().filter(depth__gt=1))
    return _page_urls(live, ctx) | _listing_urls(live, ctx) | sitemap_urls()


def _is_menu_section(page):
    return page.depth == 3 and page.show_in_menus


def dependent_urls(page_ids, with_descendants=False):
    """Full URLs of every cached response that shows any of these pages (see module docstring)."""
    from news.models import AuthorPage, NewsIndexPage, NewsPage

    page_ids = set(page_ids)
    if not page_ids:
        return set()
    family = _with_translations(list(Page.objects.filter(pk__in=page_ids)))
    if not family:
        return set()
    if any(_is_menu_section(page) for page in family):
        return site_wide_urls() | descendant_urls(family)

    ctx = _UrlCache()
    urls = _page_urls(family, ctx) | sitemap_urls()
    ancestors = {page.path: page for page in Page.objects.filter(path__in=_ancestor_paths(family))}
    urls |= _listing_urls(ancestors.values(), ctx) | _listing_urls(family, ctx)

    news = [page for page in family if page.specific_class is NewsPage]
    if news:
        parents = [ancestors[path] for path in {page.path[:-Page.steplen] for page in news} if path in ancestors]
        parents = [page for page in parents if page.specific_class is NewsIndexPage]
        urls |= _news_archive_urls([page.pk for page in news], parents, ctx)
    authors = [page.pk for page in family if page.specific_class is AuthorPage]
    if authors:
        urls |= _author_post_urls(authors, ctx)

    sections = [page for page in family if page.depth >= 3 and page.numchild and page.specific_class is not NewsPage]
    if with_descendants:
        sections = family
    return urls | descendant_urls(sections, ctx)
