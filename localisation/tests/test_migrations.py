"""A database made by the code of 5e320b0 (before SiteText moved to this app and became the only
holder of the site texts) migrates to today's models without losing a row or a content type, and back."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# The latest migration of each project app at 5e320b0 (main before the move).
MAIN = [("home", "0005_sitetext"), ("news", "0004_newspagedailyviews"),
        ("programmes", "0002_servicelocation_translatable"), ("search", "0002_seed_synonyms"),
        ("wordpress", "0001_initial"), ("localisation", None)]

FOOTER = [{"type": "link", "id": "9d3a1c4e-0000-4000-8000-000000000001",
           "value": {"page": None, "external_url": "https://example.org/kontak", "label": "Kontak",
                     "description": ""}}]


def migrate(targets=None):
    """Migrate to `targets` (the leaf nodes when None); the historical apps of that state."""
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    targets = targets or leaves
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    named = {app for app, _name in targets}
    state = [node for node in targets if node[1] is not None] + [node for node in leaves if node[0] not in named]
    return MigrationExecutor(connection).loader.project_state(state).apps


def old_site(apps):
    """A site (and the root page it needs) made with the models of the migration state."""
    Locale, Page, Site = (apps.get_model("wagtailcore", name) for name in ("Locale", "Page", "Site"))
    ContentType_ = apps.get_model("contenttypes", "ContentType")
    indonesian = Locale.objects.get_or_create(language_code="id")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.objects.filter(depth=1).first() or Page.objects.create(
        title="Root", draft_title="Root", slug="root", path="9999", depth=1, numchild=0, url_path="/",
        locale=indonesian, content_type=ContentType_.objects.get_or_create(app_label="wagtailcore", model="page")[0])
    site = Site.objects.create(hostname="migration.test", port=80, root_page=root, site_name="Uji migrasi")
    return site, indonesian, english


@pytest.mark.django_db(transaction=True)
def test_database_of_main_keeps_its_site_text_and_content_type():
    try:
        old = migrate(MAIN)
        site, indonesian, english = old_site(old)
        old.get_model("home", "SiteSettings").objects.create(
            site=site, banner_text="Layanan gratis", address="Jl. Janti\nBantul", opening_hours="Senin–Jumat",
            footer_links=FOOTER, organisation_name="Dinas Sosial DIY", phone="0274 1")
        OldSiteText = old.get_model("home", "SiteText")
        # The mirror kept this row equal to the settings; here it is stale, so the settings must win.
        source = OldSiteText.objects.create(site=site, locale=indonesian, banner_text="Teks lama")
        translation = OldSiteText.objects.create(site=site, locale=english, translation_key=source.translation_key,
                                                 banner_text="Free services", address="Janti Street")
        content_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(
            app_label="home", model="sitetext")[0]
        translatable = old.get_model("wagtail_localize", "TranslatableObject").objects.create(
            translation_key=source.translation_key, content_type=content_type)
        translation_source = old.get_model("wagtail_localize", "TranslationSource").objects.create(
            object=translatable, specific_content_type=content_type, locale=indonesian, object_repr="Site text",
            content_json="{}", last_updated_at=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC))

        migrate()
        from wagtail_localize.models import TranslationSource

        from home.models import SiteSettings
        from localisation.models import SiteText

        text = SiteText.objects.get(pk=source.pk)
        assert (text.banner_text, text.address, text.opening_hours) == ("Layanan gratis", "Jl. Janti\nBantul",
                                                                         "Senin–Jumat")
        assert [(link.value["label"], link.value["external_url"]) for link in text.footer_links] == [
            ("Kontak", "https://example.org/kontak")]
        assert SiteText.objects.get(pk=translation.pk).banner_text == "Free services"
        assert SiteSettings.objects.get(site_id=site.pk).phone == "0274 1"
        # Same content type row, renamed: wagtail-localize finds the snippet through it.
        assert ContentType.objects.get_for_model(SiteText).pk == content_type.pk
        assert not ContentType.objects.filter(app_label="home", model="sitetext").exists()
        found = TranslationSource.objects.get(pk=translation_source.pk)
        assert found.specific_content_type.model_class() is SiteText
        assert found.get_source_instance() == text

        SiteText.objects.filter(pk=source.pk).update(opening_hours="Senin–Kamis")
        old = migrate(MAIN)
        restored = old.get_model("home", "SiteSettings").objects.get(site_id=site.pk)
        assert (restored.banner_text, restored.opening_hours) == ("Layanan gratis", "Senin–Kamis")
        assert old.get_model("contenttypes", "ContentType").objects.get(pk=content_type.pk).app_label == "home"
    finally:
        migrate()
