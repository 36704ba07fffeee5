"""RSS 2.0 and Atom feeds of a news index, for all news or one category.

Served from routes on `NewsIndexPage` (`feed/rss/`, `kategori/<slug>/feed/atom/`, …), so
each language's index has its own feeds with its own page addresses and language tag.
"""

import mimetypes
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site

from home.models import SiteSettings

from . import archive
from .dates import modified_at, published_at

FEED_SIZE = 20
ENCLOSURE_SPEC = "fill-1200x630"


def absolute_url(request, url):
    """`url` on the Wagtail site's own address (what search engines and readers should see)."""
    if url.startswith(("http://", "https://")):
        return url
    site = Site.find_for_request(request)
    return (site.root_url if site else request.build_absolute_uri("/").rstrip("/")) + url


@dataclass
class FeedSource:
    index: object
    category: object
    request: object


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, index=None, category=None):
        self.request = request
        self.language = index.locale.language_code
        return FeedSource(index=index, category=category, request=request)

    def title(self, obj):
        if obj.category is not None:
            return f"{obj.index.title}: {obj.category.name}"
        return obj.index.title

    def description(self, obj):
        if obj.category is not None and obj.category.description:
            return obj.category.description
        name = SiteSettings.for_request(obj.request).organisation_name
        return obj.index.intro or _("The latest news from %(site)s") % {"site": name}

    def subtitle(self, obj):
        return self.description(obj)

    def link(self, obj):
        url = obj.index.get_full_url(obj.request)
        if obj.category is not None:
            url += obj.index.reverse_subpage("category", args=(obj.category.slug,))
        return url

    def feed_url(self, obj):
        return absolute_url(obj.request, obj.request.path)

    def items(self, obj):
        posts = archive.all_news(obj.index, obj.request).queryset
        if obj.category is not None:
            posts = posts.in_category(obj.category)
        return list(posts[:FEED_SIZE])

    def item_title(self, item):
        # Plain text, escaped once by the XML writer (Django's default escapes twice,
        # which real parsers show as a literal "&amp;").
        return item.title

    def item_description(self, item):
        # Descriptions are HTML in both formats; the summary is plain text.
        return escape(item.summary)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return published_at(item)

    def item_updateddate(self, item):
        return modified_at(item)

    def item_author_name(self, item):
        names = [link.author.title for link in item.authors.all()]
        return ", ".join(names) or None

    def item_author_link(self, item):
        links = list(item.authors.all())
        return links[0].author.get_full_url(self.request) if links else None

    def item_categories(self, item):
        return [category.name for category in item.public_categories()]

    def item_enclosures(self, item):
        if not item.featured_image:
            return []
        rendition = item.featured_image.get_rendition(ENCLOSURE_SPEC)
        try:
            length = rendition.file.size
        except OSError:
            length = 0  # the spec allows 0 when the size is unknown; a missing file must not break the feed
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
        return [Enclosure(absolute_url(self.request, rendition.url), str(length), mime_type)]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed


def serve(index, request, kind, category_slug=None):
    category = archive.find_category(index, category_slug) if category_slug else None
    feed = NewsAtomFeed() if kind == "atom" else NewsRssFeed()
    return feed(request, index=index, category=category)
