"""`make profile URL=/berita/…/`: where one page's render time goes, so the next person can keep it fast.

Renders the page through Django's test client in this process (no nginx, so no page cache):
a few warm-up requests first, as a gunicorn worker that has served the page before, then
`--repeat` profiled requests. It prints the CPU milliseconds and SQL queries per request, the
queries themselves (with `--sql`), and the functions that cost the most, cumulative and own
time, from cProfile. `--cold` clears Django's cache before every request, to see the cost of a
page whose fragments nobody has cached yet.

DEBUG is switched off for the run: Django then keeps no query log, and templates behave as on
the server.
"""

import cProfile
import io
import pstats
import statistics
import time

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


class Command(BaseCommand):
    help = "Profile one page's render (CPU ms, SQL queries, top functions)."

    def add_arguments(self, parser):
        parser.add_argument("url", help="the address to render, e.g. /berita/ or /en/search/?q=lansia")
        parser.add_argument("--repeat", type=int, default=20, help="profiled requests (default 20)")
        parser.add_argument("--top", type=int, default=25, help="functions to list (default 25)")
        parser.add_argument("--cold", action="store_true", help="clear Django's caches before each request")
        parser.add_argument("--sql", action="store_true", help="list the SQL of one request")

    def handle(self, url, repeat, top, cold, sql, **options):
        if not url.startswith("/"):
            raise CommandError(f"{url!r} is not an address on this site: it must start with /")
        if repeat < 1 or top < 1:
            raise CommandError("--repeat and --top must be at least 1")
        settings.DEBUG = False
        client = Client(HTTP_HOST=(settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip(".").replace("*", "localhost"))

        def get():
            if cold:
                for cache in caches.all():
                    cache.clear()
            return client.get(url)

        for _ in range(3):
            response = get()
        if response.status_code != 200:
            raise CommandError(f"{url} answered HTTP {response.status_code}; profile a page that answers 200 "
                               "(is the demo content loaded? make demo)")
        with CaptureQueriesContext(connection) as capture:
            get()
        queries = capture.captured_queries  # now: the next request resets Django's query log

        cpu, profiler = [], cProfile.Profile()
        for _ in range(repeat):
            started = time.process_time()
            profiler.enable()
            get()
            profiler.disable()
            cpu.append((time.process_time() - started) * 1000)

        write = self.stdout.write
        write(f"{url}: {statistics.median(cpu):.1f} ms CPU per request (median of {repeat}; min {min(cpu):.1f}, "
              f"max {max(cpu):.1f}), {len(queries)} SQL queries, {len(response.content):,} bytes"
              + (", caches cleared before each request" if cold else ""))
        if sql:
            write("\nSQL of one request:")
            for number, query in enumerate(queries, 1):
                write(f"{number:3}. {query['sql'][:400]}")
        for order, title in (("cumulative", "cumulative time (the call and everything under it)"),
                             ("tottime", "own time (the function's body alone)")):
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.strip_dirs().sort_stats(order).print_stats(top)
            write(f"\nTop {top} by {title}, over {repeat} requests:")
            write(_table(out.getvalue()))


def _table(text):
    """pstats' report from its column header on (the preamble repeats what we printed)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return "\n".join(line for line in lines[start:] if line.strip())
