"""Named post listings used outside the news app's own pages (the home page's "Latest news"),
and the news feeds every page advertises."""

from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from . import archive
from .models import NewsIndexPage, NewsPage

# The feeds' addresses change only when the news index is renamed or moved, which is rare:
# every page reads them, so they are not looked up on every render.
FEEDS_CACHE_SECONDS = 600


def latest_news(locale, limit=6):
    """The home page's latest posts in `locale`: pinned posts first, then the newest."""
    return list(NewsPage.objects.filter(locale=locale).for_listing().pinned_first()[:limit])


def site_feeds(request):
    """The RSS and Atom feeds of all news in the current language, for every page's <head>."""
    language = translation.get_language()
    key = f"news:site-feeds:{language}"
    feeds = cache.get(key)
    if feeds is None:
        index = NewsIndexPage.objects.live().public().filter(
            locale__in=Locale.objects.filter(language_code=language)).first()
        feeds = archive.feed_links(index, request) if index else []
        cache.set(key, feeds, FEEDS_CACHE_SECONDS)
    return feeds
