from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from cms.cache import register_site_wide

        from .models import SiteSettings

        # The site settings (name, contacts, social links) are on every page.
        register_site_wide(SiteSettings)
