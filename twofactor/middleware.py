"""The gate: a signed-in account that owes a second factor reaches no admin screen and is
anonymous everywhere else until it has given one.

It works on the session, not on particular views, so every entrance is covered the same way:
Wagtail's and Django's admin (both under ADMIN_URL_PATH), their AJAX endpoints, deep links,
and the automatic sign-in after a password reset. Outside the admin the half-signed-in user is
treated as anonymous, so private pages, private documents and the user bar stay closed too.
Must come after AuthenticationMiddleware and django_otp's OTPMiddleware.
"""

import functools

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import get_urlconf, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django_otp import user_has_device

from core.paths import is_admin_path

from . import policy


@functools.cache
def _open_paths(urlconf, admin_path):
    """Admin addresses a half-signed-in user may reach: signing in and out, password reset,
    the admin's translation catalogue, and the second-step screens themselves. Reversed once
    per URLconf (the arguments are the cache key: tests swap both)."""
    exact = {reverse(name) for name in ("wagtailadmin_login", "wagtailadmin_logout",
                                        "wagtailadmin_javascript_catalog", "twofactor_verify",
                                        "twofactor_enrol", "twofactor_backup_codes")}
    prefixes = (reverse("wagtailadmin_password_reset"),)
    return exact, prefixes


def is_open(path):
    exact, prefixes = _open_paths(get_urlconf() or settings.ROOT_URLCONF, settings.ADMIN_URL_PATH)
    return path in exact or path.startswith(prefixes)


def second_step_url(request):
    name = "twofactor_verify" if user_has_device(request.user) else "twofactor_enrol"
    return reverse(name) + "?" + urlencode({"next": request.get_full_path()})


async def _anonymous():
    return AnonymousUser()


class AdminTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or policy.is_verified(user) \
                or not policy.must_verify(user):
            return self.get_response(request)
        if is_admin_path(request.path):
            if not is_open(request.path):
                return self.refuse(request)
        else:
            request.user = AnonymousUser()
            request.auser = _anonymous
        return self.get_response(request)

    @staticmethod
    def refuse(request):
        if request.method in ("GET", "HEAD"):
            return redirect(second_step_url(request))
        # A form post or an AJAX call from a stale tab: no content, and nothing to redirect to.
        return HttpResponseForbidden(_("Two-step verification is required."), content_type="text/plain")
