from django.db import migrations


def create_english_locale(apps, schema_editor):
    """Bahasa Indonesia comes from LANGUAGE_CODE (Wagtail's own migration); English is the second language."""
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_create_homepage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Nothing to undo: removing a locale would orphan every English page.
    operations = [migrations.RunPython(create_english_locale, migrations.RunPython.noop)]
