"""Authors → AuthorPage, categories (with their hierarchy) → Category, tags → taggit tags.

Each is created once and found again by its WordPress id on later runs. An author page,
category or tag that already exists with the same name (made by an editor before the
import) is adopted rather than duplicated.
"""

from __future__ import annotations

import html
from urllib.parse import unquote

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from news.models import AuthorIndexPage, AuthorPage, Category

from . import redirects, wxr
from .common import fingerprint, guarded, in_site_language
from .scan import synthetic_id


def import_header(ctx):
    for author in ctx.index.authors:
        guarded(ctx, "author", author.wp_id, import_author, ctx, author)
    for category in parents_first(ctx.index.categories):
        guarded(ctx, "category", category.term_id, import_category, ctx, category)
    for tag in ctx.index.tags:
        guarded(ctx, "tag", tag.term_id, import_tag, ctx, tag)


# -- authors ----------------------------------------------------------------------------
def author_index(ctx):
    if ctx.author_index is None:
        index = AuthorIndexPage.objects.child_of(ctx.home).first()
        if index is None:
            title = in_site_language(_("Authors"))
            index = AuthorIndexPage(title=title, slug=slugify(title) or "penulis")
            ctx.home.add_child(instance=index)
            index.save_revision().publish()
            index.refresh_from_db()
        ctx.author_index = index
    return ctx.author_index


def author_for(ctx, login):
    """The AuthorPage for a post's dc:creator; one the export does not list is created from the login."""
    if login not in ctx.authors:
        name = login or in_site_language(_("Editorial team"))
        author = wxr.Author(wp_id=synthetic_id("author:" + login), login=login, display_name=name)
        import_author(ctx, author)
        ctx.report.warn("author", author.wp_id, "unknown_author", name)
    return ctx.authors[login]


def import_author(ctx, author):
    title = html.unescape(author.display_name or f"{author.first_name} {author.last_name}".strip() or author.login)
    title = title.strip()[:255] or in_site_language(_("Editorial team"))
    bio = html.unescape(author.description).strip()[:600]
    checksum = fingerprint({"title": title, "bio": bio})
    mapping = ctx.mapping("author", author.wp_id)
    page = AuthorPage.objects.filter(pk=mapping.object_id).first() if mapping else None
    if mapping and page is None:
        ctx.report.warn("author", author.wp_id, "deleted_in_wagtail")
        return ctx.report.count("author", "skipped")
    if page is not None:
        outcome = "skipped"
        if mapping.checksum != checksum and page.latest_revision_id != mapping.revision_id:
            ctx.report.warn("author", author.wp_id, "edited_in_wagtail")
        elif mapping.checksum != checksum:
            page.title, page.bio = title, bio
            page.save_revision().publish()
            page.refresh_from_db()
            ctx.remember("author", author.wp_id, page, checksum, page.latest_revision_id)
            outcome = "updated"
    else:
        index = author_index(ctx)
        page = AuthorPage.objects.child_of(index).filter(title=title).first()
        if page is not None:
            ctx.report.warn("author", author.wp_id, "adopted_existing", f"«{title}»")
            outcome = "skipped"
        else:
            page = AuthorPage(title=title, slug=unique_slug(index, slugify(author.login) or slugify(title)),
                              role=in_site_language(_("Contributor")), bio=bio)
            index.add_child(instance=page)
            page.save_revision().publish()
            page.refresh_from_db()
            outcome = "imported"
        ctx.remember("author", author.wp_id, page, checksum, page.latest_revision_id)
    ctx.authors[author.login] = page
    redirects.for_author(ctx, author, page)
    ctx.report.count("author", outcome)


def unique_slug(parent, base):
    base = base or "penulis"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base[:240]}-{number}", number + 1
    return slug


# -- categories -------------------------------------------------------------------------
def parents_first(categories):
    by_slug = {category.slug: category for category in categories}

    def depth(category, seen=()):
        parent = by_slug.get(category.parent_slug)
        if parent is None or parent.slug in seen:
            return 0
        return 1 + depth(parent, (*seen, category.slug))

    return sorted(categories, key=depth)


def wordpress_path(ctx, category):
    """"induk/anak" — WordPress puts the parents' slugs in a category's address."""
    by_slug = {c.slug: c for c in ctx.index.categories}
    parts, seen = [category.slug], {category.slug}
    parent = by_slug.get(category.parent_slug)
    while parent is not None and parent.slug not in seen:
        parts.insert(0, parent.slug)
        seen.add(parent.slug)
        parent = by_slug.get(parent.parent_slug)
    return "/".join(parts)


def import_category(ctx, category):
    name = html.unescape(category.name).strip()[:100] or category.slug
    slug = (slugify(unquote(category.slug)) or slugify(name))[:100] or f"kategori-{abs(category.term_id)}"
    parent = ctx.categories.get(category.parent_slug)
    values = {"name": name, "description": html.unescape(category.description).strip()[:500],
              "parent_id": parent.pk if parent else None}
    checksum = fingerprint({**values, "slug": slug})
    mapping = ctx.mapping("category", category.term_id)
    obj = Category.objects.filter(pk=mapping.object_id).first() if mapping else None
    if mapping and obj is None:
        ctx.report.warn("category", category.term_id, "deleted_in_wagtail")
        return ctx.report.count("category", "skipped")
    outcome = "skipped"
    if obj is None:
        obj = Category.objects.filter(locale=ctx.locale, slug=slug).first()
        if obj is not None:
            ctx.report.warn("category", category.term_id, "adopted_existing", f"«{obj.name}»")
        else:
            obj = Category.objects.create(locale=ctx.locale, slug=slug, **values)
            outcome = "imported"
        ctx.remember("category", category.term_id, obj, checksum)
    elif mapping.checksum != checksum:
        for field, value in values.items():
            setattr(obj, field, value)
        obj.save()
        ctx.remember("category", category.term_id, obj, checksum)
        outcome = "updated"
    ctx.categories[category.slug] = obj
    redirects.for_category(ctx, category, wordpress_path(ctx, category), obj.slug)
    ctx.report.count("category", outcome)


# -- tags -------------------------------------------------------------------------------
def import_tag(ctx, tag):
    name = html.unescape(tag.name).strip()[:100] or unquote(tag.slug)[:100]
    mapping = ctx.mapping("tag", tag.term_id)
    obj = Tag.objects.filter(pk=mapping.object_id).first() if mapping else None
    outcome = "skipped"
    if obj is None:
        obj = Tag.objects.filter(name=name).first()
        if obj is None:
            slug = slugify(unquote(tag.slug))[:100]
            obj = Tag.objects.create(name=name, slug="" if not slug or Tag.objects.filter(slug=slug).exists() else slug)
            outcome = "imported"
        ctx.remember("tag", tag.term_id, obj, fingerprint({"name": name}))
    ctx.tags[tag.slug] = obj
    redirects.for_tag(ctx, tag, obj.slug)
    ctx.report.count("tag", outcome)
