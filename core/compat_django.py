"""COMPAT SHIM for Django: the private parts of Django the project calls or overrides.

Written and checked against Django==5.2.19 (CHECKED_VERSION; pinned in requirements.txt).
core/tests/test_compat_django.py fails when the installed version differs, or when an item
below is gone or has another signature (EXPECTED_SIGNATURES). On an upgrade: re-check each
item in Django's new source, adapt, then bump CHECKED_VERSION and the signatures.

Called through this module:

1. ``batched_insert(queryset, objs, fields, batch_size)``: ``QuerySet._batched_insert()``
   (private). The bench loaders (bench.seed, bench.search.loader) insert the child rows of
   multi-table page models whose parent ``Page`` rows they have already bulk-created; the public
   ``bulk_create()`` refuses multi-table models.
2. ``plain_stream(wrapper)``: a management command's ``self.stderr`` as a plain text stream
   (``write``/``flush``/``isatty``) for wordpress.report.Progress, which draws a progress bar
   with ``\\r`` and no newline. Built on the public ``OutputWrapper.write(msg, style_func,
   ending)``, ``flush()`` and ``isatty()``, instead of the private ``OutputWrapper._out``.

Overridden hooks (the project's subclasses override these private methods; the test checks
that the method still exists with the signature the override was written for):

3. ``django.contrib.sitemaps.Sitemap._urls(self, page, protocol, domain)``, by way of
   Wagtail's sitemap (see core.compat_wagtail): cms.sitemap.TranslatedSitemap adds each URL's
   ``alternates`` (hreflang links), the key Django's sitemap template reads.
4. ``django.forms.models.BaseModelForm._post_clean(self)``: the step that runs the model's
   ``full_clean()``; news.forms.NewsPageForm marks the instance around it so ``NewsPage.clean()``
   leaves the "at least one author" rule to the authors formset.
5. ``django.core.cache.backends.redis.RedisCacheClient.get_client(self, key=None, *, write=False)``:
   core.rediscache.RedisCacheClient keeps the ``redis.Redis`` it builds, per pool. It calls the
   private ``_get_connection_pool_index(write)``, ``_get_connection_pool(write)`` and the
   ``_client`` attribute (the ``redis.Redis`` class) as Django's own get_client() does, and
   core.rediscache.RedisCache sets the private ``_class`` attribute to it in ``__init__``.
"""

from __future__ import annotations

CHECKED_VERSION = "5.2.19"

# "module:qualified.name" -> the signature the shims and overrides were written against.
EXPECTED_SIGNATURES = {
    "django.db.models.query:QuerySet._batched_insert":
        "(self, objs, fields, batch_size, on_conflict=None, update_fields=None, unique_fields=None)",
    "django.core.management.base:OutputWrapper.write": "(self, msg='', style_func=None, ending=None)",
    "django.core.management.base:OutputWrapper.flush": "(self)",
    "django.core.management.base:OutputWrapper.isatty": "(self)",
    "django.contrib.sitemaps:Sitemap._urls": "(self, page, protocol, domain)",
    "django.forms.models:BaseModelForm._post_clean": "(self)",
    "django.core.cache.backends.redis:RedisCacheClient.get_client": "(self, key=None, write=False)",
    "django.core.cache.backends.redis:RedisCacheClient._get_connection_pool_index": "(self, write)",
    "django.core.cache.backends.redis:RedisCacheClient._get_connection_pool": "(self, write)",
}
# The project's overrides of private hooks: "module:qualified.name" -> the hook it overrides.
OVERRIDES = {
    "cms.sitemap:TranslatedSitemap._urls": "django.contrib.sitemaps:Sitemap._urls",
    "news.forms:NewsPageForm._post_clean": "django.forms.models:BaseModelForm._post_clean",
    "core.rediscache:RedisCacheClient.get_client": "django.core.cache.backends.redis:RedisCacheClient.get_client",
}


def batched_insert(queryset, objs, fields, batch_size):
    """INSERT ``objs`` (only ``fields``) into ``queryset``'s table, ``batch_size`` rows at a time."""
    queryset._batched_insert(objs, fields, batch_size=batch_size)


def _unstyled(text):
    return text


class plain_stream:  # noqa: N801 - used like a function
    """``wrapper`` (a command's OutputWrapper) writing text as given: no style, no added newline."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, style_func=_unstyled, ending="")

    def flush(self):
        self.wrapper.flush()

    def isatty(self):
        return self.wrapper.isatty()
