"""Knowing when the engine's index missed updates, so `search_catch_up` can rebuild it.

Wagtail catches and logs engine errors while indexing (a save never fails because the
engine is down). A logging handler on that logger marks the engine index as stale; a
search that had to fall back marks it too. `manage.py search_catch_up` (cron, every few
minutes) rebuilds the engine index once the engine answers again.
"""

import logging

from django.core.cache import cache
from django.utils import timezone

from .compat_modelsearch import INDEXING_LOGGER

STALE_KEY = "search:engine-stale-since"


def mark_stale():
    try:
        cache.add(STALE_KEY, timezone.now().isoformat(), None)
    except Exception:
        pass


def stale_since():
    try:
        return cache.get(STALE_KEY)
    except Exception:
        return None


def clear_stale():
    cache.delete(STALE_KEY)


class IndexingErrorHandler(logging.Handler):
    """Attached to modelsearch's indexing logger: any logged indexing failure marks the index stale."""

    def emit(self, record):
        if record.levelno >= logging.ERROR:
            mark_stale()


def install():
    logger = logging.getLogger(INDEXING_LOGGER)
    if not any(isinstance(h, IndexingErrorHandler) for h in logger.handlers):
        logger.addHandler(IndexingErrorHandler())
