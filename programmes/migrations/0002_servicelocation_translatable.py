"""Service locations become translatable rows (name, address and opening hours per language).

Existing rows get a unique translation key each and their page's locale, in three steps so
the unique constraint is only added once every row has its own key.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def fill_keys_and_locales(apps, schema_editor):
    ServiceLocation = apps.get_model("programmes", "ServiceLocation")
    for location in ServiceLocation.objects.select_related("page").iterator():
        location.translation_key = uuid.uuid4()
        location.locale_id = location.page.locale_id
        location.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("programmes", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="servicelocation",
            name="locale",
            field=models.ForeignKey(null=True, editable=False, on_delete=django.db.models.deletion.PROTECT,
                                    related_name="+", to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AddField(
            model_name="servicelocation",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(fill_keys_and_locales, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="servicelocation",
            name="locale",
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT,
                                    related_name="+", to="wagtailcore.locale", verbose_name="locale"),
        ),
        migrations.AlterField(
            model_name="servicelocation",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="servicelocation",
            unique_together={("translation_key", "locale")},
        ),
    ]
