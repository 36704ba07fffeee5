"""Wagtail's page routing, remembered per content version (core.frame).

Finding the page for /berita/2024/ walks the tree: the site's root in the active language,
then one child query and one `.specific` query per level. The answer only changes with a
publish, unpublish, move, delete or site change — exactly what bumps the content version —
so each worker keeps the page (pickled fresh from the database, so each request unpickles its
own instance: nothing one request sets on it reaches another) and the route arguments per
site, language and path. Wagtail reads the route from
`request._wagtail_route_for_request` when it is there (Page.route_for_request).

Only pages that routed are remembered, never 404s: a crawler inventing addresses cannot grow
a worker's memory (core.frame.MEMO_LIMIT bounds the rest).
"""

import pickle

from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.url_routing import RouteResult

from . import frame


def _key(request, path):
    site = frame.site_for(request)
    return (site.pk if site else None, get_language(), path)


class RouteMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_route_memo_key", None)
        route = getattr(request, "_wagtail_route_for_request", None)
        # Not when the request itself moved the version (e.g. it published): its route may be stale.
        if key is not None and route is not None and frame.version() == key[0]:
            page, args, kwargs = route
            fresh = type(page).objects.filter(pk=page.pk, live=True).first()
            if fresh is not None:
                frame.remember("route", key[1], (pickle.dumps(fresh), tuple(args), dict(kwargs)))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or frame.is_preview(request):
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        key = _key(request, path)
        known = frame.recall("route", key)
        if known is not None:
            page, args, kwargs = known
            request._wagtail_route_for_request = RouteResult(pickle.loads(page), args, dict(kwargs))
            return None
        request._route_memo_key = (frame.version(), key)
        return None
