"""Demo content on a database that also holds hand-made and imported content (`make run` on day two).

The demo must only ever touch what it made: every row that existed before it ran is still there,
unchanged, except the migration-made home page, which the demo fills while it is still blank.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import translation

from cms.tests import factories as f
from demo.news import POSTS
from demo.site import CATEGORIES
from news.models import Category, NewsPage
from wordpress.tests.conftest import build_export, make_uploads

pytestmark = pytest.mark.django_db

DEMO_CATEGORY = CATEGORIES[-1][0]
DEMO_POST = POSTS[0]["slug"]


# SQLite's own bookkeeping: full-text b-tree pages and autoincrement counters, rewritten whenever
# anything at all is indexed or inserted. The rows they describe are compared in their own tables.
BOOKKEEPING = ("_fts_data", "_fts_idx", "sqlite_sequence")
# The database search backend's index rows are rewritten (deleted and inserted under a new id)
# when a page is indexed again, and on PostgreSQL each carries `title_norm`, a statistic of the
# whole index that changes whenever pages are added. What the rows say is compared.
DERIVED_COLUMNS = {"wagtailsearch_indexentry": {"id", "title_norm"}}


def rows():
    """Every row of every table, as a set per table (raw SQL, so no model is skipped)."""
    data = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor, include_views=False):
            if table.endswith(BOOKKEEPING):
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            names = [column[0] for column in cursor.description]
            keep = [i for i, name in enumerate(names) if name not in DERIVED_COLUMNS.get(table, ())]
            data[table] = {repr(tuple(row[i] for i in keep)) for row in cursor.fetchall()}
    return data


def changed_rows(before, after):
    return {table: before[table] - after.get(table, set()) for table in before
            if before[table] - after.get(table, set())}


def import_wordpress(tmp_path, news_index):
    export = build_export().write(tmp_path / "export.xml")
    uploads = make_uploads(tmp_path / "site")
    with translation.override("en"):
        call_command("import_wordpress", str(export), "--uploads", str(uploads), "--parent", str(news_index.pk),
                     stdout=io.StringIO(), stderr=io.StringIO())


def load_demo():
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def foreign_content(site_tree, tmp_path):
    """Hand-made content at the demo's own slugs, then a WordPress import beside it."""
    category = f.CategoryFactory(slug=DEMO_CATEGORY, name="Kategori buatan tangan")
    post = f.NewsPageFactory(parent=site_tree["news_index"], slug=DEMO_POST, title="Berita buatan tangan",
                             authors=[site_tree["author"]])
    post.categories.add(category)
    post.save()
    import_wordpress(tmp_path, site_tree["news_index"])
    return {**site_tree, "category": category, "hand_made_post": post}


def assert_untouched(before, after, home_page):
    changed = changed_rows(before, after)
    # Only the tree's frame may change: the home page (the demo fills it while blank) and the
    # root (its child count, when the English home page is added). Nothing else that existed.
    frame = (f"({home_page.pk},", f"({home_page.get_parent().pk},")
    for table, lost in changed.items():
        if table in {"wagtailcore_page", "home_homepage"}:
            assert all(row.startswith(frame) for row in lost), (table, lost)
        else:
            raise AssertionError(f"{table}: rows changed or deleted by the demo: {sorted(lost)[:3]}")


def test_demo_twice_beside_hand_made_and_imported_content(foreign_content):
    home = foreign_content["home"]
    foreign_categories = list(Category.objects.values_list("translation_key", flat=True))
    assert len(foreign_categories) > 1  # the hand-made one and the imported ones
    before = rows()
    load_demo()
    first = rows()
    load_demo()
    second = rows()
    assert_untouched(before, first, home)
    assert changed_rows(first, second) == {} and changed_rows(second, first) == {}, "second run changed the database"

    # The demo made its own category and post beside the hand-made ones, and translated only its own.
    ours = Category.objects.get(locale__language_code="id", name=CATEGORIES[-1][1])
    assert ours.slug == f"{DEMO_CATEGORY}-demo" and ours.pk != foreign_content["category"].pk
    assert Category.objects.filter(translation_key=ours.translation_key, locale__language_code="en").exists()
    assert not Category.objects.filter(translation_key__in=foreign_categories, locale__language_code="en").exists()
    demo_posts = NewsPage.objects.filter(slug=DEMO_POST, locale__language_code="id")
    assert demo_posts.count() == 2
    assert not NewsPage.objects.filter(translation_key=foreign_content["hand_made_post"].translation_key,
                                       locale__language_code="en").exists()


def test_demo_again_after_an_import_into_its_own_news_index(home_page, tmp_path):
    load_demo()
    news_index = NewsPage.objects.get(slug=DEMO_POST, locale__language_code="id").get_parent()
    import_wordpress(tmp_path, news_index)
    before = rows()
    load_demo()
    after = rows()
    assert changed_rows(before, after) == {} and changed_rows(after, before) == {}
