"""The home page's own part (hero, quick links, programme highlights) is a fragment kept per
content version: no query on a warm home page, never stale after a publish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import HomeProgrammeHighlight

pytestmark = pytest.mark.django_db


@pytest.fixture
def highlighted(site_tree):
    home = site_tree["home"]
    home.programme_highlights = [HomeProgrammeHighlight(programme=site_tree["programme"])]
    home.save_revision().publish()
    return site_tree


def home_html(client):
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_warm_home_page_reads_no_highlight(client, highlighted):
    for _ in range(2):  # the settings row is made on the first request and moves the version
        home_html(client)
    with CaptureQueriesContext(connection) as captured:
        html = home_html(client)
    assert highlighted["programme"].short_name in html
    assert not [q for q in captured.captured_queries if "home_homeprogrammehighlight" in q["sql"]]


def test_an_unpublished_programme_leaves_the_home_page_at_once(client, highlighted):
    programme = highlighted["programme"]
    assert 'class="wrap programmes"' in home_html(client)
    programme.unpublish()
    assert 'class="wrap programmes"' not in home_html(client)


def test_a_new_revision_of_home_shows_at_once(client, highlighted):
    home_html(client)
    home = Page.objects.get(pk=highlighted["home"].pk).specific
    home.hero_intro = "Semua layanan Dinas Sosial DIY gratis, tanpa dipungut biaya."
    home.save_revision().publish()
    assert "Semua layanan Dinas Sosial DIY gratis, tanpa dipungut biaya." in home_html(client)
