"""Spam defences that ask nothing of a human reader: no image or audio CAPTCHA, no JavaScript.

* Form token: a signed timestamp bound to the post, in a hidden field of the (cached) page.
  It replaces the CSRF cookie, which would make the article uncacheable, and it is the time
  trap: a form posted less than COMMENTS_MIN_SECONDS after it was made is a script's.
  Rendering in a cached page means the clock starts when the page was rendered, not read, so
  the trap only catches scripts that fetch and post at once; the limits below do the rest.
* Honeypot: a field hidden from people and assistive technology that scripts fill in.
* Per-visitor rate limit on the real client address (X-Real-IP from a trusted proxy), kept
  only as a salted hash in the cache; the salt rotates every window, so nothing links windows.
* Link count limit and the editors' blocklist (BlockedPhrase), matched case-insensitively.
"""

import hashlib
import hmac
import re
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from .models import BlockedPhrase

TOKEN_SALT = "comments.form-token"
LINK = re.compile(r"https?://|www\.|\[url|<a\s", re.IGNORECASE)


def make_token(page_id):
    return signing.TimestampSigner(salt=TOKEN_SALT).sign(str(page_id))


def token_age(token, page_id):
    """Seconds since the form for `page_id` was made; None when the token is forged or for another post."""
    signer = signing.TimestampSigner(salt=TOKEN_SALT)
    try:
        value = signer.unsign(token or "")
        _, stamp, _ = (token or "").rsplit(signer.sep, 2)
    except (signing.BadSignature, ValueError):
        return None
    if value != str(page_id):
        return None
    return time.time() - signing.b62_decode(stamp)


def token_verdict(token, page_id):
    """"forged", "stale" (older than COMMENTS_FORM_MAX_AGE), "fast" (younger than COMMENTS_MIN_SECONDS) or "ok"."""
    age = token_age(token, page_id)
    if age is None:
        return "forged"
    if age > settings.COMMENTS_FORM_MAX_AGE:
        return "stale"
    return "fast" if age < settings.COMMENTS_MIN_SECONDS else "ok"


def client_address(request):
    """The visitor's address: nginx's X-Real-IP when the request comes from a trusted proxy."""
    peer = request.META.get("REMOTE_ADDR", "")
    if peer in settings.TRUSTED_PROXIES:
        return request.META.get("HTTP_X_REAL_IP", "").strip() or peer
    return peer


def within_rate_limit(request):
    """Count one comment for this visitor; False when the visitor has posted too many."""
    limit, window = settings.COMMENTS_RATE_LIMIT
    slot = int(time.time() // window)
    salt = hmac.new(settings.SECRET_KEY.encode(), f"comments:{slot}".encode(), hashlib.sha256).digest()
    visitor = hashlib.sha256(salt + client_address(request).encode()).hexdigest()[:32]
    key = f"comments:rate:{visitor}:{slot}"
    try:
        cache.add(key, 0, window + 1)
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window + 1)
        return True


def link_count(text):
    return len(LINK.findall(text))


def blocked_phrase(*texts):
    """The first blocklisted phrase found in any of the texts, or None."""
    haystack = " ".join(texts).casefold()
    for phrase in BlockedPhrase.objects.values_list("phrase", flat=True):
        if phrase.casefold() in haystack:
            return phrase
    return None
