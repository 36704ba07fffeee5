"""`make chaos`: faults under load on the production-like stack (docs/deploy.md, "Faults under load").

1. a search node (scripts/search-engine.sh) and scripts/serve.sh (PostgreSQL, gunicorn, nginx
   with the page cache; SERVE_RATE_LIMITS=off) on free ports, with Django's file cache
   (SERVE_CACHE=file, not make serve's Redis: the disk-full fault fills it) on a small tmpfs
   (root only: without it the disk-full fault is skipped and said so);
2. CHAOS_SECONDS (default 60) of traffic at 64 connections: cached pages, uncached pages (a
   query parameter of its own misses the page cache), distinct searches and autocomplete in turn; each
   request comes from the next of 2,000 loopback addresses, as visitors do, so Django's
   per-visitor autocomplete limit counts them apart;
3. an editor (manage.py chaos_editor, a separate process using the ORM) saves a draft revision
   of one post every second;
4. one after another, with a pause between: kill -9 one gunicorn worker; restart PostgreSQL;
   kill -9 the search node; fill the cache directory, then free it;
5. per fault: the 5xx count and how long they lasted, pages served from the page cache, and
   searches answered while the engine was down (via the database fallback); then every saved
   revision must be in the database and every kind of request must answer 200 again, without
   anyone touching the stack. Exit status 1 when a promise is broken.

Not part of `make test`: it takes minutes and its figures depend on the load of the machine.
"""

import asyncio
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

from .run import BASE_DIR, PYTHON, Stack

CONNECTIONS = 64
PAUSE = 12  # seconds between two faults: the time each one has to recover by itself
FAULT_5XX_BUDGET = 10  # seconds after a fault starts within which 5xx answers are tolerated
WORDS = ["bantuan", "sosial", "lansia", "disabilitas", "panti", "anak", "keluarga", "program", "layanan",
         "bencana", "pangan", "rehabilitasi"]
KINDS = ["cached", "cached", "uncached", "search", "suggest"]


def say(text):
    print(f"chaos: {text}", flush=True)


class Traffic:
    """64 connections in one asyncio loop, one request per connection (Connection: close)."""

    def __init__(self, port, pages):
        self.port, self.pages = port, pages
        self.records = []  # (seconds since start when answered, kind, status, cache status, when sent)
        self.counter = itertools.count()
        self.addresses = itertools.cycle(f"127.{10 + i // 250}.{i % 250}.{1 + i % 7}" for i in range(2000))

    def target(self, kind, n):
        if kind == "cached":
            return self.pages[n % len(self.pages)]
        if kind == "uncached":
            return f"{self.pages[n % len(self.pages)]}?chaos={n}"
        if kind == "search":
            return f"/cari/?q={WORDS[n % len(WORDS)]}+{WORDS[n // len(WORDS) % len(WORDS)]}&chaos={n}"
        return f"/cari/saran/?q={WORDS[n % len(WORDS)][:3 + n % 4]}"

    async def one(self, kind, path):
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", self.port, local_addr=(next(self.addresses), 0)), 10)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nConnection: close\r\n\r\n".encode())
            data = await asyncio.wait_for(reader.read(), 60)
            writer.close()
        except (TimeoutError, OSError):
            return 0, ""
        head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        status = re.match(r"HTTP/1\.[01] (\d{3})", head)
        cache = re.search(r"(?im)^X-Cache-Status: (\S+)", head)
        return (int(status.group(1)) if status else 0), (cache.group(1) if cache else "")

    async def connection(self, started, until):
        while time.monotonic() < until:
            n = next(self.counter)
            kind = KINDS[n % len(KINDS)]
            # Timed by when it was answered: a slow request sent just before a fault fails
            # because of that fault, and one that hangs through a fault fails when it ends.
            sent = time.monotonic() - started
            status, cache = await self.one(kind, self.target(kind, n // len(KINDS)))
            self.records.append((time.monotonic() - started, kind, status, cache, sent))

    async def run(self, started, seconds):
        until = started + seconds
        await asyncio.gather(*(self.connection(started, until) for _ in range(CONNECTIONS)))


def children(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def cmdline(pid):
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


class Faults:
    def __init__(self, stack, engine_dir, cache_dir):
        self.stack, self.engine_dir, self.cache_dir = stack, engine_dir, cache_dir

    def gunicorn_worker(self):
        masters = [p for p in children(self.stack.process.pid) if "gunicorn" in cmdline(p)]
        workers = children(masters[0]) if masters else []
        if not workers:
            raise RuntimeError("no gunicorn worker found under scripts/serve.sh")
        os.kill(workers[0], signal.SIGKILL)
        return f"killed gunicorn worker {workers[0]} (master {masters[0]})"

    def postgresql(self):
        pg = self.stack.directory / "stack" / "pg"
        base = Path((pg / "base").read_text().strip()) if (pg / "base").exists() else pg
        data = base / "data"
        pg_ctl = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
        command = [str(pg_ctl), "-D", str(data), "restart", "-m", "fast", "-w", "-t", "60", "-l", str(base / "log")]
        if os.geteuid() == 0:
            command = ["runuser", "-u", data.owner(), "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd="/")
        return "restarted PostgreSQL (pg_ctl restart -m fast)"

    def search_node(self):
        pid = int((self.engine_dir / "engine.pid").read_text().strip())
        os.kill(pid, signal.SIGKILL)
        return f"killed the search node (pid {pid}, kill -9)"

    def fill_cache_dir(self):
        if not self.cache_dir:
            return None
        filler = self.cache_dir / "filler"
        with open(filler, "wb") as out:
            try:
                while True:
                    out.write(b"\0" * 1024 * 1024)
                    out.flush()
            except OSError:
                pass  # ENOSPC: the directory is full
        return f"filled the cache directory ({shutil.disk_usage(self.cache_dir).free} bytes left)"

    def free_cache_dir(self):
        (self.cache_dir / "filler").unlink(missing_ok=True)


def fallback_lines(log):
    return sum("answering from the database backend" in line for line in log.read_text(errors="replace").splitlines())


def report(records, windows, fallbacks):
    """Per fault window: (name, 5xx, seconds of 5xx, page-cache answers, searches answered, ok?)."""
    rows, broken = [], []
    for name, start, end in windows:
        inside = [r for r in records if start <= r[0] < end]
        errors = [r for r in inside if r[2] >= 500 or r[2] == 0]
        lasted = (max(r[0] for r in errors) - min(r[0] for r in errors)) if errors else 0.0
        cached = sum(1 for r in inside if r[3] in ("HIT", "STALE", "UPDATING"))
        cached_errors = sum(1 for r in errors if r[1] == "cached")
        searches = sum(1 for r in inside if r[1] == "search" and r[2] == 200)
        late = [r for r in errors if r[0] - start > FAULT_5XX_BUDGET]
        rows.append((name, len(inside), len(errors), lasted, cached, cached_errors, searches))
        if late:
            broken.append(f"{name}: {len(late)} 5xx/no answer more than {FAULT_5XX_BUDGET} s after the fault began")
        if cached_errors or not cached:
            broken.append(f"{name}: cached pages were not served from the cache throughout")
        if name.startswith("search node") and not searches:
            broken.append(f"{name}: no search was answered while the engine was down")
    print(f"\n{'window':<34}{'requests':>9}{'5xx/none':>9}{'lasted s':>9}{'from cache':>11}{'cached 5xx':>11}"
          f"{'search 200':>11}")
    for name, total, errors, lasted, cached, cached_errors, searches in rows:
        print(f"{name:<34}{total:>9}{errors:>9}{lasted:>9.1f}{cached:>11}{cached_errors:>11}{searches:>11}")
    print(f"searches answered by the database fallback (gunicorn's log): {fallbacks}")
    failed = sorted(r for r in records if r[2] >= 500 or r[2] == 0)
    if failed:
        print("failed requests (answered at s, kind, status, sent at s): "
              + "; ".join(f"{r[0]:.1f} {r[1]} {r[2] or 'none'} {r[4]:.1f}" for r in failed[:60]))
    return broken


def recovered(port, pages):
    """Every kind answers 200 again, within a minute and without anyone's help."""
    checks = {"cached": pages[0], "uncached": pages[-1] + "?chaos=after", "search": "/cari/?q=bantuan&after=1",
              "suggest": "/cari/saran/?q=lans", "English page": "/en/"}
    deadline, statuses = time.monotonic() + 60, {}
    while time.monotonic() < deadline:
        for kind, path in checks.items():
            try:
                statuses[kind] = urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).status
            except Exception as exc:  # noqa: BLE001 - an HTTP error or a refused connection: not yet
                statuses[kind] = getattr(exc, "code", 0)
        if set(statuses.values()) == {200}:
            break
        time.sleep(2)
    return statuses


def start_engine(directory):
    port = subprocess.run([str(BASE_DIR / "scripts" / "search-engine.sh"), "free-port"], check=True,
                          capture_output=True, text=True).stdout.strip()
    started = subprocess.run([str(BASE_DIR / "scripts" / "search-engine.sh"), "start", port, str(directory)],
                             check=True, capture_output=True, text=True)
    return started.stdout.strip().splitlines()[-1]


def small_cache_dir(directory):
    """A 16 MB tmpfs for Django's file cache (root only), so that it can be filled."""
    if os.geteuid() != 0:
        return None
    directory.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(directory)]).returncode:
        return None
    return directory


def main():
    seconds = int(os.environ.get("CHAOS_SECONDS", "60"))
    subprocess.run([str(BASE_DIR / "scripts" / "system-deps.sh"), "serve"], check=True)
    work = BASE_DIR / "var" / "chaos"
    subprocess.run([str(BASE_DIR / "scripts" / "search-engine.sh"), "stop", str(work / "engine")], check=False)
    subprocess.run(["umount", str(work / "cache")], capture_output=True, check=False)
    shutil.rmtree(work / "cache", ignore_errors=True)
    stack, editor, broken = Stack(work), None, []
    cache_dir = None
    try:
        say("starting the search node, then PostgreSQL, gunicorn and nginx with the demo content")
        search_url = start_engine(work / "engine")
        cache_dir = small_cache_dir(work / "cache")
        # The file cache, not Redis: the disk-full fault fills its directory.
        os.environ.update(SERVE_SEARCH_URL=search_url, SERVE_CACHE="file",
                          **({"SERVE_CACHE_DIR": str(cache_dir)} if cache_dir else {}))
        stack.start()
        port = stack.port
        sitemap = urllib.request.urlopen(f"http://127.0.0.1:{port}/sitemap.xml", timeout=60).read().decode()
        pages = ["/", "/en/"] + [re.sub(r"^https?://[^/]+", "", u) for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
        pages = list(dict.fromkeys(pages))[:30]
        for page in pages * 2:  # into the page cache
            urllib.request.urlopen(f"http://127.0.0.1:{port}{page}", timeout=60).read()
        say(f"{len(pages)} pages cached; {seconds} s of traffic at {CONNECTIONS} connections; an editor saves "
            "a revision every second")

        editor_log = work / "editor.log"
        editor = subprocess.Popen([str(PYTHON), "manage.py", "chaos_editor", "--log", str(editor_log), "--seconds",
                                   str(seconds)], cwd=BASE_DIR, env=stack.env())
        faults = Faults(stack, work / "engine", cache_dir)
        traffic = Traffic(port, pages)
        started = time.monotonic()
        plan = [("gunicorn worker kill -9", faults.gunicorn_worker, None),
                ("PostgreSQL restart", faults.postgresql, None),
                ("search node kill -9", faults.search_node, None),
                ("cache directory full", faults.fill_cache_dir, faults.free_cache_dir)]
        windows = []

        async def inject():
            await asyncio.sleep(PAUSE / 2)
            windows.append(("before any fault", 0.0, time.monotonic() - started))
            for name, act, undo in plan:
                begin = time.monotonic() - started
                done = await asyncio.to_thread(act)
                say(f"{begin:5.1f} s  {done or name + ': skipped (needs root to mount a small tmpfs)'}")
                if undo and done:
                    await asyncio.sleep(PAUSE / 2)
                    await asyncio.to_thread(undo)
                    say(f"{time.monotonic() - started:5.1f} s  freed the cache directory")
                    await asyncio.sleep(PAUSE / 2)
                else:
                    await asyncio.sleep(PAUSE)
                windows.append((name, begin, time.monotonic() - started))

        async def everything():
            await asyncio.gather(traffic.run(started, seconds), inject())

        asyncio.run(everything())
        windows.append(("after the last fault", windows[-1][2], float("inf")))
        editor.wait(timeout=120)

        statuses = Counter((r[1], r[2]) for r in traffic.records)
        say(f"{len(traffic.records)} requests in {seconds} s; by kind and status: "
            + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(statuses.items())))
        broken += report(traffic.records, windows, fallback_lines(stack.log))
        if any(r[2] >= 500 or r[2] == 0 for r in traffic.records if r[0] < windows[0][2]):
            broken.append("5xx before any fault")

        revisions = json.loads(stack.manage("chaos_editor", "--log", str(editor_log), "--verify").strip())
        say(f"editor: {revisions['saved']} revisions saved, {revisions['found']} found in the database, lost "
            f"{revisions['lost'] or 'none'}; {revisions['failed_saves']} saves refused with an error (the editor "
            "saw it)")
        if revisions["lost"] or not revisions["saved"]:
            broken.append("saved revisions were lost")
        after = recovered(port, pages)
        say(f"afterwards, without manual action: {after}")
        if set(after.values()) != {200}:
            broken.append(f"not recovered: {after}")
    except Exception as exc:  # noqa: BLE001 - report and exit non-zero, after stopping everything
        broken.append(f"the run failed: {exc}")
    finally:
        if editor and editor.poll() is None:
            editor.kill()
        say("stopping the stack and the search node")
        stack.stop()
        subprocess.run([str(BASE_DIR / "scripts" / "search-engine.sh"), "stop", str(work / "engine")],
                       capture_output=True, check=False)
        if cache_dir:
            subprocess.run(["umount", str(cache_dir)], capture_output=True, check=False)
    for promise in broken:
        print(f"chaos: BROKEN: {promise}", file=sys.stderr)
    say("all promises kept" if not broken else f"{len(broken)} promise(s) broken")
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
