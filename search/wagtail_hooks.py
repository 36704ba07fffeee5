from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .admin_views import ZeroResultReportView

report_urls = ([
    path("", ZeroResultReportView.as_view(), name="zero_results"),
    path("results/", ZeroResultReportView.as_view(results_only=True), name="zero_results_results"),
], "search_reports")


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/searches-without-results/", include(report_urls))]


@hooks.register("register_reports_menu_item")
def register_zero_result_report_menu_item():
    return AdminOnlyMenuItem(_("Searches without results"), reverse("search_reports:zero_results"),
                             name="searches-without-results", icon_name="search", order=1310)
