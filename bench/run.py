"""`make bench`: the production-like stack on 127.0.0.1 under wrk, with and without the page cache.

1. scripts/serve.sh starts PostgreSQL, gunicorn and nginx (one nginx server with the page
   cache, one without) with the demo content;
2. bulk news posts are added up to 1,000 and then 5,000 and search-indexed (seed.py), and
   the SQL queries of every benchmarked page are counted at both sizes;
3. wrk runs for BENCH_SECONDS (default 10) per URL with 16 connections against each page
   and one static file served by the same nginx, cache on and cache off;
4. a table is printed; the stack is stopped whatever happens.

Figures are printed, not asserted: they depend on the machine and on what else runs on it.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from . import wrk

BASE_DIR = Path(__file__).resolve().parents[1]
PYTHON = BASE_DIR / ".venv" / "bin" / "python"
SIZES = (1000, 5000)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def say(text):
    print(f"bench: {text}", flush=True)


class Stack:
    """scripts/serve.sh in the background; `stop()` asks it to shut everything down."""

    def __init__(self, directory):
        self.directory = directory
        self.port, self.uncached_port = free_port(), free_port()
        self.ready = directory / "ready"
        self.log = directory / "serve.log"

    def start(self, timeout=1800):
        self.directory.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "SERVE_DIR": str(self.directory / "stack"), "SERVE_PORT": str(self.port),
               "SERVE_UNCACHED_PORT": str(self.uncached_port), "SERVE_READY_FILE": str(self.ready),
               # wrk's 16 connections all come from 127.0.0.1: nginx's per-visitor limits would
               # turn the search benchmark into a count of 429s.
               "SERVE_RATE_LIMITS": "off"}
        self.ready.unlink(missing_ok=True)
        with open(self.log, "w") as log:
            self.process = subprocess.Popen([str(BASE_DIR / "scripts" / "serve.sh")], cwd=BASE_DIR, env=env,
                                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while not self.ready.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the stack did not start; last lines of {self.log}:\n"
                                   + "\n".join(self.log.read_text().splitlines()[-25:]))
            time.sleep(1)
        return self

    def env(self):
        values = {}
        for line in (self.directory / "stack" / "env").read_text().splitlines():
            key, _, value = line.partition("=")
            values[key] = value
        # The test client used for counting queries calls itself "testserver".
        values["ALLOWED_HOSTS"] += ",testserver"
        return {**os.environ, **values}

    def manage(self, *args):
        completed = subprocess.run([str(PYTHON), "manage.py", *args], cwd=BASE_DIR, env=self.env(),
                                   capture_output=True, text=True)
        if completed.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{completed.stderr[-3000:]}")
        return completed.stdout

    def purge(self, paths):
        target = self.env()["PAGE_CACHE_PURGE_URL"]
        for path in paths:
            request = urllib.request.Request(target + path, method="PURGE")
            try:
                urllib.request.urlopen(request, timeout=5).read()
            except urllib.error.HTTPError:
                pass  # 404: was not cached

    def stop(self):
        if getattr(self, "process", None) is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)


def measure(stack, urls, seconds):
    results = {}
    for mode, port in (("on", stack.port), ("off", stack.uncached_port)):
        for name, path in urls.items():
            url = f"http://127.0.0.1:{port}{path}"
            urllib.request.urlopen(url, timeout=60).read()  # renditions, caches, the cached copy
            raw = stack.directory / f"wrk-cache-{mode}-{name.replace(' ', '-')}.txt"
            r = results[(mode, name)] = wrk.run(url, seconds=seconds, save_to=raw)
            say(f"cache {mode:<3} {name:<20} {r.requests_per_second:8.0f} req/s  p50 {r.p50_ms:.1f} ms  "
                f"p99 {r.p99_ms:.1f} ms  errors {r.errors}")
    return results


def print_tables(urls, results, queries, load_before):
    print()
    print(f"Machine: {os.cpu_count()} cores, load average before the runs {load_before[0]:.1f} "
          "(shared with other work: figures vary from run to run)")
    print("wrk: 2 threads, 16 connections; ratio = requests/s relative to the static file in the same mode")
    for mode, title in (("on", "Page cache ON (nginx proxy_cache, purged on publish)"),
                        ("off", "Page cache OFF (every request rendered by Django/gunicorn)")):
        static = results[(mode, "static file")].requests_per_second
        print(f"\n{title}")
        print(f"  {'page':<22}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'× static':>10}  url")
        for name, path in urls.items():
            r = results[(mode, name)]
            print(f"  {name:<22}{r.requests_per_second:>10.0f}{r.p50_ms:>9.2f}{r.p99_ms:>9.2f}{r.errors:>8}"
                  f"{r.requests_per_second / static:>10.3f}  {path}")
    print(f"\nPer page, Django test client in a warm process, at {SIZES[0]:,} and {SIZES[1]:,} bench posts:")
    print("SQL queries, and the CPU time one request costs the Django process (median of 5, database excluded)")
    print(f"  {'page':<22}{'queries':>9}{'':>8}  {'grows?':<7}{'CPU ms':>8}{'':>8}")
    print(f"  {'':<22}{SIZES[0]:>9}{SIZES[1]:>8}  {'':<7}{SIZES[0]:>8}{SIZES[1]:>8}")
    for name in queries[SIZES[0]]:
        (small, cpu_small), (large, cpu_large) = queries[SIZES[0]][name], queries[SIZES[1]].get(name, (None, None))
        print(f"  {name:<22}{small!s:>9}{large!s:>8}  {'YES' if small != large else 'no':<7}"
              f"{cpu_small!s:>8}{cpu_large!s:>8}")


def main():
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    subprocess.run([str(BASE_DIR / "scripts" / "system-deps.sh"), "bench"], check=True)
    stack = Stack(BASE_DIR / "var" / "bench-site")
    started = time.monotonic()
    try:
        say("starting PostgreSQL, gunicorn and nginx with the demo content (scripts/serve.sh)")
        stack.start()
        queries, urls = {}, {}
        for size in SIZES:
            say(stack.manage("bench_seed_news", "--total", str(size)).strip())
            probe = json.loads(stack.manage("bench_probe").strip().splitlines()[-1])
            queries[size], urls = probe["queries"], probe["urls"]
        stack.purge(urls.values())
        load_before = os.getloadavg()
        results = measure(stack, urls, seconds)
        print_tables(urls, results, queries, load_before)
        say(f"done in {(time.monotonic() - started) / 60:.1f} min")
    except Exception as exc:  # noqa: BLE001 - report and exit non-zero, after stopping the stack
        print(f"bench: failed: {exc}", file=sys.stderr)
        sys.exit(1)
    finally:
        say("stopping the stack")
        stack.stop()
