"""Production: every secret and address comes from the environment (docs/deploy.md lists them).

The site refuses to start without SECRET_KEY or DATABASE_URL rather than fall back to a
guessable key or a file database. deploy/env.example is a complete sample environment.
"""

import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from cms.storage import check_private_root, s3_storages

from .base import *  # noqa: F403
from .base import BASE_DIR, env_bool, env_list, parse_required_groups


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for production (see deploy/env.example).")
    return value


def secret_key():
    """SECRET_KEY, refusing the sample's placeholder and keys short or plain enough to guess."""
    key = required("SECRET_KEY")
    placeholder = key.startswith(("change-me", "django-insecure-", "dev-only")) or "change-me" in key
    if placeholder or len(key) < 50 or len(set(key)) < 5:
        raise ImproperlyConfigured("SECRET_KEY is a placeholder or too weak: set 50 or more random characters "
                                   "(python -c 'import secrets; print(secrets.token_urlsafe(50))').")
    return key


DEBUG = False
SECRET_KEY = secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{(ALLOWED_HOSTS or ['localhost'])[0]}")

# --- Database: PostgreSQL only; persistent connections (gunicorn workers are long-lived).
DATABASE_URL = required("DATABASE_URL")
if urlsplit(DATABASE_URL).scheme not in {"postgres", "postgresql", "pgsql"}:
    raise ImproperlyConfigured("DATABASE_URL must point to PostgreSQL in production.")
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "600")),
                                     conn_health_checks=True)
}

# --- Cache: Redis when CACHE_URL is set (redis://host:port/db, or unix:///path/redis.sock as
# make serve does), else files shared by all gunicorn workers (the view counter of news/popular.py
# needs one cache for all processes).
CACHE_URL = os.environ.get("CACHE_URL", "").strip()
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": {"BACKEND": "core.rediscache.RedisCache", "LOCATION": CACHE_URL,
                          "KEY_PREFIX": "dinsos"}}
elif CACHE_URL:
    raise ImproperlyConfigured("CACHE_URL must be a redis://, rediss:// or unix:// (socket) URL "
                               "(or unset for the file cache).")
else:
    # A full or read-only disk costs cache misses, not server errors (core/filecache.py).
    CACHES = {"default": {"BACKEND": "core.filecache.ResilientFileBasedCache",
                          "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache" / "django")),
                          # Django's default of 300 entries is culled (a third at random, the
                          # frame's content version among them) as soon as fragments, counters and
                          # API answers pile up. Each write lists the folder, so not unlimited:
                          # sites that outgrow this want Redis (CACHE_URL).
                          "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "10000"))}}}
    # Wagtail looks up every image rendition in this cache before the database; in process memory
    # that costs nothing. Short-lived, as another worker's copy is not told of a changed focal point.
    CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "TIMEOUT": 300,
                            "OPTIONS": {"MAX_ENTRIES": 5000}}

# --- Files: static through whitenoise (hashed names, compressed); public media and private
# documents on local disk (PRIVATE_MEDIA_ROOT outside MEDIA_ROOT) or in S3-compatible storage.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}  # noqa: F405
check_private_root(MEDIA_ROOT, PRIVATE_MEDIA_ROOT)  # noqa: F405
if os.environ.get("S3_BUCKET"):
    _s3, MEDIA_URL = s3_storages(os.environ)
    STORAGES.update(_s3)
    # Wagtail's view checks the collection's privacy, then redirects to a signed, short-lived URL.
    WAGTAILDOCS_SERVE_METHOD = "redirect"

# --- Search: SEARCH_URL (OpenSearch) is read in base.py through search/config.py.

# --- E-mail.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@dinsos.jogjaprov.go.id")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
# Server errors are mailed here (addresses separated by commas).
ADMINS = [(address, address) for address in env_list("ADMINS")]

# --- Two-step sign-in: approvers (and superusers) must use it unless the environment says otherwise.
ADMIN_2FA_REQUIRED_GROUPS = parse_required_groups(os.environ.get("ADMIN_2FA_REQUIRED_GROUPS", "Penyetuju"))

# --- HTTPS, cookies, headers. nginx terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Only `make serve` (plain HTTP on 127.0.0.1) turns these off; a browser drops Secure cookies there.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("COOKIES_SECURE", True)
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # Wagtail's admin reads the token from the page, not the cookie
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 3600)))
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no call home from editors' browsers

# --- Full-page cache purge (cms/cache.py): nginx's purge server, e.g. http://127.0.0.1:8081.
PAGE_CACHE_PURGE_URL = os.environ.get("PAGE_CACHE_PURGE_URL", "").strip()
if PAGE_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {"nginx": {"BACKEND": "cms.cache.NginxPurgeBackend", "LOCATION": PAGE_CACHE_PURGE_URL}}
# Three days: publishing purges exactly what changed (cms/cache.py), so expiry is a safety net.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", str(3 * 24 * 3600)))
PAGE_CACHE_SHORT_TIMEOUT = int(os.environ.get("PAGE_CACHE_SHORT_TIMEOUT", "60"))

# --- Logging: errors to stderr (journald), plus mail to ADMINS.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"},
                 "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
                "cms.cache": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}
