"""Settings shared by every environment.

Everything that differs between a laptop and a server is read from the environment in
dev.py / production.py; this module holds the project's fixed shape.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from wagtail.embeds.oembed_providers import vimeo, youtube

from search.config import search_backends_from_env
from twofactor.policy import parse_required_groups

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    # Page-cache purge signals, security headers and ops commands (cms/apps.py). First, because its
    # admin widget templates replace Wagtail's inline scripts (cms/wagtail_csp.py), and widgets
    # are rendered by the form renderer, which looks in the apps' templates in this order.
    "cms.apps.CmsConfig",
    "core",
    # Before wagtail_localize: it overrides the translation editor template.
    "localisation",
    "home",
    "news",
    "programmes",
    # The department's profile and organisation units (Profil).
    "organisation",
    # Public services and their service standards (standar pelayanan); depends on programmes.
    "services",
    # Public-information disclosure (UU 14/2008 KIP): the PPID section.
    "ppid",
    "survey",
    "search",
    "wordpress",
    # Reader comments on news posts: above news and wordpress (adopts the imported comments).
    "comments",
    # "Hubungi kami" form and the Pengaduan page.
    "contact",
    # Benchmarks and search evaluation: imports every app, imported by none (make bench, bench-search, eval-search).
    "bench",
    "editorial",
    # Two-step sign-in to the admin (django-otp: authenticator app + backup codes).
    "twofactor",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    # The read API for other portals (cms/api.py, docs/api.md).
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost after SecurityMiddleware so they see the final response (cms/security.py, cms/cache.py).
    "cms.security.SecurityHeadersMiddleware",
    # Before anything reads the path or query (cms/hostile_input.py).
    "cms.hostile_input.HostileInputMiddleware",
    "cms.cache.PageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The request's Wagtail site from a per-process memo (core/frame.py), not a query per request.
    "core.frame.SiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks the session's verified device; the gate then keeps unverified admins out (twofactor/).
    "django_otp.middleware.OTPMiddleware",
    "twofactor.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wordpress.middleware.LegacyQueryRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Page routing from a per-process memo per content version (core/routing.py).
    "core.routing.RouteMemoMiddleware",
    # Last, as django-axes requires: turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite in the project folder unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    # Every account here is staff (editors, approvers, translators): 12 characters at least.
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Bahasa Indonesia is the source language; Wagtail creates the first Locale from
# LANGUAGE_CODE in its initial migration, so this must be right from the start.
LANGUAGE_CODE = "id"
LANGUAGES = [
    ("id", "Bahasa Indonesia"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation starts as a draft and, like any edit, goes live only after approval
# (localisation/translation_approval/).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation is off unless a self-hosted LibreTranslate is configured; never a cloud service.
if os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"].rstrip("/"),
                    "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""), "TIMEOUT": 15},
    }
# The project's catalogues first (makemessages writes there, and they win), then our Indonesian
# for wagtail-localize's screens, whose own id_ID catalogue is almost empty (localisation/vendor_catalogue.py),
# then for the Wagtail strings of the review path that its id_ID catalogue lacks (localisation/vendor_wagtail.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "localisation" / "locale_wagtail_localize",
                BASE_DIR / "localisation" / "locale_wagtail"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
# Documents live apart from public media, outside MEDIA_ROOT, where no web server looks; they
# are delivered only by Wagtail's serve view, which checks collection privacy (cms/storage.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "cms.storage.MediaStorage"},
    "media": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {"BACKEND": "cms.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Dinas Sosial DIY"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Editorial workflow (roles and workflow themselves: editorial/roles.py, `manage.py setup_roles`).
# An edit made after approval must be approved again before it can go live.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@dinsos.jogjaprov.go.id")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
# Review requests go to the Penyetuju group only; superusers would otherwise get two
# copies of every submission (one per workflow, one per task).
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = env_bool("WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", False)
# SEARCH_URL=http(s)://host:port → OpenSearch (database backend kept in step as fallback);
# unset or "database" → the embedded database backend. See search/config.py.
WAGTAILSEARCH_BACKENDS = search_backends_from_env()
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The video block promises YouTube and Vimeo, and the public CSP frames only those hosts:
# any other oEmbed provider's HTML is refused when the editor adds it.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

NEWS_PAGE_SIZE = 12

# --- Read API (cms/api.py, docs/api.md) ---
# Rich text as display HTML: portals that syndicate our news show it as it is.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 50
# Requests per visitor and minute; beyond that 429 with Retry-After.
API_REQUESTS_PER_MINUTE = int(os.environ.get("API_REQUESTS_PER_MINUTE", "120"))

# --- Security and operations (cms/security.py, cms/cache.py, docs/deploy.md) ---
# The admin's address can be moved away from the well-known /admin/ (e.g. ADMIN_URL_PATH=kelola/).
ADMIN_URL_PATH = (os.environ.get("ADMIN_URL_PATH", "").strip("/") or "admin") + "/"
# No framing; Wagtail's and wagtail-localize's preview views override this with SAMEORIGIN
# for the admin's preview iframe (and the admin's CSP says frame-ancestors 'self').
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# No Gravatar: editors' e-mail hashes are not sent to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# django-axes: 5 failed logins for one username from one address lock that pair for 15 minutes.
AUTHENTICATION_BACKENDS = [
    # Per username across all addresses (password spraying); axes locks (username, address).
    "cms.signin_throttle.UsernameThrottleBackend",
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
SIGNIN_USERNAME_FAILURE_LIMIT = int(os.environ.get("SIGNIN_USERNAME_FAILURE_LIMIT", "20"))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cms.security.client_ip"
# Two-step sign-in (twofactor/, docs/deploy.md): env ADMIN_2FA_REQUIRED_GROUPS is a comma list of
# groups whose members (plus every superuser) must use it; "off" switches the requirement off,
# an empty value means superusers only. Off here (development, tests); production.py defaults to
# the approvers. Anyone may still turn it on for their own account.
ADMIN_2FA_REQUIRED_GROUPS = parse_required_groups(os.environ.get("ADMIN_2FA_REQUIRED_GROUPS", "off"))
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# --- Reader comments (comments/, docs/komentar.md) ---
# Moderators: the Penyetuju group (editorial/roles.py grants the permissions; the digest goes to it).
COMMENTS_MODERATOR_GROUP = "Penyetuju"
# Comments close by themselves this many days after a post's publication date (0: never).
COMMENTS_CLOSE_AFTER_DAYS = int(os.environ.get("COMMENTS_CLOSE_AFTER_DAYS", "60"))
# Retention (manage.py purge_comment_data, daily): commenters' e-mail addresses are erased after
# this many days, and comments never approved (pending or spam) are deleted after the second.
COMMENTS_EMAIL_RETENTION_DAYS = int(os.environ.get("COMMENTS_EMAIL_RETENTION_DAYS", "90"))
COMMENTS_UNAPPROVED_RETENTION_DAYS = int(os.environ.get("COMMENTS_UNAPPROVED_RETENTION_DAYS", "30"))
# Spam defences: seconds between making the form token and posting it (time trap) and how long a
# form stays valid; links per comment; comments per visitor and window (seconds); fresh form
# tokens (GET /komentar/<id>/token/, fetched when a reader starts a comment) per visitor and window.
COMMENTS_MIN_SECONDS = 5
COMMENTS_FORM_MAX_AGE = 2 * 24 * 3600
COMMENTS_MAX_LINKS = 2
COMMENTS_RATE_LIMIT = (5, 600)
COMMENTS_TOKEN_RATE_LIMIT = (30, 600)
# The last-resort text question (off: the other defences suffice until spam gets through them).
COMMENTS_QUESTION = env_bool("COMMENTS_QUESTION", False)
# --- Contact form and complaints (contact/, docs/kontak.md) ---
# Messages sent through the contact form are personal data (UU 27/2022): deleted after this many
# days by `manage.py purge_contact_submissions` (cron, nightly). The form's privacy notice says so.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
# Spam defences (contact/spam.py): seconds before a form may be sent, how long it stays valid,
# messages per visitor and window (seconds); the longest text a multi-line field takes.
CONTACT_MIN_SECONDS = 3
CONTACT_FORM_MAX_AGE = 24 * 3600
CONTACT_RATE_LIMIT = (3, 600)
CONTACT_MESSAGE_MAX_LENGTH = 4000
# Peers whose X-Real-IP header is believed (nginx on the same machine); shared with django-axes.
TRUSTED_PROXIES = tuple(env_list("TRUSTED_PROXIES", "127.0.0.1,::1"))
