from django.db import migrations


def seed_synonyms(apps, schema_editor):
    from search.models import default_synonym_text

    SearchSynonyms = apps.get_model("search", "SearchSynonyms")
    if not SearchSynonyms.objects.exists():
        SearchSynonyms.objects.create(synonyms=default_synonym_text())


class Migration(migrations.Migration):
    dependencies = [("search", "0001_synonyms_and_zero_results")]

    operations = [migrations.RunPython(seed_synonyms, migrations.RunPython.noop)]
