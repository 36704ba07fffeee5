"""Enrolment, codes, throttling and the administrator's reset, through HTTP as a browser would."""

import re

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from editorial.tests.editorial import client_for, editorial  # noqa: F401

from .helpers import code_for, enrolled, password_client, rewind_throttle, wrong_code_for

pytestmark = pytest.mark.django_db

ENROL, VERIFY = "/admin/two-factor/enrol/", "/admin/two-factor/verify/"


@pytest.fixture
def people(editorial, settings):  # noqa: F811
    settings.ADMIN_2FA_REQUIRED_GROUPS = ["Penyetuju"]
    return editorial.users


def test_enrolment_shows_a_server_drawn_qr_code_and_the_key_then_gives_backup_codes(people):
    client = password_client("penyetuju")
    page = client.get(ENROL + "?next=/admin/pages/").content.decode()
    device = TOTPDevice.objects.get(user=people["penyetuju"], confirmed=False)
    assert re.search(r"<svg[^>]*>\s*<title>Kode QR untuk aplikasi autentikator</title>", page)
    assert "<script" not in page.split('id="main"')[1]
    secret = re.search(r'<code id="twofactor-secret">([A-Z2-7 ]+)</code>', page).group(1)
    assert secret.replace(" ", "") in device.config_url
    # Reloading keeps the same secret (the editor may be halfway through scanning).
    assert secret in client.get(ENROL).content.decode()

    assert client.post(ENROL, {"code": wrong_code_for(device)}).status_code == 200
    rewind_throttle(device)
    response = client.post(ENROL + "?next=/admin/pages/", {"code": code_for(device), "next": "/admin/pages/"})
    assert response["Location"].startswith("/admin/two-factor/backup-codes/")
    codes_page = client.get(response["Location"]).content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", codes_page)
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.filter(device__user=people["penyetuju"])
                             .values_list("token", flat=True))
    assert 'href="/admin/pages/"' in codes_page
    # Shown once only.
    assert client.get("/admin/two-factor/backup-codes/")["Location"] == "/admin/two-factor/"
    assert client.get("/admin/").status_code == 200
    assert ModelLogEntry.objects.filter(action="twofactor.enrol", object_id=str(people["penyetuju"].pk)).exists()


def test_a_stolen_password_cannot_enrol_a_second_device(people):
    enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    assert client.get(ENROL)["Location"].startswith(VERIFY)
    assert client.post(ENROL, {"code": "123456"})["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=people["penyetuju"]).count() == 1


def test_a_wrong_code_is_refused(people):
    device = enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    response = client.post(VERIFY, {"code": wrong_code_for(device)})
    assert response.status_code == 200
    assert "Kode tersebut tidak berlaku" in response.content.decode()
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_a_code_is_accepted_once_only(people):
    device = enrolled(people["penyetuju"])
    code = code_for(device)
    first = password_client("penyetuju")
    assert first.post(VERIFY, {"code": code})["Location"] == "/admin/"
    assert first.get("/admin/").status_code == 200
    replay = password_client("penyetuju")
    assert replay.post(VERIFY, {"code": code}).status_code == 200
    assert replay.get("/admin/")["Location"].startswith(VERIFY)


def test_a_backup_code_works_once(people):
    enrolled(people["penyetuju"], backup_codes=("abcd2345", "efgh6789"))
    first = password_client("penyetuju")
    assert first.post(VERIFY, {"code": "ABCD 2345"})["Location"] == "/admin/"
    assert first.get("/admin/").status_code == 200
    again = password_client("penyetuju")
    assert again.post(VERIFY, {"code": "abcd2345"}).status_code == 200
    assert again.get("/admin/")["Location"].startswith(VERIFY)
    assert list(StaticToken.objects.values_list("token", flat=True)) == ["efgh6789"]


def test_guessing_codes_is_throttled(people):
    device = enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    wrong = wrong_code_for(device)
    for _ in range(5):
        client.post(VERIFY, {"code": wrong})
    device.refresh_from_db()
    # Each failure doubles the wait (1, 2, 4 … seconds); attempts made during the wait are not
    # even checked, so at most one guess per back-off period is ever tried.
    assert 1 <= device.throttling_failure_count <= 5
    refused = client.post(VERIFY, {"code": code_for(device)})
    assert "Terlalu banyak kode salah" in refused.content.decode()
    assert client.get("/admin/")["Location"].startswith(VERIFY)
    rewind_throttle(device)
    assert client.post(VERIFY, {"code": code_for(device)})["Location"] == "/admin/"


def test_bad_input_on_the_second_step_is_a_form_error(people):
    enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    for code in ("", "x" * 500, "\u0000", "12 34 56 78 90 12 34 56"):
        assert client.post(VERIFY, {"code": code}).status_code == 200
    assert client.post(ENROL, {"code": "abc"}).status_code == 302


def test_an_administrator_resets_a_lost_device_and_it_is_logged(people):
    user = people["penyetuju"]
    device = enrolled(user)
    verified = password_client("penyetuju")
    verified.post(VERIFY, {"code": code_for(device)})
    assert verified.get("/admin/").status_code == 200

    admin = password_client("admin")
    enrolled(people["admin"])
    admin.post(VERIFY, {"code": code_for(people["admin"].totpdevice_set.get())})
    listing = admin.get("/admin/users/").content.decode()
    assert f"/admin/two-factor/reset/{user.pk}/" in listing
    assert admin.get(f"/admin/two-factor/reset/{user.pk}/").status_code == 200
    assert admin.post(f"/admin/two-factor/reset/{user.pk}/")["Location"] == "/admin/users/"

    assert not TOTPDevice.objects.filter(user=user).exists()
    entry = ModelLogEntry.objects.get(action="twofactor.reset", object_id=str(user.pk))
    assert entry.user == people["admin"]
    # The approver's open session loses its verification and is sent to set up again.
    assert verified.get("/admin/")["Location"].startswith(ENROL)


def test_only_user_managers_may_reset_and_never_a_superuser_s_unless_superuser(people, editorial):  # noqa: F811
    enrolled(people["admin"])
    enrolled(people["penyetuju"])
    penulis = client_for(people["penulis"])
    assert penulis.get(f"/admin/two-factor/reset/{people['penyetuju'].pk}/").status_code in (302, 403)
    assert penulis.post(f"/admin/two-factor/reset/{people['penyetuju'].pk}/").status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=people["penyetuju"]).exists()
    assert penulis.get("/admin/two-factor/reset/999999/").status_code in (302, 403, 404)


def test_editors_turn_it_on_and_off_for_themselves(people):
    client = password_client("penulis")
    manage = client.get("/admin/two-factor/").content.decode()
    assert "Atur verifikasi dua langkah" in manage
    account = client.get("/admin/account/").content.decode()
    assert "/admin/two-factor/" in account
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=people["penulis"])
    client.post(ENROL, {"code": code_for(device)})
    assert client.post("/admin/two-factor/", {"action": "new-codes"})["Location"].endswith("/backup-codes/")
    assert client.post("/admin/two-factor/", {"action": "turn-off"})["Location"] == "/admin/two-factor/"
    assert not TOTPDevice.objects.filter(user=people["penulis"]).exists()


def test_required_accounts_cannot_turn_it_off(people):
    device = enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    client.post(VERIFY, {"code": code_for(device)})
    client.post("/admin/two-factor/", {"action": "turn-off"})
    assert TOTPDevice.objects.filter(user=people["penyetuju"]).exists()
