"""Named post listings used outside the news app's own pages (the home page's "Latest news")."""

from .models import NewsPage


def latest_news(locale, limit=6):
    """The home page's latest posts in `locale`: pinned posts first, then the newest."""
    return list(NewsPage.objects.filter(locale=locale).for_listing().pinned_first()[:limit])
