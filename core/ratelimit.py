"""A small per-client request budget kept in Django's cache.

The client is identified by a salted hash of its address (core.client: nginx's X-Real-IP
when the request comes through nginx) inside a fixed time window; the key expires with the
window, so no address is kept, even hashed, once the minute is over.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

from core.client import client_ip


def allow(request, scope: str, limit: int, window: int = 60) -> bool:
    address = client_ip(request) or "unknown"
    client = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:24]
    key = f"ratelimit:{scope}:{client}:{int(time.time() // window)}"
    try:
        cache.add(key, 0, window + 1)
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, window + 1)
        count = 1
    except Exception:  # a broken cache should not block visitors
        return True
    return count <= limit
