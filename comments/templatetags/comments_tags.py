from django import template

from core import frame

from .. import rules, spam
from ..forms import CommentForm
from ..views import SENT_PARAM, SENT_VALUE

register = template.Library()


@register.inclusion_tag("comments/section.html", takes_context=True)
def comments_section(context, post):
    """Approved comments under a post and, while comments are open, the form (cached with the page)."""
    request = context.get("request")
    if post.pk is None:  # the preview of a post not saved yet: nothing to show or answer
        return {"post": None}
    is_open = rules.comments_open(post)
    # Kept per content version: approving, editing or removing a public comment bumps it
    # (comments/signals.py), as it purges the article from the page cache.
    thread = frame.fragment(request, "comment-thread", post.pk, lambda: rules.thread(post))
    return {
        "post": post, "thread": thread, "count": sum(1 + len(replies) for _, replies in thread),
        "is_open": is_open, "request": request,
        "form": CommentForm(page=post, initial={"token": spam.make_token(post.pk)}) if is_open else None,
        "sent": request is not None and request.GET.get(SENT_PARAM) == SENT_VALUE,
    }
