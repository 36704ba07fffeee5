"""The public site in a real browser: axe-core, keyboard use, weight, typography, motion.

Runs Debian's chromium (Playwright) against the demo site (demo_site in conftest.py), served
by a live server of this module's own that shares the test's database connection (demo_server).
"""

from urllib.parse import urlsplit

import pytest

from . import frontend
from .key_pages import article_url

pytestmark = pytest.mark.django_db
browser = pytest.mark.browser
WEIGHT_BUDGET = 300 * 1024
MAX_CHARS_PER_LINE = 80
KEY_PAGES_PER_LANGUAGE = 24  # cms/tests/key_pages.py: a page that drops out fails here


@pytest.fixture(scope="module")
def demo(demo_site, demo_server, django_db_blocker):
    with django_db_blocker.unblock():
        article = article_url()
    return {"url": demo_server, "pages": demo_site, "article": article}


# --- axe-core ----------------------------------------------------------------------------

@browser
def test_axe_reports_a_planted_violation(open_page):
    """The injected axe-core really runs: an unlabelled image is a critical violation."""
    page = open_page(bypass_csp=True)
    page.set_content('<!DOCTYPE html><html lang="id"><title>x</title><main><img src="data:,"></main></html>')
    assert "image-alt" in [violation["id"] for violation in frontend.blocking(frontend.axe_violations(page))]


@browser
@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_key_pages_have_no_serious_axe_violations(demo, open_page, viewport, language):
    """axe-core on every key page; images without width/height (layout shift) are reported too."""
    # CSP is bypassed for this context only, to inject axe-core; the other tests keep it.
    page = open_page(viewport, bypass_csp=True)
    problems, checked, minor = [], [], []
    for key_page in demo["pages"]:
        if not key_page.name.endswith(f"-{language}"):
            continue
        response = frontend.open_key_page(page, demo["url"], key_page)
        assert response.status == key_page.status, key_page
        violations = frontend.axe_violations(page)
        problems += frontend.describe_violations(key_page.name, frontend.blocking(violations))
        minor += [v["id"] for v in violations if v["impact"] not in frontend.BLOCKING_IMPACTS]
        problems += [f"{key_page.name}: no width/height: {img}"
                     for img in page.evaluate(frontend.IMAGES_WITHOUT_DIMENSIONS)]
        checked.append(key_page.name)
    assert len(checked) == KEY_PAGES_PER_LANGUAGE, checked
    print(f"\naxe {language}/{viewport}: {len(checked)} pages, {len(problems)} serious/critical problems, "
          f"{len(minor)} moderate/minor violations {sorted(set(minor))}")
    assert not problems, "\n".join(problems)


# --- Keyboard ----------------------------------------------------------------------------

def tab_through(page, presses=80):
    """Focus stops reached by pressing Tab from the top of the page, until focus enters the footer."""
    stops = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        stop = page.evaluate(frontend.FOCUS_PROBE)
        if stop is None or stop["region"] == "footer":
            break
        stops.append(stop)
    return stops


def footer_stops(page, presses=4):
    """Focus stops walking back (Shift+Tab) from the last link of the footer."""
    page.evaluate("() => [...document.querySelectorAll('footer a')].pop().focus()")
    stops = [page.evaluate(frontend.FOCUS_PROBE)]
    for _ in range(presses):
        page.keyboard.press("Shift+Tab")
        stops.append(page.evaluate(frontend.FOCUS_PROBE))
    return stops


def invisible_focus(stops):
    return [stop for stop in stops if stop["outlineStyle"] == "none" or stop["outlineWidth"] < 2
            or stop["contrast"] < 3 or not stop["inViewport"]]


@browser
def test_skip_link_is_first_visible_and_moves_focus_into_main(demo, open_page):
    page = open_page("mobile")
    page.goto(demo["url"] + demo["article"])
    page.keyboard.press("Tab")
    skip = page.evaluate(frontend.FOCUS_PROBE)
    assert skip["href"] == "#main" and skip["inViewport"] and not invisible_focus([skip]), skip
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate(frontend.FOCUS_PROBE)["region"] == "main"


@browser
@pytest.mark.parametrize("language", ["id", "en"])
def test_tab_order_reaches_search_menu_language_then_content_with_visible_focus(demo, open_page, language):
    page = open_page("desktop")
    home = next(p for p in demo["pages"] if p.name == f"home-{language}")
    page.goto(demo["url"] + home.url)
    stops = tab_through(page)
    regions = [stop["region"] for stop in stops]
    for region in ("search", "menu", "language", "main"):
        assert region in regions, f"Tab never reaches the {region}: {regions}"
    # Everything in the header comes before the content.
    first_main = regions.index("main")
    assert all(region == "main" for region in regions[first_main:]), regions
    # After keyboard use, focus moved by script is :focus-visible too.
    stops += footer_stops(page)
    assert stops[-1]["region"] == "footer"
    assert not invisible_focus(stops), invisible_focus(stops)


@browser
def test_mobile_menu_opens_and_closes_with_the_keyboard(demo, open_page):
    page = open_page("mobile")
    page.goto(demo["url"] + "/")
    toggle, menu = page.locator(".main-nav__toggle"), page.locator("#main-nav-list")
    assert toggle.is_visible() and not menu.is_visible()
    stops = tab_through(page)
    assert "main-nav__toggle" in [stop["cls"] for stop in stops], "Tab never reaches the menu button"
    assert not invisible_focus(stops), invisible_focus(stops)
    toggle.focus()

    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate(frontend.FOCUS_PROBE)["region"] == "menu"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not menu.is_visible()
    assert page.evaluate("document.activeElement.className") == "main-nav__toggle"

    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    page.keyboard.press("Space")
    assert toggle.get_attribute("aria-expanded") == "false" and not menu.is_visible()


# --- Weight and loading ------------------------------------------------------------------

@browser
@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
def test_article_is_light_and_served_only_from_the_site(demo, open_page, viewport, record_property):
    page = open_page(viewport)
    requests = []
    page.on("requestfinished", lambda request: requests.append(request))
    page.on("requestfailed", lambda request: requests.append(request))
    page.goto(demo["url"] + demo["article"], wait_until="networkidle")

    origin = urlsplit(demo["url"]).netloc
    foreign = [r.url for r in requests if not r.url.startswith("data:") and urlsplit(r.url).netloc != origin]
    assert not foreign, f"third-party requests: {foreign}"

    lazy_below = set(page.evaluate(frontend.LAZY_BELOW_THE_FOLD))
    counted = [r for r in requests if r.url not in lazy_below]
    total = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in counted)
    record_property("article_bytes", total)
    print(f"\narticle ({viewport}): {total / 1024:.1f} KB in {len(counted)} responses "
          f"(+{len(requests) - len(counted)} lazy images below the fold)")
    assert total <= WEIGHT_BUDGET, [(r.url, r.sizes()["responseBodySize"]) for r in counted]


@browser
def test_largest_image_above_the_fold_has_dimensions_and_loads_first(demo, open_page):
    page = open_page("desktop")
    page.goto(demo["url"] + demo["article"])
    images = page.evaluate(frontend.ABOVE_THE_FOLD_IMAGES)
    assert images, "the article shows no image above the fold"
    largest = images[0]
    assert "/media/" in largest["src"], largest
    assert largest["width"] and largest["height"], largest
    assert largest["loading"] != "lazy" and largest["fetchpriority"] == "high", largest


# --- Typography and motion ---------------------------------------------------------------

@browser
@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
def test_body_text_is_large_enough_and_lines_stay_readable(demo, open_page, viewport):
    page = open_page(viewport)
    page.goto(demo["url"] + demo["article"])
    body_px = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    prose_px = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.prose p')).fontSize)")
    assert body_px >= 16 and prose_px >= 16, (body_px, prose_px)
    chars_per_line = page.evaluate(frontend.LINE_LENGTH, ".prose p")
    assert chars_per_line is not None, "no paragraph of the article wraps three times"
    print(f"\n{viewport}: body text {body_px}px, at most {chars_per_line:.0f} characters per line")
    assert chars_per_line <= MAX_CHARS_PER_LINE, chars_per_line


@browser
def test_reduced_motion_preference_stops_transitions_and_animations(demo, open_page):
    page = open_page("mobile", reduced_motion="reduce")
    page.goto(demo["url"] + "/")
    assert page.evaluate(frontend.HAS_REDUCED_MOTION_RULE), "no prefers-reduced-motion rule in the CSS"
    page.locator(".main-nav__toggle").click()
    assert page.evaluate(frontend.MOTION) == []
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
