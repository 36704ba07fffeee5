"""Search-engine and sharing metadata for every page: `{% page_meta %}` in base.html's head.

Canonical URL, Open Graph, Twitter card and JSON-LD: what the page says about itself (its
model's PageMetadataMixin methods, core/metadata.py; e.g. NewsArticle for posts), the
Organization on the home page and a BreadcrumbList everywhere. The tag knows no page type.
Addresses are built on the Wagtail site's root URL, not on the request's Host header, so a
proxy or a stray hostname never leaks into them.
"""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from core import frame
from core.metadata import metadata_of

register = template.Library()

IMAGE_SPEC = "fill-1200x630"
OG_LOCALES = {"id": "id_ID", "en": "en_US"}
# json.dumps leaves these alone; inside <script> they could end the element or open a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def ld_json(data):
    """A <script type="application/ld+json"> element whose content cannot break out of it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def root_url(request):
    site = frame.site_for(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def absolute(request, url):
    return url if url.startswith(("http://", "https://")) else root_url(request) + url


def canonical_url(context, request):
    url = root_url(request) + request.path
    # Not `a or b`: the truth value of a paginator page loads all its posts.
    page_obj = context.get("news_page")
    if page_obj is None:
        page_obj = context.get("page_obj")
    number = getattr(page_obj, "number", 1)
    return f"{url}?page={number}" if number > 1 else url


def share_image(request, page):
    chosen = page.get_meta_image()
    if chosen is None:
        return None
    image, alt = chosen
    rendition = image.get_rendition(IMAGE_SPEC)
    return {"url": absolute(request, rendition.url), "width": rendition.width, "height": rendition.height,
            "alt": alt}


def breadcrumb_list(request, page, listing=None):
    def ancestors():
        return [(_("Home") if ancestor.depth == 2 else ancestor.title, ancestor.get_full_url(request))
                for ancestor in Page.objects.ancestor_of(page, inclusive=True).filter(depth__gt=1)]

    # The ancestors' names and addresses change only with a publish or move (core.frame).
    key = (page.pk, page.path, page.title, frame.request_host(request), get_language())
    crumbs = list(frame.fragment(request, "breadcrumb-list", key, ancestors) if page.pk else ancestors())
    if listing is not None and listing.is_filtered:
        crumbs.append((listing.title, root_url(request) + request.path))
    return {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": n, "name": name, "item": url}
                            for n, (name, url) in enumerate(crumbs, start=1)],
    }


def organization(request, settings_obj):
    data = {"@type": "Organization", "name": settings_obj.organisation_name, "url": root_url(request) + "/",
            "logo": {"@type": "ImageObject", "url": absolute(request, static("img/logo.svg"))}}
    same_as = [url for _name, url in settings_obj.social_links()]
    if same_as:
        data["sameAs"] = same_as
    return data


def x_handle(settings_obj):
    match = re.match(r"https?://(?:www\.)?(?:x|twitter)\.com/@?([A-Za-z0-9_]{1,15})/?$", settings_obj.x_url or "")
    return f"@{match.group(1)}" if match else ""


@register.inclusion_tag("includes/meta.html", takes_context=True)
def page_meta(context):
    from home.models import SiteSettings

    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page):
        return {}
    described = metadata_of(page)
    settings_obj = SiteSettings.for_request(request)
    language_code = frame.memo("locale-code", page.locale_id, lambda: page.locale.language_code)
    listing = context.get("listing")
    canonical = canonical_url(context, request)
    article = described.get_article_meta(request, context)
    title = listing.title if listing is not None and listing.is_filtered else (page.seo_title or page.title)
    image = share_image(request, described)
    meta = {
        "canonical": canonical, "title": title, "site_name": settings_obj.organisation_name,
        "description": described.get_meta_description(), "og_type": described.og_type, "image": image,
        "locale": OG_LOCALES.get(language_code, language_code),
        "twitter_site": x_handle(settings_obj),
        **(article or {}),
    }
    publisher = organization(request, settings_obj)
    scripts = described.get_structured_data(request, {**meta, "publisher": publisher})
    if page.depth == 2:  # the site's home page describes the organisation
        scripts.append({"@context": "https://schema.org", **publisher})
    scripts.append(breadcrumb_list(request, page, listing))
    return {"meta": meta, "json_ld": [ld_json(data) for data in scripts]}
