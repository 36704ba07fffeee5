"""Full-page cache for anonymous visitors: what nginx may keep, and purging it on change.

How the pieces fit (the reasons are in docs/deploy.md, "Page cache"):

* nginx (deploy/nginx/dinsos.conf) stores a response in its `proxy_cache` only when Django
  sends `X-Accel-Expires`. nginx ignores Cache-Control, Expires and Vary for its own store,
  hides X-Accel-* from visitors, and lets any request carrying the session cookie bypass it.
* `PageCacheMiddleware` adds `X-Accel-Expires` only to anonymous GET/HEAD answers with
  status 200 that set no cookie, for public URLs whose query string is empty or just
  `?page=N` once tracking parameters (`utm_*`, `fbclid`, `gclid`) are set aside. nginx
  leaves those out of its cache key (deploy/nginx/pagecache.conf.in) so shared links hit
  the cache; the middleware drops them from the request before any view sees it, so the
  page stored under the clean key is exactly the clean URL's page. Logged-in users,
  previews, the admin and other methods get `Cache-Control: private, no-store`.
* Publishing, unpublishing, moving or deleting a page collects the URLs that show it
  (cache_urls.py, which asks each page model: `get_cached_paths()`, `purge_dependents()`)
  — before the change for the old state, after the commit for the new — and purges them
  once the transaction has committed, through the backends named in WAGTAILFRONTENDCACHE
  (`NginxPurgeBackend` speaks to ngx_cache_purge).
* What shows on every page (site settings, site text, categories, sites) says so itself:
  a model with `purge_site_wide = True` purges every page when saved or deleted. cms finds
  those models at start-up and imports no app. A view restriction added to or removed from
  a page counts too: it changes its whole subtree and every listing, feed and sitemap that
  shows those pages, and it is rare enough to purge everything. So does one on a collection
  (the PPID listings leave out entries whose document is private).
* The same changes (and locale changes) bump the site frame's content version
  (core/frame.py), which drops the menu, footer, switcher and breadcrumb fragments and the
  per-process Locale/Site/settings memos — with or without a purge server configured.
"""

import http.client
import logging
import re
import threading
from urllib.parse import quote, urlsplit

from django.apps import apps as django_apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.http import QueryDict
from django.utils.cache import patch_cache_control, set_response_etag
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from core import frame
from core.paths import is_admin_path

from . import cache_urls
from .security import is_preview

logger = logging.getLogger(__name__)

CACHEABLE_PARAMS = {"page"}
PRIVATE = "private, no-store"
# A raw `name=value` part of the query string that only says where a visitor came from. Matched
# on the raw (undecoded) text, exactly as the regexes of deploy/nginx/pagecache.conf.in do.
TRACKING_PARAM = re.compile(r"(?:utm_[^=&]*|fbclid|gclid)(?:=[^&]*)?")
# nginx removes at most this many (one `map` each); with more, neither side strips any and the
# page is served fresh, so no cache entry can exist under a key that purges do not reach.
MAX_TRACKING_PARAMS = 6


# --- Response headers -------------------------------------------------------------------


PURGED_PAGE_SECONDS = 3 * 24 * 3600  # purging is exact (cache_urls.py), so expiry is only a safety net


def timeouts():
    """(seconds for pages that are purged on change, seconds for those that are not)."""
    return (getattr(settings, "PAGE_CACHE_TIMEOUT", PURGED_PAGE_SECONDS),
            getattr(settings, "PAGE_CACHE_SHORT_TIMEOUT", 60))


def untracked_query(query_string):
    """The query string nginx keys its cache on: `query_string` without tracking parameters.

    None when there are none to drop, or more than nginx drops (then the query stays as it is).
    """
    parts = query_string.split("&") if query_string else []
    kept = [part for part in parts if not TRACKING_PARAM.fullmatch(part)]
    if len(kept) == len(parts) or len(parts) - len(kept) > MAX_TRACKING_PARAMS:
        return None
    return "&".join(kept)


def drop_tracking_params(request):
    """/x/?utm_source=a is served as /x/: nginx stores it under /x/'s key, and a page that built
    links from its query (pagination of filtered lists) must not hand the tag on to everyone."""
    if request.method not in ("GET", "HEAD"):
        return
    query = untracked_query(request.META.get("QUERY_STRING", ""))
    if query is not None:
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)


def is_personal(request):
    """Someone who may see something others don't: signed in, previewing, or with a session."""
    return (settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META
            or is_preview(request))


def _is_short_lived(request):
    """Search results and read-API answers: never purged, so kept briefly whatever their query."""
    match = getattr(request, "resolver_match", None)
    return match is not None and (match.app_name == "search" or "wagtailapi" in match.namespaces)


def shared_cache_seconds(request, response):
    """How long nginx may keep this anonymous response; 0 when it must not keep it."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return 0
    if response.has_header("Cache-Control") or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return 0  # the view decided for itself, or the page carries a visitor's CSRF token
    purged, unpurged = timeouts()
    if _is_short_lived(request):
        return unpurged
    if not set(request.GET) <= CACHEABLE_PARAMS:
        return 0  # ?q=… and the like: one entry per variant is not worth keeping
    if request.GET.get("page", "1") != "1":
        return unpurged  # deeper listing pages shift with every new post and are not purged
    return purged


def apply_policy(request, response):
    if request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
        return  # whitenoise and the media server set their own long-lived headers
    if request.method not in ("GET", "HEAD") or is_admin_path(request.path) or is_personal(request):
        if "no-store" not in response.get("Cache-Control", ""):
            response["Cache-Control"] = PRIVATE
        return
    seconds = shared_cache_seconds(request, response)
    if seconds:
        response["X-Accel-Expires"] = str(seconds)
        # Browsers revalidate every time (cheap: nginx answers from its cache, 304 with the ETag),
        # so a published change shows on the very next request.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if not response.has_header("ETag"):
            set_response_etag(response)
    elif response.cookies and not response.has_header("Cache-Control"):
        response["Cache-Control"] = PRIVATE


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        drop_tracking_params(request)
        response = self.get_response(request)
        apply_policy(request, response)
        return response


# --- Purge backend ----------------------------------------------------------------------


class NginxPurgeBackend(BaseBackend):
    """Sends `PURGE <path>` for each URL to nginx's purge server over one keep-alive connection.

    nginx's cache key is the path and query (`$uri$is_args$args`), so the host of the URL
    does not matter. ngx_cache_purge answers 200 (purged) or 404 (was not cached).
    A failed purge is logged, never raised: publishing must not fail because nginx is down.
    """

    def __init__(self, params):
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.host, self.port = location.hostname, location.port or 80
        self.timeout = params.get("TIMEOUT", 3)

    @staticmethod
    def target(url):
        parts = urlsplit(url)
        path = quote(parts.path or "/", safe="/:@!$&'()*+,;=-._~%")
        return path + ("?" + parts.query if parts.query else "")

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            for url in urls:
                connection.request("PURGE", self.target(url), headers={"User-Agent": "dinsos-purge"})
                response = connection.getresponse()
                response.read()
                if response.status not in (200, 404):
                    logger.error("Purge of %s answered %s", url, response.status)
        except OSError as exc:
            logger.error("Page cache purge failed (%s); pages refresh when their cache time runs out", exc)
        finally:
            connection.close()


def purge(urls):
    urls = sorted(urls)
    if not urls:
        return
    for name, backend in get_backends().items():
        logger.info("[%s] purging %d URLs", name, len(urls))
        backend.purge_batch(urls)


# --- Collecting what to purge, per transaction --------------------------------------------

_local = threading.local()


class _Batch:
    def __init__(self):
        self.urls, self.page_ids, self.deleted, self.site_wide = set(), set(), set(), False

    def flush(self):
        if getattr(_local, "batch", None) is self:
            _local.batch = None
        urls = self.urls | cache_urls.dependent_urls(self.page_ids - self.deleted)
        if self.site_wide:
            urls |= cache_urls.site_wide_urls()
        purge(urls)


def purge_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _open_batch():
    """The batch that will be flushed when the current transaction commits, if there is one."""
    batch = getattr(_local, "batch", None)
    connection = transaction.get_connection()
    if batch is None or not connection.in_atomic_block:
        return None
    # A rolled-back transaction drops its on-commit callbacks; then the batch is stale.
    return batch if any(entry[1] == batch.flush for entry in connection.run_on_commit) else None


def queue(page_ids=(), urls=(), deleted=(), site_wide=False):
    batch = _open_batch()
    is_new = batch is None
    batch = batch or _Batch()
    batch.page_ids.update(page_ids)
    batch.urls.update(urls)
    batch.deleted.update(deleted)
    batch.site_wide |= site_wide
    if is_new:
        _local.batch = batch
        # Outside a transaction this runs at once; inside, after the commit, so that a
        # request arriving between purge and commit cannot put the old page back.
        transaction.on_commit(batch.flush, robust=True)


def _already_deleted(pk):
    batch = _open_batch()
    return batch is not None and pk in batch.deleted


# --- Signal handlers ----------------------------------------------------------------------


def on_page_pre_save(sender, instance, raw=False, update_fields=None, **kwargs):
    """A live page about to be published again: purge what shows its current version.

    Connected per page model (see connect_signals), so other models' saves never reach it.
    """
    if raw or instance.pk is None or not purge_enabled():
        return
    if update_fields is not None and not {"live_revision", "slug"} & set(update_fields):
        return  # a draft revision being saved: nothing public changes
    before = Page.objects.filter(pk=instance.pk).values("live", "live_revision_id", "slug", "numchild").first()
    if not before or not before["live"]:
        return  # not shown anywhere yet
    slug_changed = instance.slug != before["slug"]
    if slug_changed or (instance.live and instance.live_revision_id != before["live_revision_id"]):
        queue(urls=cache_urls.dependent_urls([instance.pk], with_descendants=slug_changed and before["numchild"] > 0))


def on_page_changed(sender, instance, **kwargs):
    if purge_enabled():
        queue(page_ids=[instance.pk])


def on_page_pre_move(sender, instance, **kwargs):
    if purge_enabled():
        queue(urls=cache_urls.dependent_urls([instance.pk], with_descendants=True))


def on_page_pre_delete(sender, instance, **kwargs):
    """Deletes cascade to the subtree: computed once, for all of it, while it still exists."""
    if not isinstance(instance, Page) or not purge_enabled() or _already_deleted(instance.pk):
        return
    subtree = set(Page.objects.filter(path__startswith=instance.path).values_list("pk", flat=True))
    queue(urls=cache_urls.dependent_urls(subtree, with_descendants=True), deleted=subtree)


def on_site_wide_change(sender, **kwargs):
    """Settings, categories and sites show on many pages at once."""
    if purge_enabled():
        queue(site_wide=True)


def site_wide_models():
    """Models shown on every page; each declares `purge_site_wide = True` (Site and view
    restrictions are Wagtail's own)."""
    declared = (model for model in django_apps.get_models() if getattr(model, "purge_site_wide", False))
    return [Site, PageViewRestriction, CollectionViewRestriction, *declared]


def register_site_wide(model):
    """Any save or delete of `model` purges every page."""
    name = f"{model._meta.app_label}.{model.__name__}"
    post_save.connect(on_site_wide_change, sender=model, dispatch_uid=f"pagecache-save-{name}")
    post_delete.connect(on_site_wide_change, sender=model, dispatch_uid=f"pagecache-delete-{name}")


# --- The site frame's content version (core/frame.py) --------------------------------------
# Bumped by the same changes that purge nginx, whether or not a purge server is configured.

# A page save that writes none of these is a draft being saved: nothing shown changes.
FRAME_FIELDS = {"live", "live_revision", "title", "slug", "show_in_menus", "url_path", "path", "depth", "locale"}


def on_frame_change(sender, **kwargs):
    frame.bump()


def on_page_saved_for_frame(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and not FRAME_FIELDS & set(update_fields)):
        return
    frame.bump()


def connect_frame_signals(page_models, shown_everywhere):
    for model in page_models:
        label = model._meta.label
        post_save.connect(on_page_saved_for_frame, sender=model, dispatch_uid=f"frame-page-save-{label}")
        post_delete.connect(on_frame_change, sender=model, dispatch_uid=f"frame-page-delete-{label}")
    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished"),
                         (post_page_move, "moved")):
        signal.connect(on_frame_change, dispatch_uid=f"frame-page-{name}")
    # A document moved to another collection may become private: fragments that list documents
    # (the PPID entries) are dropped with the version.
    for model in (*shown_everywhere, Locale, get_document_model()):
        post_save.connect(on_frame_change, sender=model, dispatch_uid=f"frame-save-{model._meta.label}")
        post_delete.connect(on_frame_change, sender=model, dispatch_uid=f"frame-delete-{model._meta.label}")


def connect_signals():
    """Called from CmsConfig.ready(), when every page model is loaded."""
    connect_frame_signals(get_page_models(), site_wide_models())
    for model in get_page_models():
        pre_save.connect(on_page_pre_save, sender=model, dispatch_uid=f"pagecache-pre-save-{model._meta.label}")
    page_published.connect(on_page_changed, dispatch_uid="pagecache-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="pagecache-unpublished")
    pre_page_move.connect(on_page_pre_move, dispatch_uid="pagecache-pre-move")
    post_page_move.connect(on_page_changed, dispatch_uid="pagecache-post-move")
    pre_delete.connect(on_page_pre_delete, dispatch_uid="pagecache-pre-delete")
    for model in site_wide_models():
        register_site_wide(model)
