"""COMPAT SHIM for Wagtail: the parts of it the project uses beyond its documented API.

Written and checked against wagtail==8.0.1 (CHECKED_VERSION; pinned in requirements.txt).
core/tests/test_compat_wagtail.py fails when the installed version differs, or when what a
shim relies on is gone or has another signature (EXPECTED_SIGNATURES). On an
upgrade: re-check each item, adapt, bump CHECKED_VERSION. (modelsearch, which Wagtail 8
re-exports as wagtail.search, has its own shim: search/compat_modelsearch.py; treebeard, the
page tree below Wagtail, has core/compat_treebeard.py.)

What each shim depends on:

1. ``set_image_file_metadata(image)``: ``AbstractImage._set_image_file_metadata()``
   (private), which fills ``file_size`` and ``file_hash`` of an image that is not saved yet,
   as Wagtail's own upload form does. The public ``get_file_hash()`` saves the image, so it
   cannot run before the first save. (Used by demo.images.)
2. ``disable_reference_index_auto_update``: the undocumented context manager of
   ``wagtail.signal_handlers`` that stops the reference index from updating on every save;
   the WordPress importer updates it once per object at the end. (Used by wordpress.importer.)
3. The override of ``wagtail.contrib.sitemaps.sitemap_generator.Sitemap._urls(self, page,
   protocol, domain)`` in cms.sitemap.TranslatedSitemap (it overrides Django's private hook of
   the same name, see core.compat_django): relied on is that it returns one dict per URL with
   a ``location`` key, from each page's ``get_sitemap_urls()``.
4. ``Site._find_for_request(request)`` (private): the lookup behind ``Site.find_for_request``,
   which keeps its answer in ``request._wagtail_site``. core.frame.site_for calls the former
   once per host and content version and fills the latter, so Wagtail's serving, settings and
   the site frame all skip the query. (Used by core.frame.)
5. ``PageQuerySet.private_q(self)``: the filter behind ``.public()``/``.private()``, which reads
   every PageViewRestriction on each call (several times per page). Replaced at start-up
   (``use_memo_for_private_sections``, called from CoreConfig.ready) by the same filter built
   from core.frame's memo, which every view-restriction change clears.
"""

from __future__ import annotations

from wagtail.signal_handlers import disable_reference_index_auto_update

CHECKED_VERSION = "8.0.1"

# "module:qualified.name" -> the signature the shims were written against (annotations dropped).
EXPECTED_SIGNATURES = {
    "wagtail.images.models:AbstractImage._set_image_file_metadata": "(self)",
    "wagtail.signal_handlers:disable_reference_index_auto_update": "()",
    "wagtail.contrib.sitemaps.sitemap_generator:Sitemap._urls": "(self, page, protocol, domain)",
    "wagtail.models.sites:Site._find_for_request": "(request)",
    "wagtail.query:PageQuerySet.private_q": "(self)",
}


def set_image_file_metadata(image):
    """Fill ``file_size`` and ``file_hash`` of an unsaved Wagtail image from its file."""
    image._set_image_file_metadata()


__all__ = ["CHECKED_VERSION", "EXPECTED_SIGNATURES", "disable_reference_index_auto_update",
           "set_image_file_metadata"]


wagtail_private_q = None  # Wagtail's own, kept for the test that both filters agree


def use_memo_for_private_sections():
    """Make ``PageQuerySet.public()`` and ``.private()`` build their filter from core.frame's memo."""
    from wagtail.query import PageQuerySet

    from core import frame

    global wagtail_private_q
    wagtail_private_q = wagtail_private_q or PageQuerySet.private_q

    def private_q(self):
        return frame.private_q()

    PageQuerySet.private_q = private_q
