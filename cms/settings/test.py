"""Settings for the test suite: fast password hashing, in-memory media, no e-mail sent."""

import tempfile

from search.config import database_backend

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="dinsos-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="dinsos-test-private-")
STATIC_ROOT = tempfile.mkdtemp(prefix="dinsos-test-static-")
WAGTAILADMIN_BASE_URL = "http://testserver"
# django-axes needs the request in authenticate(); Client.login() has none. The lockout tests
# (cms/tests/test_security.py) switch it back on.
AXES_ENABLED = False
# The database search backend, whatever SEARCH_URL says: ordinary page saves in tests never
# write to a search engine. Tests that need the real engine ask for it through the
# `search_engine` fixture (conftest.py), which points the backend at SEARCH_URL for them alone.
WAGTAILSEARCH_BACKENDS = {"default": database_backend()}
# Two-step sign-in is off whatever the environment says; twofactor/tests switch it on.
ADMIN_2FA_REQUIRED_GROUPS = None
