"""Per-day counters kept in the Django cache and saved to the database in bulk.

Used where counting must cost the visitor no database write (news/popular.py read counts,
search/searchlog.py search terms). A counter is found again at flush time through a
numbered slot: the first count of an item on a day takes the next slot number of that day
and stores the item in it, so a flush reads the day's slots and then the counters, in two
`get_many` calls, without the cache having to list its keys.

A flush subtracts from the cache only what it handed to `save`, so counts made meanwhile
stay for the next flush and nothing is counted twice. A cache lock keeps two processes
sharing a cache from flushing the same counters at once.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone


def incr(cache, key, delta=1, timeout=None):
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key, delta)
    except ValueError:  # evicted between add and incr
        cache.set(key, delta, timeout=timeout)
        return delta


class DailyCounters:
    """Counters per (item, day) under `prefix` in the cache named by the setting `cache_setting`.

    `name(item)` gives the part of the counter's key that identifies the item; it must be a
    valid cache key fragment (hash free text). `limit` caps the distinct items counted per
    day: counts of further new items are only added up in the day's "dropped" counter.
    """

    def __init__(self, prefix: str, *, cache_setting: str, name: Callable[[Hashable], str] = str,
                 keep_days: int = 3, limit: Callable[[], int | None] = lambda: None):
        self.prefix = prefix
        self.cache_setting = cache_setting
        self.name = name
        self.keep_days = keep_days
        self.limit = limit
        self.lock_key = f"{prefix}:flush-lock"
        self.pending_key = f"{prefix}:pending"

    @property
    def timeout(self):
        return self.keep_days * 86400  # counters never flushed are dropped by the cache

    def cache(self):
        return caches[getattr(settings, self.cache_setting, "default")]

    def day_key(self, day):
        return f"{self.prefix}:{day:%Y%m%d}"

    def counter_key(self, item, day):
        return f"{self.day_key(day)}:{self.name(item)}"

    def count(self, item, day=None) -> int | None:
        """Count one for `item`; returns the counts pending since the last flush, None if dropped."""
        cache = self.cache()
        day = day or timezone.localdate()
        counter = self.counter_key(item, day)
        if cache.add(counter, 0, timeout=self.timeout):
            # First count of this item today: remember it in a numbered slot so a flush finds it.
            slot = incr(cache, f"{self.day_key(day)}:slots", timeout=self.timeout)
            limit = self.limit()
            if limit is not None and slot > limit:
                cache.delete(counter)
                incr(cache, f"{self.day_key(day)}:dropped", timeout=self.timeout)
                return None
            cache.set(f"{self.day_key(day)}:slot:{slot}", item, timeout=self.timeout)
        incr(cache, counter, timeout=self.timeout)
        return incr(cache, self.pending_key, timeout=self.timeout)

    def pending(self, cache, day) -> dict:
        """{(item, day): count} of the counts not yet flushed for `day`."""
        slots = cache.get(f"{self.day_key(day)}:slots") or 0
        limit = self.limit()
        if limit is not None:
            slots = min(slots, limit)
        items = cache.get_many([f"{self.day_key(day)}:slot:{n}" for n in range(1, slots + 1)]).values()
        keys = {self.counter_key(item, day): item for item in items}
        return {(keys[key], day): value for key, value in cache.get_many(list(keys)).items() if value > 0}

    def flush(self, save: Callable[[dict], int], today=None) -> tuple[int, int]:
        """Hand the pending counts to `save` ({(item, day): count} → number saved) and subtract them.

        Returns (saved, dropped): what `save` reported, and the counts dropped by the limit
        since the last flush. (0, 0) when another process holds the flush lock.
        """
        cache = self.cache()
        if not cache.add(self.lock_key, 1, timeout=60):
            return 0, 0  # another process is flushing; it will pick these counters up
        try:
            cache.set(self.pending_key, 0, timeout=self.timeout)
            today = today or timezone.localdate()
            days = [today - datetime.timedelta(days=back) for back in range(self.keep_days)]
            totals = {}
            for day in days:
                totals.update(self.pending(cache, day))
            saved = save(totals)
            for (item, day), value in totals.items():
                self._subtract(cache, self.counter_key(item, day), value)
            dropped = cache.get_many([f"{self.day_key(day)}:dropped" for day in days])
            for key, value in dropped.items():
                self._subtract(cache, key, value)
            return saved, sum(dropped.values())
        finally:
            cache.delete(self.lock_key)

    @staticmethod
    def _subtract(cache, key, value):
        try:
            cache.decr(key, value)
        except ValueError:  # expired meanwhile: nothing left to subtract from
            pass
