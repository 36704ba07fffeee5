"""The language switcher and the hreflang alternates of every public page.

For a Wagtail page the other language means its live translation; a page that has none links
to that language's home page with a short notice. Other views (search, archive filters of
the same page, 404) are matched by Django's `translate_url`, which follows i18n_patterns and
translated paths such as /cari/ ↔ /en/search/.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from core import frame
from home.templatetags.meta_tags import absolute
from localisation.models import site_text_for

register = template.Library()

OG_LOCALES = {"id": "id_ID", "en": "en_US"}
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def live_translations(page):
    """{language code: live page} for `page` and its translations."""
    pages = page.get_translations(inclusive=True).live().filter(frame.public_q()).select_related("locale")
    return {p.locale.language_code: p for p in pages}


def home_for(request, language_code):
    """The URL of the live home page in `language_code`, or None."""
    site = frame.site_for(request)
    if site is None:
        return None

    def find():
        home = (site.root_page.get_translations(inclusive=True).live()
                .filter(locale__language_code=language_code).first())
        return home.get_url(request) if home else None

    return frame.memo("home-for", (site.pk, frame.request_host(request), language_code), find)


def alternates(context):
    """[(language code, url or None)] in settings.LANGUAGES order; None when there is no translation.

    The switcher, the hreflang links and the meta tags all ask; one answer per request is kept,
    and for a live page one per content version is shared (core.frame).
    """
    request, page = context.get("request"), context.get("page")
    if request is None:
        return []
    memo = request.__dict__.setdefault("_alternates", {})
    key = (page.pk if isinstance(page, Page) else None, request.path)
    if key not in memo:
        if isinstance(page, Page) and page.pk:
            memo[key] = frame.fragment(request, "alternates", (*key, frame.request_host(request), get_language()),
                                       lambda: _alternates(request, page))
        else:
            memo[key] = _alternates(request, page)
    return memo[key]


def _alternates(request, page):
    if isinstance(page, Page):
        translations = live_translations(page)
        own_url = page.get_url(request) or ""
        # Routes below a page (news archive by year, tag, category…) keep their suffix; a category
        # slug of the other language is redirected to its translation by news/archive.py.
        suffix = request.path[len(own_url):] if own_url and request.path.startswith(own_url) else ""
        return [(code, translations[code].get_url(request) + suffix if code in translations else None)
                for code, _name in settings.LANGUAGES]
    result = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        result.append((code, url if url != request.path or code == get_language() else None))
    return result


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request, current = context.get("request"), get_language()
    items = []
    for code, url in alternates(context):
        if code == current:
            continue
        missing = url is None
        if missing:
            url = home_for(request, code)
        if url:
            items.append({"code": code, "name": LANGUAGE_NAMES[code], "url": url, "missing": missing})
    return {"items": items, "current_name": LANGUAGE_NAMES.get(current, current)}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    if request is None:
        return {}
    links = [(code, absolute(request, url)) for code, url in alternates(context) if url]
    if len(links) < 2:
        return {"links": [], "og_alternates": []}
    default = dict(links).get(settings.LANGUAGE_CODE)
    current = get_language()
    return {
        "links": links, "x_default": default,
        "og_alternates": [OG_LOCALES.get(code, code) for code, _url in links if code != current],
    }


@register.simple_tag(takes_context=True)
def site_text(context):
    """`{% site_text as text %}`: banner, address, opening hours and footer links in the active language."""
    request = context.get("request")
    site = frame.site_for(request)
    if site is None:
        return None
    language_code = get_language()
    if frame.is_preview(request):
        return site_text_for(site, language_code)
    return frame.memo("site-text", (site.pk, language_code), lambda: site_text_for(site, language_code))
