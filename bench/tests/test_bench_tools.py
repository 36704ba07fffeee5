"""make bench's own tools: the distinct search queries, and the wrk script that cycles them."""

import http.server
import shutil
import threading
from collections import Counter

import pytest

from bench import wrk
from bench.queries import distinct_queries, search_paths


def test_two_hundred_distinct_queries_of_every_kind():
    queries = distinct_queries()
    assert len(queries) == len(set(queries)) == 200
    paths = Counter(path for path, _text in queries)
    assert paths["/en/search/"] >= 10 and paths["/cari/"] >= 150
    texts = {text for _path, text in queries}
    assert {"lk3", "pkh", "bantuab lansia", "rtlh"} <= texts  # acronyms and a misspelling
    assert any(text.endswith(" 2025") for text in texts) and any(text.endswith(" sleman") for text in texts)
    assert len(set(search_paths())) == 200


@pytest.mark.django_db
def test_the_queries_are_answered_by_the_search_page(client, site_tree):
    for path in search_paths()[::20]:
        assert client.get(path).status_code == 200, path


class Recorder(http.server.BaseHTTPRequestHandler):
    seen = Counter()

    def do_GET(self):  # noqa: N802 - the standard library's name
        self.seen[self.path] += 1
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def test_the_wrk_script_sends_each_listed_path_in_turn(tmp_path):
    assert shutil.which("wrk"), "wrk is missing: run scripts/system-deps.sh test"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Recorder.seen.clear()
    listed = [f"/cari/?q=kata{n}" for n in range(7)]
    paths_file = tmp_path / "paths.txt"
    paths_file.write_text("\n".join(listed) + "\n")
    try:
        result = wrk.run(f"http://127.0.0.1:{server.server_address[1]}/", seconds=1, connections=2,
                         paths_file=paths_file)
    finally:
        server.shutdown()
    assert set(Recorder.seen) == set(listed)
    assert result.requests >= len(listed) and result.errors == 0
    # Cycled, so no path is asked much more often than another.
    assert max(Recorder.seen.values()) - min(Recorder.seen.values()) <= 2 + result.requests // 50


def test_search_is_measured_after_a_first_run_from_cold(tmp_path, monkeypatch):
    from types import SimpleNamespace

    from bench import run

    calls = []

    def fake_run(url, seconds, save_to, paths_file):
        calls.append((url, save_to.name))
        return SimpleNamespace(requests_per_second=len(calls), p50_ms=1.0, p99_ms=2.0, errors=0, requests=10)

    class Meter:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def usage(self, requests):
            return {"gunicorn": 1.0}

    monkeypatch.setattr(run.wrk, "run", fake_run)
    monkeypatch.setattr(run, "say", lambda text: None)
    results = run.measure_search(SimpleNamespace(directory=tmp_path), 10,
                                 {"search (engine)": "127.0.0.1:1", "search (database)": "127.0.0.1:2"}, Meter())
    assert calls == [("http://127.0.0.1:1/", "wrk-search-(engine)-cold.txt"),
                     ("http://127.0.0.1:1/", "wrk-search-(engine)-warm.txt"),
                     ("http://127.0.0.1:2/", "wrk-search-(database)-cold.txt"),
                     ("http://127.0.0.1:2/", "wrk-search-(database)-warm.txt")]
    # The tables and targets get the second run of each.
    assert results["search (engine)"].requests_per_second == 2
    assert results["search (database)"].requests_per_second == 4
    assert (tmp_path / "search-paths.txt").read_text().count("\n") == 200
