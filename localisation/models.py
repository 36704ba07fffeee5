"""Site-wide text per language: the banner, the address, opening hours and footer link labels.

SiteText is the only holder of these four texts. Editors write the Indonesian row in Snippets →
Site text and translate it there with wagtail-localize ("Translate"), like any snippet.
Everything that is not language-specific (organisation name, phone, e-mail, social links,
banner on/off and link) stays in SiteSettings (home/models.py). Templates read the active
language's text with `{% site_text as text %}` (localisation/templatetags/i18n_tags.py).
Site text has drafts and the approval workflow like pages; visitors only ever read live rows.
"""

from django.conf import settings as django_settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    Site,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import QuickLinkBlock
from core.forms import SnippetForm

TEXT_FIELDS = ("banner_text", "address", "opening_hours", "footer_links")
DEFAULT_BANNER = "Semua bentuk pelayanan di Dinas Sosial DIY tidak dipungut biaya"


@register_snippet
class SiteText(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    # Banner, address, opening hours and footer links are on every page (cms/cache.py).
    purge_site_wide = True
    base_form_class = SnippetForm
    site = models.ForeignKey(Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+")
    banner_text = models.CharField(_("banner text"), max_length=250, blank=True, default=DEFAULT_BANNER)
    address = models.TextField(_("address"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    footer_links = StreamField([("link", QuickLinkBlock())], blank=True, verbose_name=_("footer links"))

    panels = [FieldPanel("site"), FieldPanel("banner_text"), FieldPanel("address"), FieldPanel("opening_hours"),
              FieldPanel("footer_links")]
    translatable_fields = [SynchronizedField("site"), *(TranslatableField(name) for name in TEXT_FIELDS)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return f"{self.site.site_name or self.site.hostname} ({self.locale.get_display_name()})"


def site_text_for(site, language_code=None):
    """The site text of `site` in `language_code`, in one query.

    Each text comes from that language's live row where it has a value, else from the live
    Indonesian row; a site without one gets the model's defaults (an unsaved SiteText). Drafts
    and rows waiting for approval are never shown.
    """
    default = django_settings.LANGUAGE_CODE
    language_code = language_code or get_language() or default
    rows = {}
    for text in (SiteText.objects.filter(site=site, live=True, locale__language_code__in={language_code, default})
                 .select_related("locale").order_by("pk")):
        rows.setdefault(text.locale.language_code, text)
    source = rows.get(default) or SiteText(site=site)
    text = rows.get(language_code)
    if text is None or language_code == default:
        return source
    for name in TEXT_FIELDS:
        if not getattr(text, name):
            setattr(text, name, getattr(source, name))
    return text
