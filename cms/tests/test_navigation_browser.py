"""The main menu on a 375 px wide phone, in Debian's chromium against the demo site: every item
reachable behind the menu button, inside the screen, not covered and large enough to tap.

Only browser tests here; `open_page` and `demo_server` are the shared fixtures of conftest.py.
"""

import pytest

from demo.tests.test_navigation import FOOTER, HOME, MENU

pytestmark = [pytest.mark.django_db, pytest.mark.browser]


REACHABLE = """() => [...document.querySelectorAll('#main-nav-list a')].map(a => {
  a.scrollIntoView({block: 'center'});
  const box = a.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {label: a.textContent.trim(), left: box.left, right: box.right, height: box.height,
          width: box.width, onTop: hit === a || a.contains(hit)};
})"""


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_menu_item_is_reachable_at_375_px(demo_server, open_page, language):
    page = open_page("mobile")
    page.goto(demo_server + HOME[language])
    toggle = page.locator(".main-nav__toggle")
    assert toggle.is_visible() and not page.locator("#main-nav-list").is_visible()
    toggle.click()
    items = page.evaluate(REACHABLE)
    assert [item["label"] for item in items] == MENU[language]
    for item in items:
        # Inside the screen, not covered by anything, and large enough to tap (WCAG 2.5.8: 24 px).
        assert item["left"] >= 0 and item["right"] <= 375, item
        assert item["onTop"] and item["height"] >= 24 and item["width"] >= 24, item
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, "the page scrolls sideways"
    footer = page.locator('nav[aria-labelledby="footer-links"] a')
    assert footer.count() == len(FOOTER[language])
    # The last menu item (furthest down) takes the visitor to its page.
    page.locator("#main-nav-list a").last.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == MENU[language][-1]
