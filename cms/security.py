"""Security headers Django 5.2 does not set itself: Content-Security-Policy, Permissions-Policy.

Django's SecurityMiddleware already sends HSTS (production), X-Content-Type-Options,
Referrer-Policy and Cross-Origin-Opener-Policy; XFrameOptionsMiddleware sends
X-Frame-Options: SAMEORIGIN. This module adds the rest.

Two policies:
* public pages: scripts, styles, fonts and requests only from this site, no inline code
  (the templates have no inline script, style element, style attribute or on* handler;
  JSON-LD `<script type="application/ld+json">` is a data block, never executed, which CSP
  leaves alone); video embeds only from the hosts in CSP_FRAME_SRC;
* the admin: scripts from this site only, plus the constant inline scripts of installed
  packages by hash; Wagtail's per-field inline initialisers are turned into data blocks
  (cms/wagtail_csp.py); inline styles allowed (Wagtail sets style attributes throughout).
Public pages may not be framed at all; admin pages only by the admin itself, which keeps
the preview iframe working (Wagtail's preview views also send X-Frame-Options: SAMEORIGIN).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render

from cms import wagtail_csp
from core.client import client_ip  # noqa: F401 - django-axes' AXES_CLIENT_IP_CALLABLE names it here
from core.paths import is_admin_path

ADMIN_EMBED_THUMBNAILS = ("https://i.ytimg.com", "https://i.vimeocdn.com")
DEFAULT_FRAME_SRC = ("https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com")
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def _origin(url):
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _media_origins():
    return sorted({origin for origin in (_origin(settings.MEDIA_URL), _origin(settings.STATIC_URL)) if origin})


def _join(directives):
    return "; ".join(f"{name} {' '.join(values)}".strip() for name, values in directives.items())


def public_policy(frame_ancestors="'none'"):
    media = _media_origins()
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *media],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *media],
        "frame-src": list(getattr(settings, "CSP_FRAME_SRC", DEFAULT_FRAME_SRC)) or ["'none'"],
        "frame-ancestors": [frame_ancestors],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return _join(_finish(directives))


def admin_policy():
    """The admin's policy: no inline scripts but the constant ones of installed packages, by hash
    (cms/wagtail_csp.py); every exception is listed in docs/deploy.md."""
    media = _media_origins()
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *wagtail_csp.constant_script_hashes()],
        # Wagtail's jquery.Jcrop (focal point) tests touch support by setting ontouchstart="return;".
        "script-src-attr": ["'unsafe-hashes'", wagtail_csp.script_hash(wagtail_csp.FEATURE_TEST_HANDLER)],
        # Wagtail's templates and scripts set style attributes throughout (Wagtail 8.0.1).
        "style-src": ["'self'", "'unsafe-inline'"],
        # Uploads preview as blob: URLs; oEmbed thumbnails of the video hosts show in the editor.
        "img-src": ["'self'", "data:", "blob:", *media, *ADMIN_EMBED_THUMBNAILS],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        # The preview panel (same origin) and the video hosts' players.
        "frame-src": ["'self'", *getattr(settings, "CSP_FRAME_SRC", DEFAULT_FRAME_SRC)],
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    return _join(_finish(directives))


def _finish(directives):
    if getattr(settings, "SECURE_SSL_REDIRECT", False):
        directives["upgrade-insecure-requests"] = []
    report_uri = getattr(settings, "CSP_REPORT_URI", "")
    if report_uri:
        directives["report-uri"] = [report_uri]
    return directives


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public, self.preview = public_policy(), public_policy(frame_ancestors="'self'")
        self.admin = None  # on the first admin request: its script hashes need the URLconf

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if response.get("Content-Type", "").startswith("text/html"):
            response.setdefault("Content-Security-Policy", self.policy_for(request))
        return response

    def policy_for(self, request):
        if is_admin_path(request.path):
            if self.admin is None:
                self.admin = admin_policy()
            return self.admin
        if is_preview(request):
            # Wagtail renders previews through the middleware with the page's own path;
            # the admin shows them in a same-origin iframe.
            return self.preview
        return self.public


def is_preview(request):
    return getattr(request, "is_preview", False) or getattr(request, "is_dummy", False)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: a page that says why and for how long."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {"minutes": minutes, "limit": settings.AXES_FAILURE_LIMIT}
    response = render(request, "axes/lockout.html", context, status=getattr(settings, "AXES_HTTP_RESPONSE_CODE", 429))
    response["Cache-Control"] = "private, no-store"
    return response
