"""The search page's query-string form: every value is validated, none is trusted."""

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _

from core import frame

from .kinds import KINDS, kind_model
from .service import Filters

SORTS = [("relevance", _("Most relevant")), ("newest", _("Newest first"))]


def filter_choices(locale):
    """(programmes, categories, years) a visitor can filter by, in `locale`.

    Three queries, the year list the costliest at 5,000 posts: kept per content version
    (core.frame), which every publish, unpublish, view restriction and category change moves.
    """
    programmes = kind_model("programme").objects.live().public().filter(locale=locale).order_by("title")
    Category = apps.get_model("news", "Category")
    categories = Category.objects.filter(locale=locale, live=True).order_by("name")
    years = kind_model("news").objects.live().public().filter(locale=locale).dates("publication_date", "year",
                                                                          order="DESC")
    return (list(programmes.values_list("pk", "title")), list(categories.values_list("pk", "name")),
            [(d.year, str(d.year)) for d in years])


class SearchForm(forms.Form):
    q = forms.CharField(required=False, strip=True, label=_("Search for"))
    kind = forms.ChoiceField(required=False, label=_("Type"))
    programme = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Programme"))
    category = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Category"))
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Year"))
    sort = forms.ChoiceField(required=False, choices=SORTS, label=_("Sort by"))

    def __init__(self, data, locale):
        super().__init__(data)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + [(slug, kind.label) for slug, kind in KINDS.items()]
        programmes, categories, years = frame.memo("search-filter-choices", locale.pk, lambda: filter_choices(locale))
        self.fields["programme"].choices = everything + programmes
        self.fields["category"].choices = everything + categories
        self.fields["year"].choices = everything + years

    def value(self, name, default=None):
        """The cleaned value, or ``default`` when it was missing or not acceptable."""
        if name in self.errors:
            return default
        return self.cleaned_data.get(name) or default

    @property
    def ignored(self) -> list[str]:
        """Labels of filters whose values were not recognised (they are ignored, not fatal)."""
        return [str(self.fields[name].label) for name in self.errors if name != "q"]

    def filters(self) -> Filters:
        return Filters(kind=self.value("kind"), programme=self.value("programme"),
                       category=self.value("category"), year=self.value("year"))

    def selection_key(self):
        """What the filter menus show selected: the values as given, or nothing for a field whose
        value was refused. Bounded (values outside the choices are refused), so the menus can be
        kept per selection (search.html)."""
        return tuple(None if name in self.errors else str(self.data.get(name, ""))
                     for name in ("kind", "programme", "category", "year", "sort"))

    def filters_active(self) -> bool:
        return any(vars(self.filters()).values())
