from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save
        from wagtail.models import Locale, Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished

        from . import catchup, indexing, postgres_rum, vocabulary
        from .models import SearchSynonyms

        # Caches keyed on data editors change: rebuilt lazily on the next search.
        post_save.connect(vocabulary.synonyms_changed, sender=SearchSynonyms, dispatch_uid="search-synonyms")
        page_published.connect(vocabulary.pages_changed, dispatch_uid="search-vocab-publish")
        page_unpublished.connect(vocabulary.pages_changed, dispatch_uid="search-vocab-unpublish")
        post_delete.connect(vocabulary.pages_changed, sender=Page, dispatch_uid="search-vocab-delete")
        # Only public pages feed spelling: a page made private (or public again) changes it.
        post_save.connect(vocabulary.pages_changed, sender=PageViewRestriction, dispatch_uid="search-vocab-restrict")
        post_delete.connect(vocabulary.pages_changed, sender=PageViewRestriction,
                            dispatch_uid="search-vocab-unrestrict")
        post_save.connect(indexing.clear_language_cache, sender=Locale, dispatch_uid="search-locale-save")
        post_delete.connect(indexing.clear_language_cache, sender=Locale, dispatch_uid="search-locale-delete")
        catchup.install()
        # PostgreSQL: RUM indexes for search at scale, where the server offers the extension.
        post_migrate.connect(postgres_rum.after_migrate, sender=self, dispatch_uid="search-rum-indexes")
        # The search page remembers which queries have editors' picks (views._promoted_queries).
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core import frame

        for signal in (post_save, post_delete):
            signal.connect(lambda sender, **kwargs: frame.bump(), sender=SearchPromotion, weak=False,
                           dispatch_uid=f"search-promotions-{signal is post_save}")
