"""`make bench`: the production-like stack on 127.0.0.1 under wrk, with and without the page cache.

1. a search node (scripts/search-engine.sh) and scripts/serve.sh: PostgreSQL, gunicorn and
   nginx (one nginx server with the page cache, one without) with the demo content;
2. bulk news posts are added up to each of BENCH_SIZES (default 5,000 then 50,000) and indexed
   in both search backends (seed.py); at each size the SQL queries and CPU ms of every page,
   and of 20 distinct searches on each backend, are measured in a warm Django process;
3. wrk runs for BENCH_SECONDS (default 10) per URL with 16 connections against each page and
   one static file served by the same nginx, cache on and cache off; then over 200 distinct
   searches (bench/queries.py, cycled by bench/cycle.lua) against the stack's gunicorn, which
   searches the engine, and a second gunicorn with SEARCH_URL=database, each twice: from cold,
   then the measured run;
4. tables and the issue's targets (met or not) are printed; everything is stopped whatever
   happens.

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

from . import cpu, wrk
from .queries import search_paths

BASE_DIR = Path(__file__).resolve().parents[1]
PYTHON = BASE_DIR / ".venv" / "bin" / "python"
SIZES = tuple(int(n) for n in os.environ.get("BENCH_SIZES", "5000,50000").split(","))


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

    def manage(self, *args, **env):
        completed = subprocess.run([str(PYTHON), "manage.py", *args], cwd=BASE_DIR, env={**self.env(), **env},
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


def cpu_meter(stack, engine_directory):
    """Each server process group of the stack, for cpu.Meter (the database-search gunicorn is a
    child of this process, the stack's under serve.sh: both are found from here)."""
    state = stack.directory / "stack"
    return cpu.Meter({"gunicorn": cpu.matching(os.getpid(), "gunicorn"),
                      "search node": cpu.from_pid_file(engine_directory / "engine.pid"),
                      "PostgreSQL": cpu.from_pid_file(state / "pg" / "data" / "postmaster.pid"),
                      "nginx": cpu.from_pid_file(state / "nginx" / "nginx.pid"),
                      "Redis": cpu.from_pid_file(state / "redis" / "redis.pid")})


def run_metered(meter, *args, **kwargs):
    """wrk.run, with the CPU each process group spent per request attached as ``.cpu``."""
    with meter:
        result = wrk.run(*args, **kwargs)
    result.cpu = meter.usage(result.requests)
    return result


def measure(stack, urls, seconds, meter):
    results = {}
    for mode, port in (("on", stack.port), ("off", stack.uncached_port)):
        for name, path in urls.items():
            url = f"http://127.0.0.1:{port}{path}"
            urllib.request.urlopen(url, timeout=60).read()  # renditions, caches, the cached copy
            raw = stack.directory / f"wrk-cache-{mode}-{name.replace(' ', '-')}.txt"
            r = results[(mode, name)] = run_metered(meter, url, seconds=seconds, save_to=raw)
            say(f"cache {mode:<3} {name:<20} {r.requests_per_second:8.0f} req/s  p50 {r.p50_ms:.1f} ms  "
                f"p99 {r.p99_ms:.1f} ms  errors {r.errors}")
    return results


def measure_search(stack, seconds, backends, meter):
    """wrk over 200 distinct queries (cycle.lua), straight to each backend's gunicorn: a first run
    from cold, then the measured one. In the first, every gunicorn worker builds its spelling
    vocabulary on its first search and the search node compiles its search code under load;
    a server that has run for a while has done both (a worker is recycled after ~20,000
    requests). Both runs are printed; the tables and targets use the second."""
    paths_file = stack.directory / "search-paths.txt"
    paths_file.write_text("\n".join(search_paths()) + "\n")
    results = {}
    for name, address in backends.items():
        for run in ("cold", "warm"):
            raw = stack.directory / f"wrk-{name.replace(' ', '-')}-{run}.txt"
            r = results[name] = run_metered(meter, f"http://{address}/", seconds=seconds, save_to=raw,
                                            paths_file=paths_file)
            say(f"{name:<24} {run}: {r.requests_per_second:8.0f} req/s  p50 {r.p50_ms:.1f} ms  "
                f"p99 {r.p99_ms:.1f} ms  errors {r.errors}")
    return results


class DatabaseSearchApp:
    """A second gunicorn on the same database with SEARCH_URL=database: search on the database
    backend, next to the stack's own gunicorn searching the engine."""

    def __init__(self, stack):
        self.address = f"127.0.0.1:{free_port()}"
        env = {**stack.env(), "SEARCH_URL": "database", "GUNICORN_BIND": self.address}
        self.log = open(stack.directory / "gunicorn-database-search.log", "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen([str(BASE_DIR / ".venv" / "bin" / "gunicorn"), "-c", "deploy/gunicorn.conf.py",
                                         "cms.wsgi"], cwd=BASE_DIR, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://{self.address}/cari/?q=lansia", timeout=30).read()
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(1)
        self.stop()
        raise RuntimeError("the database-search gunicorn did not answer; see gunicorn-database-search.log")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)
        self.log.close()


PAGE_TARGET = (250, 100)  # uncached article, home and news index: req/s at least, p99 ms at most
SEARCH_TARGET = (200, 150)  # distinct searches, each backend
CPU_TARGET = {"search": 15.0}  # ms per request; every other page: 8 ms
CACHED_TARGET = 0.9  # cached pages: at least this share of the static file's rate


def verdict(ok):
    return "met" if ok else "NOT met"


def print_tables(urls, results, search_results, queries, load_before):
    print()
    print(f"Machine: {os.cpu_count()} cores, load average before the runs {load_before[0]:.1f} "
          "(shared with other work: figures vary from run to run)")
    print("wrk: 2 threads, 16 connections; ratio = requests/s relative to the static file in the same mode")
    for mode, title in (("on", "Page cache ON (nginx proxy_cache, purged on publish)"),
                        ("off", "Page cache OFF (every request rendered by Django/gunicorn)")):
        static = results[(mode, "static file")].requests_per_second
        print(f"\n{title}")
        print(f"  {'page':<24}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'× static':>10}  url")
        for name, path in urls.items():
            r = results[(mode, name)]
            print(f"  {name:<24}{r.requests_per_second:>10.0f}{r.p50_ms:>9.2f}{r.p99_ms:>9.2f}{r.errors:>8}"
                  f"{r.requests_per_second / static:>10.3f}  {path}")
    print("\nSearch, 200 distinct queries cycled (bench/queries.py, bench/cycle.lua), straight to gunicorn,")
    print("after a first run of the same length from cold (printed above as 'cold')")
    for name, r in search_results.items():
        print(f"  {name:<24}{r.requests_per_second:>10.0f}{r.p50_ms:>9.2f}{r.p99_ms:>9.2f}{r.errors:>8}")
    print_cpu(urls, results, search_results)
    print(f"\nPer page, Django test client in a warm process, at {' and '.join(f'{n:,}' for n in SIZES)} bench posts:")
    print("SQL queries, and the CPU time one request costs the Django process (median; database excluded;")
    print("search: the median over 20 distinct queries)")
    print(f"  {'page':<24}" + "".join(f"{'queries ' + format(n, ','):>16}" for n in SIZES) + f"  {'grows?':<7}"
          + "".join(f"{'CPU ms ' + format(n, ','):>16}" for n in SIZES))
    for name in queries[SIZES[0]]:
        cells = [queries[size].get(name, (None, None)) for size in SIZES]
        counts = [c[0] for c in cells]
        print(f"  {name:<24}" + "".join(f"{c[0]!s:>16}" for c in cells)
              + f"  {'YES' if len(set(map(str, counts))) > 1 else 'no':<7}" + "".join(f"{c[1]!s:>16}" for c in cells))
    print_targets(urls, results, search_results, queries)


def print_cpu(urls, results, search_results):
    runs = [(f"uncached {name}", results[("off", name)]) for name in urls if name != "static file"]
    runs += list(search_results.items())
    groups = list(runs[0][1].cpu.per_request_ms)
    print("\nCPU per request during each wrk run above, in ms, by process (bench/cpu.py); the ceiling is")
    print("the cores divided by the servers' sum: the req/s this machine could give if it ran nothing else")
    print(f"  {'run':<26}" + "".join(f"{g:>12}" for g in groups) + f"{'servers':>10}{'machine':>10}{'ceiling':>9}")
    for name, r in runs:
        usage = r.cpu
        print(f"  {name:<26}" + "".join(f"{usage.per_request_ms[g]:>12.2f}" for g in groups)
              + f"{usage.server_ms():>10.2f}{usage.machine_ms:>10.2f}{usage.ceiling():>9.0f}")


def print_targets(urls, results, search_results, queries):
    print("\nTargets (issue: fast without the page cache)")
    for name in ("article", "home", "news index p1"):
        if ("off", name) in results:
            r = results[("off", name)]
            ok = r.requests_per_second >= PAGE_TARGET[0] and r.p99_ms <= PAGE_TARGET[1]
            print(f"  uncached {name:<26} ≥ {PAGE_TARGET[0]} req/s, p99 ≤ {PAGE_TARGET[1]} ms: "
                  f"{r.requests_per_second:.0f} req/s, p99 {r.p99_ms:.0f} ms  {verdict(ok)}")
    for name, r in search_results.items():
        ok = r.requests_per_second >= SEARCH_TARGET[0] and r.p99_ms <= SEARCH_TARGET[1]
        print(f"  {name:<35} ≥ {SEARCH_TARGET[0]} req/s, p99 ≤ {SEARCH_TARGET[1]} ms: "
              f"{r.requests_per_second:.0f} req/s, p99 {r.p99_ms:.0f} ms  {verdict(ok)}")
    static = results[("on", "static file")].requests_per_second
    worst = min((results[("on", n)].requests_per_second / static, n) for n in urls if n != "static file")
    print(f"  cached pages ≥ {CACHED_TARGET} × the static file: the lowest is {worst[1]} at {worst[0]:.2f}  "
          f"{verdict(worst[0] >= CACHED_TARGET)}")
    for size in SIZES:
        for name, (_count, cpu_ms) in queries[size].items():
            limit = CPU_TARGET.get(name.split(" (")[0], 8.0)
            if cpu_ms is not None:
                print(f"  CPU {name:<24} at {size:>6,} posts ≤ {limit:g} ms: {cpu_ms} ms  {verdict(cpu_ms <= limit)}")


def start_engine(directory):
    script = str(BASE_DIR / "scripts" / "search-engine.sh")
    subprocess.run([script, "stop", str(directory)], capture_output=True, check=False)
    port = subprocess.run([script, "free-port"], check=True, capture_output=True, text=True).stdout.strip()
    started = subprocess.run([script, "start", port, str(directory)], check=True, capture_output=True, text=True)
    return started.stdout.strip().splitlines()[-1]


def main():
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    subprocess.run([str(BASE_DIR / "scripts" / "system-deps.sh"), "bench"], check=True)
    subprocess.run([str(BASE_DIR / "scripts" / "search-engine.sh"), "ensure"], check=True)
    work = BASE_DIR / "var" / "bench-site"
    stack, database_app = Stack(work), None
    started = time.monotonic()
    try:
        say("starting a search node, then PostgreSQL, gunicorn and nginx with the demo content (scripts/serve.sh)")
        os.environ["SERVE_SEARCH_URL"] = start_engine(work / "engine")
        stack.start()
        queries, urls = {}, {}
        for size in SIZES:
            say(stack.manage("bench_seed_news", "--total", str(size)).strip())
            probe = json.loads(stack.manage("bench_probe").strip().splitlines()[-1])
            on_database = json.loads(stack.manage("bench_probe", "--search-only", SEARCH_URL="database")
                                     .strip().splitlines()[-1])
            queries[size], urls = probe["queries"], probe["urls"]
            queries[size]["search (engine)"] = queries[size].pop("search")
            queries[size]["search (database)"] = on_database["queries"]["search"]
        stack.purge(urls.values())
        load_before = os.getloadavg()
        meter = cpu_meter(stack, work / "engine")
        results = measure(stack, urls, seconds, meter)
        database_app = DatabaseSearchApp(stack)
        search_results = measure_search(stack, seconds, {"search (engine)": stack.env()["GUNICORN_BIND"],
                                                         "search (database)": database_app.address}, meter)
        print_tables(urls, results, search_results, queries, load_before)
        say(f"done in {(time.monotonic() - started) / 60:.1f} min")
    except Exception as exc:  # noqa: BLE001 - report and exit non-zero, after stopping the stack
        print(f"bench: failed: {exc}", file=sys.stderr)
        sys.exit(1)
    finally:
        say("stopping the stack and the search node")
        if database_app:
            database_app.stop()
        stack.stop()
        subprocess.run([str(BASE_DIR / "scripts" / "search-engine.sh"), "stop", str(work / "engine")],
                       capture_output=True, check=False)


