from django.apps import AppConfig


class LocalisationConfig(AppConfig):
    """Locales and links that follow translations, translation approval, and site text per language."""

    name = "localisation"
    verbose_name = "Localisation"

    def ready(self):
        # Wagtail only autoloads wagtail_hooks.py; the approval modules register their own hooks.
        from . import relink
        from .translation_approval import drafts, hooks  # noqa: F401

        relink.connect_signals()
        drafts.install()
