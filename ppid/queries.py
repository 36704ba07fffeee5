"""Named queries for public-information entries: what visitors may see, and the filters."""

from django.db.models import Q
from wagtail.models import CollectionViewRestriction
from wagtail.query import PageQuerySet

from core import frame

from .choices import PUBLIC_CATEGORIES


def private_collection_paths():
    """Tree paths of the collections with a view restriction (their sub-collections inherit it),
    per content version (a collection restriction moves it, cms/cache.py)."""
    return frame.memo("private-collections", None, lambda: list(
        CollectionViewRestriction.objects.values_list("collection__path", flat=True)))


def in_private_collection(field="document", paths=None):
    """A Q matching rows whose `field` document sits in a restricted collection (one query for the paths)."""
    paths = private_collection_paths() if paths is None else paths
    matches = Q(pk__in=[])
    for path in paths:
        matches |= Q(**{f"{field}__collection__path__startswith": path})
    return matches


class PublicInformationQuerySet(PageQuerySet):
    def listed(self):
        """Live, public entries whose document (if any) is public too, ordered for the listing.

        An entry whose document is in a private collection is left out for everyone: the public
        listings are the same for every visitor (and so can be cached), and a private document is
        by definition not public information.
        """
        return (self.live().public().exclude(in_private_collection())
                .select_related("document", "locale", "responsible_unit").order_by("-year", "category", "title"))

    def public_information(self):
        """The Daftar Informasi Publik: the three public categories, not the exempted list."""
        return self.filter(category__in=PUBLIC_CATEGORIES)

    def exempted(self):
        return self.exclude(category__in=PUBLIC_CATEGORIES)

    def filtered(self, category=None, year=None, unit=None):
        queryset = self
        if category:
            queryset = queryset.filter(category=category)
        if year:
            queryset = queryset.filter(year=year)
        if unit:
            queryset = queryset.filter(responsible_unit_id=unit)
        return queryset

    def for_unit(self, unit):
        """The listed entries in the unit's language that the unit is responsible for."""
        return self.listed().filter(locale_id=unit.locale_id, responsible_unit=unit)

    def units(self):
        """The units responsible for these entries, in tree order, as (id, title); one query."""
        units = self.model._meta.get_field("responsible_unit").related_model
        return list(units.objects.filter(pk__in=self.order_by().values("responsible_unit_id"))
                    .order_by("path").values_list("pk", "title"))

    def years(self):
        """The distinct years, newest first; one query."""
        return list(self.order_by().values_list("year", flat=True).distinct().order_by("-year"))
