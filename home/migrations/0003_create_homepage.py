from django.db import migrations


def create_homepage(apps, schema_editor):
    """Replace Wagtail's placeholder root child with our HomePage and point the Site at it."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.get(language_code="id")
    home = HomePage.objects.create(
        title="Beranda", draft_title="Beranda", slug="beranda", content_type=content_type,
        path="00010001", depth=2, numchild=0, url_path="/beranda/", locale=locale, live=True,
        hero_title="Dinas Sosial Daerah Istimewa Yogyakarta",
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True,
                        site_name="Dinas Sosial DIY")


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(slug="beranda", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
