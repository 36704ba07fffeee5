"""A real two-node OpenSearch cluster on loopback (scripts/search-engine.sh start-cluster).

SEARCH_URL names both nodes and the indexes have one replica, so each node holds every
document. A node killed (SIGKILL) in the middle of a burst of searches must cost nothing: the
client retries the other node (search.config.retry_options), no search fails or falls back to
the database, and every answer is the one given before the kill; the node then restarts and
rejoins. A rebuild (`update_index`, atomic alias swap) must not interrupt searches either.

Run like the other engine tests: skipped without SEARCH_URL, FAILED under REQUIRE_ENGINE=1
(`make test`) when the cluster cannot be started.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import threading
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from bench.search.corpus import generate
from bench.search.judgments import QUERIES
from bench.search.loader import index_corpus, load
from search import backends as site_backends
from search.config import database_backend, engine_backend
from search.service import search_pages

pytestmark = [pytest.mark.engine, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "search-engine.sh"
NODES = 2
POSTS = 300
# Queries of the bench's judged set that match the generated corpus.
QUERY_TEXTS = [text for text, _topic, _region in QUERIES[:8]]
BURST_BEFORE_KILL = 40   # searches answered before the kill ...
BURST_AFTER_KILL = 120   # ... and after the node is gone


def _engine_tests_wanted() -> tuple[bool, bool]:
    required = os.environ.get("REQUIRE_ENGINE", "").strip().lower() in {"1", "true", "yes"}
    return required or os.environ.get("SEARCH_URL", "").strip().startswith("http"), required


@dataclass
class Cluster:
    directory: Path
    url: str
    ports: list[int] = field(default_factory=list)

    def script(self, *args):
        return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=300)

    def get(self, path, port=None):
        with urllib.request.urlopen(f"http://127.0.0.1:{port or self.live_port()}{path}", timeout=60) as response:
            return json.loads(response.read())

    def live_port(self):
        return next(port for port in self.ports if _answers(port))

    def pid(self, node: int) -> int:
        return int((self.directory / f"node{node}" / "engine.pid").read_text().strip())

    def cluster_manager(self) -> int:
        """Number (1-based) of the node elected cluster manager."""
        name = self.get("/_cat/cluster_manager?format=json")[0]["node"]
        return int(name.rsplit("-", 1)[1])

    def health(self, **params):
        query = "&".join(f"{key}={value}" for key, value in params.items())
        return self.get(f"/_cluster/health?{query}")

    def kill(self, node: int):
        """SIGKILL, then wait until the node's HTTP port refuses connections."""
        os.kill(self.pid(node), signal.SIGKILL)
        while _answers(self.ports[node - 1]):
            threading.Event().wait(0.05)

    def start(self):
        result = self.script("start-cluster", str(NODES), str(self.directory))
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1]


def _answers(port) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    wanted, required = _engine_tests_wanted()
    if not wanted:
        pytest.skip("no search engine: set SEARCH_URL (make test starts one)")
    directory = tmp_path_factory.mktemp("cluster")
    result = subprocess.run([str(SCRIPT), "start-cluster", str(NODES), str(directory)],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        subprocess.run([str(SCRIPT), "stop-cluster", str(directory)], capture_output=True, timeout=120)
        message = f"the two-node cluster did not start: {result.stderr[-2000:]}"
        pytest.fail(message) if required else pytest.skip(message)
    url = result.stdout.strip().splitlines()[-1]
    ports = [int(part.rsplit(":", 1)[1]) for part in url.split(",")]
    yield Cluster(directory, url, ports)
    subprocess.run([str(SCRIPT), "stop-cluster", str(directory)], capture_output=True, timeout=120)


@pytest.fixture
def cluster_site(cluster, home_page, settings):
    """The generated corpus, indexed on the cluster with one replica; (engine, database backend)."""
    load(generate(POSTS))
    prefix = f"test_cluster_{os.getpid()}"
    settings.WAGTAILSEARCH_BACKENDS = {
        # Generous timeout: a busy CI machine must not turn a slow answer into a retry storm.
        "default": engine_backend({"SEARCH_URL": cluster.url, "SEARCH_INDEX_PREFIX": prefix,
                                   "SEARCH_REPLICAS": "1", "SEARCH_TIMEOUT": "30"}),
        "database": database_backend(),
    }
    engine, database = get_search_backend("default"), get_search_backend("database")
    index_corpus(engine)
    cluster.health(wait_for_status="green", wait_for_nodes=NODES, timeout="60s")
    yield engine, database
    engine.es.indices.delete(index=f"{prefix}_*", ignore_unavailable=True)


def _fallback_records(caplog):
    return [r for r in caplog.records if r.name == "search" and "search engine failed" in r.getMessage()]


def _answers_of(engine, database, locale):
    """{query: [page ids]} for every query, asserting each came from the engine."""
    answers = {}
    for text in QUERY_TEXTS:
        outcome = search_pages(text, locale, backend=engine, fallback=database)
        assert outcome.backend == "engine" and not outcome.fell_back
        answers[text] = [c.pk for c in outcome.candidates]
    return answers


def test_index_has_a_copy_on_each_node(cluster, cluster_site):
    engine, _database = cluster_site
    index = engine.get_index_for_model(Page)
    shards = engine.es.cat.shards(index=index.name, format="json")
    assert sorted(s["prirep"] for s in shards) == ["p", "r"]
    assert {s["state"] for s in shards} == {"STARTED"}
    assert len({s["node"] for s in shards}) == NODES


def test_losing_a_node_mid_burst(cluster, cluster_site, caplog):
    engine, database = cluster_site
    locale = Locale.get_default()
    caplog.set_level(logging.WARNING, logger="search")
    before = _answers_of(engine, database, locale)
    assert all(before.values()), "every query of the burst must match some pages"

    victim = cluster.cluster_manager()  # the harder case: the cluster loses its manager too
    half_done, killed = threading.Event(), threading.Event()

    def killer():
        half_done.wait()
        cluster.kill(victim)
        killed.set()

    thread = threading.Thread(target=killer)
    thread.start()
    answered = failures = wrong = after_kill = 0
    try:
        while after_kill < BURST_AFTER_KILL:
            text = QUERY_TEXTS[answered % len(QUERY_TEXTS)]
            is_after = killed.is_set()
            try:
                outcome = search_pages(text, locale, backend=engine, fallback=database)
            except Exception:  # noqa: BLE001 - counted: not one search may fail
                failures += 1
            else:
                if outcome.fell_back or outcome.backend != "engine" or \
                        [c.pk for c in outcome.candidates] != before[text]:
                    wrong += 1
            answered += 1
            after_kill += is_after
            if answered == BURST_BEFORE_KILL:
                half_done.set()
    finally:
        half_done.set()
        thread.join()

    assert failures == 0
    assert wrong == 0
    assert _fallback_records(caplog) == []
    # The killed node really was asked and given up on: the client marked it dead and retried.
    pool = engine.es.transport.connection_pool
    assert sum(pool.dead_count.values()) >= 1
    assert answered >= BURST_BEFORE_KILL + BURST_AFTER_KILL

    # The node comes back and rejoins: two nodes, every shard copy allocated again.
    cluster.start()
    health = cluster.health(wait_for_status="green", wait_for_nodes=NODES, timeout="60s")
    assert health["status"] == "green" and health["number_of_nodes"] == NODES
    assert _answers_of(engine, database, locale) == before


class _Gate:
    """Lets a rebuild step wait until the searching thread has answered a few more searches."""

    def __init__(self):
        self.count = 0
        self.changed = threading.Condition()

    def tick(self):
        with self.changed:
            self.count += 1
            self.changed.notify_all()

    def wait_for_more(self, more):
        with self.changed:
            target = self.count + more
            assert self.changed.wait_for(lambda: self.count >= target, timeout=120), "searches stalled"


def test_rebuild_keeps_answering(cluster, cluster_site, monkeypatch):
    engine, database = cluster_site
    locale = Locale.get_default()
    before = _answers_of(engine, database, locale)
    alias = engine.get_index_for_model(Page)
    old_indexes = set(engine.es.indices.get_alias(name=alias.name))
    gate, stop = _Gate(), threading.Event()
    outcomes, errors = [], []

    def searcher():
        try:
            while not stop.is_set():
                text = QUERY_TEXTS[len(outcomes) % len(QUERY_TEXTS)]
                try:
                    outcome = search_pages(text, locale, backend=engine, fallback=database)
                except Exception as exc:  # noqa: BLE001 - recorded: not one search may fail
                    errors.append(exc)
                else:
                    outcomes.append((text, outcome.backend, outcome.fell_back, [c.pk for c in outcome.candidates]))
                gate.tick()
        finally:
            connection.close()

    rebuilder_class = site_backends.SiteOpenSearchBackend.atomic_rebuilder_class

    class WatchedRebuilder(rebuilder_class):
        """Searches run while the new index fills, while the alias moves and the old index goes."""

        def start(self):
            index = super().start()
            gate.wait_for_more(5)
            return index

        def finish(self):
            gate.wait_for_more(5)
            super().finish()
            gate.wait_for_more(5)

    monkeypatch.setattr(site_backends.SiteOpenSearchBackend, "atomic_rebuilder_class", WatchedRebuilder)
    thread = threading.Thread(target=searcher)
    thread.start()
    try:
        gate.wait_for_more(3)
        call_command("update_index", backend_name="default", verbosity=0)
    finally:
        stop.set()
        thread.join()

    assert errors == []
    assert len(outcomes) >= 18
    assert [o for o in outcomes if o[1] != "engine" or o[2]] == []
    assert [o for o in outcomes if o[3] != before[o[0]]] == []
    new_indexes = set(engine.es.indices.get_alias(name=alias.name))
    assert len(new_indexes) == 1 and not new_indexes & old_indexes
    assert not engine.es.indices.exists(index=",".join(old_indexes))
