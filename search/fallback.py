"""Which backend answers a search, and the fallback to the database when the engine fails.

With an engine configured, WAGTAILSEARCH_BACKENDS has "default" (the engine) and
"database" (kept in step by Wagtail's save signals). A search runs on the engine; if that
raises anything (connection refused, timeout, an HTTP error from the cluster), the same
search runs on the database backend, the failure is logged, the engine index is marked
stale (search.catchup), and the engine is skipped for ENGINE_COOLDOWN seconds so visitors
do not each wait for the timeout.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from wagtail.search.backends import get_search_backend

from .catchup import mark_stale
from .compat_modelsearch import is_engine_backend

logger = logging.getLogger("search")

ENGINE_ALIAS = "default"
DATABASE_ALIAS = "database"
ENGINE_COOLDOWN = 30
COOLDOWN_KEY = "search:engine-cooldown"


def engine_configured() -> bool:
    return DATABASE_ALIAS in getattr(settings, "WAGTAILSEARCH_BACKENDS", {})


_backends = {}


def default_backends():
    """(primary, fallback) backends from settings; fallback is None without an engine.

    Kept per process and configuration: Wagtail builds a new backend on every call, and with
    it a new engine client, so each search opened a new connection to the cluster.
    """
    config = repr(getattr(settings, "WAGTAILSEARCH_BACKENDS", None))
    pair = _backends.get(config)
    if pair is None:
        fallback = get_search_backend(DATABASE_ALIAS) if engine_configured() else None
        pair = _backends[config] = (get_search_backend(ENGINE_ALIAS), fallback)
    return pair


def backend_kind(backend) -> str:
    return "engine" if is_engine_backend(backend) else "database"


def cool_down() -> None:
    """The engine failed: searches and page updates skip it for ENGINE_COOLDOWN seconds."""
    cache.set(COOLDOWN_KEY, True, ENGINE_COOLDOWN)


def record_fallback(exc: BaseException) -> None:
    try:
        cool_down()
        mark_stale()
    except Exception:  # a broken cache must not turn a fallback into an error page
        logger.exception("search: could not record the fallback in the cache")
    logger.warning("search engine failed, answering from the database backend: %s: %s",
                   type(exc).__name__, str(exc)[:300])


def engine_cooling_down() -> bool:
    try:
        return bool(cache.get(COOLDOWN_KEY))
    except Exception:
        return False


def run(task, backend=None, fallback=None):
    """Call ``task(backend)``; on an engine failure call ``task(fallback)`` instead.

    Returns ``(result, backend_used, fell_back)``. Without an explicit pair the configured
    backends are used and the engine's cool-down is honoured.
    """
    if backend is None:
        backend, fallback = default_backends()
        if fallback is not None and engine_cooling_down():
            return task(fallback), fallback, True
    if fallback is None:
        return task(backend), backend, False
    try:
        return task(backend), backend, False
    except Exception as exc:  # noqa: BLE001 - any engine failure means "use the database"
        record_fallback(exc)
        return task(fallback), fallback, True
