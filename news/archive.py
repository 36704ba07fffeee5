"""Archive listings of one news index: all news, by year, month, category and tag.

Routes on `NewsIndexPage` call these functions and stay thin. Every function returns a
`Listing` (what is shown, the queryset, feed links) or raises Http404 for input that can
never match (month 13, an unknown slug), so bad URLs get the friendly 404 page, never a 500.
Listings that are valid but empty render the empty state instead.

Categories are translatable snippets, but a translated post may still point at the
Indonesian category (wagtail-localize copies the relation), so categories are matched by
`translation_key`, and shown in the index's language when a translation exists.
"""

import datetime
from dataclasses import dataclass, field

from django.http import Http404
from django.shortcuts import redirect
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from taggit.models import Tag

from core import frame
from core.pagination import paginate

from .categories import Category

MIN_YEAR = 1900
MAX_YEAR = 2100
FEED_KINDS = ("rss", "atom")


@dataclass
class Listing:
    title: str
    queryset: object
    is_filtered: bool = True
    # Empty date archives are still valid pages, but not worth a search engine's time.
    noindex: bool = False
    year: int | None = None
    category: object = None
    tag: object = None
    feeds: list = field(default_factory=list)


def _posts(index):
    # Renditions are prefetched so that card images cost one query for the whole page.
    return index.posts().for_listing()


def _sub_url(index, request, name, *args):
    return index.get_url(request) + index.reverse_subpage(name, args=args)


def feed_links(index, request, category=None):
    links = []
    for kind, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
        if category is None:
            url = _sub_url(index, request, "feed", kind)
            title = _("%(site)s: all news (%(format)s)") % {"site": index.title, "format": kind.upper()}
        else:
            url = _sub_url(index, request, "category_feed", category.slug, kind)
            title = _("%(site)s: %(category)s (%(format)s)") % {
                "site": index.title, "category": category.name, "format": kind.upper()}
        links.append({"kind": kind, "mime": mime, "url": url, "title": title})
    return links


def all_news(index, request):
    return Listing(title=_("All news"), queryset=_posts(index), is_filtered=False,
                   feeds=feed_links(index, request))


def _valid_year(year):
    year = int(year)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404("Year out of range")
    return year


def by_year(index, request, year):
    year = _valid_year(year)
    queryset = _posts(index).filter(publication_date__year=year)
    return Listing(title=_("News from %(year)s") % {"year": year}, queryset=queryset, year=year,
                   noindex=not listing_count(index, request, queryset), feeds=feed_links(index, request))


def by_month(index, request, year, month):
    year, month = _valid_year(year), int(month)
    if not 1 <= month <= 12:
        raise Http404("No such month")
    first = datetime.date(year, month, 1)
    queryset = _posts(index).filter(publication_date__year=year, publication_date__month=month)
    return Listing(title=_("News from %(month)s") % {"month": date_format(first, "F Y")},
                   queryset=queryset, year=year, noindex=not listing_count(index, request, queryset),
                   feeds=feed_links(index, request))


def find_category(index, slug):
    """The live category with this slug, shown in the index's language when that translation is live.

    Remembered per content version (categories are site-wide snippets: a change moves it)."""
    def find():
        candidates = list(Category.objects.live().filter(slug=slug))
        if not candidates:
            return None
        category = next((c for c in candidates if c.locale_id == index.locale_id), candidates[0])
        if category.locale_id != index.locale_id:
            category = Category.objects.live().filter(translation_key=category.translation_key,
                                                      locale_id=index.locale_id).first() or category
        return category

    category = frame.memo("news-category", (index.locale_id, slug), find)
    if category is None:
        raise Http404("Unknown category")
    return category


def by_category(index, request, slug):
    category = find_category(index, slug)
    return Listing(title=_("News in the category %(name)s") % {"name": category.name},
                   queryset=_posts(index).in_category(category), category=category,
                   feeds=feed_links(index, request, category))


def by_tag(index, request, slug):
    # Per content version: a tag first shows on a post when the post is published, which moves it.
    tag = frame.memo("news-tag", slug, lambda: Tag.objects.filter(slug=slug).first())
    if tag is None:
        raise Http404("Unknown tag")
    return Listing(title=_("News tagged “%(name)s”") % {"name": tag.name},
                   queryset=_posts(index).filter(tagged_items__tag=tag), tag=tag,
                   feeds=feed_links(index, request))


def date_counts(index):
    """[(year, month, count)] of live posts under the index, newest first.

    One query per content version (core.frame: any publish, unpublish, move, delete or view
    restriction moves it), not one per listing page: at 5,000 posts this sidebar was the news
    index's largest cost.
    """
    return frame.memo("news-month-counts", index.pk, lambda: list(index.posts().live().public().month_counts()))


def category_counts(index):
    """[(category, count)] of live posts under the index, by name; two queries.

    Counted per translation_key so an English post linked to the Indonesian category still
    counts towards the English category.
    """
    def compute():
        counts = index.posts().live().public().category_key_counts()
        chosen = {}
        for category in Category.objects.live().filter(translation_key__in=counts):
            current = chosen.get(category.translation_key)
            if current is None or category.locale_id == index.locale_id:
                chosen[category.translation_key] = category
        return sorted(((c, counts[key]) for key, c in chosen.items()), key=lambda item: item[0].name.lower())

    # Per content version, like date_counts (categories are site-wide snippets: they move it too).
    return frame.memo("news-category-counts", index.pk, compute)


def archive_nav(index, request, listing):
    base = index.get_url(request)
    years = {}
    for year, month, count in date_counts(index):
        entry = years.setdefault(year, {"year": year, "count": 0, "months": [],
                                        "url": base + index.reverse_subpage("year", args=(year,))})
        entry["count"] += count
        entry["months"].append({
            "date": datetime.date(year, month, 1), "count": count,
            "url": base + index.reverse_subpage("month", args=(year, f"{month:02d}")),
        })
    year_list = list(years.values())
    open_year = listing.year or (year_list[0]["year"] if year_list else None)
    for entry in year_list:
        entry["open"] = entry["year"] == open_year
    categories = [
        {"category": category, "count": count,
         "url": base + index.reverse_subpage("category", args=(category.slug,)),
         "current": listing.category is not None and category.translation_key == listing.category.translation_key}
        for category, count in category_counts(index)
    ]
    return {"years": year_list, "categories": categories, "all_url": base}


def render(index, request, listing):
    return index.render(request, listing=listing)


def category_page(index, request, slug):
    listing = by_category(index, request, slug)
    if listing.category.slug != slug:
        # Another language's slug: send readers and search engines to this language's address.
        return redirect(index.get_url(request) + index.reverse_subpage("category", args=(listing.category.slug,)),
                        permanent=True)
    return render(index, request, listing)


def listing_count(page, request, queryset):
    """How many posts a listing has, remembered per content version: the page and the route
    (path) decide the filter, and only a publish, unpublish, move or delete changes the count."""
    return frame.memo("listing-count", (page.pk, request.path), queryset.count)


def listing_context(index, request, listing=None):
    listing = listing or all_news(index, request)
    return {
        "listing": listing,
        "news_page": paginate(request, listing.queryset, count=listing_count(index, request, listing.queryset)),
        # Read only inside the archive-nav fragment: a warm listing never builds it.
        "archive_nav": SimpleLazyObject(lambda: archive_nav(index, request, listing)),
    }
