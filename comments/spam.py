"""Spam defences that ask nothing of a human reader: no image or audio CAPTCHA, no JavaScript needed.

* Form token (core.antispam): a signed timestamp bound to the post, in a hidden field of the (cached) page.
  It replaces the CSRF cookie, which would make the article uncacheable, and it is the time
  trap: a form posted less than COMMENTS_MIN_SECONDS after it was made is a script's.
  The token rendered into a cached page starts the clock when the page was rendered, not
  read; comments/static/comments/js/comments.js therefore fetches a fresh one (views.token)
  when the reader first touches the form. Without JavaScript the rendered token is used, and
  the trap only catches scripts that fetch and post at once; the limits below do the rest.
* Honeypot: a field hidden from people and assistive technology that scripts fill in.
* Per-visitor rate limits (core.ratelimit: the real client address from core.client, kept
  only as a salted hash in the cache; the salt rotates every window).
* Link count limit and the editors' blocklist (BlockedPhrase), matched case-insensitively.
"""

import re

from django.conf import settings

from core import antispam, ratelimit

from .models import BlockedPhrase

TOKEN_SALT = "comments.form-token"
LINK = re.compile(r"https?://|www\.|\[url|<a\s", re.IGNORECASE)


def make_token(page_id):
    return antispam.make(TOKEN_SALT, page_id)


def token_age(token, page_id):
    """Seconds since the form for `page_id` was made; None when the token is forged or for another post."""
    return antispam.age(TOKEN_SALT, token, page_id)


def token_verdict(token, page_id):
    """"forged", "stale" (older than COMMENTS_FORM_MAX_AGE), "fast" (younger than COMMENTS_MIN_SECONDS) or "ok"."""
    return antispam.verdict(TOKEN_SALT, token, page_id, settings.COMMENTS_MIN_SECONDS, settings.COMMENTS_FORM_MAX_AGE)


def link_count(text):
    return len(LINK.findall(text))


def blocked_phrase(*texts):
    """The first blocklisted phrase found in any of the texts, or None."""
    haystack = " ".join(texts).casefold()
    for phrase in BlockedPhrase.objects.values_list("phrase", flat=True):
        if phrase.casefold() in haystack:
            return phrase
    return None


def within_rate_limit(request):
    """Count one comment for this visitor; False when the visitor has posted too many."""
    limit, window = settings.COMMENTS_RATE_LIMIT
    return ratelimit.allow(request, "comments", limit, window)


def may_fetch_token(request):
    """Count one fresh form token for this visitor; False when the visitor asked for too many."""
    limit, window = settings.COMMENTS_TOKEN_RATE_LIMIT
    return ratelimit.allow(request, "comments-token", limit, window)
