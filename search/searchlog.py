"""The search-term log behind Reports → Search terms and Reports → Searches without results.

A search costs no database write: `log_search` only counts (term, language, found) for the
day in the Django cache (core.counters). Every `SEARCH_LOG_FLUSH_EVERY` searches, and from
the `flush_search_log` command (cron, every few minutes), the counts are added in bulk to
Wagtail's Query/QueryDailyHits and to ZeroResultQuery — a fixed handful of queries per
flush however many terms it carries.

Anonymous input must not grow the tables or the cache without bound: at most
`SEARCH_LOG_MAX_TERMS` distinct (term, language, found) entries are logged per day.
Searches for a term first seen after the cap are not logged; they are only added up, and
the flush reports that number, so an operator sees when the cap bites. Terms logged
earlier that day keep counting. Nothing about the visitor is kept: only the normalised
term, its language, whether it found anything, the day and a number.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from core.counters import DailyCounters

from .models import ZeroResultQuery

MAX_TERM_LENGTH = 200  # ZeroResultQuery.query_string's length; normalise_query cuts there already


def flush_every() -> int:
    return getattr(settings, "SEARCH_LOG_FLUSH_EVERY", 50)


def max_terms() -> int:
    return getattr(settings, "SEARCH_LOG_MAX_TERMS", 1000)


def _name(entry) -> str:
    # Cache keys must be short and printable whatever the visitor typed: hash the entry.
    return "term:" + hashlib.sha256("\x1f".join(map(str, entry)).encode()).hexdigest()[:32]


_counters = DailyCounters("searchlog", cache_setting="SEARCH_LOG_CACHE", name=_name, limit=max_terms)


def normalise_term(query_text: str) -> str:
    """The form Wagtail's Query stores (and SearchPromotion looks up): lower case, single spaces."""
    return normalise_query_string(query_text or "")[:MAX_TERM_LENGTH].strip()


def log_search(query_text: str, found: bool, language: str) -> None:
    """Count one search in the cache; flush to the database every SEARCH_LOG_FLUSH_EVERY searches."""
    term = normalise_term(query_text)
    if not term:
        return
    pending = _counters.count((term, language, bool(found)))
    if pending is not None and pending >= flush_every():
        flush_search_log()


def flush_search_log(today=None) -> tuple[int, int]:
    """Save the cached counts; returns (searches saved, searches not logged because of the cap)."""
    return _counters.flush(save_counts, today)


def save_counts(totals: dict) -> int:
    """Add {((term, language, found), day): count} to the report tables in a few bulk queries."""
    hits, missing = {}, {}
    for ((term, language, found), day), count in totals.items():
        hits[term, day] = hits.get((term, day), 0) + count
        if not found:
            missing[term, language] = missing.get((term, language), 0) + count
    if not hits:
        return 0
    with transaction.atomic():
        _add_daily_hits(hits)
        _add_zero_results(missing)
    return sum(hits.values())


def _add_daily_hits(hits: dict) -> None:
    # Rows are created empty (ignoring ones that exist) and then incremented in the database,
    # so a flush racing another process's (per-process caches) adds to, never overwrites, a count.
    terms = {term for term, _day in hits}
    Query.objects.bulk_create([Query(query_string=term) for term in sorted(terms)], ignore_conflicts=True)
    query_ids = dict(Query.objects.filter(query_string__in=terms).values_list("query_string", "pk"))
    QueryDailyHits.objects.bulk_create([QueryDailyHits(query_id=query_ids[term], date=day, hits=0)
                                        for term, day in sorted(hits)], ignore_conflicts=True)
    by_term = {pk: term for term, pk in query_ids.items()}
    rows = QueryDailyHits.objects.filter(query_id__in=by_term, date__in={day for _term, day in hits})
    changed = []
    for row in rows:
        added = hits.get((by_term[row.query_id], row.date))
        if added:
            row.hits = F("hits") + added
            changed.append(row)
    QueryDailyHits.objects.bulk_update(changed, ["hits"])


def _add_zero_results(missing: dict) -> None:
    if not missing:
        return
    now = timezone.now()
    ZeroResultQuery.objects.bulk_create(
        [ZeroResultQuery(query_string=term, language=language, hits=0, first_seen=now, last_seen=now)
         for term, language in sorted(missing)], ignore_conflicts=True)
    rows = ZeroResultQuery.objects.filter(query_string__in={term for term, _language in missing},
                                          language__in={language for _term, language in missing})
    changed = []
    for row in rows:
        added = missing.get((row.query_string, row.language))
        if added:
            row.hits, row.last_seen = F("hits") + added, now
            changed.append(row)
    ZeroResultQuery.objects.bulk_update(changed, ["hits", "last_seen"])
