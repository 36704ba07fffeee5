"""The production file cache fails soft (core/filecache.py): a full disk or a half-written
entry costs a miss, never a server error. `make chaos` fills the real directory under load."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache.backends.filebased import FileBasedCache

from core.filecache import ResilientFileBasedCache

BASE_DIR = Path(__file__).resolve().parents[2]


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def caches(tmp_path):
    return FileBasedCache(str(tmp_path / "django"), {}), ResilientFileBasedCache(str(tmp_path / "ours"), {})


def test_a_full_disk_makes_writes_misses_not_errors(caches, monkeypatch):
    django_cache, cache = caches
    cache.set("kept", 1)
    monkeypatch.setattr(FileBasedCache, "_write_content", disk_full)
    with pytest.raises(OSError):
        django_cache.set("a", 1)  # what a page that caches a fragment got: a 500
    cache.set("a", 1)
    assert cache.get("a") is None
    assert cache.add("b", 2) is False
    assert cache.get_or_set("c", 3) == 3  # computed and returned, just not kept
    assert cache.touch("kept") is False
    monkeypatch.undo()
    cache.set("a", 1)  # space again: the cache works as before, by itself
    assert cache.get("a") == 1


def test_a_half_written_entry_is_a_miss_and_is_removed(caches):
    django_cache, cache = caches
    for backend in caches:
        backend.set("page", "fragment")
        Path(backend._key_to_file("page")).write_bytes(b"\x80\x05truncated")
    with pytest.raises(Exception):  # noqa: B017 - whichever error unpickling garbage gives
        django_cache.get("page")
    assert cache.get("page", "default") == "default"
    assert not os.path.exists(cache._key_to_file("page"))
    cache.set("page", "fresh")
    assert cache.get("page") == "fresh"


def test_production_uses_it_for_the_file_cache():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL",
                                                                                  "CACHE_URL"))}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY="k9Lx2" * 12, ALLOWED_HOSTS="x",
               DATABASE_URL="postgres://u:p@127.0.0.1:5432/d")
    result = subprocess.run([sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
                             "print(settings.CACHES['default']['BACKEND'])"], cwd=BASE_DIR, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "core.filecache.ResilientFileBasedCache"
