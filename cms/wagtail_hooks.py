"""Admin hooks of the project package."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_global_admin_js")
def deferred_calls_js():
    # Before every page's own scripts run their initialisers: see cms/wagtail_csp.py.
    return format_html('<script src="{}"></script>', static("js/admin-deferred-calls.js"))
