"""The demo's contact form in Debian's chromium: what is specific to its error state.

axe-core (375 and 1280 px) and the Nu HTML Checker run on the contact form, its error state and
the Pengaduan page with the other key pages (cms/tests/key_pages.py, test_accessibility.py and
test_html_validity.py).
"""

import pytest

from cms.tests import frontend

pytestmark = [pytest.mark.django_db, pytest.mark.browser]


@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_form_sent_empty_shows_the_error_summary_and_marks_each_required_field(
        demo_site, demo_server, open_page, viewport, language):
    key_page = next(p for p in demo_site if p.name == f"contact-errors-{language}")
    page = open_page(viewport)
    response = frontend.open_key_page(page, demo_server, key_page)
    assert response.status == 400
    assert page.locator("#contact-form-errors").is_visible()
    required = page.locator("form.contact-form [required]")
    assert required.count() >= 1
    for index in range(required.count()):
        field = required.nth(index)
        assert field.get_attribute("aria-invalid") == "true", field.get_attribute("name")
