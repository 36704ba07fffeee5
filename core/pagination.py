from django.conf import settings
from django.core.paginator import Paginator


def requested_page_number(request, param="page"):
    """The page number asked for, or 1 when it is missing or not a number.

    Out-of-range numbers are clamped by `paginate`, so hand-edited query strings
    (?page=0, ?page=-1, ?page=abc, ?page=99999) land on the nearest real page.
    """
    raw = request.GET.get(param, "1")
    try:
        return int(raw)
    except (TypeError, ValueError):
        return 1


def paginate(request, queryset, per_page=None, count=None):
    """The requested page of `queryset`. `count`, when given, is the number of items, known
    already (e.g. remembered per content version): counting 50,000 posts on every listing
    request was most of a warm listing's database time."""
    paginator = Paginator(queryset, per_page or settings.NEWS_PAGE_SIZE)
    if count is not None:
        paginator.count = count  # a cached_property: the instance attribute takes its place
    number = min(max(requested_page_number(request), 1), paginator.num_pages)
    page = paginator.page(number)
    page.elided_range = list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1))
    return page
