"""The account's devices: an authenticator app (TOTP) and one set of backup codes."""

import re

import segno
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODE_COUNT = 10


def pending_totp(user):
    """The authenticator being set up: kept across reloads so the QR code does not change under the editor."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


def has_confirmed_device(user):
    return next(devices_for_user(user), None) is not None


def new_backup_codes(user):
    """Replaces the account's backup codes with a fresh set and returns them (shown once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name="Backup codes")
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remove_all(user):
    """Every device of the account, confirmed or not; returns how many were removed."""
    return sum(model.objects.filter(user=user).delete()[1].get(model._meta.label, 0)
               for model in (TOTPDevice, StaticDevice))


def normalise(token):
    """Spaces and dashes people type or copy along with a code are not part of it."""
    return re.sub(r"[\s-]+", "", token or "").lower()


def candidates(user, token):
    """The confirmed devices a code could be for: six digits go to the app, anything else to the
    backup codes, so one mistyped code is counted against one device only."""
    model = TOTPDevice if token.isdigit() else StaticDevice
    return list(model.objects.devices_for_user(user, confirmed=True))


def secret_text(device):
    """The base32 secret in groups of four, for typing into an app (and for screen-reader users)."""
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def qr_svg(device, title):
    """The otpauth:// address as inline SVG, drawn on the server (no CDN, no script)."""
    qr = segno.make(device.config_url, error="m")
    return qr.svg_inline(scale=5, title=title, border=4, light="#fff", dark="#000")
