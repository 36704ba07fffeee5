"""Who must give a second factor before the admin, and whether a session has given it.

ADMIN_2FA_REQUIRED_GROUPS (settings, from the environment): None switches the requirement off;
a list (possibly empty) switches it on for superusers plus members of those groups. Whoever
has enrolled a device voluntarily is asked for it too, whatever the switch says: an enrolled
device that could be skipped would protect nothing.
"""

from django.conf import settings

OFF_VALUES = {"off", "none", "0", "false", "no"}


def parse_required_groups(value):
    """The env value → the setting: "off" → None, "" → [] (superusers only), "A,B" → ["A", "B"]."""
    if value is None:
        return None
    if value.strip().lower() in OFF_VALUES:
        return None
    return [name.strip() for name in value.split(",") if name.strip()]


def required_groups():
    return getattr(settings, "ADMIN_2FA_REQUIRED_GROUPS", None)


def is_required(user):
    """The account may not use the admin without a second factor (it must enrol if it has none)."""
    groups = required_groups()
    if groups is None or not user.is_authenticated:
        return False
    return user.is_superuser or (bool(groups) and user.groups.filter(name__in=groups).exists())


def must_verify(user):
    """This signed-in user has to pass the second step before using the admin."""
    if not user.is_authenticated:
        return False
    cached = getattr(user, "_twofactor_must_verify", None)
    if cached is None:
        from django_otp import user_has_device  # not at import: settings import this module

        cached = is_required(user) or user_has_device(user)
        user._twofactor_must_verify = cached
    return cached


def is_verified(user):
    # OTPMiddleware sets is_verified(); a request that bypassed it (e.g. RequestFactory) is not verified.
    return bool(getattr(user, "is_verified", lambda: False)())
