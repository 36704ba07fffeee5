"""Security headers Django 5.2 does not set itself: Content-Security-Policy, Permissions-Policy.

Django's SecurityMiddleware already sends HSTS (production), X-Content-Type-Options,
Referrer-Policy and Cross-Origin-Opener-Policy; XFrameOptionsMiddleware sends
X-Frame-Options: SAMEORIGIN. This module adds the rest.

Two policies:
* public pages: scripts, styles, fonts and requests only from this site, no inline code
  (the templates have no inline script, style element, style attribute or on* handler;
  JSON-LD `<script type="application/ld+json">` is a data block, never executed, which CSP
  leaves alone); video embeds only from the hosts in CSP_FRAME_SRC;
* the admin (Wagtail uses inline scripts and styles): same origin, inline allowed.
Public pages may not be framed at all; admin pages only by the admin itself, which keeps
the preview iframe working (Wagtail's preview views also send X-Frame-Options: SAMEORIGIN).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render

from core.client import client_ip  # noqa: F401 - django-axes' AXES_CLIENT_IP_CALLABLE names it here

DEFAULT_FRAME_SRC = ("https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com")
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def _origin(url):
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _join(directives):
    return "; ".join(f"{name} {' '.join(values)}".strip() for name, values in directives.items())


def public_policy(frame_ancestors="'none'"):
    media = [origin for origin in {_origin(settings.MEDIA_URL), _origin(settings.STATIC_URL)} if origin]
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
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        # Avatars (Gravatar), S3 media and embed thumbnails come from elsewhere.
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'", "https://releases.wagtail.org"],
        "frame-src": ["'self'", "https:"],
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


def is_admin_path(path):
    return path.startswith("/" + settings.ADMIN_URL_PATH)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public, self.admin = public_policy(), admin_policy()
        self.preview = public_policy(frame_ancestors="'self'")

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if response.get("Content-Type", "").startswith("text/html"):
            response.setdefault("Content-Security-Policy", self.policy_for(request))
        return response

    def policy_for(self, request):
        if is_admin_path(request.path):
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
