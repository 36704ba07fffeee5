"""The engine going away: searches fall back to the database, saving keeps working.

"Stopping" the engine is simulated by pointing the configured engine at a loopback port
where nothing listens (connection refused at once), which is what a stopped node looks like
to the client. test_engine_stops_mid_test does this in the middle of a test against the
real node; the other tests need no engine at all.
"""

import logging
import socket

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from cms.tests import factories as f
from search import catchup, fallback
from search.config import database_backend, engine_backend
from search.service import search_pages


def dead_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"  # closed again: nothing listens


@pytest.fixture
def dead_engine(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": engine_backend({"SEARCH_URL": dead_url()}),
                                       "database": database_backend()}
    return settings


def test_publishing_never_fails_when_the_engine_is_down(site_tree, dead_engine, caplog):
    post = f.NewsPageFactory(parent=site_tree["news_index"], authors=[site_tree["author"]],
                             title="Bantuan untuk korban gempa")
    post.title = "Bantuan darurat untuk korban gempa"
    post.save_revision().publish()
    assert "Exception raised while adding" in caplog.text  # logged by Wagtail, not raised
    assert catchup.stale_since() is not None


def _engine_failures(caplog):
    return [r for r in caplog.records
            if r.name == "search" and r.levelno == logging.WARNING and "search engine failed" in r.getMessage()]


def test_search_falls_back_logs_marks_stale_and_cools_down(dead_engine, site_tree, caplog, client):
    f.NewsPageFactory(parent=site_tree["news_index"], authors=[site_tree["author"]], title="Bantuan gempa")
    catchup.clear_stale()
    cache.delete(fallback.COOLDOWN_KEY)  # set by the page's failed update: searches start afresh
    assert not fallback.engine_cooling_down()
    outcome = search_pages("bantuan", Locale.get_default())
    assert outcome.fell_back and outcome.backend == "database"
    assert [c.title for c in outcome.candidates] == ["Bantuan gempa"]
    failures = _engine_failures(caplog)
    assert len(failures) == 1 and "ConnectionError" in failures[0].getMessage()
    assert fallback.engine_cooling_down()
    assert catchup.stale_since() is not None  # search_catch_up will rebuild the engine index
    # Within the cool-down the engine is not even tried: no second failure is logged.
    again = search_pages("gempa", Locale.get_default())
    assert again.fell_back and again.backend == "database"
    assert len(_engine_failures(caplog)) == 1
    html = client.get("/cari/", {"q": "gempa"}).content.decode()
    assert "Bantuan <mark>gempa</mark>" in html
    assert "ConnectionError" not in html and "127.0.0.1" not in html
    assert client.get("/cari/saran/", {"q": "gemp"}).json()["results"][0]["title"] == "Bantuan gempa"


def test_catch_up_refuses_while_engine_is_down(dead_engine, site_tree):
    catchup.mark_stale()
    with pytest.raises(Exception, match="still unreachable"):
        call_command("search_catch_up")
    assert catchup.stale_since() is not None


def test_engine_stops_mid_test(search_backend, corpus, settings):
    if search_backend.kind != "engine":
        pytest.skip("needs the real engine (the database backend has nothing to fall back from)")
    search_backend.rebuild()
    first = search_pages("bantuan lansia", Locale.get_default())
    assert first.backend == "engine" and not first.fell_back
    live_config = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS,
                                       "default": engine_backend({"SEARCH_URL": dead_url(),
                                                                  "SEARCH_INDEX_PREFIX": search_backend.prefix})}
    during = search_pages("bantuan lansia", Locale.get_default())
    assert during.fell_back and during.backend == "database"
    assert [c.pk for c in during.candidates] == [c.pk for c in first.candidates]
    missed = f.NewsPageFactory(parent=corpus["news_index"], authors=[corpus["author"]],
                               title="Bantuan lansia tahap dua")
    assert missed.pk in [c.pk for c in search_pages("bantuan lansia", Locale.get_default()).candidates]

    # The engine is back: it missed the new page until search_catch_up rebuilds its index.
    settings.WAGTAILSEARCH_BACKENDS = {**settings.WAGTAILSEARCH_BACKENDS, "default": live_config}
    engine = get_search_backend("default")
    cache_free = search_pages("bantuan lansia", Locale.get_default(), backend=engine, fallback=None)
    assert missed.pk not in [c.pk for c in cache_free.candidates]
    call_command("search_catch_up", verbosity=0)
    assert catchup.stale_since() is None
    engine.get_index_for_model(type(missed)).refresh()
    after = search_pages("bantuan lansia", Locale.get_default(), backend=engine, fallback=None)
    assert after.backend == "engine" and missed.pk in [c.pk for c in after.candidates]


def test_engine_errors_other_than_connection_also_fall_back(site_tree, settings, search_engine):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": search_engine.config(prefix=f"{search_engine.prefix}_missing"),
        "database": database_backend()}
    outcome = search_pages("lembaga", Locale.get_default())  # the index does not exist: HTTP 404
    assert outcome.fell_back and outcome.candidates


def test_a_cluster_with_every_node_down_still_falls_back(settings, site_tree, caplog):
    """Retrying the other node (search.config.retry_options) must not hide a whole cluster's loss."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": engine_backend({"SEARCH_URL": f"{dead_url()},{dead_url()}", "SEARCH_REPLICAS": "1"}),
        "database": database_backend()}
    f.NewsPageFactory(parent=site_tree["news_index"], authors=[site_tree["author"]], title="Bantuan gempa")
    cache.delete(fallback.COOLDOWN_KEY)  # set by the page's failed update: the search tries the nodes
    outcome = search_pages("bantuan", Locale.get_default())
    assert outcome.fell_back and outcome.backend == "database"
    assert [c.title for c in outcome.candidates] == ["Bantuan gempa"]
    assert len(_engine_failures(caplog)) == 1


@pytest.fixture
def hung_engine(settings):
    """An engine that accepts connections and never answers (a hung or SIGSTOPped node): unlike
    a stopped one, each request waits for its timeout."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        settings.WAGTAILSEARCH_BACKENDS = {
            "default": engine_backend({"SEARCH_URL": f"http://127.0.0.1:{sock.getsockname()[1]}"}),
            "database": database_backend()}
        yield settings


def _engine_requests(caplog):
    """Requests the engine client gave up on (opensearch-py logs each failed one)."""
    return [r for r in caplog.records if r.name == "opensearch" and "/_doc/" in r.getMessage()]


def test_publishing_waits_for_one_short_update_at_most_when_the_engine_hangs(site_tree, hung_engine, caplog):
    post = f.NewsPageFactory(parent=site_tree["news_index"], authors=[site_tree["author"]], title="Bantuan gempa")
    assert get_search_backend("default").update_timeout == 0.5  # SEARCH_UPDATE_TIMEOUT's default
    # Creating the page met the hung engine once; the cool-down then spared its second save.
    assert len(_engine_requests(caplog)) == 1
    assert "ConnectionTimeout" in caplog.text and catchup.stale_since() is not None
    assert fallback.engine_cooling_down()

    caplog.clear()
    post.title = "Bantuan darurat untuk korban gempa"
    post.save_revision().publish()
    assert _engine_requests(caplog) == []  # within the cool-down nothing is sent: the catch-up will
    assert catchup.stale_since() is not None

    # Once the cool-down is over, the next publish tries the engine again, once.
    cache.delete(fallback.COOLDOWN_KEY)
    post.save_revision().publish()
    assert len(_engine_requests(caplog)) == 1
