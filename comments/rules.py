"""When a post takes comments, and where a reply goes."""

import datetime

from django.conf import settings
from django.utils import timezone

from .models import Comment


def close_date(post):
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    return post.publication_date + datetime.timedelta(days=days) if days else None


def comments_open(post):
    """Open when the editors left them on and the post is younger than COMMENTS_CLOSE_AFTER_DAYS."""
    if not getattr(post, "comments_open", False):
        return False
    closes = close_date(post)
    return closes is None or timezone.localdate() < closes


def reply_target(post, parent_id):
    """The approved top-level comment a reply attaches to (one level of replies), or None."""
    if not parent_id:
        return None
    parent = Comment.objects.public().filter(page=post, pk=parent_id).select_related("parent").first()
    return parent.thread_root if parent else None


def thread(post):
    """[(comment, [replies])] of the approved comments, oldest first; deeper replies join their root."""
    comments = list(Comment.objects.for_display(post))
    by_id = {c.pk: c for c in comments}
    roots, replies = [], {}
    for comment in comments:
        root = comment
        while root.parent_id and root.parent_id in by_id:
            root = by_id[root.parent_id]
        if root is comment:
            if not comment.parent_id:  # a reply whose parent is not shown is not shown either
                roots.append(comment)
        else:
            replies.setdefault(root.pk, []).append(comment)
    return [(root, replies.get(root.pk, [])) for root in roots]
