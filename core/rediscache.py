"""Django's Redis cache, with one redis-py client per connection pool instead of one per call.

Django's RedisCacheClient.get_client() builds a new ``redis.Redis`` for every cache operation.
With redis-py 8 that constructor fills a dictionary of response callbacks each time: profiled
(py-spy) under wrk on an uncached page, building clients took 13 % of a gunicorn worker's CPU,
more than the Redis round trips themselves. A ``redis.Redis`` is safe to share between
threads (each command borrows a connection from the pool) and across a fork (the pool resets
its connections in the child), so one per pool is kept and reused.

Overrides ``RedisCacheClient.get_client`` and calls its private ``_get_connection_pool_index``,
``_get_connection_pool`` and ``_client``: listed in core.compat_django.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = self._clients.setdefault(index, self._client(connection_pool=pool))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
