import os
import re
import uuid
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.db import connections, transaction
from wagtail.models import Locale, Page, Site

from cms.tests import factories as f
from search.config import database_backend, engine_backend


def pytest_configure(config):
    from cms.tests import live_server

    live_server.install()


ENGINE_URL = os.environ.get("SEARCH_URL", "").strip()
REQUIRE_ENGINE = os.environ.get("REQUIRE_ENGINE", "").strip().lower() in {"1", "true", "yes"}


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

    from core import frame

    for cache in caches.all():
        cache.clear()
    # The worker keeps fragments for the version it last read; with the cache empty, the next
    # lookup must read (and so make) a new one, even outside a request.
    frame.reset()


@pytest.fixture(autouse=True)
def one_ratelimit_window(monkeypatch):
    """Keep each test inside one rate-limit window: core.ratelimit counts in fixed windows
    (one minute for most scopes), and a test that sends 30 requests across a minute boundary
    would see its budget reset halfway. Only core.ratelimit's clock is pinned; tests of the
    window itself patch it further."""
    import time
    import types

    import core.ratelimit

    pinned = float(int(time.time()) // 3600 * 3600 + 1)
    monkeypatch.setattr(core.ratelimit, "time", types.SimpleNamespace(time=lambda: pinned))


@pytest.fixture
def purged(django_capture_on_commit_callbacks):
    """Run `action` the way a request would (its transaction commits); the URLs it purged."""
    from django.test import override_settings

    from cms.tests.purge import PURGED, RECORDING

    def run(action):
        PURGED.clear()
        with override_settings(WAGTAILFRONTENDCACHE=RECORDING), django_capture_on_commit_callbacks(execute=True):
            action()
        return set().union(*PURGED)

    return run


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


def keep_connections(thread_connections):
    """Go on using the thread's database connections while Playwright's event loop runs.

    With a loop running in the thread, asgiref (which holds Django's connections) keeps them per
    context instead of per thread, so the next query would open a second connection to the
    shared in-memory test database. The demo site's transaction, opened on the first one by a
    test that ran before chromium started, then locks it out ("database table is locked").
    """
    for alias, connection in thread_connections.items():
        connections[alias] = connection


@pytest.fixture(scope="session")
def chromium():
    """Debian's chromium driven by Playwright; never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/system-deps.sh test)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the
    # tests themselves are still synchronous, so Django's guard would be a false alarm.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    thread_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        keep_connections(thread_connections)
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
def open_page(chromium):
    """open_page(viewport, **context_options) → a fresh page 375 ("mobile") or 1280 ("desktop")
    px wide; its context is closed after the test."""
    from cms.tests.frontend import VIEWPORTS

    contexts = []

    def open_(viewport="desktop", **options):
        context = chromium.new_context(viewport=VIEWPORTS[viewport], **options)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
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


# --- The demo site: built once per pytest process, shared read-only ------------------------

class DemoSite:
    """The demo site in the test database, inside a transaction rolled back at the end.

    Building it takes half a minute, so the tests that ask for `demo_site` share one build:
    pytest_collection_modifyitems runs them together, and each of them (marked django_db) runs
    in a savepoint within that transaction, so whatever a test changes is undone after it. When
    the next test does not ask for the demo site, it is rolled back first
    (pytest_runtest_teardown), so no other test ever sees demo content; should a demo module
    come later all the same (pytest-xdist regroups tests), it is built again. A live server shares
    the in-memory SQLite connection, so it sees the demo site as well.
    """

    def __init__(self):
        self.pages = None
        self._atomic = None
        self._blocker = None

    @property
    def loaded(self):
        return self._atomic is not None

    def load(self, django_db_blocker):
        from cms.tests import frontend
        from cms.tests.key_pages import MissingKeyPage, key_pages

        self._blocker = django_db_blocker
        with django_db_blocker.unblock():
            self._atomic = transaction.atomic()
            self._atomic.__enter__()
            try:
                frontend.load_demo_site()
                self.pages = key_pages()
            except MissingKeyPage as error:
                self.discard()
                pytest.fail(f"a page the front-end checks must cover is missing: {error}")
            except BaseException:
                self.discard()
                raise

    def discard(self):
        if not self.loaded:
            return
        with self._blocker.unblock():
            transaction.set_rollback(True)
            self._atomic.__exit__(None, None, None)
        self._atomic = self.pages = None


DEMO = DemoSite()


def wants_demo_site(item):
    return "demo_site" in getattr(item, "fixturenames", ())


@pytest.fixture(scope="module")
def demo_site(request, django_db_setup, django_db_blocker):
    """The demo site's key pages (cms/tests/key_pages.py), built once per run: see DemoSite.

    Tests that use it get a savepoint (mark them django_db) and must never commit.
    """
    if not DEMO.loaded:
        DEMO.load(django_db_blocker)
        # Registered after django_db_setup's teardown, so it runs before the test database goes.
        request.session.addfinalizer(DEMO.discard)
    return DEMO.pages


@pytest.fixture(scope="module")
def demo_server(demo_site):
    """The URL of a live server of this module's own over the demo site (it shares the test's
    in-memory SQLite connection, so it sees the demo site's uncommitted rows)."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server.url
    server.stop()


def runs_on_sqlite_too(item):
    """What differs on SQLite, for make test's second pass (scripts/test.sh): the search tests
    on the SQLite search backend (search/sqlite_backend.py; the engine is the same on either
    database, and tests without a database are the same anywhere), and the demo site as
    `make run` builds it on SQLite (the smoke set), and the migrations (test_migrations.py)."""
    if wants_demo_site(item) or item.path.name == "test_migrations.py":
        return True
    in_search = Path(str(item.path)).is_relative_to(Path(__file__).parent / "search")
    uses_database = item.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "django_db_setup"} & set(item.fixturenames))
    uses_engine = "search_engine" in item.fixturenames or item.get_closest_marker("engine") is not None or (
        hasattr(item, "callspec") and item.callspec.params.get("search_backend") == "engine")
    return in_search and uses_database and not uses_engine


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark the SQLite set; the demo-site tests together (pytest-django then sorts by kind of
    database use, which keeps them together among the savepoint tests)."""
    for item in items:
        if runs_on_sqlite_too(item):
            item.add_marker(pytest.mark.sqlite)
    demo = [item for item in items if wants_demo_site(item)]
    if demo:
        items[:] = [item for item in items if not wants_demo_site(item)] + demo


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    result = yield
    if wants_demo_site(item) and not DEMO.loaded:
        pytest.fail("the demo site was rolled back between two tests of one module: run the "
                    "demo-site tests together (see DemoSite in conftest.py)")
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if DEMO.loaded and nextitem is not None and not wants_demo_site(nextitem):
        DEMO.discard()
    return result


# --- The real search engine, for the tests that ask for it ---------------------------------

@dataclass
class SearchEngine:
    url: str
    prefix: str

    def config(self, prefix=None):
        # A generous timeout: a loaded CI machine must not turn a slow answer into a fallback.
        return engine_backend({"SEARCH_URL": self.url, "SEARCH_INDEX_PREFIX": prefix or self.prefix,
                               "SEARCH_TIMEOUT": "30", "SEARCH_UPDATE_TIMEOUT": "30"})

    def use(self, settings):
        """Point the default search backend at the engine for this test (the database backend
        stays configured as its fallback, as in production); returns the backend."""
        from wagtail.search.backends import get_search_backend

        settings.WAGTAILSEARCH_BACKENDS = {"default": self.config(), "database": database_backend()}
        return get_search_backend("default")

    def client(self):
        """The engine's client, built from the same configuration as the site's."""
        from wagtail.search.backends import get_search_backend

        config = self.config()
        return get_search_backend(config.pop("BACKEND"), **config).es

    def drop_indexes(self):
        self.client().indices.delete(index=f"{self.prefix}_*", ignore_unavailable=True)


@pytest.fixture(scope="module")
def search_engine(request):
    """The real OpenSearch node named by SEARCH_URL, with index names of this module's own.

    The only way a test reaches the engine: cms/settings/test.py keeps every other test on the
    database backend. Without SEARCH_URL the test is skipped; under REQUIRE_ENGINE=1 (as in
    `make test`) a missing or unreachable engine FAILS it instead. Tests drop the indexes when
    done (SearchEngine.drop_indexes), so none sees another's documents.
    """
    if not ENGINE_URL.startswith("http"):
        if REQUIRE_ENGINE:
            pytest.fail("REQUIRE_ENGINE=1 but SEARCH_URL does not name a search engine")
        pytest.skip("no search engine: set SEARCH_URL (make test starts one)")
    module = re.sub(r"[^a-z0-9]+", "_", request.module.__name__.rsplit(".", 1)[-1].lower()).removeprefix("test_")
    engine = SearchEngine(ENGINE_URL, f"test_{module}_{uuid.uuid4().hex[:6]}"[:41])
    try:
        engine.client().info()
    except Exception as exc:  # noqa: BLE001
        if REQUIRE_ENGINE:
            pytest.fail(f"search engine at {ENGINE_URL} is unreachable: {exc}")
        pytest.skip(f"search engine at {ENGINE_URL} is unreachable")
    yield engine
    engine.drop_indexes()
