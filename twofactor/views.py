"""The second step of signing in, enrolment, backup codes, and resetting a colleague's device."""

import django_otp
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.log_actions import log

from . import devices, policy
from .forms import CodeForm, EnrolForm

NEW_CODES_SESSION_KEY = "twofactor_new_codes"


def next_url(request):
    """Where to go after the step: the address the gate interrupted, if it is ours."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _locked_until(candidates):
    """When every device the code could be for is throttled: the earliest time one opens again."""
    waits = []
    for device in candidates:
        allowed, data = device.verify_is_allowed()
        if allowed:
            return None
        waits.append((data or {}).get("locked_until") or timezone.now())
    return min(waits) if waits else None


def _check(user, code):
    """(verified device or None, locked-until time or None); each device throttles itself
    (django_otp's exponential back-off), and a TOTP code is accepted once only."""
    with transaction.atomic():
        candidates = devices.candidates(user, code)
        locked = _locked_until(candidates)
        if locked:
            return None, locked
        for device in candidates:
            if device.verify_token(code):
                return device, None
    return None, None


def _throttled_message(until):
    return _("Too many wrong codes. Try again after %(time)s.") % {
        "time": time_format(timezone.localtime(until), "H:i:s")}


def _signed_in_with(request, device):
    # A new session key once the account is fully signed in (no fixation across the two steps).
    request.session.cycle_key()
    django_otp.login(request, device)


def _account(user):
    """The User row behind request.user, which django_otp wraps in a second lazy object that
    Wagtail's audit log cannot see through."""
    return get_user_model()._default_manager.get(pk=user.pk)


@never_cache
def verify(request):
    user = request.user
    if not devices.has_confirmed_device(user):
        return redirect(reverse("twofactor_enrol") + "?" + request.GET.urlencode())
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device, locked = _check(user, form.cleaned_data["code"])
        if device:
            _signed_in_with(request, device)
            return redirect(next_url(request))
        form.add_error("code", _throttled_message(locked) if locked else _("That code is not valid."))
    return TemplateResponse(request, "twofactor/verify.html", {"form": form, "next": next_url(request)})


@never_cache
def enrol(request):
    user = request.user
    if devices.has_confirmed_device(user):
        # A second device is added only by a verified account (from its settings, after turning
        # the first off): a stolen password alone must not be enough to enrol the thief's phone.
        return redirect(reverse("twofactor_verify") + "?" + request.GET.urlencode())
    device = devices.pending_totp(user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            allowed, data = device.verify_is_allowed()
            ok = allowed and device.verify_token(form.cleaned_data["code"])
            if ok:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                codes = devices.new_backup_codes(user)
                log(instance=_account(user), action="twofactor.enrol", user=_account(user))
        if ok:
            _signed_in_with(request, device)
            request.session[NEW_CODES_SESSION_KEY] = codes
            return redirect(reverse("twofactor_backup_codes") + "?" + request.GET.urlencode())
        form.add_error("code", _throttled_message(data["locked_until"]) if not allowed
                       else _("That code is not valid. Check the time on your phone and try again."))
    context = {
        "form": form, "next": next_url(request), "required": policy.is_required(user),
        "qr_svg": devices.qr_svg(device, _("QR code for the authenticator app")),
        "secret": devices.secret_text(device),
    }
    return TemplateResponse(request, "twofactor/enrol.html", context)


@never_cache
def backup_codes(request):
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    if not codes:
        return redirect("twofactor_manage")
    return TemplateResponse(request, "twofactor/backup_codes.html", {"codes": codes, "next": next_url(request)})


@never_cache
def manage(request):
    user = request.user
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "new-codes" and devices.has_confirmed_device(user):
            request.session[NEW_CODES_SESSION_KEY] = devices.new_backup_codes(user)
            log(instance=_account(user), action="twofactor.new_codes", user=_account(user))
            return redirect("twofactor_backup_codes")
        if action == "turn-off" and not policy.is_required(user):
            devices.remove_all(user)
            log(instance=_account(user), action="twofactor.turn_off", user=_account(user))
            messages.success(request, _("Two-step verification is off for your account."))
            return redirect("twofactor_manage")
        return redirect("twofactor_manage")
    context = {"enrolled": devices.has_confirmed_device(user), "required": policy.is_required(user)}
    return TemplateResponse(request, "twofactor/manage.html", context)


def can_reset(request_user, target):
    # Like Wagtail's own user editing: changing users needs the permission, and only a
    # superuser may touch a superuser's account.
    return request_user.has_perm("auth.change_user") and (request_user.is_superuser or not target.is_superuser)


@never_cache
def reset(request, user_id):
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not can_reset(request.user, target):
        raise PermissionDenied
    if request.method == "POST":
        with transaction.atomic():
            removed = devices.remove_all(target)
            log(instance=target, action="twofactor.reset", user=_account(request.user), data={"devices": removed})
        messages.success(request, _("Two-step verification of %(user)s was reset; they will set it up again "
                                    "at their next sign-in.") % {"user": target.get_username()})
        return redirect("wagtailusers_users:index")
    context = {"target": target, "enrolled": devices.has_confirmed_device(target)}
    return TemplateResponse(request, "twofactor/reset.html", context)


