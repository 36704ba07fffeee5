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


# A violation planted in the page as served, under its own Content-Security-Policy header:
# the image host is allowed by neither the public nor the admin policy (no http: images).
SENTINEL = "http://planted.invalid/csp-sentinel.png"
PLANT_SENTINEL = f"""() => {{
  const img = document.createElement("img");
  img.src = "{SENTINEL}";
  document.body.append(img);
}}"""
PLANT_INLINE_SCRIPT = """() => {
  const script = document.createElement("script");
  script.textContent = "window.__plantedRan = true;";
  document.body.append(script);
}"""


def violations(page):
    """The violations of the loaded page: a planted one is awaited first, so the listener is
    proven to work and every earlier violation (queued before it) has been delivered."""
    page.evaluate(PLANT_SENTINEL)
    page.wait_for_function(f"() => window.__csp.some((v) => v.includes({SENTINEL!r}))", timeout=10_000)
    return [v for v in page.evaluate("window.__csp") if SENTINEL not in v]


def test_a_planted_inline_script_is_blocked_and_reported(live_server, site_tree, watched_page):
    """The public policy really refuses inline scripts, and the listener hears of it."""
    page = watched_page
    page.goto(live_server.url + site_tree["post"].url)
    page.evaluate(PLANT_INLINE_SCRIPT)
    page.wait_for_function("() => window.__csp.some((v) => v.startsWith('script-src'))", timeout=10_000)
    assert page.evaluate("window.__plantedRan") is None


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
