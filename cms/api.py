"""The read API for other government portals: Wagtail API v2 at /api/v2/ (docs/api.md).

Read-only and anonymous: pages that are live and public (Wagtail's own query drops drafts
and view-restricted subtrees), images, and documents outside private collections. Which
fields a page type shows is its `api_fields`; everything else (owner, revisions, e-mail
addresses, comment settings) stays out. Rich text is served as display HTML.

Every answer is JSON only (no browsable HTML API to harden), limited per visitor with the
same counter as autocomplete (core.ratelimit), and kept by nginx for PAGE_CACHE_SHORT_TIMEOUT
(cms/cache.py): answers are not purged on publish, so they are kept briefly.
"""

from django.conf import settings
from rest_framework.exceptions import Throttled
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import BaseThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core import ratelimit

RETRY_AFTER = 60


class VisitorThrottle(BaseThrottle):
    def allow_request(self, request, view):
        return ratelimit.allow(request, "api", settings.API_REQUESTS_PER_MINUTE, window=RETRY_AFTER)

    def wait(self):
        return RETRY_AFTER


class AlwaysJSON(BaseContentNegotiation):
    """JSON whatever the Accept header says: a browser or a script asking for HTML gets the data, not a 406."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class ReadOnlyAPI:
    renderer_classes = [JSONRenderer]
    content_negotiation_class = AlwaysJSON
    throttle_classes = [VisitorThrottle]

    def throttled(self, request, wait):
        raise Throttled(wait=wait, detail="Too many requests: try again in a minute.")


class PagesAPI(ReadOnlyAPI, PagesAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().select_related("locale")  # meta.locale, else one query per page


class ImagesAPI(ReadOnlyAPI, ImagesAPIViewSet):
    pass


class DocumentsAPI(ReadOnlyAPI, DocumentsAPIViewSet):
    pass


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPI)
router.register_endpoint("images", ImagesAPI)
router.register_endpoint("documents", DocumentsAPI)
