"""Browser journey: an approver signs in, enrols an authenticator, and later signs in with a backup code.

Runs in Debian's chromium against the live server; the code is typed with the keyboard into
the field that has focus, as an editor without a mouse would.
"""

import re

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.roles import PENYETUJU
from editorial.tests.editorial import PASSWORD, make_user, sync_roles_from_scratch

from .helpers import code_for

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(context, base, username):
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto(base + "/admin/login/")
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', PASSWORD)
    page.click('form button[type="submit"]')
    return page


def test_approver_enrols_then_signs_in_with_a_backup_code(live_server, chromium, site_tree, settings, screenshot):
    settings.ADMIN_2FA_REQUIRED_GROUPS = [PENYETUJU]
    sync_roles_from_scratch()
    make_user("penyetuju", PENYETUJU)
    base = live_server.url

    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = sign_in(context, base, "penyetuju")
    page.wait_for_url(re.compile(r".*/admin/two-factor/enrol/.*"))
    assert page.locator("svg title").first.text_content() == "Kode QR untuk aplikasi autentikator"
    # .first: Playwright also finds a copy outside the document (the served HTML and
    # document.documentElement hold one), which strict mode would count twice.
    assert page.locator("#twofactor-secret").first.inner_text().strip()
    screenshot(page, "twofactor-enrol")
    device = TOTPDevice.objects.get(user__username="penyetuju", confirmed=False)
    # The code field has focus on arrival: type and press Enter.
    page.keyboard.type(code_for(device))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/admin/two-factor/backup-codes/.*"))
    codes = [code.strip() for code in page.locator(".twofactor-codes").first.locator("code").all_inner_texts()]
    assert len(codes) == 10
    page.locator("#twofactor-continue").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(base + "/admin/")
    context.close()

    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = sign_in(context, base, "penyetuju")
    page.wait_for_url(re.compile(r".*/admin/two-factor/verify/.*"))
    assert "Verifikasi dua langkah" in page.locator("h1").first.inner_text()
    page.keyboard.type(codes[0])
    page.keyboard.press("Enter")
    page.wait_for_url(base + "/admin/")
    screenshot(page, "twofactor-signed-in")
    context.close()
