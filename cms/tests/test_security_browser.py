"""In real chromium: the strict Content-Security-Policy blocks nothing the site needs, and the
admin's preview (a same-origin iframe) still works under the frame protection."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation",
    (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
"""


@pytest.fixture
def watched_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    yield page
    context.close()


def violations(page):
    page.wait_for_timeout(300)  # violation events are dispatched asynchronously
    return page.evaluate("window.__csp")


def test_public_pages_run_under_the_strict_policy_without_violations(live_server, site_tree, watched_page):
    page = watched_page
    for url in ("/", site_tree["post"].url, site_tree["news_index"].url, site_tree["programme"].url,
                "/cari/?q=lk3", "/tidak-ada/"):
        response = page.goto(live_server.url + url)
        assert "'unsafe-inline'" not in response.headers["content-security-policy"], url
        assert violations(page) == [], url
    # The site's own scripts ran: the mobile menu button is revealed by site.js.
    page.set_viewport_size({"width": 400, "height": 800})
    page.goto(live_server.url + "/")
    assert page.locator(".main-nav__toggle").is_visible()


def test_editor_preview_and_user_bar_work(live_server, site_tree, watched_page, django_user_model, screenshot,
                                          settings):
    # The editor's session ping would contend with the test for SQLite's lock.
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 3_600_000
    django_user_model.objects.create_superuser("editor", "editor@example.org", "rahasia-uji-123")
    page = watched_page
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "rahasia-uji-123")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")

    post = site_tree["post"]
    page.goto(f"{live_server.url}/admin/pages/{post.pk}/edit/")
    page.locator("button[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("#w-preview-iframe")
    assert frame.locator("h1").first.inner_text(timeout=20_000) == post.title
    screenshot(page, "preview")
    assert violations(page) == []

    # The public page with Wagtail's user bar for the signed-in editor.
    page.goto(live_server.url + post.url)
    page.locator("wagtail-userbar").wait_for(state="attached")
    assert violations(page) == []
