"""A WAGTAILFRONTENDCACHE backend for tests that records what it was asked to purge.

The `purged` fixture (root conftest.py) switches it on around an action; tests that need to see
that nothing was purged without that fixture read PURGED directly.
"""

PURGED = []
RECORDING = {"recording": {"BACKEND": "cms.tests.purge.RecordingBackend"}}


class RecordingBackend:
    def __init__(self, params):
        pass

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        PURGED.append(set(urls))
