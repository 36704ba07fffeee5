"""Permanent redirects from every old WordPress address to what it became.

Redirects to pages point at the page itself (not its URL), so they survive a later slug
change. Category and tag archives point at the news index with a route path: until the
archive routes exist on NewsIndexPage, Wagtail's Redirect.link falls back to the news
index itself; once they do, the same redirects land on the archive page.

`/?p=ID`-style addresses are stored with their query string; Wagtail's RedirectMiddleware
only runs on 404s, and `/` is the home page, so wordpress.middleware serves those.

An existing redirect for the same old path that points somewhere else is left alone (an
editor may have set it on purpose) and reported.
"""

from __future__ import annotations

from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect

from .scan import old_path, path_key

CATEGORY_ROUTE = "/kategori/{slug}/"  # the archive address announced in news.Category.slug's help text
TAG_ROUTE = "/tag/{slug}/"
MAX_PATH = 255


def _cache(ctx):
    """old path → (page id, route, link): plain tuples, an archive has tens of thousands."""
    if ctx.redirects is None:
        rows = Redirect.objects.filter(site__isnull=True).values_list(
            "old_path", "redirect_page_id", "redirect_page_route_path", "redirect_link")
        ctx.redirects = {old_path: tuple(target) for old_path, *target in rows}
    return ctx.redirects


def add(ctx, kind, wp_id, old, page=None, route="", link=""):
    """Redirect `old` (a path, optionally with a query) to a page (and route) or to a link."""
    old_path = Redirect.normalise_path(old) if old else ""
    if not old_path or old_path == "/" or len(old_path) > MAX_PATH or len(link) > MAX_PATH:
        return
    cache = _cache(ctx)
    desired = (page.pk if page is not None else None, route, link)
    existing = cache.get(old_path)
    if existing is not None:
        if existing != desired:
            ctx.report.warn("redirect", old_path, "redirect_exists")
        ctx.report.count("redirect", "skipped")
        return
    cache[old_path] = desired
    ctx.queue(Redirect(old_path=old_path, site=None, is_permanent=True, redirect_page=page,
                       redirect_page_route_path=route, redirect_link=link))
    ctx.report.count("redirect", "imported")


def for_entry(ctx, item, page):
    """The permalink and the `?p=`/`?page_id=` address of a post or page."""
    ref = ctx.index.items.get(item.wp_id)
    new_key = path_key(page.get_url() or "")
    query = "p" if item.post_type == "post" else "page_id"
    olds = [f"{ctx.index.prefix}/?{query}={item.wp_id}"]
    if ref and ref.path and "?" not in ref.path:
        olds.insert(0, ref.path)
    for old in dict.fromkeys(olds):
        # Never redirect an address to itself: a scheduled page would loop until it goes live.
        if path_key(old) != new_key:
            add(ctx, "post", item.wp_id, old, page=page)


def for_attachment(ctx, item, target_url, size_files):
    ref = ctx.index.items.get(item.wp_id)
    olds = [f"{ctx.index.prefix}/?attachment_id={item.wp_id}"]
    if ref and ref.path:
        olds.append(ref.path)
    upload_path = old_path(item.attachment_url) if item.attachment_url else ""
    if upload_path:
        olds.append(upload_path)
        folder = upload_path.rpartition("/")[0]
        olds += [f"{folder}/{name}" for name in size_files]
    for old in dict.fromkeys(olds):
        add(ctx, "attachment", item.wp_id, old, link=target_url)


def for_author(ctx, author, page):
    prefix = ctx.index.prefix
    if author.login:
        add(ctx, "author", author.wp_id, f"{prefix}/author/{slugify(author.login)}/", page=page)
    if author.wp_id > 0:
        add(ctx, "author", author.wp_id, f"{prefix}/?author={author.wp_id}", page=page)


def for_category(ctx, category, wp_path, slug):
    prefix, route = ctx.index.prefix, CATEGORY_ROUTE.format(slug=slug)
    olds = {f"{prefix}/category/{wp_path}/", f"{prefix}/category/{category.slug}/"}
    if category.term_id > 0:
        olds.add(f"{prefix}/?cat={category.term_id}")
    for old in sorted(olds):
        add(ctx, "category", category.term_id, old, page=ctx.news_index, route=route)


def for_tag(ctx, tag, slug):
    prefix, route = ctx.index.prefix, TAG_ROUTE.format(slug=slug)
    for old in (f"{prefix}/tag/{tag.slug}/", f"{prefix}/?tag={tag.slug}"):
        add(ctx, "tag", tag.term_id, old, page=ctx.news_index, route=route)

