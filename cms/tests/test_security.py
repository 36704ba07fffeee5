"""Security: the deployment check, headers, CSP-clean templates, login lockout, admin path, error pages."""

import importlib
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.test import Client, override_settings
from django.urls import clear_url_caches, path

import cms.urls

BASE_DIR = Path(__file__).resolve().parents[2]
SAMPLE_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "sample-7f3kQ9zLw2pX8vR4tY6uI1oA5sD0fG3hJ7kL9zX2cV4bN6mQ8wE1rT3y",
    "ALLOWED_HOSTS": "dinsos.jogjaprov.go.id",
    "CSRF_TRUSTED_ORIGINS": "https://dinsos.jogjaprov.go.id",
    "DATABASE_URL": "postgres://dinsos:secret@127.0.0.1:5432/dinsos",
    "PAGE_CACHE_PURGE_URL": "http://127.0.0.1:8081",
}


def boom(request):
    raise RuntimeError("secret internal detail 4f2a")


# This module doubles as a URLconf (see test_server_error_*): the site plus a view that fails.
urlpatterns = [path("rusak/", boom)] + cms.urls.urlpatterns


def run_production(code, **extra_env):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(SAMPLE_ENV, **extra_env)
    return subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True,
                          timeout=300)


# --- Production settings ------------------------------------------------------------------


def test_check_deploy_is_clean_with_the_sample_environment():
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(SAMPLE_ENV)
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_harden_cookies_and_transport():
    result = run_production(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_SSL_REDIRECT, "
        "s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE, s.CSRF_COOKIE_HTTPONLY, "
        "s.DEBUG, s.STORAGES['staticfiles']['BACKEND'], s.WAGTAILFRONTENDCACHE['nginx']['BACKEND'])")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "31536000", "True", "True", "True", "True", "True", "True", "False",
        "whitenoise.storage.CompressedManifestStaticFilesStorage", "cms.cache.NginxPurgeBackend"]


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL"])
def test_production_refuses_to_start_without_required_settings(missing):
    result = run_production("import django; django.setup()", **{missing: ""})
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


@pytest.mark.parametrize("key", ["change-me-to-50-random-characters", "django-insecure-" + "x7Qp2" * 10,
                                 "short-but-random-9fK2", "a" * 60])
def test_production_refuses_a_placeholder_or_weak_secret_key(key):
    result = run_production("import django; django.setup()", SECRET_KEY=key)
    assert result.returncode != 0
    assert "SECRET_KEY is a placeholder or too weak" in result.stderr


def test_the_sample_environment_files_secret_key_is_refused():
    sample = (Path(BASE_DIR) / "deploy" / "env.example").read_text()
    key = next(line.split("=", 1)[1] for line in sample.splitlines() if line.startswith("SECRET_KEY="))
    result = run_production("import django; django.setup()", SECRET_KEY=key)
    assert "SECRET_KEY is a placeholder or too weak" in result.stderr


def test_production_reads_optional_services_from_the_environment():
    result = run_production(
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND'], s.STORAGES['media']['BACKEND'], s.MEDIA_URL, s.ADMIN_URL_PATH)",
        CACHE_URL="redis://127.0.0.1:6379/1", S3_BUCKET="media-dinsos", S3_ENDPOINT_URL="https://s3.example.go.id",
        ADMIN_URL_PATH="/kelola")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["core.rediscache.RedisCache", "storages.backends.s3.S3Storage",
                                     "https://s3.example.go.id/media-dinsos/media/", "kelola/"]


# --- Headers ------------------------------------------------------------------------------


def csp_directives(response):
    return {part.split()[0]: part.split()[1:] for part in response["Content-Security-Policy"].split("; ")}


def test_public_pages_carry_the_security_headers(client, site_tree):
    for url in ("/", site_tree["post"].url, site_tree["news_index"].url, "/cari/?q=lk3"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        csp = csp_directives(response)
        assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
        assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
        assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_carry_hsts(client, site_tree):
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_admin_has_its_own_policy_and_the_preview_may_be_framed_by_the_admin(client, site_tree, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "x"))
    post = site_tree["post"]
    edit = client.get(f"/admin/pages/{post.pk}/edit/")
    assert csp_directives(edit)["frame-ancestors"] == ["'self'"]
    preview = client.get(f"/admin/pages/{post.pk}/edit/preview/")
    assert preview.status_code == 200
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    # A rendered preview is the public template under the public policy, framed by the admin only
    # (the in-panel preview itself is exercised in chromium: test_security_browser.py).
    preview = client.get(f"/admin/pages/{post.pk}/view_draft/")
    assert post.title in preview.content.decode()
    csp = csp_directives(preview)
    assert csp["frame-ancestors"] == ["'self'"] and csp["script-src"] == ["'self'"]
    assert "no-store" in preview["Cache-Control"] and not preview.has_header("X-Accel-Expires")


def test_session_cookie_is_httponly(site_tree, django_user_model):
    django_user_model.objects.create_superuser("editor", "e@example.org", "rahasia-123")
    client = Client()
    client.get("/admin/login/")
    response = client.post("/admin/login/", {"username": "editor", "password": "rahasia-123"})
    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"] is True


# --- No inline code: the public CSP has no 'unsafe-inline' --------------------------------

TEMPLATE_DIRS = ["cms/templates", "core/templates", "localisation/templates", "home/templates", "news/templates",
                 "programmes/templates", "search/templates"]
INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>|<style\b|\sstyle=|\son[a-z]+=",
                    re.IGNORECASE)


def test_public_templates_have_no_inline_scripts_styles_or_handlers():
    offenders = []
    for directory in TEMPLATE_DIRS:
        for template in (BASE_DIR / directory).rglob("*.html"):
            if "/admin/" in template.as_posix() or "wagtail_localize" in template.as_posix():
                continue  # admin templates live under the admin's own policy
            found = INLINE.finditer(template.read_text())
            offenders += [f"{template.relative_to(BASE_DIR)}: {match.group(0)}" for match in found]
    assert offenders == []


def test_rendered_public_pages_have_no_inline_code(client, site_tree):
    for url in ("/", site_tree["post"].url, site_tree["news_index"].url, site_tree["author"].url,
                site_tree["programme"].url, "/cari/?q=lk3", "/tidak-ada/"):
        html = client.get(url).content.decode()
        assert INLINE.findall(html) == [], url


# --- Login lockout (django-axes) ----------------------------------------------------------


def login(client, username, password, ip="203.0.113.7"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


@override_settings(AXES_ENABLED=True)
def test_five_failed_logins_lock_that_username_from_that_address(client, db, django_user_model):
    django_user_model.objects.create_superuser("editor", "e@example.org", "benar-sekali-123")
    for _ in range(4):
        assert login(client, "editor", "salah").status_code == 200  # the form again, with an error
    locked = login(client, "editor", "salah")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Sign-in temporarily blocked" in text and "15 minutes" in text and "5 failed" in text
    assert locked["Cache-Control"] == "private, no-store"
    # Even the right password is refused during the cool-off…
    assert login(client, "editor", "benar-sekali-123").status_code == 429
    # …but the same user from another address, and another user here, are not locked.
    assert login(Client(), "editor", "benar-sekali-123", ip="198.51.100.9").status_code == 302
    assert login(Client(), "lain", "salah").status_code == 200


@override_settings(AXES_ENABLED=True)
def test_the_lock_ends_after_the_cool_off(client, db, django_user_model):
    django_user_model.objects.create_superuser("editor", "e@example.org", "benar-sekali-123")
    for _ in range(5):
        login(client, "editor", "salah")
    assert login(client, "editor", "benar-sekali-123").status_code == 429
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.first().attempt_time - timedelta(minutes=16))
    assert login(client, "editor", "benar-sekali-123").status_code == 302


@override_settings(AXES_ENABLED=True, SIGNIN_USERNAME_FAILURE_LIMIT=8)
def test_one_username_tried_from_many_addresses_is_locked(client, db, django_user_model):
    """Password spraying: below axes' per-address limit everywhere, but not below the username's."""
    django_user_model.objects.create_superuser("editor", "e@example.org", "benar-sekali-123")
    django_user_model.objects.create_superuser("lain", "l@example.org", "benar-sekali-456")
    for n in range(8):
        assert login(Client(), "editor", "salah", ip=f"198.51.100.{n + 1}").status_code == 200
    locked = login(Client(), "editor", "benar-sekali-123", ip="192.0.2.77")
    assert locked.status_code == 429 and "Sign-in temporarily blocked" in locked.content.decode()
    assert login(Client(), "EDITOR ", "benar-sekali-123", ip="192.0.2.78").status_code == 429
    # Other accounts are not affected.
    assert login(Client(), "lain", "benar-sekali-456", ip="192.0.2.77").status_code == 302


@override_settings(AXES_ENABLED=True)
def test_seven_failures_from_seven_addresses_do_not_lock_by_default(client, db, django_user_model):
    django_user_model.objects.create_superuser("editor", "e@example.org", "benar-sekali-123")
    for n in range(7):
        login(Client(), "editor", "salah", ip=f"198.51.100.{n + 1}")
    assert login(Client(), "editor", "benar-sekali-123", ip="192.0.2.77").status_code == 302


def test_staff_passwords_need_twelve_characters(db):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("Kp9#xQ2!mZ7")  # 11 characters
    validate_password("Kp9#xQ2!mZ7w")


def test_client_address_comes_from_nginx_only(rf):
    from cms.security import client_ip

    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.7")) == "203.0.113.7"
    # A client talking to Django directly cannot choose its address.
    assert client_ip(rf.get("/", REMOTE_ADDR="198.51.100.9", HTTP_X_REAL_IP="203.0.113.7")) == "198.51.100.9"


# --- Admin address ------------------------------------------------------------------------


@pytest.fixture
def admin_path_kelola(settings):
    settings.ADMIN_URL_PATH = "kelola/"
    urls = importlib.reload(cms.urls)
    settings.ROOT_URLCONF = urls
    clear_url_caches()
    yield
    settings.ADMIN_URL_PATH = "admin/"
    importlib.reload(cms.urls)
    clear_url_caches()


def test_admin_path_is_configurable(client, site_tree, admin_path_kelola):
    assert client.get("/kelola/login/").status_code == 200
    assert client.get("/admin/login/").status_code == 404
    # Django's admin moves with it: nothing at the well-known /django-admin/.
    assert client.get("/kelola/django/login/").status_code == 200
    assert client.get("/django-admin/login/").status_code == 404
    assert "no-store" in client.get("/kelola/django/login/")["Cache-Control"]
    # Its pages stay private even at the new address.
    assert "no-store" in client.get("/kelola/login/")["Cache-Control"]


# --- Error pages --------------------------------------------------------------------------


def test_not_found_page_in_both_languages(client, site_tree, english_tree_pages):
    indonesian = client.get("/tidak-ada/")
    assert indonesian.status_code == 404 and "Halaman tidak ditemukan" in indonesian.content.decode()
    english = client.get("/en/not-here/")
    assert english.status_code == 404
    assert '<html lang="en">' in english.content.decode() and "Page not found" in english.content.decode()


@pytest.mark.urls("cms.tests.test_security")
def test_server_error_page_never_shows_a_trace(site_tree):
    client = Client(raise_request_exception=False)
    response = client.get("/rusak/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Maaf, terjadi kesalahan" in html and "Sorry, something went wrong" in html
    assert "Traceback" not in html and "4f2a" not in html and "RuntimeError" not in html
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.fixture
def english_tree_pages(site_tree):
    from wagtail.models import Locale

    from news.tests.archive_fixtures import translate

    en = Locale.objects.get_or_create(language_code="en")[0]
    return translate(site_tree["home"], en)


# --- Embeds -------------------------------------------------------------------------------


def test_video_embeds_come_only_from_youtube_and_vimeo():
    from wagtail.embeds.finders import get_finders

    finders = get_finders()

    def accepted(url):
        return any(finder.accept(url) for finder in finders)

    assert accepted("https://www.youtube.com/watch?v=dQw4w9WgXcQ") and accepted("https://youtu.be/dQw4w9WgXcQ")
    assert accepted("https://vimeo.com/76979871")
    for url in ("https://www.tiktok.com/@dinsos/video/1", "https://twitter.com/dinsos/status/1",
                "https://www.facebook.com/dinsos/videos/1", "https://soundcloud.com/a/b", "https://example.com/v"):
        assert not accepted(url), url
