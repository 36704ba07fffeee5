"""The demo SKM page, in both languages, through axe-core (375 and 1280 px) and the Nu HTML Checker.

Uses the demo site (conftest.demo_site) and Debian's chromium like cms/tests/test_accessibility.py.
"""

import pytest
from pytest_django.live_server_helper import LiveServer

from cms.tests import frontend
from survey.models import SurveyResultsPage

pytestmark = pytest.mark.django_db
PLANTED = "planted-invalid.html"


def survey_urls():
    pages = SurveyResultsPage.objects.live().order_by("locale__language_code")
    urls = {page.locale.language_code: page.url for page in pages}
    assert set(urls) == {"id", "en"}, urls  # the demo publishes the page in both languages
    return urls


@pytest.fixture(scope="module")
def site(demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        urls = survey_urls()
    server = LiveServer("localhost")
    yield {"url": server.url, "pages": urls}
    server.stop()


@pytest.fixture
def open_page(chromium):
    contexts = []

    def open_(viewport, **options):
        context = chromium.new_context(viewport=frontend.VIEWPORTS[viewport], **options)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_survey_page_has_no_serious_axe_violations(site, open_page, viewport, language):
    page = open_page(viewport, bypass_csp=True)
    response = page.goto(site["url"] + site["pages"][language])
    assert response.status == 200
    charts = page.locator("svg.chart-svg[role=img]")
    assert charts.count() == 2
    box = charts.first.bounding_box()
    # Readable on a phone: the chart keeps at least 30rem and scrolls inside its region instead
    # of shrinking its labels, and the page itself never scrolls sideways.
    assert box["width"] >= 480
    assert page.evaluate("document.documentElement.scrollWidth") <= frontend.VIEWPORTS[viewport]["width"]
    problems = frontend.describe_violations(language, frontend.blocking(frontend.axe_violations(page)))
    assert not problems, "\n".join(problems)


def test_survey_page_is_valid_html(demo_site, client, tmp_path):
    files = []
    for language, url in survey_urls().items():
        response = client.get(url)
        assert response.status_code == 200
        if language == "en":  # the demo's follow-up lines came through wagtail-localize as separate actions
            assert "<li>Regular training for service staff on handling complaints.</li>" in response.text
        path = tmp_path / f"skm-{language}.html"
        path.write_bytes(response.content)
        files.append(path)
    planted = tmp_path / PLANTED
    planted.write_text('<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><p><div></p></body></html>')
    errors = frontend.vnu_errors([*files, planted])
    assert [e for e in errors if e.get("url", "").endswith(PLANTED)], "the Nu checker reported nothing"
    real = [e for e in errors if not e.get("url", "").endswith(PLANTED)]
    assert not real, "\n".join(frontend.describe_vnu(real))
