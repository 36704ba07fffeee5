"""The banner text, address, opening hours and footer links live only in localisation.SiteText.

Forwards, each site's values are copied from SiteSettings into its Indonesian SiteText row
(created when missing) before the fields are removed; backwards, the fields come back and are
filled from that row again.
"""

from django.conf import settings
from django.db import migrations

TEXT_FIELDS = ('banner_text', 'address', 'opening_hours', 'footer_links')


def _raw(value):
    """A stream field's stored JSON-ready list; other values unchanged."""
    raw = getattr(value, 'raw_data', None)
    return list(raw) if raw is not None else value


def _default_locale(apps):
    Locale = apps.get_model('wagtailcore', 'Locale')
    return Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]


def settings_to_site_text(apps, schema_editor):
    SiteSettings = apps.get_model('home', 'SiteSettings')
    SiteText = apps.get_model('localisation', 'SiteText')
    locale = None
    for site_settings in SiteSettings.objects.all():
        locale = locale or _default_locale(apps)
        text = SiteText.objects.filter(site_id=site_settings.site_id, locale=locale).order_by('pk').first()
        if text is None:
            text = SiteText(site_id=site_settings.site_id, locale=locale)
        for name in TEXT_FIELDS:
            setattr(text, name, _raw(getattr(site_settings, name)))
        text.save()


def site_text_to_settings(apps, schema_editor):
    SiteSettings = apps.get_model('home', 'SiteSettings')
    SiteText = apps.get_model('localisation', 'SiteText')
    seen = set()
    for text in SiteText.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by('pk'):
        if text.site_id in seen:
            continue
        seen.add(text.site_id)
        site_settings = SiteSettings.objects.filter(site_id=text.site_id).first() or SiteSettings(site_id=text.site_id)
        for name in TEXT_FIELDS:
            setattr(site_settings, name, _raw(getattr(text, name)))
        site_settings.save()


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0006_sitetext_to_localisation'),
        ('localisation', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(settings_to_site_text, site_text_to_settings),
        migrations.RemoveField(model_name='sitesettings', name='banner_text'),
        migrations.RemoveField(model_name='sitesettings', name='address'),
        migrations.RemoveField(model_name='sitesettings', name='opening_hours'),
        migrations.RemoveField(model_name='sitesettings', name='footer_links'),
    ]
