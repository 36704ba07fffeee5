"""The responsible unit becomes a foreign key to the organisation unit pages.

The old value was one of eleven slugs; each maps onto the unit page with that slug (the four
bidang are "bidang-<slug>" in the demo), in the entry's own language through the unit's
translation key. An entry whose unit page does not exist (yet) is left without a unit, so the
migration is safe on a site that has no units at all. Stored revisions get the same value, so
publishing or reverting an older revision never meets a slug where a page id belongs.
"""

import django.db.models.deletion
from django.db import migrations, models

OLD_SLUGS = ("sekretariat", "pemberdayaan-sosial", "rehabilitasi-sosial", "perlindungan-jaminan-sosial",
             "penanganan-fakir-miskin", "brspa", "bprsr", "bpstw", "brtpd", "brsbkl", "bprsw")


def candidates(slug):
    return (slug, f"bidang-{slug}")


class UnitFinder:
    """The unit page (id) for an old slug in a locale; the units are read once (a few dozen rows)."""

    def __init__(self, apps):
        unit_model = apps.get_model("organisation", "OrganisationUnitPage")
        self.keys_by_slug, self.pk_by_key = {}, {}
        for pk, slug, key, locale_id in unit_model.objects.order_by("path").values_list(
                "pk", "slug", "translation_key", "locale_id"):
            self.keys_by_slug.setdefault(slug, []).append(key)
            self.pk_by_key.setdefault((key, locale_id), pk)

    def find(self, old, locale_id):
        if old not in OLD_SLUGS:
            return None
        for slug in candidates(old):
            for key in self.keys_by_slug.get(slug, []):
                if (key, locale_id) in self.pk_by_key:
                    return self.pk_by_key[key, locale_id]
        return None


def slugs_to_pages(apps, schema_editor):
    entry_model = apps.get_model("ppid", "PublicInformationPage")
    finder = UnitFinder(apps)
    for pk, old, locale_id in entry_model.objects.values_list("pk", "responsible_unit", "locale_id"):
        entry_model.objects.filter(pk=pk).update(unit_page_id=finder.find(old, locale_id))
    content_type = apps.get_model("contenttypes", "ContentType").objects.filter(
        app_label="ppid", model="publicinformationpage").first()
    if content_type is None:
        return
    revision_model = apps.get_model("wagtailcore", "Revision")
    for revision in revision_model.objects.filter(content_type_id=content_type.pk).iterator():
        content = revision.content
        old = content.get("responsible_unit")
        if isinstance(old, str):
            content["responsible_unit"] = finder.find(old, content.get("locale"))
            revision.save(update_fields=["content"])


def pages_to_slugs(apps, schema_editor):
    entry_model = apps.get_model("ppid", "PublicInformationPage")
    for pk, slug in entry_model.objects.exclude(unit_page=None).values_list("pk", "unit_page__slug"):
        old = slug.removeprefix("bidang-")
        entry_model.objects.filter(pk=pk).update(responsible_unit=old if old in OLD_SLUGS else "")


class Migration(migrations.Migration):

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("organisation", "0002_body_chart_block"),
        ("ppid", "0002_body_chart_block"),
    ]

    operations = [
        migrations.AddField(
            model_name="publicinformationpage",
            name="unit_page",
            field=models.ForeignKey(null=True, blank=True, on_delete=django.db.models.deletion.SET_NULL,
                                    related_name="+", to="organisation.organisationunitpage"),
        ),
        migrations.RunPython(slugs_to_pages, pages_to_slugs),
        # With a default, so that going back can add the column to rows that exist.
        migrations.AlterField(model_name="publicinformationpage", name="responsible_unit",
                              field=models.CharField(max_length=40, blank=True, default="")),
        migrations.RemoveField(model_name="publicinformationpage", name="responsible_unit"),
        migrations.RenameField(model_name="publicinformationpage", old_name="unit_page", new_name="responsible_unit"),
        migrations.AlterField(
            model_name="publicinformationpage",
            name="responsible_unit",
            field=models.ForeignKey(blank=True, help_text="The unit that holds the information.", null=True,
                                    on_delete=django.db.models.deletion.SET_NULL, related_name="public_information",
                                    to="organisation.organisationunitpage", verbose_name="responsible unit"),
        ),
    ]
