import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from demo.news import POSTS
from news.models import Category, NewsPage
from programmes.models import ProgrammePage, Regency, ServiceLocation


def snapshot():
    """Every row of every table in the database, read with plain SQL (nothing skipped).

    Raw values rather than model instances, so StreamField and rich text compare by content.
    """
    data = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor, include_views=False)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            data[table] = sorted(cursor.fetchall(), key=repr)
    return data


@pytest.mark.django_db
def test_demo_content_counts(demo_site):
    news = NewsPage.objects.live().filter(locale__language_code="id")  # English versions: test_localisation.py
    assert news.count() >= 24
    assert news.count() == len(POSTS)
    assert len({page.publication_date.year for page in news}) >= 2
    assert Category.objects.filter(news_pages__live=True).distinct().count() >= 4
    assert apps.get_model("news", "AuthorPage").objects.live().count() >= 3
    assert apps.get_model("news", "AuthorPage").objects.filter(role="Pekerja Sosial di BRSPA DIY").exists()

    lk3 = ProgrammePage.objects.live().get(short_name="LK3", locale__language_code="id")
    assert ProgrammePage.objects.live().filter(short_name="WKSBM").exists()
    assert {loc.regency for loc in lk3.locations.all()} == set(Regency.values)
    assert set(ServiceLocation.objects.values_list("regency", flat=True)) == set(Regency.values)

    seed = [page for page in news if "Hotel Sahid" in str(page.body)]
    assert len(seed) == 1
    assert seed[0].publication_date.isoformat() == "2009-03-19"
    assert seed[0].source == "Subbag Program dan Informasi"

    for page in news:
        assert len(page.summary) <= 300
        assert page.featured_image_id and page.authors.exists()
        assert page.first_published_at.date() == page.publication_date
        assert page.revisions.count() == 1
    assert any(block.block_type == "faq" for page in news for block in page.body)
    assert any(block.block_type == "call_to_action" for page in news for block in page.body)


@pytest.mark.django_db
def test_demo_content_is_idempotent(demo_site):
    before = snapshot()
    call_command("load_demo_content", verbosity=0)
    after = snapshot()
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], f"{table} changed on the second run"
    # The snapshot covers every model's table.
    for model in apps.get_models(include_auto_created=True):
        assert model._meta.proxy or not model._meta.managed or model._meta.db_table in before


@pytest.mark.django_db
def test_demo_pages_render(demo_site, client):
    home = apps.get_model("home", "HomePage").objects.get(depth=2, locale__language_code="id")
    pages = [home, *NewsPage.objects.live().order_by("publication_date")[:3],
             ProgrammePage.objects.get(short_name="LK3", locale__language_code="id")]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    assert "Hotel Sahid" in client.get(NewsPage.objects.get(publication_date__year=2009).url).text
