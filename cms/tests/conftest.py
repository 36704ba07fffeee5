import pytest
from django.db import transaction

from . import frontend
from .key_pages import MissingKeyPage, key_pages


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site, built once per test module; yields the key pages to check.

    Built inside a transaction that is rolled back after the module, so the tests of the
    module (marked django_db: each runs in a savepoint within it) see it and nothing else
    does. A live server shares the test's in-memory SQLite connection, so it sees it too;
    pytest-django's own `live_server` would instead make every test transactional, and the
    flush after each test would throw the half-minute build away.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        frontend.load_demo_site()
        try:
            pages = key_pages()
        except MissingKeyPage as error:
            pytest.fail(f"a page the front-end checks must cover is missing: {error}")
        yield pages
        transaction.set_rollback(True)
