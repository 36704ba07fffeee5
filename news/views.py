"""The view-count beacon: POST /api/lihat/<page_id>/?t=<signature>, answered 204 whatever happens.

The answer never says whether the view was counted, sets no cookie and is never cached.
"""

import re

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core import ratelimit

from . import popular

# One view per visitor and post in this many seconds; at most VISITOR_LIMIT views an hour.
VISITOR_WINDOW = 30 * 60
VISITOR_LIMIT = 60

# Crawlers, link previewers, monitors and scripted clients; an empty user agent counts as a bot too.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|phantomjs|"
    r"lighthouse|pagespeed|pingdom|uptime|monitor|curl|wget|python|httpclient|okhttp|java/|"
    r"go-http|libwww|scrapy|axios|node-fetch|feed|validator",
    re.IGNORECASE,
)


def is_bot(user_agent):
    return not user_agent.strip() or bool(BOT_PATTERN.search(user_agent))


def opted_out(request):
    return request.headers.get("DNT") == "1" or request.headers.get("Sec-GPC") == "1"


def should_count(request):
    if opted_out(request) or is_bot(request.headers.get("User-Agent", "")):
        return False
    # Editors previewing and checking their own posts would dominate a small site's numbers.
    return not request.user.is_authenticated


def within_visitor_budget(request, page_id):
    """A script replaying a token from one address cannot push a post into 'Berita populer'."""
    return (ratelimit.allow(request, f"views-{page_id}", 1, VISITOR_WINDOW)
            and ratelimit.allow(request, "views", VISITOR_LIMIT, 3600))


@csrf_exempt  # the page may come from a shared cache, so it cannot carry a per-visitor token
@never_cache
@require_POST
def record_view(request, page_id):
    if (should_count(request) and popular.valid_token(page_id, request.GET.get("t", ""))
            and within_visitor_budget(request, page_id)):
        popular.record_view(page_id)
    return HttpResponse(status=204)
