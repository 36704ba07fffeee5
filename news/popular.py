"""Private, cheap read counts for 'Berita populer'.

How a view is counted:
1. The article page (possibly served from a full-page cache) carries a signed beacon URL
   whose token names the day it was made and is accepted for TOKEN_DAYS days after (long
   enough to outlive the page cache, short enough that a harvested token soon dies);
   a few lines of JavaScript POST to it after load unless Do Not Track / Global Privacy
   Control is on or the browser is automated. Crawlers that run no JavaScript never count.
2. The beacon view (views.py) drops requests from logged-in users and bot user agents,
   counts one view per visitor and page in VISITOR_WINDOW seconds and at most
   VISITOR_LIMIT views per visitor an hour (core.ratelimit: a hashed address that expires
   with its window), and calls `record_view`, which only increments a counter in the Django cache — no database
   write on the hot path, no cookie, and nothing about the reader (IP, user agent) is kept.
3. Every `FLUSH_EVERY` counted views (and from the `flush_news_views` command, e.g. every
   few minutes from cron) the counters are added to `NewsPageDailyViews(page, date, count)`
   and subtracted from the cache, so nothing is lost or counted twice (core.counters, shared
   with the search-term log).

Production should point `NEWS_VIEWS_CACHE` at a cache shared by all processes (Redis,
Memcached or the database cache); with the per-process local-memory cache each process
flushes its own counters, which still works but the command cannot see them.
"""

import datetime
import math

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from core import frame
from core.counters import DailyCounters

from .models import NewsPage, NewsPageDailyViews

FLUSH_EVERY = getattr(settings, "NEWS_VIEWS_FLUSH_EVERY", 20)
KEEP_DAYS = 3  # counters older than this are dropped by the cache if never flushed
_signer = signing.Signer(salt="news.popular.beacon")
_counters = DailyCounters("newsviews", cache_setting="NEWS_VIEWS_CACHE", name=lambda page_id: f"page:{page_id}",
                          keep_days=KEEP_DAYS)


def token_days():
    """Days a token stays valid: at least two, and more than the page cache keeps a page."""
    cached = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)
    return max(2, math.ceil(cached / 86400) + 1)


def beacon_token(page_id, day=None):
    """"YYYYMMDD.<signature>": the beacon accepts only ids of pages we rendered, for a few days."""
    stamp = f"{day or timezone.localdate():%Y%m%d}"
    return f"{stamp}.{_signer.signature(f'{page_id}:{stamp}')}"


def valid_token(page_id, token, today=None):
    stamp, _dot, signature = (token or "").partition(".")
    try:
        day = datetime.datetime.strptime(stamp, "%Y%m%d").date()
    except ValueError:
        return False
    age = ((today or timezone.localdate()) - day).days
    if not 0 <= age < token_days():
        return False
    return signing.constant_time_compare(_signer.signature(f"{page_id}:{stamp}"), signature)


def record_view(page_id, day=None):
    """Count one view in the cache; flush to the database every FLUSH_EVERY views."""
    if _counters.count(page_id, day) >= FLUSH_EVERY:
        flush_views()


def flush_views(today=None):
    """Move cached counters into NewsPageDailyViews; returns the number of views saved."""
    saved, _dropped = _counters.flush(save_counts, today)
    if saved:
        ranking_changed()
    return saved


def save_counts(totals):
    known = set(NewsPage.objects.filter(pk__in={page_id for page_id, _ in totals}).values_list("pk", flat=True))
    saved = 0
    with transaction.atomic():
        for (page_id, day), value in sorted(totals.items()):
            if page_id not in known:
                continue  # a post deleted since it was read
            rows = NewsPageDailyViews.objects.filter(page_id=page_id, date=day)
            if not rows.update(count=F("count") + value):
                try:
                    with transaction.atomic():
                        NewsPageDailyViews.objects.create(page_id=page_id, date=day, count=value)
                except IntegrityError:  # created by a flush in another process meanwhile
                    rows.update(count=F("count") + value)
            saved += value
    return saved


RANKING_SIZE = 50  # posts ranked ahead of time: enough for any locale's top 5 after filtering
_GENERATION = "news:popular:generation"


def ranking_changed():
    """Saved views move the ranking: the next reader computes it again (every process sees it,
    because the generation lives in the default cache, shared in production)."""
    try:
        cache.incr(_GENERATION)
    except ValueError:  # not set yet, or evicted
        cache.set(_GENERATION, 1, None)
    frame.forget_request_value(_GENERATION)


# Every page with the list reads it: in the same shared-cache round trip as the frame's version.
frame.read_with_version(_GENERATION)


def _generation_number():
    return frame.request_value(_GENERATION, lambda: cache.get_or_set(_GENERATION, 1, None))


def generation():
    """What the ranking depends on besides content: the saved views' generation, and the day
    (its window moves at midnight). Fragments showing the list key on it."""
    return f"{_generation_number()}:{timezone.localdate():%Y%m%d}"


def ranking(days=30, size=RANKING_SIZE, today=None):
    """[(translation_key, views)] of the most-read posts over the last `days` days, reads of all
    translations together, most read first; live or not (`popular_news` filters).

    Computed once per saved batch of views (a flush) and day, not on every page: summing a
    month of daily counts per post was the largest cost of an uncached article.
    """
    today = today or timezone.localdate()
    key = f"news:popular:{_generation_number()}:{today:%Y%m%d}:{days}:{size}"
    found = cache.get(key)
    if found is None:
        since = today - datetime.timedelta(days=days - 1)
        found = [(row["page__translation_key"], row["total"]) for row in
                 NewsPageDailyViews.objects.filter(date__gte=since, date__lte=today)
                 .values("page__translation_key").annotate(total=Sum("count"))
                 .order_by("-total", "page__translation_key")[:size]]
        cache.set(key, found, 86400)
    return found


def popular_news(locale, days=30, limit=5, exclude=None):
    """The most-read live, public posts in `locale` over the last `days` days, most read first.

    Reads of every translation of a post count towards it, so a story read mostly in
    Indonesian is also popular on the English site. One query for the posts themselves.
    """
    size = max(RANKING_SIZE, limit)
    totals = dict(ranking(days, size))
    if not totals:
        return []
    posts = NewsPage.objects.live().public().filter(locale=locale, translation_key__in=totals)
    if exclude is not None:
        posts = posts.exclude(translation_key=exclude.translation_key)
    # Stable sort: the listing's newest-first order decides ties.
    ranked = sorted(posts.for_listing(), key=lambda post: -totals[post.translation_key])[:limit]
    if len(ranked) < limit and len(totals) == size:
        # The whole ranking was filtered away (a locale with few translations): rank this
        # locale's posts without the shortcut rather than show a short list.
        return _popular_news_uncached(locale, days, limit, exclude)
    for post in ranked:
        post.view_count = totals[post.translation_key]
    return ranked


def _popular_news_uncached(locale, days, limit, exclude):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    candidates = NewsPage.objects.live().public().filter(locale=locale)
    if exclude is not None:
        candidates = candidates.exclude(translation_key=exclude.translation_key)
    top = list(
        NewsPageDailyViews.objects.filter(date__gte=since,
                                          page__translation_key__in=candidates.values("translation_key"))
        .values("page__translation_key").annotate(total=Sum("count"))
        .order_by("-total", "page__translation_key")[:limit]
    )
    totals = {row["page__translation_key"]: row["total"] for row in top}
    posts = NewsPage.objects.filter(locale=locale, translation_key__in=totals).for_listing()
    ranked = sorted(posts, key=lambda post: -totals[post.translation_key])
    for post in ranked:
        post.view_count = totals[post.translation_key]
    return ranked
