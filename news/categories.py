"""News categories: translatable snippets, kept apart from the page models so that archive.py
can look them up without importing the page models that import it.

Categories have drafts, revisions and the approval workflow like pages, so a translated
category is public only once a Penyetuju approves it: every public reader goes through
`Category.objects.live()`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import TranslatableField


class CategoryQuerySet(models.QuerySet):
    def live(self):
        """What visitors may see: published categories only."""
        return self.filter(live=True)


@register_snippet
class Category(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed,
               models.Model):
    # Categories show in every post's links and every archive's sidebar (cms/cache.py).
    purge_site_wide = True
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False,
                            help_text=_("Used in the address, e.g. /berita/kategori/<slug>/."))
    description = models.TextField(_("description"), blank=True, max_length=500)
    parent = models.ForeignKey("self", verbose_name=_("parent category"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="children",
                               help_text=_("Optional; keeps the hierarchy of the old WordPress categories."))

    objects = CategoryQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("parent"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_category_slug_per_locale")]

    def __str__(self):
        return self.name

    # --- Translation: text and slug translated; the parent follows its own translation.
    translatable_fields = [TranslatableField("name"), TranslatableField("slug"), TranslatableField("description"),
                           TranslatableField("parent")]
