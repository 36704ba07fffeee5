"""SiteText moves to the localisation app: its table is renamed here and the model leaves home's
state; localisation.0001_initial takes it over (state only) and renames its content type."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0005_sitetext'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable(name='sitetext', table='localisation_sitetext')],
            state_operations=[migrations.DeleteModel(name='SiteText')],
        ),
    ]
