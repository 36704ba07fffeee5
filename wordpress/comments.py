"""WordPress comments → wordpress.Comment, threaded, linked to the imported page.

Approved comments are stored approved, pending ones not approved; spam, trash, pingbacks
and trackbacks are never imported. Comment HTML is stored as WordPress kept it: whatever
displays comments later must sanitise it.
"""

from __future__ import annotations

import html

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .common import in_site_language
from .models import Comment
from .wxr import local_datetime

NEVER_IMPORTED = ("spam", "trash")
NOT_COMMENTS = ("pingback", "trackback")


def import_comments(ctx, item, page):
    if not item.comments:
        return
    existing = {c.wp_id: c for c in Comment.objects.filter(wp_id__in=[c.wp_id for c in item.comments])}
    kept = {}
    # Parents have lower ids than their replies, so sorting lets a reply find its parent.
    for source in sorted(item.comments, key=lambda c: c.wp_id):
        if source.approved in NEVER_IMPORTED or source.type in NOT_COMMENTS or source.wp_id <= 0:
            ctx.report.count("comment", "skipped")
            continue
        parent = kept.get(source.parent) or (existing.get(source.parent) if source.parent else None)
        values = {
            "page_id": page.pk,
            "parent_id": parent.pk if parent is not None and parent.pk else None,
            "author_name": html.unescape(source.author).strip()[:255] or in_site_language(_("Anonymous")),
            "author_email": source.email[:254],
            "author_url": source.url[:500] if source.url.startswith(("http://", "https://")) else "",
            "created_at": local_datetime(source.date, source.date_gmt) or timezone.now(),
            "content": source.content,
            "approved": source.approved == "1",
        }
        comment = existing.get(source.wp_id)
        if comment is None:
            comment = Comment.objects.create(wp_id=source.wp_id, **values)
            ctx.report.count("comment", "imported")
        elif any(getattr(comment, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(comment, field, value)
            comment.save()
            ctx.report.count("comment", "updated")
        else:
            ctx.report.count("comment", "skipped")
        kept[source.wp_id] = comment
