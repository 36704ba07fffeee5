"""core.counters: per-day cache counters flushed in bulk (used by news read counts and the search log)."""

import datetime

from django.core.cache import cache

from core.counters import DailyCounters

TODAY = datetime.date(2026, 3, 2)


def counters(limit=None):
    cache.clear()
    return DailyCounters("testcounts", cache_setting="TEST_COUNTERS_CACHE", name=lambda item: f"item:{item}",
                         limit=lambda: limit)


def test_counts_made_during_a_flush_wait_for_the_next_one():
    daily = counters()
    daily.count("a", TODAY)
    daily.count("a", TODAY)
    daily.count("b", TODAY - datetime.timedelta(days=1))

    def save(totals):
        daily.count("a", TODAY)  # a visitor counted while the flush writes
        assert totals == {("a", TODAY): 2, ("b", TODAY - datetime.timedelta(days=1)): 1}
        return 3

    assert daily.flush(save, TODAY) == (3, 0)
    seen = []
    assert daily.flush(lambda totals: seen.append(totals) or 1, TODAY) == (1, 0)
    assert seen == [{("a", TODAY): 1}]


def test_count_returns_the_pending_total_and_none_when_over_the_limit():
    daily = counters(limit=2)
    assert [daily.count(item, TODAY) for item in ["a", "b", "a", "c", "c", "b"]] == [1, 2, 3, None, None, 4]
    assert daily.flush(lambda totals: sum(totals.values()), TODAY) == (4, 2)
    assert daily.flush(lambda totals: sum(totals.values()), TODAY) == (0, 0)
    assert daily.count("d", TODAY + datetime.timedelta(days=1)) == 1  # a new day, a new allowance


def test_a_flush_already_running_elsewhere_is_left_alone():
    daily = counters()
    daily.count("a", TODAY)
    cache.add(daily.lock_key, 1)
    assert daily.flush(lambda totals: 1 / 0, TODAY) == (0, 0)
    cache.delete(daily.lock_key)
    assert daily.flush(lambda totals: sum(totals.values()), TODAY) == (1, 0)
