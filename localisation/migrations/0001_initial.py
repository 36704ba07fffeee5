"""SiteText, moved from the home app without touching its rows.

The table was renamed by home.0006 (home_sitetext -> localisation_sitetext); here the model
enters this app's state only, and its content type is renamed (home.sitetext ->
localisation.sitetext) so that everything pointing at it by content type id (wagtail-localize's
TranslatableObject and TranslationSource, permissions, log entries, the reference index) keeps
pointing at the same, now correctly named, row.
"""

import django.db.models.deletion
import uuid
import wagtail.fields
from django.db import migrations, models


def _rename_content_type(apps, old_app, new_app):
    ContentType = apps.get_model('contenttypes', 'ContentType')
    old = ContentType.objects.filter(app_label=old_app, model='sitetext').first()
    if old is None:
        return
    # A content type under the new name can only have been created by post_migrate while the model
    # already lived there and the rows still pointed at the old one: it is stale, the old one wins.
    ContentType.objects.filter(app_label=new_app, model='sitetext').delete()
    old.app_label = new_app
    old.save(update_fields=['app_label'])
    from django.contrib.contenttypes.models import ContentType as CachedContentType

    CachedContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    _rename_content_type(apps, 'home', 'localisation')


def backwards(apps, schema_editor):
    _rename_content_type(apps, 'localisation', 'home')


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0006_sitetext_to_localisation'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='SiteText',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                        ('banner_text', models.CharField(blank=True, default='Semua bentuk pelayanan di Dinas Sosial DIY tidak dipungut biaya', max_length=250, verbose_name='banner text')),
                        ('address', models.TextField(blank=True, verbose_name='address')),
                        ('opening_hours', models.CharField(blank=True, max_length=200, verbose_name='opening hours')),
                        ('footer_links', wagtail.fields.StreamField([('link', 4)], blank=True, block_lookup={0: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 1: ('wagtail.blocks.URLBlock', (), {'label': 'External address', 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Label', 'max_length': 80}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'Description', 'max_length': 160, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('page', 0), ('external_url', 1), ('label', 2), ('description', 3)]], {})}, verbose_name='footer links')),
                        ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                        ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site')),
                    ],
                    options={
                        'verbose_name': 'site text',
                        'verbose_name_plural': 'site texts',
                        'abstract': False,
                        'unique_together': {('translation_key', 'locale')},
                    },
                ),
            ],
        ),
        migrations.RunPython(forwards, backwards),
    ]
