"""Template helpers for articles and the home page: related and popular news, share links."""

from urllib.parse import quote, urlencode

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Site

from news import popular, queries, related

register = template.Library()


@register.simple_tag
def related_news(post, limit=3):
    return related.cached_related_news(post, limit=limit)


@register.simple_tag
def latest_news(locale, limit=6):
    """The newest published posts in `locale` (the home page's "Latest news")."""
    return queries.latest_news(locale, limit=limit)


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def site_feed_links(context):
    """Every page advertises the news feeds of its language; listings show their own instead."""
    request = context.get("request")
    return {"feeds": queries.site_feeds(request) if request else []}


@register.simple_tag
def popular_news(locale, exclude=None, limit=5):
    return popular.popular_news(locale, limit=limit, exclude=exclude)


@register.simple_tag
def popular_generation():
    return popular.generation()


@register.simple_tag
def news_index_of(post):
    """The index a post lives in (for its category and tag links)."""
    return post.get_parent().specific


@register.simple_tag(takes_context=True)
def view_beacon_url(context, post):
    """The signed beacon address, or "" for previews and unsaved pages (never counted)."""
    request = context.get("request")
    if not post.pk or getattr(request, "is_preview", False):
        return ""
    return reverse("news:record_view", args=[post.pk]) + "?" + urlencode({"t": popular.beacon_token(post.pk)})


@register.simple_tag(takes_context=True)
def share_links(context, post):
    """Plain share links: no third-party script runs and nothing is sent until the reader clicks."""
    request = context["request"]
    site = Site.find_for_request(request)
    url = (site.root_url if site else request.build_absolute_uri("/").rstrip("/")) + request.path
    title = post.seo_title or post.title
    return {
        "url": url,
        "links": [
            ("whatsapp", "WhatsApp", "https://wa.me/?" + urlencode({"text": f"{title} {url}"}, quote_via=quote)),
            ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
            ("x", "X", "https://x.com/intent/post?" + urlencode({"text": title, "url": url}, quote_via=quote)),
            ("email", _("E-mail"), "mailto:?" + urlencode({"subject": title, "body": f"{post.summary}\n\n{url}"},
                                                          quote_via=quote)),
        ],
    }
