import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_visitor_reads_news_then_a_programme(live_server, site_tree, browser_page, screenshot):
    page = browser_page
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.get_by_text("tidak dipungut biaya").first.is_visible()
    screenshot(page, "home")

    page.get_by_role("link", name=site_tree["post"].title).first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == site_tree["post"].title
    assert page.get_by_text("4 Januari 2013").first.is_visible()
    assert page.get_by_text("Tentang penulis").first.is_visible()
    screenshot(page, "article")

    page.get_by_role("navigation", name="Menu utama").get_by_role("link", name="Program").click()
    page.wait_for_load_state()
    page.get_by_role("link", name="LK3").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Lokasi layanan").is_visible()
    assert page.get_by_text("LK3 Kabupaten Sleman").is_visible()
    screenshot(page, "programme")


def test_skip_link_moves_focus_to_main(live_server, site_tree, browser_page):
    page = browser_page
    page.goto(live_server.url + site_tree["post"].url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert "Langsung ke konten utama" in focused
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
