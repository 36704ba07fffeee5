"""The demo's contact form and Pengaduan page, both languages, through axe-core in Debian's chromium
(375 and 1280 px wide) and the Nu HTML Checker, as cms/tests/test_accessibility.py and
test_html_validity.py do for the key pages; the form is checked with its error messages shown too."""

import pytest
from pytest_django.live_server_helper import LiveServer

from cms.tests import frontend
from cms.tests.test_accessibility import open_page  # noqa: F401 - the fixture
from contact.models import ComplaintPage, ContactFormPage

pytestmark = pytest.mark.django_db
LANGUAGES = ("id", "en")


def demo_pages():
    """[(name, url)] of the demo's contact and complaint pages in every language."""
    pages = []
    for language in LANGUAGES:
        for name, model in (("contact", ContactFormPage), ("complaint", ComplaintPage)):
            page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
            assert page is not None, f"no live {name} page in {language!r}: demo/contact.py not loaded?"
            pages.append((f"{name}-{language}", page.url))
    return pages


@pytest.fixture(scope="module")
def demo(demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        pages = demo_pages()
    server = LiveServer("localhost")
    yield {"url": server.url, "pages": pages}
    server.stop()


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
def test_contact_pages_have_no_serious_axe_violations(demo, open_page, viewport):  # noqa: F811
    page = open_page(viewport, bypass_csp=True)
    problems, checked = [], []
    for name, url in demo["pages"]:
        response = page.goto(demo["url"] + url)
        assert response.status == 200, name
        problems += frontend.describe_violations(name, frontend.blocking(frontend.axe_violations(page)))
        checked.append(name)
        if name.startswith("contact-"):
            # Sent empty at once: the error summary and the messages on each field.
            page.click("form.contact-form button[type=submit]")
            assert page.locator("#contact-form-errors").is_visible(), name
            problems += frontend.describe_violations(f"{name} with errors",
                                                     frontend.blocking(frontend.axe_violations(page)))
            checked.append(f"{name} with errors")
    assert len(checked) == 6, checked
    assert not problems, "\n".join(problems)


def test_contact_pages_are_valid_html(demo_site, client, tmp_path):
    files = []
    for name, url in demo_pages():
        response = client.get(url)
        assert response.status_code == 200, name
        files.append(tmp_path / f"{name}.html")
        files[-1].write_bytes(response.content)
        if name.startswith("contact-"):
            response = client.post(url, {"pesan": "x" * 5000})
            assert response.status_code == 400, name
            files.append(tmp_path / f"{name}-errors.html")
            files[-1].write_bytes(response.content)
    errors = frontend.vnu_errors(files)
    assert len(files) == 6
    assert not errors, "\n".join(frontend.describe_vnu(errors))
