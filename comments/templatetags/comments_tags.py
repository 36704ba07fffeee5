import time

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import frame

from .. import rules, spam
from ..forms import CommentForm
from ..views import SENT_PARAM, SENT_VALUE

register = template.Library()

# The section's form carries an anti-spam token signed when it is rendered; the kept section is
# renewed every hour so the token is never much older than the page (comments.js fetches a
# fresh one anyway, as nginx keeps the whole page for longer).
TOKEN_RENEWAL_SECONDS = 3600


def section_context(post, sent):
    is_open = rules.comments_open(post)
    thread = rules.thread(post)
    return {
        "post": post, "thread": thread, "count": sum(1 + len(replies) for _, replies in thread),
        "is_open": is_open, "sent": sent,
        "form": CommentForm(page=post, initial={"token": spam.make_token(post.pk)}) if is_open else None,
    }


@register.simple_tag(takes_context=True)
def comments_section(context, post):
    """Approved comments under a post and, while comments are open, the form.

    The same for every reader (no CSRF token, no session), so it is kept per content version:
    approving, editing or removing a public comment bumps it (comments/signals.py).
    """
    request = context.get("request")
    if post.pk is None:  # the preview of a post not saved yet: nothing to show or answer
        return ""
    sent = request is not None and request.GET.get(SENT_PARAM) == SENT_VALUE
    key = (post.pk, sent, int(time.time() // TOKEN_RENEWAL_SECONDS), get_language())
    def render():
        return str(render_to_string("comments/section.html", section_context(post, sent)))

    return mark_safe(frame.fragment(request, "html:comments", key, render))
