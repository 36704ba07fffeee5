"""Search-engine and sharing metadata for every page: `{% page_meta %}` in base.html's head.

Canonical URL, Open Graph, Twitter card and JSON-LD (NewsArticle for posts, Organization on
the home page, BreadcrumbList everywhere). Addresses are built on the Wagtail site's root
URL, not on the request's Host header, so a proxy or a stray hostname never leaks into them.
"""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

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
    site = Site.find_for_request(request)
    return site.root_url if site else request.build_absolute_uri("/").rstrip("/")


def absolute(request, url):
    return url if url.startswith(("http://", "https://")) else root_url(request) + url


def canonical_url(context, request):
    url = root_url(request) + request.path
    page_obj = context.get("news_page") or context.get("page_obj")
    number = getattr(page_obj, "number", 1)
    return f"{url}?page={number}" if number > 1 else url


def share_image(request, page):
    image = getattr(page, "featured_image", None) or getattr(page, "hero_image", None)
    if image is None:
        return None
    rendition = image.get_rendition(IMAGE_SPEC)
    return {"url": absolute(request, rendition.url), "width": rendition.width, "height": rendition.height,
            "alt": getattr(page, "featured_image_caption", "") or image.title}


def breadcrumb_list(request, page, listing=None):
    crumbs = [(_("Home") if ancestor.depth == 2 else ancestor.title, ancestor.get_full_url(request))
              for ancestor in Page.objects.ancestor_of(page, inclusive=True).filter(depth__gt=1)]
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


def news_article(request, page, canonical, authors, image, settings_obj):
    from news.dates import modified_at, published_at

    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": page.title[:110], "description": page.summary,
        "datePublished": published_at(page).isoformat(), "dateModified": modified_at(page).isoformat(),
        "author": [{"@type": "Person", "name": author.title, "url": author.get_full_url(request)}
                   for author in authors],
        "publisher": organization(request, settings_obj),
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "inLanguage": page.locale.language_code,
    }
    if image:
        data["image"] = [image["url"]]
    return data


def x_handle(settings_obj):
    match = re.match(r"https?://(?:www\.)?(?:x|twitter)\.com/@?([A-Za-z0-9_]{1,15})/?$", settings_obj.x_url or "")
    return f"@{match.group(1)}" if match else ""


@register.inclusion_tag("includes/meta.html", takes_context=True)
def page_meta(context):
    from home.models import SiteSettings
    from news.models import NewsPage

    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page):
        return {}
    settings_obj = SiteSettings.for_request(request)
    listing = context.get("listing")
    canonical = canonical_url(context, request)
    is_article = isinstance(page, NewsPage)
    title = listing.title if listing is not None and listing.is_filtered else (page.seo_title or page.title)
    image = share_image(request, page)
    meta = {
        "canonical": canonical, "title": title, "site_name": settings_obj.organisation_name,
        "description": (page.search_description or getattr(page, "summary", "") or getattr(page, "intro", "")
                        or getattr(page, "hero_intro", "")),
        "og_type": "article" if is_article else "website", "image": image,
        "locale": OG_LOCALES.get(page.locale.language_code, page.locale.language_code),
        "twitter_site": x_handle(settings_obj),
    }
    scripts = [breadcrumb_list(request, page, listing)]
    if is_article:
        from news.dates import modified_at, published_at

        authors = context.get("author_list")
        if authors is None:
            authors = [link.author for link in page.authors.select_related("author")]
        meta.update({
            "published": published_at(page).isoformat(), "modified": modified_at(page).isoformat(),
            "author_urls": [author.get_full_url(request) for author in authors],
            "sections": [category.name for category in page.categories.all()],
            "tags": [tag.name for tag in page.tags.all()],
        })
        scripts.insert(0, news_article(request, page, canonical, authors, image, settings_obj))
    elif page.depth == 2:
        scripts.insert(0, {"@context": "https://schema.org", **organization(request, settings_obj)})
    return {"meta": meta, "json_ld": [ld_json(data) for data in scripts]}
