"""COMPAT SHIM for Wagtail: the parts of it the search app reads beyond its documented API.

Written and checked against wagtail==8.0.1 (CHECKED_VERSION; pinned in requirements.txt).
search/tests/test_compat_wagtail.py fails when the installed version differs, or when what
the shim relies on is gone. On an upgrade: re-check each item, adapt, bump CHECKED_VERSION.

What each shim depends on:

1. ``popular_queries(since, min_hits)``: the search-terms statistics of
   wagtail.contrib.search_promotions, read through the model fields ``Query.query_string``
   and ``Query.daily_hits`` (``QueryDailyHits.date``/``.hits``). ``Query.get_most_popular()``
   is not used: the count it annotates is named ``_hits``, a private name, and it cannot
   require a minimum number of searches.
"""

from __future__ import annotations

from django.db.models import Sum
from wagtail.contrib.search_promotions.models import Query

CHECKED_VERSION = "8.0.1"

# model -> fields this shim reads (the test checks they exist).
EXPECTED_FIELDS = {
    "wagtailsearchpromotions.Query": ("query_string", "daily_hits"),
    "wagtailsearchpromotions.QueryDailyHits": ("query", "date", "hits"),
}


def popular_queries(since, min_hits: int):
    """Queries searched at least ``min_hits`` times since ``since``, most searched first."""
    return (Query.objects.filter(daily_hits__date__gte=since)
            .annotate(recent_hits=Sum("daily_hits__hits"))
            .filter(recent_hits__gte=min_hits)
            .order_by("-recent_hits", "query_string"))
