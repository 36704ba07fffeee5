"""Indexing throughput and query latency per backend on 20,000 generated news posts.

    make bench-search
Figures are printed, not asserted. Query latency is the whole site pipeline (analysis,
retrieval, second-stage ranking), measured after one warm-up pass.
"""

import statistics
import time

from django.core.management.base import BaseCommand

from bench.search import runner
from bench.search.judgments import QUERIES

EXTRA_QUERIES = ["bantuan", "sosial", "keluarga Sleman", "anak", "pelatihan", "banjir",
                 "santunan veteran", "sembako", "pekerja sosial anak", "lansia Gunungkidul"]
BENCH_QUERIES = [q for q, _t, _r in QUERIES] + EXTRA_QUERIES  # 50


class Command(BaseCommand):
    help = "Benchmark search indexing and query latency per backend."

    def add_arguments(self, parser):
        parser.add_argument("--posts", type=int, default=20_000)
        parser.add_argument("--seed", type=int, default=7)
        parser.add_argument("--repeat", type=int, default=3, help="Timed passes over the 50 queries.")
        parser.add_argument("--backend", default="all", choices=["all", "database", "engine"])
        parser.add_argument("--force", action="store_true", help="Allow a database outside var/.")

    def handle(self, *args, posts, seed, repeat, backend, force, **options):
        runner.check_throwaway_database(force)
        started = time.perf_counter()
        corpus = runner.prepare(posts, seed)
        self.stdout.write(f"Loaded {len(corpus)} generated posts in {time.perf_counter() - started:.1f} s")
        rows = []
        for name, search_backend in runner.backends(backend):
            documents, seconds = runner.index(search_backend)
            for query in BENCH_QUERIES:  # warm-up: caches, vocabulary, engine segments
                runner.run_query(query, search_backend)
            timings = []
            for _ in range(repeat):
                for query in BENCH_QUERIES:
                    t0 = time.perf_counter()
                    runner.run_query(query, search_backend)
                    timings.append((time.perf_counter() - t0) * 1000)
            timings.sort()
            p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
            rows.append((name, documents, seconds, documents / seconds, statistics.median(timings), p95))
            self.stdout.write(f"  {name}: indexed {documents} documents in {seconds:.1f} s", ending="\n")
            self.stdout.flush()
        self.stdout.write(f"{'backend':10} {'docs':>6} {'index s':>8} {'docs/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
        for name, documents, seconds, rate, p50, p95 in rows:
            self.stdout.write(f"{name:10} {documents:6d} {seconds:8.1f} {rate:8.0f} {p50:8.1f} {p95:8.1f}")
