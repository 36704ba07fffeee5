"""Index build and query latency per backend on generated news posts.

    make bench-search                         # 20,000 and 100,000 posts, PostgreSQL + engine
    manage.py bench_search --posts 20000 --queries 200 --repeat 3

Per backend: documents, build seconds and docs/s, index size (engine: the index's store size
from `_stats`; database: the search index tables on PostgreSQL), the engine node's memory
(JVM heap used and RSS), and p50/p95/p99 of `search.service.search_pages` (analysis,
retrieval, second-stage ranking; not the page) over the distinct queries, after two warm-up
passes (``--warmup``) and, on the engine, once no segment merge runs. Figures are printed, not
asserted; the issue's targets are marked met or NOT met.
"""

import gc
import time

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import connection

from bench.search import figures, runner


class Command(BaseCommand):
    help = "Benchmark search indexing, index size and query latency per backend."

    def add_arguments(self, parser):
        parser.add_argument("--posts", type=int, default=20_000)
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--queries", type=int, default=200, help="Distinct queries (default 200).")
        parser.add_argument("--repeat", type=int, default=2, help="Timed passes over the queries.")
        parser.add_argument("--warmup", type=int, default=2, help="Untimed passes first (default 2).")
        parser.add_argument("--backend", default="all", choices=["all", "database", "engine"])
        parser.add_argument("--force", action="store_true", help="Allow a database outside var/.")

    def handle(self, *args, posts, seed, queries, repeat, warmup, backend, force, **options):
        runner.check_throwaway_database(force)
        texts = figures.bench_queries(queries)
        started = time.perf_counter()
        runner.prepare(posts, seed)
        self.say(f"Loaded {posts:,} generated posts in {time.perf_counter() - started:.1f} s "
                 f"({connection.vendor})")
        rows = []
        for name, search_backend in runner.backends(backend):
            documents, seconds = runner.index(search_backend)
            self.say(f"  {name}: indexed {documents} documents in {seconds:.1f} s")
            row = figures.Row(name, documents, seconds, self.index_bytes(name, search_backend))
            if name == "engine":
                self.say(f"  engine: merges settled after {runner.settle(search_backend):.1f} s")
            for _ in range(warmup):  # caches, vocabulary, engine segments, the node's JIT compiler
                for query in texts:
                    runner.run_query(query, search_backend)
            timings = []
            gc.collect()
            for _ in range(repeat):
                for query in texts:
                    t0 = time.perf_counter()
                    runner.run_query(query, search_backend)
                    timings.append((time.perf_counter() - t0) * 1000)
            if name == "engine":
                row.heap_bytes, row.rss_bytes = figures.engine_memory(search_backend.es)
            rows.append(figures.latency_row(row, timings, len(texts)))
        self.say(f"\nsearch_pages at {posts:,} posts ({connection.vendor}), {repeat} timed passes after {warmup} "
                 f"warm-up passes:")
        for line in figures.table(rows) + [""] + figures.targets(rows, posts):
            self.say(line)

    def say(self, text):
        self.stdout.write(text)
        self.stdout.flush()

    def index_bytes(self, name, search_backend):
        if name == "engine":
            alias = search_backend.get_index_for_model(runner.page_model()).name
            search_backend.es.indices.refresh(index=alias)
            return figures.engine_index_bytes(search_backend.es, alias)
        # Wagtail's database backend keeps its index in wagtailsearch's IndexEntry table(s).
        tables = [model._meta.db_table for model in apps.get_app_config("wagtailsearch").get_models()
                  if "IndexEntry" in model.__name__]
        return figures.database_index_bytes(connection, tables)
