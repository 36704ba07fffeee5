"""Django's file cache, for production without Redis, made to fail soft.

A cache is an optimisation: when its disk is full (or read-only), a write that fails must
cost a miss, not a server error on every page that caches a fragment, counts a view or
checks a rate limit. Django's FileBasedCache raises OSError from set(), add() and touch(),
and a file left half-written by a full disk raises from get(). Here a failed write is logged
and forgotten, and an unreadable entry is a miss (and is removed). `make chaos` fills the
cache directory under load to check this.
"""

import logging
import pickle
import zlib

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache

logger = logging.getLogger(__name__)

UNREADABLE = (OSError, EOFError, ValueError, zlib.error, pickle.UnpicklingError)


class ResilientFileBasedCache(FileBasedCache):
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except OSError as exc:
            logger.warning("file cache: could not write an entry (%s); carrying on without it", exc)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.has_key(key, version):
            return False
        try:
            super().set(key, value, timeout, version)  # Django's add() would call our quiet set()
            return True
        except OSError as exc:
            logger.warning("file cache: could not add an entry (%s); carrying on without it", exc)
            return False

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNREADABLE as exc:
            logger.warning("file cache: could not touch an entry (%s); dropping it", exc)
            self.delete(key, version)
            return False

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNREADABLE as exc:
            logger.warning("file cache: unreadable entry (%s); treated as a miss", exc)
            self.delete(key, version)
            return default

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except OSError:
            return False
