"""Named querysets for news listings.

Every listing goes through `for_listing`, so a page of 3 or 50 posts costs the same
number of queries: images, authors and categories are fetched in bulk.
"""

from django.db.models import Prefetch
from wagtail.models import Page


def for_listing(queryset):
    from .models import NewsPageAuthor

    return (
        queryset.live()
        .public()
        .select_related("featured_image", "locale")
        .prefetch_related(
            Prefetch("authors", queryset=NewsPageAuthor.objects.select_related("author").order_by("sort_order")),
            "categories",
        )
        .order_by("-publication_date", "-pk")
    )


def news_under(index_page: Page):
    from .models import NewsPage

    return for_listing(NewsPage.objects.child_of(index_page))


def latest_news(locale, limit=6):
    from .models import NewsPage

    return list(for_listing(NewsPage.objects.filter(locale=locale))[:limit])


def news_by_author(author):
    from .models import NewsPage

    return for_listing(NewsPage.objects.filter(authors__author=author).distinct())


def news_for_programme(programme):
    from .models import NewsPage

    return for_listing(NewsPage.objects.filter(programme_links__programme=programme).distinct())
