"""Which view restrictions apply to a page, without two queries on every page served.

Wagtail checks `page.get_view_restrictions()` before serving any page (the `on_serve_page`
hook): one query for the ancestors' alias links, one for the restrictions. Nearly every page of
this site is public, so the answer is worked out from what the site frame already keeps per
content version (core/frame.py; bumped when a restriction, a page's path or an alias changes):
the restricted pages' paths, and the aliases of restricted pages.
"""

from wagtail.models import Page, PageViewRestriction

from core import frame


def _restrictions():
    """{restricted page's path: (its restrictions), ...} and {an alias's path: the source's
    restrictions} — an alias shares its source's restrictions, at any depth of aliasing."""
    def compute():
        by_page = {}
        for restriction in PageViewRestriction.objects.select_related("page").order_by("page__path", "pk"):
            if restriction.page.alias_of_id is None:  # Wagtail ignores restrictions put on an alias
                by_page.setdefault(restriction.page_id, (restriction.page.path, []))[1].append(restriction)
        by_path = {path: tuple(found) for path, found in by_page.values()}
        sources = {page_id: tuple(found) for page_id, (path, found) in by_page.items()}
        while sources:
            aliases = Page.objects.filter(alias_of_id__in=sources).values_list("pk", "path", "alias_of_id")
            sources = {pk: sources[source] for pk, path, source in aliases if path not in by_path}
            by_path.update({path: sources[pk] for pk, path, _ in aliases if pk in sources})
        return by_path

    return frame.memo("view-restrictions", None, compute)


def restrictions_for(page):
    """The restrictions on `page` and its ancestors (an alias counts as its source), in tree order."""
    by_path = _restrictions()
    steps = page.steplen
    found = []
    for depth in range(1, len(page.path) // steps + 1):
        found.extend(by_path.get(page.path[: depth * steps], ()))
    return found


class ViewRestrictionMemoMixin:
    """For page models: `get_view_restrictions()` as Wagtail answers it, from the memo."""

    def get_view_restrictions(self):
        if not self.pk or not self.path:
            return super().get_view_restrictions()
        found = restrictions_for(self)
        queryset = (PageViewRestriction.objects.filter(pk__in=[restriction.pk for restriction in found]) if found
                    else PageViewRestriction.objects.none())
        # Iterating, exists() and count() use these rows; any other call (order_by, filter)
        # builds a new query, as in Wagtail.
        queryset._result_cache = list(found)
        return queryset
