"""The demo services in Debian's chromium: axe-core at 375 and 1280 px, and the printable view.

Same machinery as cms/tests/test_accessibility.py (demo site, a live server of this module's
own, axe-core injected with the CSP bypassed for that context only); the services index, the first
service and its printable view are key pages, checked there with the others.
"""

import re

import pytest

from cms.tests import frontend

from .test_services_demo import beyond_key_pages, service_urls

pytestmark = [pytest.mark.django_db, pytest.mark.browser]


@pytest.fixture(scope="module")
def demo(demo_site, demo_server, django_db_blocker):
    with django_db_blocker.unblock():
        urls = {language: service_urls(language) for language in ("id", "en")}
    return {"url": demo_server, "urls": urls, "key_pages": demo_site}


@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_service_pages_have_no_serious_axe_violations(demo, open_page, viewport, language):
    page = open_page(viewport, bypass_csp=True)
    problems, checked = [], []
    for url in beyond_key_pages(demo["urls"][language], demo["key_pages"]):
        response = page.goto(demo["url"] + url)
        assert response.status == 200, url
        problems += frontend.axe_problems(page, url)
        checked.append(url)
    # The two services that are not key pages and their printable views, and the programmes
    # that list services other than the key page's programme.
    assert len(checked) >= 4, checked
    assert not problems, "\n".join(problems)


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.mark.parametrize("language", ["id", "en"])
def test_printable_standard_fits_one_a4_page_and_hides_the_site_frame(demo, open_page, language):
    page = open_page("desktop")
    printable = [url for url in demo["urls"][language] if url.endswith("/cetak/")]
    assert len(printable) == 3
    for url in printable:
        page.goto(demo["url"] + url)
        # The print button appears with JavaScript; in print, only the standard is shown.
        assert page.locator("[data-print]").is_visible()
        page.emulate_media(media="print")
        assert not page.locator(".site-header").is_visible() and not page.locator(".site-footer").is_visible()
        assert not page.locator("[data-print]").is_visible()
        assert page.locator(".standard-table tbody tr[id]").count() == 14
        pdf = page.pdf(format="A4", print_background=False, prefer_css_page_size=True)
        assert pdf_pages(pdf) == 1, f"{url}: {pdf_pages(pdf)} pages"
        page.emulate_media(media="screen")
