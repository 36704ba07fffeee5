"""`/sitemap.xml` with every language of the site, and `/robots.txt` pointing to it.

Wagtail's own sitemap lists only the default site root's descendants, which misses the
English tree (its home page is a sibling of the Indonesian one). This one lists the pages
under every translation of the root and links the translations of each page to each other
with `xhtml:link rel="alternate" hreflang` entries, plus `x-default` for the source language.

Each page's own entries come from its model's `get_sitemap_urls()` (Wagtail's convention; a
news post gives its "last updated" moment as lastmod); this module only adds what is
site-wide: the languages' trees and the alternates between translations.
"""

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page, Site


class TranslatedSitemap(Sitemap):
    def _tree(self):
        """Live, public pages under every translation of the site root."""
        in_tree = Q()
        for root in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            in_tree |= Q(path__startswith=root.path)
        return Page.objects.filter(in_tree).live().public()

    def items(self):
        return self._tree().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # A private hook of Django's and Wagtail's Sitemap: recorded in core.compat_django and
        # core.compat_wagtail, whose tests check its signature against the pinned versions.
        urls = super()._urls(page, protocol, domain)
        alternates = self._alternates()
        for url in urls:
            url["alternates"] = alternates.get(url["location"], [])
        return urls

    def _alternates(self):
        """{location: [{lang_code, location}, …]} for every page that exists in more than one language.

        One query for the whole tree, whatever its size.
        """
        groups = {}
        for page in self._tree().select_related("locale"):
            location = page.get_full_url(self.request)
            if location:
                groups.setdefault(page.translation_key, []).append((page.locale.language_code, location))
        result = {}
        for group in groups.values():
            if len(group) < 2:
                continue
            entries = [{"lang_code": lang, "location": location} for lang, location in sorted(group)]
            default = next((location for lang, location in group if lang == settings.LANGUAGE_CODE), None)
            if default:
                entries.append({"lang_code": "x-default", "location": default})
            for _lang, location in group:
                result[location] = entries
        return result


def sitemap(request):
    return wagtail_sitemap_views.sitemap(request, sitemaps={"pages": TranslatedSitemap})


@require_GET
def robots_txt(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "",
        f"Sitemap: {root}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
