"""ppid 0003: the old unit slugs become links to the unit pages (in the entry's language), and back."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale

from cms.tests import factories as f
from news.tests.archive_fixtures import translate
from ppid.models import PublicInformationPage

from .factories import PPIDIndexPageFactory, PublicInformationPageFactory

BEFORE = [("ppid", "0002_body_chart_block")]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return MigrationExecutor(connection).loader.project_state(targets).apps if targets else None


@pytest.mark.django_db(transaction=True)
def test_old_slugs_map_onto_unit_pages_in_the_entrys_language(home_page):
    profile = f.ProfilePageFactory(parent=home_page)
    units = {slug: f.OrganisationUnitPageFactory(parent=profile, slug=slug, title=slug)
             for slug in ("sekretariat", "bidang-pemberdayaan-sosial", "brspa")}
    english = Locale.objects.get_or_create(language_code="en")[0]
    translate(home_page, english)
    translate(profile, english)
    brspa_en = translate(units["brspa"], english)
    brspa_en.slug = "centre-for-children"  # found through the translation key, not the slug
    brspa_en.save_revision().publish()
    index = PPIDIndexPageFactory(parent=home_page)
    entries = {key: PublicInformationPageFactory(parent=index, title=key, responsible_unit=unit)
               for key, unit in (("secretariat", units["sekretariat"]),
                                 ("division", units["bidang-pemberdayaan-sosial"]),
                                 ("centre", units["brspa"]), ("nothing", None))}
    entries["centre"].save_revision()
    translate(index, english)
    centre_en = translate(entries["centre"], english)
    try:
        old = migrate(BEFORE)
        old_entries = old.get_model("ppid", "PublicInformationPage").objects
        # Going back writes the slugs the units stand for.
        assert dict(old_entries.filter(pk__in=[e.pk for e in entries.values()]).values_list(
            "title", "responsible_unit")) == {"secretariat": "sekretariat", "division": "pemberdayaan-sosial",
                                              "centre": "brspa", "nothing": ""}
        old_entries.filter(pk=entries["nothing"].pk).update(responsible_unit="brtpd")  # no such unit page
        old_entries.filter(pk=centre_en.pk).update(responsible_unit="brspa")
        revision_model = old.get_model("wagtailcore", "Revision")
        revision = revision_model.objects.filter(object_id=str(entries["centre"].pk)).latest("pk")
        revision.content = {**revision.content, "responsible_unit": "brspa"}
        revision.save()

        migrate()
        found = dict(PublicInformationPage.objects.values_list("pk", "responsible_unit_id"))
        assert found[entries["secretariat"].pk] == units["sekretariat"].pk
        assert found[entries["division"].pk] == units["bidang-pemberdayaan-sosial"].pk
        assert found[entries["centre"].pk] == units["brspa"].pk
        assert found[centre_en.pk] == brspa_en.pk
        assert found[entries["nothing"].pk] is None
        latest = PublicInformationPage.objects.get(pk=entries["centre"].pk).get_latest_revision()
        assert latest.content["responsible_unit"] == units["brspa"].pk
        assert latest.as_object().responsible_unit_id == units["brspa"].pk
    finally:
        migrate()
