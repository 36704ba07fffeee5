"""Old WordPress query-string addresses (`/?p=123`) on the site root.

Wagtail's RedirectMiddleware only looks for a redirect when the response is a 404, but
`/` is the home page and answers 200 whatever the query string says. WordPress served
every post at `/?p=ID` (and pages, attachments, categories at `?page_id=`,
`?attachment_id=`, `?cat=`, …), and those addresses live on in old links and search
engines, so this middleware checks them before the home page is rendered.
"""

from django.db.models import F
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

# WordPress query variables that name one object; the importer stores one redirect each.
LEGACY_QUERY_KEYS = ("p", "page_id", "attachment_id", "cat", "tag", "author")
ROOT_PATHS = ("/", "/index.php")


def legacy_query_path(request):
    """The normalised Redirect.old_path for a WordPress query address, or None."""
    if request.method not in ("GET", "HEAD") or request.path not in ROOT_PATHS:
        return None
    for key in LEGACY_QUERY_KEYS:
        value = request.GET.get(key, "").strip()
        if value and len(value) <= 200:
            return Redirect.normalise_path(f"/?{key}={value}")
    return None


class LegacyQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        old_path = legacy_query_path(request)
        if old_path:
            redirect = (
                Redirect.get_for_site(Site.find_for_request(request))
                .filter(old_path=old_path)
                .select_related("redirect_page")
                .order_by(F("site_id").asc(nulls_last=True))
                .first()
            )
            if redirect is not None and redirect.link:
                response_class = HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
                return response_class(redirect.link)
        return self.get_response(request)
