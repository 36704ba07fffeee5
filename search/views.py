"""The public search page (/cari/, /en/search/) and the autocomplete endpoint."""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page

from core import frame, ratelimit
from core.pagination import paginate, requested_page_number

from . import fallback, searchlog
from .analysis import language_of
from .forms import SearchForm
from .highlight import highlight, snippet
from .kinds import kind_label, kind_of_model
from .models import SuggestedSearches
from .service import page_queryset, result_date, search_pages
from .text import normalise_query

logger = logging.getLogger("search")

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_PER_MINUTE = 30
SNIPPET_TEXT_SECONDS = 7 * 24 * 3600


def _snippet_texts(pages):
    """{pk: (lead text, body text)} of the pages, for their snippets.

    Rendering a StreamField body to text was the costliest part of a results page; the text only
    changes with a publish, so it is kept in the shared cache per page and publish time, and
    the ten results of a page are fetched in one round trip.
    """
    if not pages:
        return {}
    keys = {page.pk: f"search:text:{page.pk}:{page.last_published_at.timestamp() if page.last_published_at else 0}"
            for page in pages}
    found = cache.get_many(keys.values())
    missing = [pk for pk, key in keys.items() if key not in found]
    if missing:
        fresh = {}
        for page in Page.objects.filter(pk__in=missing).specific():
            lead = page.snippet_lead_text() if hasattr(page, "snippet_lead_text") else ""
            body = page.snippet_body_text() if hasattr(page, "snippet_body_text") else ""
            fresh[keys[page.pk]] = (lead, body)
        cache.set_many(fresh, SNIPPET_TEXT_SECONDS)
        found.update(fresh)
    return {pk: found[key] for pk, key in keys.items() if key in found}


def _result_items(request, candidates, query):
    """What the results list shows; the pages themselves are not loaded as their specific types:
    the date comes with the candidate, the text with the engine's hit or from _snippet_texts."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=[c.pk for c in candidates])}
    texts = {c.pk: c.snippet_texts for c in candidates if c.snippet_texts is not None and c.pk in pages}
    texts.update(_snippet_texts([page for pk, page in pages.items() if pk not in texts]))
    items = []
    for candidate in candidates:
        page = pages.get(candidate.pk)
        if page is None or page.pk not in texts:
            continue
        kind = kind_of_model(page.specific_class)
        items.append({
            "page": page, "url": page.get_url(request), "kind": kind, "kind_label": kind_label(kind),
            "title": highlight(page.title, query), "date": candidate.date or result_date(page),
            "snippet": snippet(list(texts[page.pk]), query),
        })
    return items


def _promoted_queries():
    """The query strings that have editors' picks, per content version (search/apps.py bumps it
    when a pick is saved or deleted): most searches have none, and then ask nothing more."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    return frame.memo("promoted-queries", None, lambda: frozenset(
        SearchPromotion.objects.values_list("query__query_string", flat=True)))


def _promotions(query_text, locale, request):
    """Editors' picks for this query: pages of the active language that are live and public."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    query_string = normalise_query_string(query_text)
    if query_string not in _promoted_queries():
        return []
    picks = list(SearchPromotion.objects.filter(query__query_string=query_string)
                 .select_related("page").order_by("sort_order"))
    page_ids = [p.page_id for p in picks if p.page_id]
    visible = set(Page.objects.live().public().filter(pk__in=page_ids, locale=locale).values_list("pk", flat=True))
    out = []
    for pick in picks:
        if pick.page_id in visible:
            page = pick.page.specific
            out.append({"url": page.get_url(request), "title": page.title, "pk": page.pk,
                        "description": pick.description or getattr(page, "summary", "") or page.search_description})
        elif not pick.page_id and pick.external_link_url:
            out.append({"url": pick.external_link_url, "title": pick.external_link_text or pick.external_link_url,
                        "pk": None, "description": pick.description})
    return out


def _popular_searches(language):
    """The searches editors suggest (search.models.SuggestedSearches); never visitors' own words."""
    try:
        return SuggestedSearches.load().phrases(language)
    except Exception:  # e.g. the table missing mid-migration: the page works without suggestions
        logger.exception("search: could not load the suggested searches")
        return []


def _record(query_text, found, language):
    try:
        searchlog.log_search(query_text, found, language)
    except Exception:  # statistics must never cost the visitor their results
        logger.exception("search: could not record the search terms")


@require_GET
def search_view(request):
    locale = frame.locale_for()
    language = language_of(locale.language_code)
    form = SearchForm(request.GET, locale)
    form.is_valid()
    raw = request.GET.get("q", "")
    query_text = normalise_query(raw)
    context = {"form": form, "query_text": query_text, "raw_too_long": len(raw) > 200,
               "ignored_filters": form.ignored, "search_url": request.path,
               # The site header apart from the search box depends on the address only (base.html).
               "frame_key": "search"}
    if not query_text:
        context["popular"] = _popular_searches(language)
        return render(request, "search/search.html", context)

    outcome = search_pages(query_text, locale, filters=form.filters(), sort=form.value("sort", "relevance"))
    page_obj = paginate(request, outcome.candidates, per_page=RESULTS_PER_PAGE)
    promotions = _promotions(query_text, locale, request) if page_obj.number == 1 else []
    promoted = {p["pk"] for p in promotions}
    results = [item for item in _result_items(request, list(page_obj.object_list), outcome.query)
               if item["page"].pk not in promoted]
    if requested_page_number(request) <= 1:  # paging through results is not a new search
        _record(query_text, bool(outcome.candidates), language)
    params = request.GET.copy()
    params.pop("page", None)
    context.update(outcome=outcome, page_obj=page_obj, results=results, promotions=promotions,
                   base_query=params.urlencode(), total=outcome.total if outcome.candidates else 0,
                   popular=[] if outcome.candidates else _popular_searches(language))
    return render(request, "search/search.html", context)


@require_GET
def autocomplete_view(request):
    if not ratelimit.allow(request, "autocomplete", AUTOCOMPLETE_PER_MINUTE):
        response = JsonResponse({"error": _("Too many requests. Please wait a minute and try again."),
                                 "results": []}, status=429)
        response["Retry-After"] = "60"
        return response
    query_text = normalise_query(request.GET.get("q", ""), max_length=100)
    if len(query_text) < 2:
        return JsonResponse({"query": query_text, "results": []})
    queryset = page_queryset(frame.locale_for())
    try:
        pages, _backend, _fell_back = fallback.run(
            lambda backend: list(backend.autocomplete(query_text, queryset)[:AUTOCOMPLETE_LIMIT]))
    except Exception:  # the database backend failing too: answer with nothing, not an error page
        logger.exception("search: autocomplete failed on every backend")
        pages = []
    results = []
    for page in pages:
        kind = kind_of_model(page.specific_class) if page.specific_class else None
        results.append({"title": page.title, "url": page.get_url(request),
                        "kind": str(kind_label(kind))})
    return JsonResponse({"query": query_text, "results": results})
