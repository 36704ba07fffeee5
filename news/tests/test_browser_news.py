import datetime

import pytest

from news import popular
from news.models import NewsPageDailyViews
from news.tests.archive_fixtures import *  # noqa: F403 (pytest fixtures)
from news.tests.archive_fixtures import make_post

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP_CHROME = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                  "Chrome/131.0.0.0 Safari/537.36")


@pytest.fixture
def reader(chromium, live_server):
    """A reader's browser: ordinary user agent, not flagged as automated, clipboard allowed."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID",
                                   user_agent=DESKTOP_CHROME)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    context.add_init_script("Object.defineProperty(navigator, 'webdriver', {get: () => false})")
    page = context.new_page()
    yield page
    context.close()


def test_reading_an_article_sends_one_anonymous_beacon(live_server, site_tree, reader, screenshot):
    post = make_post(site_tree, title="Penyaluran bantuan banjir", date=datetime.date(2025, 6, 10),
                     tags=["banjir"])
    make_post(site_tree, title="Banjir susulan", date=datetime.date(2025, 6, 12), tags=["banjir"])
    with reader.expect_request(lambda r: "/api/lihat/" in r.url and r.method == "POST") as beacon:
        reader.goto(live_server.url + post.url)
    assert beacon.value.url.startswith(f"{live_server.url}/api/lihat/{post.pk}/?t=")
    reader.wait_for_load_state("networkidle")
    popular.flush_views()
    assert NewsPageDailyViews.objects.get(page=post).count == 1
    assert reader.context.cookies() == []
    assert reader.get_by_role("heading", name="Berita terkait").is_visible()
    screenshot(reader, "article")


def test_copy_link_becomes_a_button_that_copies(live_server, site_tree, reader):
    reader.goto(live_server.url + site_tree["post"].url)
    button = reader.get_by_role("button", name="Salin tautan")
    button.click()
    reader.get_by_text("Tautan disalin").wait_for()
    assert reader.evaluate("navigator.clipboard.readText()").endswith(site_tree["post"].url)
    assert reader.get_by_role("link", name="WhatsApp").get_attribute("href").startswith("https://wa.me/?text=")


def test_do_not_track_sends_no_beacon(live_server, site_tree, chromium):
    context = chromium.new_context(user_agent=DESKTOP_CHROME, extra_http_headers={"DNT": "1"})
    context.add_init_script("Object.defineProperty(navigator, 'doNotTrack', {get: () => '1'})")
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(live_server.url + site_tree["post"].url)
    page.wait_for_load_state("networkidle")
    context.close()
    assert not any("/api/lihat/" in url for url in requests)


def test_visitor_browses_the_archive(live_server, site_tree, browser_page, screenshot):
    make_post(site_tree, title="Berita Juni", date=datetime.date(2025, 6, 10))
    page = browser_page
    page.goto(live_server.url + site_tree["news_index"].url)
    nav = page.get_by_role("navigation", name="Arsip berita")
    nav.get_by_role("link", name="Juni").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Berita bulan Juni 2025"
    assert page.get_by_text("Berita bulan Juni 2025 — 1 berita").is_visible()
    screenshot(page, "month")
