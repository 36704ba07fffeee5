"""scripts/search-engine.sh after its caller died: `make run` killed hard leaves its node
running with the port; the next `start` must reuse it (or say loudly why it cannot), never
leave `make run` to fall back to the database backend without a word.

One real node for the module (started the way scripts/run.sh starts it, then its caller
killed and its pid file deleted); the foreign-listener and node-lock tests need no node.
"""

import contextlib
import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "search-engine.sh"
LAUNCHER = ROOT / "search" / "engine" / "target" / "classpath.txt"
REQUIRE_ENGINE = os.environ.get("REQUIRE_ENGINE", "").strip().lower() in {"1", "true", "yes"}
MAIN_CLASS = "id.go.jogjaprov.dinsos.search.EngineNode"
START_TIMEOUT = 180  # seconds, for subprocess waits only: a busy 2-core machine starts a node in ~20 s

_spec = importlib.util.spec_from_file_location("search_engine_procs", ROOT / "scripts" / "search_engine_procs.py")
procs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(procs)


def needs_engine_build():
    if not (shutil.which("java") and LAUNCHER.exists()):
        message = "Java or the built engine launcher is missing: run scripts/search-engine.sh ensure"
        if REQUIRE_ENGINE:
            pytest.fail(message)
        pytest.skip(message)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# A small heap: this node sits beside make test's own and holds no index.
ENV = {**os.environ, "SEARCH_ENGINE_HEAP": "256m"}


def script(*args):
    return subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=START_TIMEOUT,
                          env=ENV)


def node_pid(port):
    """The pid the node answering on PORT gives for itself."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/_nodes/_local/process", timeout=10) as response:
        (node,) = json.load(response)["nodes"].values()
    return node["process"]["id"]


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/cmdline").read_bytes() != b""  # a zombie is dead too


@pytest.fixture(scope="module")
def orphan_node():
    """A node whose caller was killed with SIGKILL and whose pid file is gone."""
    needs_engine_build()
    datadir = Path(tempfile.mkdtemp(prefix="dinsos-stale-engine-"))
    port = free_port()
    # Like scripts/run.sh: a shell that starts the node, then stays (as the server would).
    caller = subprocess.Popen(
        ["bash", "-c", f'set -o pipefail; "{SCRIPT}" start {port} "{datadir}" | tail -n 1 || exit; exec sleep 600'],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, env=ENV)
    url = caller.stdout.readline().strip()
    with contextlib.suppress(ProcessLookupError):  # gone already when start failed
        os.killpg(caller.pid, signal.SIGKILL)
    caller.wait()
    pid = None
    try:
        assert url == f"http://127.0.0.1:{port}", caller.stderr.read()
        pid = node_pid(port)
        (datadir / "engine.pid").unlink()
        yield port, datadir, pid
    finally:
        script("stop", datadir)
        if pid and alive(pid):  # never leave a JVM behind, whatever the tests did
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(datadir, ignore_errors=True)


@pytest.mark.engine
def test_start_reuses_the_node_its_killed_caller_left_without_a_pid_file(orphan_node):
    port, datadir, pid = orphan_node

    result = script("start", port, datadir)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"http://127.0.0.1:{port}"
    assert f"reusing the running search engine of {datadir} (pid {pid})" in result.stderr
    assert node_pid(port) == pid  # the same JVM, not a new one
    assert (datadir / "engine.pid").read_text().strip() == str(pid)


@pytest.mark.engine
def test_start_for_another_data_dir_on_that_port_fails_naming_the_node(orphan_node, tmp_path):
    port, datadir, pid = orphan_node

    result = script("start", port, tmp_path / "other-checkout")

    assert result.returncode == 1
    # In a chroot the node's home is a tmpfs folder the data dir names in engine.home
    # (search-engine.sh, engine_home): the message names the node by its home.
    home_file = datadir / "engine.home"
    home = home_file.read_text().strip() if home_file.exists() else datadir
    assert (f"port {port} on 127.0.0.1 is held by the search engine of another data dir "
            f"({home}, pid {pid}; another checkout's?)") in result.stderr
    assert node_pid(port) == pid  # left alone
    assert not (tmp_path / "other-checkout" / "engine.pid").exists()


@pytest.mark.engine
def test_stop_finds_the_node_without_a_pid_file(orphan_node):
    # Last in the module: it stops the module's node.
    port, datadir, pid = orphan_node
    (datadir / "engine.pid").unlink(missing_ok=True)

    result = script("stop", datadir)

    assert result.returncode == 0, result.stderr
    assert not alive(pid)


@pytest.mark.engine
def test_start_fails_loudly_when_another_program_holds_the_port(tmp_path):
    needs_engine_build()
    with socket.socket() as listener:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        result = script("start", port, tmp_path / "engine")

        assert result.returncode == 1
        assert (f"port {port} on 127.0.0.1 is held by pid {os.getpid()} (") in result.stderr
        assert f"not by the search engine of {tmp_path / 'engine'}; stop it or choose another port" in result.stderr
        assert result.stdout == ""  # no URL for the caller to use
        home = str((tmp_path / "engine").resolve())
        assert [node for node in procs.engine_nodes(MAIN_CLASS) if node[2] == home] == []


def test_a_node_whose_data_dir_was_deleted_under_it_no_longer_holds_it(tmp_path):
    """What `make clean` under a running node looks like to start: the node keeps its lock
    file open, but the data dir's lock is no longer that file, so the node is replaced."""
    lock = tmp_path.joinpath(*procs.NODE_LOCK)
    lock.parent.mkdir(parents=True)
    lock.touch()
    with open(lock):  # held open, as the node holds its node.lock
        assert procs.holds_home(os.getpid(), str(tmp_path))
        shutil.rmtree(tmp_path / "data")
        lock.parent.mkdir(parents=True)
        lock.touch()
        assert not procs.holds_home(os.getpid(), str(tmp_path))
