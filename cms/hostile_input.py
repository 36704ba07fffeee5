"""Refuse requests whose address carries characters no page address can contain.

A NUL byte reaches PostgreSQL as "text fields cannot contain NUL" (a server error on any
query that filters by it), and control characters in a path or query are never part of a
link we publish. Checked once here, at the edge, so no view has to remember it: the visitor
gets a 400 page instead of a 500.

Cookies are the browser's, not the address's: one with such a character (a NUL in `sessionid`
reached PostgreSQL through the session lookup) is ignored as if it had not been sent, since a
400 would lock the visitor out of every page until the cookie expires.
"""

import re

from django.core.exceptions import BadRequest

# C0 controls other than tab, line feed and carriage return (which browsers strip or
# encode in query strings that people paste), plus DEL.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def drop_hostile_cookies(request):
    for name, value in list(request.COOKIES.items()):
        if FORBIDDEN.search(name) or FORBIDDEN.search(value):
            del request.COOKIES[name]


def hostile_value(request):
    """The first part of the request address a view must not see, or None."""
    if FORBIDDEN.search(request.path):
        return "path"
    for key, values in request.GET.lists():
        if FORBIDDEN.search(key) or any(FORBIDDEN.search(value) for value in values):
            return "query"
    return None


class HostileInputMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if hostile_value(request):
            raise BadRequest("control character in the request address")
        drop_hostile_cookies(request)
        return self.get_response(request)
