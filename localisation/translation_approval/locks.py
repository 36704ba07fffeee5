"""Wagtail's page locks, applied to every path that writes a translation.

A page waiting for approval is locked for everyone but its reviewers (Wagtail's WorkflowLock),
and an editor may lock a page by hand (BasicLock). Wagtail's own editor refuses edits then;
wagtail-localize's endpoints do not, so each translation write path asks here first.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


class TranslationLocked(PermissionDenied):
    """Raised where no message can be shown (deep inside a wagtail-localize flow)."""


def lock_message(instance, user):
    """Why `user` may not change `instance` now (a message for them), or None when it is not locked for them."""
    get_lock = getattr(instance, "get_lock", None)
    lock = get_lock() if get_lock is not None else None
    if lock is None or not lock.for_user(user):
        return None
    return _("“%(title)s” is locked (it may be waiting for approval), so its translation cannot be changed "
             "now.") % {"title": instance}


def check_not_locked(instance, user):
    message = lock_message(instance, user)
    if message:
        raise TranslationLocked(message)
