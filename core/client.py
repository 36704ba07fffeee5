"""Who is asking: the visitor's address, as nginx saw it.

Behind nginx every request comes from 127.0.0.1, so anything keyed on REMOTE_ADDR alone
(sign-in lockouts, rate limits) would treat all visitors as one. nginx sets X-Real-IP to the
connecting address, overwriting whatever the client sent; it is trusted only when the request
comes from a proxy listed in TRUSTED_PROXIES. X-Forwarded-For is not used: its left-most
entry is whatever the client claims.
"""

from django.conf import settings

DEFAULT_TRUSTED_PROXIES = ("127.0.0.1", "::1")


def client_ip(request):
    peer = request.META.get("REMOTE_ADDR", "")
    if peer in getattr(settings, "TRUSTED_PROXIES", DEFAULT_TRUSTED_PROXIES):
        return request.META.get("HTTP_X_REAL_IP", "").strip() or peer
    return peer
