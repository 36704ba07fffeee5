"""deploy/gunicorn.conf.py: the settings gunicorn reads, and its fork hook."""

import gc
import runpy
from pathlib import Path

CONF = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"


def test_the_app_is_preloaded_and_frozen_before_each_fork(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "3")
    settings = runpy.run_path(str(CONF))
    assert settings["preload_app"] is True and settings["workers"] == 3
    try:
        gc.unfreeze()
        assert gc.get_freeze_count() == 0
        settings["pre_fork"](None, None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_sync_workers_share_one_queue_by_default(monkeypatch):
    """Threaded workers each queue nginx's keep-alive connections of their own, which doubled
    the p99 of uncached pages under load (deploy/gunicorn.conf.py); the environment can still
    choose another class."""
    for name in ("GUNICORN_WORKERS", "GUNICORN_WORKER_CLASS", "GUNICORN_THREADS"):
        monkeypatch.delenv(name, raising=False)
    settings = runpy.run_path(str(CONF))
    assert (settings["worker_class"], settings["threads"]) == ("sync", 1)
    assert settings["workers"] == 2 * settings["multiprocessing"].cpu_count() + 1
    monkeypatch.setenv("GUNICORN_WORKER_CLASS", "gthread")
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    settings = runpy.run_path(str(CONF))
    assert (settings["worker_class"], settings["threads"]) == ("gthread", 4)
