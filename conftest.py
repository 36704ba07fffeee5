import os
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from wagtail.models import Locale, Page, Site

from cms.tests import factories as f


@pytest.fixture(autouse=True)
def source_language():
    """Start every test in Indonesian: LocaleMiddleware leaves the last request's language
    (e.g. "en" after a request to /en/…) active in the thread."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Start every test with an empty cache: primary keys repeat between tests, so an entry
    keyed by one (related news, view counts) could otherwise describe another test's rows."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture
def home_page(db):
    """The default site's HomePage; rebuilt when a transactional test has flushed the tables."""
    if not Site.objects.filter(is_default_site=True).exists():
        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        if not Page.objects.filter(depth=1).exists():
            Page.add_root(instance=Page(title="Root", slug="root"))
        create_homepage = import_module("home.migrations.0003_create_homepage").create_homepage
        create_homepage(django_apps, None)
        Page.fix_tree()
        # Made by a data migration, so a flush loses it and post_migrate does not bring it back;
        # the editorial roles (editorial/roles.py) grant it.
        import_module("wagtail_localize.migrations.0006_create_submit_translation_permission") \
            .create_submit_translation_permission(django_apps, None)
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def site_tree(home_page):
    """A small published site: indexes, one author, LK3 with a location, one news post."""
    news_index = f.NewsIndexPageFactory(parent=home_page, show_in_menus=True)
    author_index = f.AuthorIndexPageFactory(parent=home_page, show_in_menus=True)
    programme_index = f.ProgrammeIndexPageFactory(parent=home_page, show_in_menus=True)
    author = f.AuthorPageFactory(parent=author_index, title="Sri Lestari")
    programme = f.ProgrammePageFactory(parent=programme_index)
    f.ServiceLocationFactory(page=programme, name="LK3 Kabupaten Sleman", regency="sleman")
    post = f.NewsPageFactory(parent=news_index, authors=[author], source="Subbag Program dan Informasi")
    return {
        "home": home_page, "news_index": news_index, "author_index": author_index,
        "programme_index": programme_index, "author": author, "programme": programme, "post": post,
    }


ARTIFACTS = Path(__file__).resolve().parent / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def chromium():
    """Debian's chromium driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/system-deps.sh test)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the
    # tests themselves are still synchronous, so Django's guard would be a false alarm.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot(request):
    """Save a full-page screenshot as a test artefact (git-ignored), named after the test."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"{request.node.name}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
