"""Production requires the second step of approvers and superusers unless the environment says otherwise."""

import pytest

from cms.tests.test_security import run_production

PRINT = ("import django; django.setup(); from django.conf import settings as s; "
         "print(repr(s.ADMIN_2FA_REQUIRED_GROUPS)); print('MIDDLEWARE' if 'twofactor.middleware."
         "AdminTwoFactorMiddleware' in s.MIDDLEWARE else 'NO GATE')")


@pytest.mark.parametrize(("env", "expected"), [
    ({}, "['Penyetuju']"),
    ({"ADMIN_2FA_REQUIRED_GROUPS": "Penyetuju,Penerjemah"}, "['Penyetuju', 'Penerjemah']"),
    ({"ADMIN_2FA_REQUIRED_GROUPS": ""}, "[]"),
    ({"ADMIN_2FA_REQUIRED_GROUPS": "off"}, "None"),
])
def test_production_reads_the_required_groups(env, expected):
    result = run_production(PRINT, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == [expected, "MIDDLEWARE"]


def test_development_and_tests_do_not_require_it(settings):
    assert settings.ADMIN_2FA_REQUIRED_GROUPS is None
