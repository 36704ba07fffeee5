"""Every Category that existed before drafts and approval was public: it stays live, with nothing pending.

(The new `live` column defaults to true already; this says so for the rows, whatever the default.)
"""

from django.db import migrations


def mark_existing_live(apps, schema_editor):
    apps.get_model("news", "Category").objects.update(live=True, has_unpublished_changes=False, expired=False)


class Migration(migrations.Migration):

    dependencies = [("news", "0007_snippet_drafts_and_workflow")]

    operations = [migrations.RunPython(mark_existing_live, migrations.RunPython.noop)]
