"""What the PPID index shows: the filtered, searchable list of entries, the DIP table and its CSV.

The index page's `get_context` and routes call these functions and stay thin. Every query
string value is validated by `FilterForm`; a value that is not recognised is ignored and named
in a message, so a hand-edited address never gives an error page.
"""

import csv

from django import forms
from django.db.models import Count
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from core import frame
from core.pagination import paginate
from search.service import Filters, search_pages
from search.text import normalise_query

from .choices import KIPCategory

PER_PAGE = 20
SEARCH_KIND = "ppid"  # the entries' kind in search/kinds.py
# Spreadsheet programs run cells starting with these as formulas (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class FilterForm(forms.Form):
    q = forms.CharField(required=False, label=gettext_lazy("Search for"))
    category = forms.ChoiceField(required=False, label=gettext_lazy("Category"))
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=gettext_lazy("Year"))
    # The unit page's id: units are pages, and their titles differ per language.
    unit = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=gettext_lazy("Responsible unit"))

    def __init__(self, data, years, units=()):
        super().__init__(data)
        everything = [("", gettext_lazy("All"))]
        self.fields["category"].choices = everything + list(KIPCategory.choices)
        self.fields["year"].choices = everything + [(year, str(year)) for year in years]
        self.fields["unit"].choices = everything + [(pk, title) for pk, title in units]

    def value(self, name):
        """The cleaned value, or None when it was missing or not acceptable."""
        if not self.is_bound or name in self.errors or not hasattr(self, "cleaned_data"):
            return None
        return self.cleaned_data.get(name) or None

    @property
    def ignored(self):
        """Labels of the filters whose values were not recognised."""
        return [str(self.fields[name].label) for name in self.errors]

    @property
    def active(self):
        return any(self.value(name) for name in ("category", "year", "unit")) or bool(self.query)

    @property
    def query(self):
        return normalise_query(self.data.get("q", ""))


def visible_document(page, field="document"):
    """The page's document when visitors may download it; None for a document in a private collection."""
    document = getattr(page, field)
    if document is None or document.collection.get_view_restrictions().exists():
        return None
    return document


def _searched(entries, query, locale):
    """`entries` matching `query` through the site search, best match first (at most its pool size)."""
    outcome = search_pages(query, locale, filters=Filters(kind=SEARCH_KIND))
    ranked = [candidate.pk for candidate in outcome.candidates]
    found = {page.pk: page for page in entries.filter(pk__in=ranked)}
    return [found[pk] for pk in ranked if pk in found]


def category_counts(entries):
    """[(category value, label, count)] in the law's order; one query."""
    counts = {row["category"]: row["n"] for row in entries.order_by().values("category").annotate(n=Count("pk"))}
    return [(value, label, counts.get(value, 0)) for value, label in KIPCategory.choices]


def _kept(index, name, compute):
    """`compute()` for this index, per content version: entries, units and documents all move it."""
    return frame.memo(f"ppid-{name}", index.pk, compute)


def index_context(index, request):
    entries = index.entries().listed()
    form = FilterForm(request.GET, _kept(index, "years", entries.years), _kept(index, "units", entries.units))
    form.is_valid()
    chosen = (form.value("category"), form.value("year"), form.value("unit"))
    selected = entries.filtered(*chosen)
    if form.query:
        selected, count = _searched(selected, form.query, Locale.get_active()), None
    else:
        # The filters' values are validated choices: a bounded number of remembered counts.
        count = frame.memo("ppid-count", (index.pk, *chosen), selected.count)
    params = request.GET.copy()
    params.pop("page", None)
    return {
        "filter_form": form,
        "listing_filters": chosen,
        "ignored_filters": form.ignored,
        "entries_page": paginate(request, selected, per_page=PER_PAGE, count=count),
        "base_query": params.urlencode(),
        "category_counts": _kept(index, "category-counts", lambda: category_counts(entries)),
        "procedures": _kept(index, "procedures", lambda: list(index.procedure_pages())),
        "dip_url": index.url + index.reverse_subpage("dip") if index.url else "",
    }


def dip_rows(index):
    """(public information, exempted information) of the index, for the DIP table and its CSV."""
    entries = index.entries().listed().order_by("category", "-year", "title")
    return list(entries.public_information()), list(entries.exempted())


def render_dip(index, request):
    public, exempted = dip_rows(index)
    base = index.get_url(request) or ""
    return index.render(request, template="ppid/dip.html", context_overrides={
        "public_entries": public, "exempted_entries": exempted,
        "csv_url": base + index.reverse_subpage("dip_csv"), "index_url": base,
    })


def unit_title(entry):
    """The responsible unit's title, in the entry's language once the unit is translated (relink)."""
    return entry.responsible_unit.title if entry.responsible_unit_id else ""


def _cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def dip_csv(index, request):
    public, _exempted = dip_rows(index)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="daftar-informasi-publik.csv"'
    response.write("\ufeff")  # lets spreadsheet programs recognise UTF-8
    writer = csv.writer(response)
    writer.writerow([_("No."), _("Information"), _("Summary"), _("Category"), _("Year"), _("Responsible unit"),
                     _("Person responsible"), _("Format"), _("Retention period"), _("Address")])
    for number, entry in enumerate(public, start=1):
        writer.writerow([_cell(value) for value in (
            number, entry.title, entry.summary, entry.get_category_display(), entry.year,
            unit_title(entry), entry.person_responsible, entry.information_format,
            entry.retention_period, entry.get_full_url(request) or "")])
    return response
