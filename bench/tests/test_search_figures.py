"""bench_search's own figures: the query set, percentiles, index size and memory readings
(with fake clients), the table and the targets. No timing is asserted."""

import math

from bench.search import figures


def test_two_hundred_distinct_deterministic_indonesian_queries():
    queries = figures.bench_queries(200)
    assert len(queries) == 200
    assert len({" ".join(q.casefold().split()) for q in queries}) == 200
    assert queries == figures.bench_queries(200)
    assert "LK3" in queries or "lk3" in [q.casefold() for q in queries]  # acronyms
    assert "bantuab lansia" in queries  # typos
    assert "sosial" in queries  # single words
    assert any(q.endswith(" sleman") for q in queries)  # places
    assert not any(q in {"elderly assistance", "volunteers"} for q in queries)  # no English


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert figures.percentile(values, 50) == 50.0
    assert figures.percentile(values, 95) == 95.0
    assert figures.percentile(values, 99) == 99.0
    assert figures.percentile([7.0], 99) == 7.0
    assert math.isnan(figures.percentile([], 50))


class FakeIndices:
    def stats(self, index, metric):
        assert metric == "store"
        # An alias answers with its concrete index (and a replica counted in "total").
        return {"indices": {f"{index}_abc1234": {"total": {"store": {"size_in_bytes": 3_145_728}}}}}


class FakeNodes:
    def stats(self, metric):
        assert metric == "jvm"
        return {"nodes": {"a": {"jvm": {"mem": {"heap_used_in_bytes": 100}}},
                          "b": {"jvm": {"mem": {"heap_used_in_bytes": 50}}}}}

    def info(self, metric):
        assert metric == "process"
        return {"nodes": {"a": {"process": {"id": 11}}, "b": {"process": {"id": 12}}}}


class FakeClient:
    indices = FakeIndices()
    nodes = FakeNodes()


def test_engine_index_size_and_memory_from_the_stats_apis():
    assert figures.engine_index_bytes(FakeClient(), "bench_wagtailcore_page") == 3_145_728
    assert figures.engine_memory(FakeClient(), read_rss=lambda pid: pid * 1000) == (150, 23_000)
    # A node that is not on this machine: no RSS rather than a wrong one.
    assert figures.engine_memory(FakeClient(), read_rss=lambda pid: None if pid == 12 else 1) == (150, None)


def test_proc_rss_of_this_process_and_of_nothing():
    import os

    assert figures.proc_rss(os.getpid()) > 0
    assert figures.proc_rss(None) is None


def test_table_and_targets():
    engine = figures.latency_row(figures.Row("engine", 100_003, 50.0, 200 * 1_048_576, 300 * 1_048_576,
                                             900 * 1_048_576), [10.0] * 95 + [40.0] * 5, 200)
    database = figures.latency_row(figures.Row("database", 100_003, 80.0, None), [120.0] * 100, 200)
    lines = figures.table([engine, database])
    assert lines[0].split()[:4] == ["backend", "docs", "build", "s"]
    assert "200.0" in lines[1] and "300.0" in lines[1] and "900.0" in lines[1] and "2000" in lines[1]
    assert lines[2].split()[4:7] == ["-", "-", "-"]
    assert "100 (200 distinct)" in lines[2]
    verdicts = figures.targets([engine, database], 100_000)
    assert verdicts[0] == "Targets (issue 18)"
    assert verdicts[1].endswith("10.0 ms  met")
    assert verdicts[2].endswith("2000 docs/s  met")
    assert verdicts[3].endswith("120.0 ms  NOT met")
    assert "the targets are for 100,000 posts" in figures.targets([engine], 20_000)[0]


class MergingNodes:
    """Two nodes; the second still merges for the first ``busy`` readings."""

    def __init__(self, busy):
        self.busy, self.calls = busy, 0

    def stats(self, metric, index_metric):
        assert (metric, index_metric) == ("indices", "merge")
        self.calls += 1
        current = 1 if self.calls <= self.busy else 0
        return {"nodes": {"a": {"indices": {"merges": {"current": 0}}},
                          "b": {"indices": {"merges": {"current": current}}}}}


def test_settle_waits_until_no_node_merges_and_gives_up_at_its_timeout(monkeypatch):
    from types import SimpleNamespace

    from bench.search import runner

    monkeypatch.setattr(runner.time, "sleep", lambda seconds: None)
    nodes = MergingNodes(busy=3)
    runner.settle(SimpleNamespace(es=SimpleNamespace(nodes=nodes)))
    assert nodes.calls == 4  # three readings with a merge running, then one without
    forever = MergingNodes(busy=10**9)
    runner.settle(SimpleNamespace(es=SimpleNamespace(nodes=forever)), timeout=0.05)
    assert 1 <= forever.calls < 10**9
