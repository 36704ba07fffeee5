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
