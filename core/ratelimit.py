"""A small per-client request budget kept in Django's cache.

The client is identified by a salted hash of its address (core.client: nginx's X-Real-IP
when the request comes through nginx) inside a fixed time window. The salt is derived from
SECRET_KEY, the scope and the window number, so it rotates with every window and differs per
scope: nothing links a visitor's keys across windows or features, and the key expires with
the window, so no address is kept, even hashed, once the window is over.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache

from core.client import client_ip


def visitor_key(request, scope: str, window: int) -> str:
    slot = int(time.time() // window)
    salt = hmac.new(settings.SECRET_KEY.encode(), f"ratelimit:{scope}:{slot}".encode(), hashlib.sha256).digest()
    address = client_ip(request) or "unknown"
    client = hashlib.sha256(salt + address.encode()).hexdigest()[:24]
    return f"ratelimit:{scope}:{client}:{slot}"


def allow(request, scope: str, limit: int, window: int = 60) -> bool:
    key = visitor_key(request, scope, window)
    try:
        cache.add(key, 0, window + 1)
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, window + 1)
        count = 1
    except Exception:  # a broken cache should not block visitors
        return True
    return count <= limit
