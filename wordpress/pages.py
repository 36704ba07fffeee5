"""Posts → news.NewsPage under the news index; WordPress pages → home.StandardPage under home.

Status mapping: publish → live; draft/pending → draft revision; future → scheduled
(approved revision with go_live_at); private → live behind a login; a password →
live behind that password (Wagtail's page privacy). Sticky posts keep `is_sticky`.

Every page gets exactly one revision per import that changed it; a re-run whose result
would be identical (same fingerprint) writes nothing. A page changed in Wagtail after
the import (a newer revision than the importer's) is never overwritten.

A post with no content at all still becomes a page (its address, date, image and
comments are worth keeping), with a placeholder paragraph and a warning: NewsPage
requires a body and a summary.
"""

from __future__ import annotations

import datetime
import html
from dataclasses import dataclass
from urllib.parse import unquote

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.signals import page_published

from home.models import StandardPage
from news.models import NewsPage, NewsPageAuthor

from . import comments, redirects, taxonomy
from .common import fingerprint, in_site_language
from .content import convert
from .resolver import ImportResolver
from .richtext import escape, plain_text, summarise
from .scan import SKIPPED_STATUSES
from .wxr import local_datetime

DEFER = "defer"
PLACEHOLDER = _("(This post had no content in the WordPress archive.)")


@dataclass
class Access:
    state: str  # "live", "draft" or "scheduled"
    restriction: str = ""  # "", PageViewRestriction.LOGIN or PageViewRestriction.PASSWORD
    password: str = ""
    go_live_at: datetime.datetime | None = None


def access_for(item) -> Access:
    restriction, password = "", ""
    if item.status == "private":
        restriction = PageViewRestriction.LOGIN
    elif item.password:
        restriction, password = PageViewRestriction.PASSWORD, item.password[:255]
    if item.status == "future":
        return Access("scheduled", restriction, password, local_datetime(item.post_date, item.post_date_gmt))
    if item.status in ("publish", "private"):
        return Access("live", restriction, password)
    return Access("draft", restriction, password)


def parent_for(ctx, item, final):
    if item.post_type == "post":
        return ctx.news_index
    if not item.parent:
        return ctx.home
    if item.parent in ctx.pages:
        return Page.objects.get(pk=ctx.pages[item.parent]).specific
    ref = ctx.index.items.get(item.parent)
    waiting = (ref is not None and ref.post_type == "page" and ref.status not in SKIPPED_STATUSES
               and item.parent not in ctx.failed)
    if waiting and not final:
        return DEFER
    ctx.report.warn("page", item.wp_id, "parent_missing", item.parent)
    return ctx.home


def import_entry(ctx, item, final=False, revisit=False):
    kind = "post" if item.post_type == "post" else "page"
    if item.status in SKIPPED_STATUSES:
        return None if revisit else ctx.report.count(kind, "skipped")
    parent = parent_for(ctx, item, final)
    if parent is DEFER:
        return DEFER
    model = NewsPage if kind == "post" else StandardPage
    mapping = ctx.mapping(kind, item.wp_id)
    page = model.objects.filter(pk=mapping.object_id).first() if mapping else None
    if mapping and page is None:
        ctx.report.warn(kind, item.wp_id, "deleted_in_wagtail")
        return ctx.report.count(kind, "skipped")
    if page is not None:
        ctx.pages[item.wp_id] = page.pk
        if page.latest_revision_id != mapping.revision_id:
            ctx.report.warn(kind, item.wp_id, "edited_in_wagtail")
            comments.import_comments(ctx, item, page)
            return ctx.report.count(kind, "skipped")
    resolver = ImportResolver(ctx, item)
    converted = convert(item.content, resolver)
    if not revisit:
        for code, detail in converted.warnings:
            ctx.report.warn(kind, item.wp_id, code, detail)
    values, relations = (post_values if kind == "post" else page_values)(ctx, item, converted, parent, page, revisit)
    access = access_for(item)
    checksum = fingerprint({"values": values, "relations": {k: [o.pk for o in v] for k, v in relations.items()},
                            "access": access, "parent": parent.pk})
    if resolver.pending and not final:
        ctx.revisit.add(item.wp_id)
    if page is not None and mapping.checksum == checksum:
        if not revisit:
            comments.import_comments(ctx, item, page)
            ctx.report.count(kind, "skipped")
        return None
    page = write_page(ctx, model, page, parent, values, relations, access, item)
    if not revisit:
        comments.import_comments(ctx, item, page)
    if access.state != "draft" and not revisit:
        redirects.for_entry(ctx, item, page)
    stored = "" if resolver.pending and not final else checksum
    ctx.remember(kind, item.wp_id, page, stored, page.latest_revision_id)
    ctx.pages[item.wp_id] = page.pk
    if not revisit:
        ctx.report.count(kind, "updated" if mapping else "imported")
    return None


def entry_title(item):
    return html.unescape(item.title).strip()[:255] or in_site_language(_("(untitled)"))


def entry_slug(ctx, item, parent, page, title, revisit):
    base = slugify(unquote(item.slug), allow_unicode=True)[:255] or slugify(title, allow_unicode=True)[:255]
    base = base or f"{item.post_type}-{item.wp_id}"
    taken = ctx.sibling_slugs(parent)
    slug, number = base, 2
    while slug in taken and not (page is not None and page.slug == slug):
        slug, number = f"{base[:240]}-{number}", number + 1
    if slug != base and not revisit:
        ctx.report.warn(item.post_type, item.wp_id, "slug_taken", base)
    return slug


def body_of(ctx, item, converted, revisit, placeholder):
    if converted.blocks or not placeholder:
        return converted.blocks
    if not revisit:
        ctx.report.warn("post", item.wp_id, "empty_content")
    return [{"type": "paragraph", "value": f"<p>{escape(in_site_language(PLACEHOLDER))}</p>"}]


def post_values(ctx, item, converted, parent, page, revisit):
    title = entry_title(item)
    published = local_datetime(item.post_date, item.post_date_gmt)
    modified = local_datetime(item.modified, item.modified_gmt)
    summary = summarise(plain_text(item.excerpt)) or summarise(converted.first_paragraph) or title[:300]
    thumbnail_id = _int(item.meta.get("_thumbnail_id"))
    featured = ctx.images.get(thumbnail_id)
    thumbnail = ctx.index.items.get(thumbnail_id)
    caption = thumbnail.caption if featured and thumbnail else ""
    values = {
        "title": title, "slug": entry_slug(ctx, item, parent, page, title, revisit),
        "publication_date": timezone.localdate(published) if published else timezone.localdate(),
        "last_updated_override": timezone.localdate(modified) if modified else None,
        "summary": summary, "body": body_of(ctx, item, converted, revisit, placeholder=True),
        "source": converted.source, "is_sticky": item.sticky,
        "featured_image_id": featured[0] if featured else None, "featured_image_caption": caption[:300],
        "first_published_at": published, "last_published_at": modified or published,
    }
    terms = item.terms_of("category")
    relations = {
        "authors": [taxonomy.author_for(ctx, item.creator)],
        "categories": [ctx.categories[t.slug] for t in terms if t.slug in ctx.categories],
        "tags": [ctx.tags[t.slug] for t in item.terms_of("post_tag") if t.slug in ctx.tags],
    }
    return values, relations


def page_values(ctx, item, converted, parent, page, revisit):
    title = entry_title(item)
    published = local_datetime(item.post_date, item.post_date_gmt)
    modified = local_datetime(item.modified, item.modified_gmt)
    values = {
        "title": title, "slug": entry_slug(ctx, item, parent, page, title, revisit),
        "intro": summarise(plain_text(item.excerpt), 400),
        "body": body_of(ctx, item, converted, revisit, placeholder=False),
        "first_published_at": published, "last_published_at": modified or published,
    }
    return values, {}


def write_page(ctx, model, page, parent, values, relations, access, item):
    creating = page is None
    page = page or model()
    dates = {key: values.pop(key) for key in ("first_published_at", "last_published_at")}
    for field, value in values.items():
        setattr(page, field, value)
    values.update(dates)
    if "authors" in relations:
        page.authors = [NewsPageAuthor(author=author) for author in relations["authors"]]
        page.categories.set(relations["categories"])
        page.tags.set(relations["tags"])
    go_live_at = access.go_live_at if access.state == "scheduled" else None
    if go_live_at is not None and go_live_at <= timezone.now():
        access = Access("live", access.restriction, access.password)  # its date has passed: publish now
        go_live_at = None
    page.go_live_at = go_live_at
    if creating:
        create(ctx, page, parent, access, dates)
        if access.restriction:
            sync_restriction(page, access)
        return page
    revision = page.save_revision()
    if access.state in ("live", "scheduled"):
        revision.publish()
    elif page.live:
        page.unpublish()
    if access.state == "live" and dates["first_published_at"]:
        # The archive's own dates, not the moment of the import.
        model.objects.filter(pk=page.pk).update(**dates)
    page = model.objects.get(pk=page.pk)
    sync_restriction(page, access)
    return page


def create(ctx, page, parent, access, dates):
    """A new page in as few queries as possible (an archive has thousands of posts).

    Validation is Wagtail's minimal_clean (core defaults, title, unique slug): everything
    else was made valid by the importer itself (lengths cut, authors set, objects it just
    created). For a live page, the revision is written directly and the publication
    bookkeeping Revision.publish() would do is done in one UPDATE instead of two more saves.
    """
    now = timezone.now()
    live = access.state == "live"
    page.live = live
    if live:
        page.first_published_at = dates["first_published_at"] or now
        page.last_published_at = dates["last_published_at"] or page.first_published_at
    page.full_clean = page.minimal_clean
    try:
        parent.add_child(instance=page)
    finally:
        del page.full_clean
    ctx.sibling_slugs(parent).add(page.slug)
    if not live:
        revision = page.save_revision(clean=False, approved_go_live_at=page.go_live_at)
        if page.go_live_at:
            log(instance=page, action="wagtail.publish.schedule", revision=revision, data={"revision": {
                "id": revision.pk, "created": revision.created_at.isoformat(),
                "go_live_at": page.go_live_at.isoformat(), "has_live_version": False}})
        return
    revision = Revision.objects.create(content_object=page, base_content_type=page.get_base_content_type(),
                                       content=page.serializable_data(), object_str=str(page))
    Page.objects.filter(pk=page.pk).update(latest_revision=revision, live_revision=revision,
                                           latest_revision_created_at=revision.created_at,
                                           draft_title=page.title, has_unpublished_changes=False)
    page.latest_revision = page.live_revision = revision
    page.latest_revision_created_at, page.draft_title = revision.created_at, page.title
    page.has_unpublished_changes = False
    # Listeners (cache purge, search vocabulary) learn about it as after a normal publication.
    page_published.send(sender=page.specific_class, instance=page, revision=revision)


def sync_restriction(page, access):
    existing = PageViewRestriction.objects.filter(page=page).first()
    if not access.restriction:
        if existing is not None:
            existing.delete()
        return
    if existing is None:
        PageViewRestriction.objects.create(page=page, restriction_type=access.restriction, password=access.password)
    elif (existing.restriction_type, existing.password) != (access.restriction, access.password):
        existing.restriction_type, existing.password = access.restriction, access.password
        existing.save()


def _int(value):
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
