"""Site-wide text per language: the banner, the address, opening hours and footer link labels.

SiteSettings (one per site) stays where editors type the Indonesian text and everything that
is not language-specific (phone, e-mail, social links, banner on/off). Because wagtail-localize
translates only TranslatableMixin models, each save of SiteSettings mirrors its text into the
Indonesian `SiteText` row, which is translated like any snippet ("Translate" in Snippets →
Site text). Templates read `settings.home.SiteSettings|localised`: the active language's
SiteText where it has a value, SiteSettings otherwise. The organisation name is a proper
name and is not translated.
"""

from django.conf import settings as django_settings
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Site, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import QuickLinkBlock

TEXT_FIELDS = ("banner_text", "address", "opening_hours", "footer_links")


@register_snippet
class SiteText(TranslatableMixin, models.Model):
    site = models.ForeignKey(Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="+")
    banner_text = models.CharField(_("banner text"), max_length=250, blank=True)
    address = models.TextField(_("address"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    footer_links = StreamField([("link", QuickLinkBlock())], blank=True, verbose_name=_("footer links"))

    panels = [FieldPanel("banner_text"), FieldPanel("address"), FieldPanel("opening_hours"),
              FieldPanel("footer_links")]
    translatable_fields = [SynchronizedField("site"), *(TranslatableField(name) for name in TEXT_FIELDS)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return f"{self.site.site_name or self.site.hostname} ({self.locale.get_display_name()})"


def mirror_settings(site_settings):
    """Copy the Indonesian text of `site_settings` into the source SiteText row; write only on change."""
    from wagtail_localize.models import TranslationSource

    locale = Locale.objects.get(language_code=django_settings.LANGUAGE_CODE)
    values = {name: getattr(site_settings, name) for name in TEXT_FIELDS}
    text = SiteText.objects.filter(site_id=site_settings.site_id, locale=locale).first()
    if text is None:
        text = SiteText(site_id=site_settings.site_id, locale=locale)
    elif all(_same(getattr(text, name), value) for name, value in values.items()):
        return text
    for name, value in values.items():
        setattr(text, name, value)
    text.save()
    # Translators see the new text at once; their earlier translations stay (per unchanged string).
    if TranslationSource.objects.filter(object_id=text.translation_key, locale=locale).exists():
        TranslationSource.update_or_create_from_instance(text)
    return text


def _same(a, b):
    if hasattr(a, "raw_data") or hasattr(b, "raw_data"):
        return list(getattr(a, "raw_data", a)) == list(getattr(b, "raw_data", b))
    return a == b


def mirror_on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        mirror_settings(instance)


class LocalisedSettings:
    """SiteSettings seen through the active language's SiteText (templates: `|localised`)."""

    def __init__(self, site_settings, text):
        self._settings, self._text = site_settings, text

    def __getattr__(self, name):
        if self._text is not None and name in TEXT_FIELDS:
            value = getattr(self._text, name)
            if value:
                return value
        return getattr(self._settings, name)


def localised(site_settings, language_code=None):
    language_code = language_code or get_language() or django_settings.LANGUAGE_CODE
    if site_settings is None or language_code == django_settings.LANGUAGE_CODE:
        return site_settings
    text = SiteText.objects.filter(site_id=site_settings.site_id, locale__language_code=language_code).first()
    return LocalisedSettings(site_settings, text)


@hooks.register("before_edit_snippet")
def edit_source_text_in_settings(request, instance):
    """The Indonesian row is a mirror: send editors to the settings, where the text lives."""
    if isinstance(instance, SiteText) and instance.locale.language_code == django_settings.LANGUAGE_CODE:
        messages.info(request, _("The Indonesian site text is edited in Settings → Site settings."))
        return redirect("wagtailsettings:edit", "home", "sitesettings", instance.site_id)
    return None
