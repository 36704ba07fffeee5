from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"

    def ready(self):
        from cms.cache import register_site_wide

        from .models import Category

        # Categories show in every post's links and every archive's sidebar.
        register_site_wide(Category)
