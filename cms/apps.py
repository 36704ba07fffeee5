from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project package as an app: its ready() wires the page-cache purge and makes Wagtail's
    choosers CSP-clean (cms/wagtail_csp.py).

    Purges must follow publishes made anywhere (admin, `publish_scheduled` from cron,
    imports), so the signal handlers are connected at start-up, not by a middleware.
    """

    name = "cms"
    label = "cms"
    verbose_name = "Site operations"

    def ready(self):
        from . import cache, signin_throttle, wagtail_csp  # noqa: F401 - signin_throttle connects its receiver

        cache.connect_signals()
        wagtail_csp.patch_choosers()
