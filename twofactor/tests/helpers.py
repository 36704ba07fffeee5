"""Shared by the two-step sign-in tests: codes made from the device key, as the phone would."""

import datetime

from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.tests.editorial import PASSWORD


def code_for(device, offset=0):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + offset):0{device.digits}d}"


def wrong_code_for(device):
    """Six digits the device accepts at no step within its tolerance."""
    near = {code_for(device, offset) for offset in range(-device.tolerance - 1, device.tolerance + 2)}
    return next(f"{n:06d}" for n in range(1, 1_000_000, 7919) if f"{n:06d}" not in near)


def enrolled(user, backup_codes=("kodecadangan1",)):
    device = TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    static = StaticDevice.objects.create(user=user, name="Backup codes")
    for code in backup_codes:
        StaticToken.objects.create(device=static, token=code)
    return device


def password_client(username, password=PASSWORD):
    """A client signed in with the password through the admin's real login form (first step only)."""
    client = Client()
    response = client.post("/admin/login/", {"username": username, "password": password})
    assert response.status_code == 302, response.content[:500]
    return client


def rewind_throttle(device, seconds=3600):
    """As if the back-off had passed (no test waits for a clock)."""
    device.refresh_from_db()
    device.throttling_failure_timestamp -= datetime.timedelta(seconds=seconds)
    device.save()
