"""The shared cache is real: two processes with the production settings and CACHE_URL=unix://…
(as `make serve` runs its gunicorn workers) see each other's frame version, fragments and
counters through one throwaway redis-server.

Needs Debian's redis-server (scripts/system-deps.sh test installs it); skipped only without it.
"""

import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from django.conf import settings

REDIS_SERVER = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed "
                                                              "(scripts/system-deps.sh test installs it)")

# A stand-in for one gunicorn worker: reads one Python expression per line, answers its value as JSON.
WORKER = r"""
import json, sys, types
import django
django.setup()
from django.conf import settings
from django.core.cache import cache
from core import frame
from core.counters import DailyCounters

daily = DailyCounters("sharedtest", cache_setting="NO_SUCH_SETTING")  # the default cache
request = types.SimpleNamespace()  # not a preview


def new_request():
    frame._reset_request_state()


print(json.dumps("ready"), flush=True)
for line in sys.stdin:
    print(json.dumps(eval(line)), flush=True)
"""


@pytest.fixture
def redis_socket(tmp_path):
    sock = tmp_path / "redis.sock"
    server = subprocess.Popen([REDIS_SERVER, "--port", "0", "--unixsocket", str(sock), "--unixsocketperm", "700",
                               "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not sock.exists():
            assert server.poll() is None and time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)
        yield sock
    finally:
        server.terminate()
        server.wait(timeout=10)


def production_env(**extra):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DJANGO_", "DATABASE_URL", "CACHE_URL", "CACHE_DIR"))}
    # No database is opened: the frame's version and the counters live in the cache only.
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="k9Lx2-Qa7" * 6,
               ALLOWED_HOSTS="x", DATABASE_URL="postgres://u:p@127.0.0.1:9/d", **extra)
    return env


class Worker:
    def __init__(self, env):
        self.process = subprocess.Popen([sys.executable, "-c", WORKER], cwd=settings.BASE_DIR, env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def ready(self):
        line = self.process.stdout.readline()
        assert json.loads(line or "null") == "ready", self.process.stderr.read() if not line else line
        return self

    def __call__(self, expression):
        self.process.stdin.write(expression + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, self.process.stderr.read()
        return json.loads(line)

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


def test_two_processes_share_the_frame_version_fragments_and_counters(redis_socket):
    env = production_env(CACHE_URL=f"unix://{redis_socket}")
    first, second = Worker(env), Worker(env)  # both start at once, as gunicorn's workers do
    try:
        first.ready(), second.ready()
        assert first("settings.CACHES['default']['BACKEND']") == "core.rediscache.RedisCache"
        assert first("settings.CACHES['default']['LOCATION']") == f"unix://{redis_socket}"

        # One content version for all: the second process adopts the token the first one made.
        token = first("frame.version()")
        assert second("frame.version()") == token
        # A publish in one process (frame.bump) is seen by the other on its next request.
        first("frame.bump()")
        bumped = first("frame.version()")
        assert bumped != token
        second("new_request()")
        assert second("frame.version()") == bumped
        # Fragments are shared under the version: the second process does not render its own.
        assert first("frame.fragment(request, 'menu', 'id', lambda: 'rendered by the first')") == \
            "rendered by the first"
        second("new_request()")
        assert second("frame.fragment(request, 'menu', 'id', lambda: 'rendered by the second')") == \
            "rendered by the first"
        # …and a bump in the second process orphans them for the first.
        second("frame.bump()")
        first("new_request()")
        assert first("frame.fragment(request, 'menu', 'id', lambda: 'again by the first')") == "again by the first"

        # Counters: counts made in both processes are flushed by either one, once.
        assert [first("daily.count('a')"), first("daily.count('b')"), second("daily.count('a')")] == [1, 2, 3]
        assert second("sorted((item, n) for (item, day), n in daily.pending(cache, "
                      "__import__('django.utils.timezone').utils.timezone.localdate()).items())") == \
            [["a", 2], ["b", 1]]
        assert second("daily.flush(lambda totals: sum(totals.values()))") == [3, 0]
        assert first("daily.flush(lambda totals: sum(totals.values()))") == [0, 0]
    finally:
        first.close()
        second.close()


def test_production_refuses_a_cache_url_it_cannot_use():
    result = subprocess.run([sys.executable, "-c", "import django; django.setup()"], cwd=settings.BASE_DIR,
                            env=production_env(CACHE_URL="memcached://127.0.0.1:11211"),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "CACHE_URL must be a redis://, rediss:// or unix://" in result.stderr


def test_the_redis_cache_reuses_one_client_per_pool(redis_socket):
    """core.rediscache: Django's client built a redis.Redis per operation; ours keeps one, and
    the cache still behaves as a cache, from several threads at once."""
    import threading

    from core.rediscache import RedisCache

    cache = RedisCache(f"unix://{redis_socket}", {"KEY_PREFIX": "t"})
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client and cache._cache.get_client("k") is client
    assert cache.add("a", 1) and not cache.add("a", 2)
    cache.set_many({"b": [2], "c": {"three": 3}})
    assert cache.get_many(["a", "b", "c", "missing"]) == {"a": 1, "b": [2], "c": {"three": 3}}
    assert cache.incr("a", 10) == 11
    cache.delete("a")
    assert cache.get("a", "gone") == "gone"

    def writer(n):
        for i in range(50):
            cache.set(f"thread-{n}-{i}", i)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cache.get_many([f"thread-{n}-49" for n in range(4)]) == {f"thread-{n}-49": 49 for n in range(4)}
    assert cache._cache.get_client() is client
