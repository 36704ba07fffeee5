"""What `bench_search` reads and prints: the query set, percentiles, index sizes, engine
memory, the table and the targets. Pure functions (the clients are passed in), so they are
tested without a running engine or database."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bench.queries import distinct_queries

from .judgments import QUERIES as JUDGED

# The targets (issue 18), checked at the largest size (100,000 posts).
TARGET_POSTS = 100_000
TARGET_P95_MS = {"engine": 30.0, "database": 100.0}
TARGET_DOCS_PER_S = 1_000  # engine bulk indexing

EXTRA_QUERIES = ["bantuan", "sosial", "keluarga Sleman", "anak", "pelatihan", "banjir",
                 "santunan veteran", "sembako", "pekerja sosial anak", "lansia Gunungkidul"]


def bench_queries(total: int = 200) -> list[str]:
    """``total`` distinct Indonesian queries, deterministic: the judged set (acronyms, places,
    multi-word), a few single words, then bench.queries' needs, typos and needs + place/year."""
    found: dict[str, str] = {}
    candidates = [q for q, _topic, _region in JUDGED] + EXTRA_QUERIES
    candidates += [text for path, text in distinct_queries(10 * total) if path == "/cari/"]
    for text in candidates:
        found.setdefault(" ".join(text.casefold().split()), text)
        if len(found) == total:
            break
    if len(found) < total:
        raise ValueError(f"only {len(found)} distinct queries available, {total} asked")
    return list(found.values())


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of an ascending list."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass
class Row:
    backend: str
    documents: int
    seconds: float
    index_bytes: int | None
    heap_bytes: int | None = None
    rss_bytes: int | None = None
    p50: float = math.nan
    p95: float = math.nan
    p99: float = math.nan
    queries: int = 0
    searches: int = 0

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else math.nan


def latency_row(row: Row, timings_ms: list[float], queries: int) -> Row:
    timings = sorted(timings_ms)
    row.p50, row.p95, row.p99 = (percentile(timings, p) for p in (50, 95, 99))
    row.queries, row.searches = queries, len(timings)
    return row


def megabytes(value: int | None) -> str:
    return "-" if value is None else f"{value / 1_048_576:.1f}"


def table(rows: list[Row]) -> list[str]:
    lines = [f"{'backend':10} {'docs':>7} {'build s':>8} {'docs/s':>7} {'index MB':>9} {'heap MB':>8} "
             f"{'RSS MB':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  searches"]
    for r in rows:
        lines.append(f"{r.backend:10} {r.documents:7d} {r.seconds:8.1f} {r.docs_per_s:7.0f} "
                     f"{megabytes(r.index_bytes):>9} {megabytes(r.heap_bytes):>8} {megabytes(r.rss_bytes):>7} "
                     f"{r.p50:7.1f} {r.p95:7.1f} {r.p99:7.1f}  {r.searches} ({r.queries} distinct)")
    return lines


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def targets(rows: list[Row], posts: int) -> list[str]:
    note = "" if posts >= TARGET_POSTS else f" (the targets are for {TARGET_POSTS:,} posts; here {posts:,})"
    lines = [f"Targets (issue 18){note}"]
    for r in rows:
        limit = TARGET_P95_MS.get(r.backend)
        if limit is not None:
            lines.append(f"  {r.backend:8} search p95 ≤ {limit:g} ms: {r.p95:.1f} ms  {verdict(r.p95 <= limit)}")
        if r.backend == "engine":
            lines.append(f"  {r.backend:8} bulk indexing ≥ {TARGET_DOCS_PER_S:,} docs/s: {r.docs_per_s:.0f} docs/s  "
                         f"{verdict(r.docs_per_s >= TARGET_DOCS_PER_S)}")
    return lines


def engine_index_bytes(client, index: str) -> int:
    """Store size of ``index`` (an alias or an index name; primaries and replicas) from ``_stats``."""
    stats = client.indices.stats(index=index, metric="store")
    return sum(entry["total"]["store"]["size_in_bytes"] for entry in stats["indices"].values())


def engine_memory(client, read_rss=None) -> tuple[int, int | None]:
    """(JVM heap used, resident set size or None) summed over the engine's nodes, from
    ``_nodes/stats``. The RSS comes from ``read_rss(pid)`` (default: /proc, so only for
    nodes on this machine) with the pid ``_nodes`` reports."""
    read_rss = read_rss or proc_rss
    stats = client.nodes.stats(metric="jvm")
    heap = sum(node["jvm"]["mem"]["heap_used_in_bytes"] for node in stats["nodes"].values())
    info = client.nodes.info(metric="process")
    rss = [read_rss(node.get("process", {}).get("id")) for node in info["nodes"].values()]
    return heap, (None if not rss or None in rss else sum(rss))


def proc_rss(pid) -> int | None:
    try:
        with open(f"/proc/{int(pid)}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (OSError, TypeError, ValueError):
        return None
    return None


def database_index_bytes(connection, tables: list[str]) -> int | None:
    """Total size (table, indexes, TOAST) of the database backend's index tables; None off PostgreSQL."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        total = 0
        for name in tables:
            cursor.execute("SELECT pg_total_relation_size(to_regclass(%s))", [name])
            total += cursor.fetchone()[0] or 0
    return total
