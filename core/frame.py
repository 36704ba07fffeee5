"""What the site frame (menu, footer, language switcher, hreflang, breadcrumbs) reads on every
page, kept between requests and keyed by one site-wide content version.

* The **content version** is a token in the shared cache (Django's `default` cache: Redis or
  the file cache in production, so every gunicorn worker sees it). `bump()` replaces it; cms/
  cache.py calls it from the same signals that purge nginx (publish, unpublish, move, delete,
  translation publish, settings/snippet/menu/site/locale and view-restriction changes), once at
  once and once more after the commit, so a request that read the old rows during the
  transaction cannot leave them behind under the new version.
* **Process memos** (`memo()`: Locale, Site, private sections, site settings and text) are
  plain dictionaries in each worker, valid for one version: the first lookup of a request reads
  the version (one cache read per request) and drops them if it moved.
* **Fragments** (`fragment()`: menu items, breadcrumbs, alternates, the footer's HTML) live in
  the shared cache under the version, so a bump orphans them all at once; they expire on their
  own after FRAGMENT_SECONDS. Previews never read or write them (the page being previewed is
  not the live one). Each worker also keeps the fragments it used in its own memory for the
  current version (least recently used dropped beyond FRAGMENT_MEMORY_BYTES, re-read after
  FRAGMENT_MEMORY_SECONDS): a shared-cache
  read per fragment was a third of an uncached page's CPU (py-spy under wrk), and the version
  read that every request makes already says whether they still hold.

Nothing here depends on the visitor: what a signed-in editor sees of their own (the userbar)
is rendered outside these fragments.
"""

import hashlib
import pickle
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import request_started
from django.db import transaction
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Locale, PageViewRestriction, Site

VERSION_KEY = "frame:version"
FRAGMENT_SECONDS = 24 * 3600
# Per memo: enough for every site, language and menu page; a flood of Host headers or
# addresses cannot grow a worker's memory past it (beyond it values are computed, not kept).
MEMO_LIMIT = 2000

# Per worker; a long-tail crawl cannot push it past this, and the least recently used go first.
FRAGMENT_MEMORY_BYTES = getattr(settings, "FRAGMENT_MEMORY_BYTES", 16 * 1024 * 1024)
# A worker re-reads a kept fragment from the shared cache after this long, so on a quiet site
# (no version bump for days) its copy never outlives the shared entry's FRAGMENT_SECONDS by more.
FRAGMENT_MEMORY_SECONDS = getattr(settings, "FRAGMENT_MEMORY_SECONDS", 300)

_state = threading.local()
_memos = {"version": None, "values": {}}
_fragments = {"entries": OrderedDict(), "bytes": 0}
_fragments_lock = threading.Lock()


# Other shared-cache keys every page reads (news.popular's generation): fetched in the same
# round trip as the version, once per request (request_value()).
_REQUEST_KEYS = set()


def _reset_request_state(**kwargs):
    _state.version = None
    _state.values = {}


def reset():
    """Forget this thread's content version, so the next lookup reads it again (tests that
    empty the cache between requests made outside Django's request cycle)."""
    _reset_request_state()


request_started.connect(_reset_request_state, dispatch_uid="frame-request-started")


def version():
    """The content version, read from the shared cache once per request."""
    current = getattr(_state, "version", None)
    if current is None:
        found = cache.get_many([VERSION_KEY, *_REQUEST_KEYS])
        _state.values = {key: found[key] for key in _REQUEST_KEYS if key in found}
        current = found.get(VERSION_KEY)
        if current is None:
            current = uuid.uuid4().hex[:16]
            # add(), not set(): two workers starting at once agree on one token.
            if not cache.add(VERSION_KEY, current, timeout=None):
                current = cache.get(VERSION_KEY) or current
        _state.version = current
    if _memos["version"] != current:
        _start_version(current)
    return current


def request_value(key, read):
    """The shared-cache value of ``key`` for this request, read with the version when ``key`` was
    registered with read_with_version(); ``read()`` (which may store it) when it was missing."""
    version()
    values = getattr(_state, "values", None)
    if values is None:
        values = _state.values = {}
    if key not in values:
        values[key] = read()
    return values[key]


def read_with_version(key):
    _REQUEST_KEYS.add(key)


def forget_request_value(key):
    """``key`` changed during this request: the next request_value() reads it again."""
    getattr(_state, "values", {}).pop(key, None)


def _start_version(token):
    _memos["version"], _memos["values"] = token, {}
    with _fragments_lock:
        _fragments["entries"], _fragments["bytes"] = OrderedDict(), 0


def _bump_now():
    token = uuid.uuid4().hex[:16]
    cache.set(VERSION_KEY, token, timeout=None)
    _state.version = token
    _start_version(token)


def bump():
    """Something the frame shows has changed: every memo and fragment is out of date."""
    _bump_now()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump_now, robust=True)


def memo(name, key, compute):
    """`compute()`, remembered in this process for the current content version."""
    version()
    values = _memos["values"].setdefault(name, {})
    if key in values:
        return values[key]
    value = compute()
    if len(values) < MEMO_LIMIT:
        values[key] = value
    return value


def recall(name, key):
    """What `remember()` kept for the current content version, or None."""
    version()
    return _memos["values"].get(name, {}).get(key)


def remember(name, key, value):
    version()
    values = _memos["values"].setdefault(name, {})
    if len(values) < MEMO_LIMIT:
        values[key] = value


def request_host(request):
    """The Host the request names, or "" when Django refuses it: the 400 page for a hostile Host
    header still renders the frame, whose keys must not raise DisallowedHost a second time."""
    try:
        return request.get_host()
    except DisallowedHost:
        return ""


def is_preview(request):
    # Wagtail marks preview requests (and the dummy requests it renders them with).
    return bool(getattr(request, "is_preview", False) or getattr(request, "is_dummy", False))


def fragment(request, name, key, compute):
    """`compute()` (picklable), shared by all workers for the current content version."""
    if request is None or is_preview(request):
        return compute()
    digest = hashlib.sha1(repr(key).encode()).hexdigest()[:20]
    cache_key = f"frame:{version()}:{name}:{digest}"
    with _fragments_lock:
        entries = _fragments["entries"]
        kept = entries.get(cache_key)
        if kept is not None:
            if kept[2] > time.monotonic():
                entries.move_to_end(cache_key)
                return kept[0]
            del entries[cache_key]
            _fragments["bytes"] -= kept[1]
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        cache.set(cache_key, value, FRAGMENT_SECONDS)
    _keep_fragment(cache_key, value)
    return value


def _keep_fragment(cache_key, value):
    size = len(value) if isinstance(value, str) else len(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    if size > FRAGMENT_MEMORY_BYTES:
        return
    with _fragments_lock:
        if not cache_key.startswith(f"frame:{_memos['version']}:"):
            return  # the version moved while this was computed
        entries = _fragments["entries"]
        if cache_key in entries:
            return
        entries[cache_key] = (value, size, time.monotonic() + FRAGMENT_MEMORY_SECONDS)
        _fragments["bytes"] += size
        while _fragments["bytes"] > FRAGMENT_MEMORY_BYTES:
            _key, (_value, dropped, _expiry) = entries.popitem(last=False)
            _fragments["bytes"] -= dropped


# --- Lookups every page repeats ---------------------------------------------------------------


def locale_for(language_code=None):
    """The Locale of `language_code` (default: the active language), or the default locale."""
    code = language_code or get_language() or settings.LANGUAGE_CODE

    def find():
        return (Locale.objects.filter(language_code=code).first()
                or Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first())

    return memo("locale", code, find)


def site_for(request):
    """Site.find_for_request without its query: the answer per host and port, for the version."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        key = (request._get_raw_host(), request.get_port())
        request._wagtail_site = memo("site", key, lambda: Site._find_for_request(request))
    return request._wagtail_site


def private_paths():
    """Tree paths of the pages that carry a view restriction (their subtrees are private)."""
    return memo("private-paths", None,
                lambda: tuple(PageViewRestriction.objects.order_by("page__path").values_list("page__path", flat=True)))


def private_q():
    """PageQuerySet.private_q() from the memo: a treebeard path prefix is its whole subtree."""
    q = Q()
    for path in private_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def public_q():
    """The filter of PageQuerySet.public()."""
    return ~private_q()


def localized_url(page):
    """`page.localized.url` for links chosen in blocks, without a Locale query per link."""
    locale = locale_for()
    if locale is None or page.locale_id == locale.pk:
        return page.url

    def find():
        translation = page.get_translation_or_none(locale)
        return (translation if translation is not None and translation.live else page).url

    return memo("localized-url", (page.pk, locale.pk), find)


class SiteMiddleware:
    """Answers Site.find_for_request from the memo for the whole request (Wagtail's page serving,
    settings, the frame): it keeps its answer in `request._wagtail_site`, which site_for fills."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site_for(request)
        return self.get_response(request)
