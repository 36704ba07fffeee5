from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        # Wagtail only autoloads wagtail_hooks.py; the translation modules register their own hooks.
        from . import localisation
        from .translation_approval import drafts, hooks  # noqa: F401

        localisation.connect_signals()
        drafts.install()
        self.register_site_wide()

    def register_site_wide(self):
        from cms.cache import register_site_wide

        from .models import SiteSettings

        # The site settings (name, contacts, social links) are on every page.
        register_site_wide(SiteSettings)
