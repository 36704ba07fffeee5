"""A sign-in budget per username across all addresses, against password spraying.

django-axes locks a (username, address) pair after AXES_FAILURE_LIMIT failures, so one
account tried from many addresses is never slowed. This adds a wider budget per username:
SIGNIN_USERNAME_FAILURE_LIMIT failures within AXES_COOLOFF_TIME, from any address, lock that
username for the rest of the window, with axes' own lockout page. The limit is well above
axes' per-address one, so an editor mistyping on one machine meets axes' lock first, and a
locked-out editor can still be helped by an administrator (`axes_reset`, or waiting).

Counted in the shared cache under a salted hash of the username (no address is kept); the
count is not reset by a successful sign-in, or a spray could hide between an editor's logins.
"""

import hashlib

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver

DEFAULT_LIMIT = 20


def _enabled():
    return getattr(settings, "AXES_ENABLED", True)


def _key(username):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{username.strip().casefold()}".encode()).hexdigest()[:24]
    return f"signin-failures:{digest}"


def _window():
    return int(settings.AXES_COOLOFF_TIME.total_seconds())


def failures(username):
    try:
        return cache.get(_key(username), 0)
    except Exception:  # a broken cache must not keep editors out; axes still guards each address
        return 0


def is_locked(username):
    return failures(username) >= getattr(settings, "SIGNIN_USERNAME_FAILURE_LIMIT", DEFAULT_LIMIT)


@receiver(user_login_failed, dispatch_uid="signin-throttle-count")
def count_failure(sender, credentials, request=None, **kwargs):
    username = (credentials or {}).get("username")
    if not username or not _enabled():
        return
    key = _key(username)
    try:
        cache.add(key, 0, _window())
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, _window())
    except Exception:
        pass


class UsernameThrottleBackend:
    """First in AUTHENTICATION_BACKENDS: refuses a locked username before any password is checked."""

    def authenticate(self, request, username=None, **kwargs):
        if request is not None and username and _enabled() and is_locked(username):
            # AxesMiddleware turns this flag into the lockout page (cms.security.lockout_response).
            request.axes_locked_out = True
            request.axes_credentials = {"username": username}
            raise PermissionDenied
        return None

    # No get_user(): it never signs anyone in, so sessions (and the test client's
    # force_login, which picks the first backend that has one) never name it.
