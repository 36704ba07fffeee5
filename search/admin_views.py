"""Admin report "Searches without results": what visitors looked for and did not find."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from .models import ZeroResultQuery


class ZeroResultReportView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-hits"
    index_url_name = "search_reports:zero_results"
    index_results_url_name = "search_reports:zero_results_results"
    columns = [
        Column("query_string", label=_("Search term(s)"), sort_key="query_string"),
        Column("language", label=_("Language"), sort_key="language"),
        NumberColumn("hits", label=_("Times searched"), sort_key="hits"),
        DateColumn("last_seen", label=_("Last searched"), sort_key="last_seen"),
    ]
    list_export = ["query_string", "language", "hits", "first_seen", "last_seen"]
    export_headings = {"query_string": _("Search term(s)"), "language": _("Language"),
                       "hits": _("Times searched"), "first_seen": _("First searched"),
                       "last_seen": _("Last searched")}

    def get_base_queryset(self):
        return ZeroResultQuery.objects.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset if queryset is not None else self.get_base_queryset()

    def dispatch(self, request, *args, **kwargs):
        # Same audience as Wagtail's "Search terms" report: visitors' raw input is shown.
        if not request.user.is_superuser:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
