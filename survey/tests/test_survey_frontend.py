"""The demo SKM page, in both languages: what is specific to its charts.

axe-core (375 and 1280 px) and the Nu HTML Checker run on it with the other key pages
(cms/tests/key_pages.py, test_accessibility.py and test_html_validity.py).
"""

import pytest

from cms.tests import frontend

pytestmark = pytest.mark.django_db


def skm_page(demo_site, language):
    return next(p for p in demo_site if p.name == f"skm-{language}")


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_charts_keep_readable_labels_and_the_page_never_scrolls_sideways(
        demo_site, demo_server, open_page, viewport, language):
    page = open_page(viewport)
    response = frontend.open_key_page(page, demo_server, skm_page(demo_site, language))
    assert response.status == 200
    charts = page.locator("svg.chart-svg[role=img]")
    assert charts.count() == 2
    box = charts.first.bounding_box()
    # Readable on a phone: the chart keeps at least 30rem and scrolls inside its region instead
    # of shrinking its labels, and the page itself never scrolls sideways.
    assert box["width"] >= 480
    assert page.evaluate("document.documentElement.scrollWidth") <= frontend.VIEWPORTS[viewport]["width"]


def test_english_follow_up_lines_stay_separate_items(demo_site, client):
    response = client.get(skm_page(demo_site, "en").url)
    assert response.status_code == 200
    # The demo's follow-up lines came through wagtail-localize as separate actions.
    assert "<li>Regular training for service staff on handling complaints.</li>" in response.text
