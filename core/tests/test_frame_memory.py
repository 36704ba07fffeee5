"""core.frame keeps the fragments a worker used in its own memory, for the current version only:
one shared-cache read per request (the version) instead of one per fragment."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from core import frame


@pytest.fixture
def request_():
    return RequestFactory().get("/")


def new_request():
    frame.reset()  # what request_started does for the frame (without the database's receivers)


def test_a_fragment_is_read_from_the_shared_cache_once_per_version(request_):
    new_request()
    assert frame.fragment(request_, "menu", "id", lambda: "menu v1") == "menu v1"
    with mock.patch.object(cache, "get", wraps=cache.get) as reads, \
            mock.patch.object(cache, "get_many", wraps=cache.get_many) as round_trips:
        for _ in range(3):
            new_request()
            assert frame.fragment(request_, "menu", "id", lambda: "computed again") == "menu v1"
    # (LocMemCache's get_many() calls get() per key: only the version's key may be among them.)
    assert {call.args[0] for call in reads.call_args_list} <= {frame.VERSION_KEY, *frame._REQUEST_KEYS}
    assert [call.args[0][0] for call in round_trips.call_args_list] == [frame.VERSION_KEY] * 3


def test_registered_keys_come_with_the_version_once_per_request(request_, monkeypatch):
    monkeypatch.setattr(frame, "_REQUEST_KEYS", {"counter:generation"})
    cache.set("counter:generation", 7)
    new_request()
    with mock.patch.object(cache, "get_many", wraps=cache.get_many) as round_trips:
        assert frame.request_value("counter:generation", lambda: "not read") == 7
        assert frame.request_value("counter:generation", lambda: "not read") == 7
    assert round_trips.call_count == 1
    cache.incr("counter:generation")
    frame.forget_request_value("counter:generation")  # changed by this request: read it again
    assert frame.request_value("counter:generation", lambda: cache.get("counter:generation")) == 8
    new_request()
    assert frame.request_value("missing", lambda: "read on its own") == "read on its own"


def test_another_worker_s_bump_is_seen_on_the_next_request(request_):
    new_request()
    frame.fragment(request_, "menu", "id", lambda: "old menu")
    # Another process publishes: only the shared version changes, not this worker's memory.
    cache.set(frame.VERSION_KEY, "0123456789abcdef", timeout=None)
    assert frame.fragment(request_, "menu", "id", lambda: "new menu") == "old menu"  # same request
    new_request()
    assert frame.fragment(request_, "menu", "id", lambda: "new menu") == "new menu"


def test_a_fragment_another_worker_rendered_is_taken_from_the_shared_cache(request_):
    new_request()
    version = frame.version()
    frame.fragment(request_, "footer", "x", lambda: "by this worker")
    frame._start_version(version)  # as if this worker had never seen it
    cache.set(frame.VERSION_KEY, version, timeout=None)
    new_request()
    assert frame.fragment(request_, "footer", "x", lambda: "rendered twice") == "by this worker"


def test_memory_stays_within_its_budget_least_recently_used_first(request_, monkeypatch):
    monkeypatch.setattr(frame, "FRAGMENT_MEMORY_BYTES", 250)
    new_request()
    for name in "abc":
        frame.fragment(request_, "html:x", name, lambda name=name: name * 100)
    # 300 bytes asked for, 250 allowed: "a", the least recently used, went.
    kept = [value for value, _size, _expiry in frame._fragments["entries"].values()]
    assert kept == ["b" * 100, "c" * 100] and frame._fragments["bytes"] == 200
    frame.fragment(request_, "html:x", "b", lambda: "not computed")  # "b" is now the most recent
    frame.fragment(request_, "html:x", "d", lambda: "d" * 100)
    assert [v[0] for v in frame._fragments["entries"].values()] == ["b" * 100, "d" * 100]
    frame.fragment(request_, "html:x", "huge", lambda: "h" * 1000)  # larger than the budget: never kept
    assert frame._fragments["bytes"] == 200
    # Evicted from memory is not lost: the shared cache still has it.
    assert frame.fragment(request_, "html:x", "a", lambda: "recomputed") == "a" * 100


def test_values_other_than_text_count_by_their_pickled_size(request_):
    new_request()
    items = [{"title": "Layanan", "url": "/layanan/"}] * 3
    assert frame.fragment(request_, "menu", "list", lambda: items) == items
    ((value, size, _expiry),) = frame._fragments["entries"].values()
    assert value == items and 40 < size < 400


def test_a_bump_empties_the_worker_s_memory(request_):
    new_request()
    frame.fragment(request_, "menu", "id", lambda: "before")
    frame.bump()
    assert not frame._fragments["entries"] and frame._fragments["bytes"] == 0
    assert frame.fragment(request_, "menu", "id", lambda: "after") == "after"


def test_previews_neither_read_nor_keep_fragments(request_):
    new_request()
    frame.fragment(request_, "menu", "id", lambda: "live")
    request_.is_preview = True
    assert frame.fragment(request_, "menu", "id", lambda: "preview") == "preview"
    assert [v[0] for v in frame._fragments["entries"].values()] == ["live"]


def test_a_kept_fragment_is_read_again_from_the_shared_cache_after_its_memory_time(request_, monkeypatch):
    """On a quiet site the version may not move for days: the worker's copy must not outlive
    the shared entry, which expires after FRAGMENT_SECONDS."""
    clock = [1000.0]
    monkeypatch.setattr(frame.time, "monotonic", lambda: clock[0])
    new_request()
    frame.fragment(request_, "html:popular", "id", lambda: "kept")
    version = frame.version()
    cache.set(f"frame:{version}:html:popular:" + frame.hashlib.sha1(repr("id").encode()).hexdigest()[:20],
              "renewed in the shared cache", frame.FRAGMENT_SECONDS)
    clock[0] += frame.FRAGMENT_MEMORY_SECONDS - 1
    new_request()
    assert frame.fragment(request_, "html:popular", "id", lambda: "computed") == "kept"
    clock[0] += 2
    new_request()
    assert frame.fragment(request_, "html:popular", "id", lambda: "computed") == "renewed in the shared cache"
    assert frame._fragments["bytes"] == len("renewed in the shared cache")
