"""The chromium fixture (conftest.py) leaves the ORM on the thread's own database connections.

Were it not so, a transaction opened before chromium started (the demo site's, when a test
without a browser builds it first) would lock out every query made afterwards.
"""

import asyncio

import pytest
from django.db import connections


def thread_connections():
    """The connections the thread holds, as synchronous code sees them with no loop running."""
    loop = asyncio._get_running_loop()
    asyncio._set_running_loop(None)
    try:
        return {alias: connections[alias] for alias in connections}
    finally:
        asyncio._set_running_loop(loop)


@pytest.mark.browser
def test_queries_use_the_threads_connections_while_chromium_runs(chromium):
    assert asyncio._get_running_loop() is not None, "Playwright's event loop no longer counts as running"
    kept = thread_connections()
    assert all(connections[alias] is connection for alias, connection in kept.items())
