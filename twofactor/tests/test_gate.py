"""Every way into the admin asks a Penyetuju (or a superuser) for the second step first."""

import re

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import PageViewRestriction

from editorial.tests.editorial import PASSWORD, editorial  # noqa: F401
from twofactor.policy import parse_required_groups

from .helpers import code_for, enrolled, password_client

pytestmark = pytest.mark.django_db

ENROL, VERIFY = "/admin/two-factor/enrol/", "/admin/two-factor/verify/"


@pytest.fixture
def required(settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = ["Penyetuju"]


@pytest.fixture
def people(editorial, required):
    return editorial.users


def admin_entrances(site):
    post = site.post
    return [
        "/admin/", f"/admin/pages/{post.pk}/edit/", f"/admin/pages/{post.pk}/view_draft/",
        f"/admin/pages/{site.news_index.pk}/", "/admin/pages/search/?q=lansia",
        f"/admin/api/main/pages/?child_of={site.home.pk}", "/admin/choose-page/", "/admin/account/",
        "/admin/users/", "/admin/reports/site-history/", "/admin/documents/", "/admin/images/",
        "/admin/two-factor/", "/admin/django/", "/admin/django/auth/user/",
    ]


def assert_no_admin_content(response, to):
    assert response.status_code == 302, (response.status_code, response.content[:300])
    assert response["Location"].startswith(to)
    assert response.content == b""


@pytest.mark.parametrize("username", ["penyetuju", "admin"])
def test_without_a_device_every_admin_entrance_leads_to_enrolment(people, editorial, username):
    client = password_client(username)
    for url in admin_entrances(editorial):
        assert_no_admin_content(client.get(url), ENROL + "?next=")
    # The deep link survives the detour.
    assert client.get(f"/admin/pages/{editorial.post.pk}/edit/")["Location"] == \
        f"{ENROL}?next=%2Fadmin%2Fpages%2F{editorial.post.pk}%2Fedit%2F"


@pytest.mark.parametrize("username", ["penyetuju", "admin"])
def test_with_a_device_every_admin_entrance_asks_for_the_code(people, editorial, username):
    enrolled(people[username])
    client = password_client(username)
    for url in admin_entrances(editorial):
        assert_no_admin_content(client.get(url), VERIFY + "?next=")


def test_posts_and_ajax_calls_are_refused_without_content(people, editorial):
    enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    post = editorial.post
    for url in (f"/admin/pages/{post.pk}/edit/", f"/admin/pages/{post.pk}/publish/", "/admin/account/",
                "/admin/django/auth/user/add/"):
        response = client.post(url, {"title": "Diretas"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
        assert response.status_code == 403, url
        assert post.title.encode() not in response.content
    post.refresh_from_db()
    assert post.title != "Diretas"


def test_the_half_signed_in_user_is_anonymous_outside_the_admin(people, editorial):
    PageViewRestriction.objects.create(page=editorial.post, restriction_type="login")
    enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    response = client.get(editorial.post.url)
    assert response.status_code == 302 and "login" in response["Location"]
    # Once verified, the same session reads it.
    client.post(VERIFY, {"code": code_for(people["penyetuju"].totpdevice_set.get())})
    assert client.get(editorial.post.url).status_code == 200


def test_password_reset_then_sign_in_still_asks_for_the_code(people, editorial):
    user = people["penyetuju"]
    enrolled(user)
    client = Client()
    assert client.post("/admin/password_reset/", {"email": user.email}).status_code == 302
    link = re.search(r"https?://[^/\s]+(/admin/password_reset/confirm/\S+/)", mail.outbox[-1].body).group(1)
    form_url = client.get(link, follow=True).redirect_chain[-1][0]
    new_password = "kata-sandi-baru-yang-panjang-2026"
    done = client.post(form_url, {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302
    # The reset itself signs nobody in; signing in with the new password is the first step only.
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    client = password_client("penyetuju", new_password)
    assert_no_admin_content(client.get("/admin/"), VERIFY)


def test_signing_in_lands_on_the_second_step_and_returns_to_the_deep_link(people, editorial):
    device = enrolled(people["penyetuju"])
    client = Client()
    edit = f"/admin/pages/{editorial.post.pk}/edit/"
    response = client.post("/admin/login/", {"username": "penyetuju", "password": PASSWORD, "next": edit},
                           follow=True)
    assert response.redirect_chain[-1][0].startswith(VERIFY)
    assert response.status_code == 200
    assert editorial.post.title.encode() not in response.content
    page = response.content.decode()
    assert 'autocomplete="one-time-code"' in page and "Verifikasi dua langkah" in page
    verified = client.post(VERIFY, {"code": code_for(device), "next": edit})
    assert verified["Location"] == edit
    assert client.get(edit).status_code == 200


def test_the_second_step_never_redirects_off_site(people):
    device = enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    response = client.post(VERIFY, {"code": code_for(device), "next": "https://contoh-jahat.example/"})
    assert response["Location"] == "/admin/"


def test_sign_in_screens_stay_open(people):
    enrolled(people["penyetuju"])
    client = password_client("penyetuju")
    assert client.get("/admin/jsi18n/").status_code == 200
    assert client.get(VERIFY).status_code == 200
    assert client.post("/admin/logout/").status_code == 302
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_other_editors_are_not_asked_unless_they_enrolled(people):
    client = password_client("penulis")
    assert client.get("/admin/").status_code == 200
    enrolled(people["penulis"])
    client = password_client("penulis")
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_off_switch_lets_approvers_in_without_a_device(editorial, settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = None
    assert password_client("penyetuju").get("/admin/").status_code == 200
    assert password_client("admin").get("/admin/").status_code == 200


def test_empty_group_list_means_superusers_only(editorial, settings):
    settings.ADMIN_2FA_REQUIRED_GROUPS = []
    assert password_client("penyetuju").get("/admin/").status_code == 200
    assert password_client("admin").get("/admin/")["Location"].startswith(ENROL)


def test_parse_required_groups():
    assert parse_required_groups("off") is None
    assert parse_required_groups(" OFF ") is None
    assert parse_required_groups("") == []
    assert parse_required_groups("Penyetuju, Penerjemah ,") == ["Penyetuju", "Penerjemah"]
