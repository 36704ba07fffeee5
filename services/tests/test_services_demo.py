"""The demo services, in both languages, through the test client and the Nu HTML Checker.

The services index, the first service and its printable view are key pages (cms/tests/key_pages.py),
checked with the others; here the Nu checker reads the rest. The browser checks (axe-core at
375 and 1280 px, the printable view on one A4 page) are in test_services_browser.py.
"""

import pytest

from cms.tests import frontend
from programmes.models import ProgrammePage
from services.models import ServiceIndexPage, ServicePage
from services.standard import COMPONENTS

pytestmark = pytest.mark.django_db
PLANTED = "planted-invalid.html"


def service_urls(language):
    """The index, every service and its printable view, and the programmes that list them."""
    index = ServiceIndexPage.objects.live().get(locale__language_code=language)
    services = list(ServicePage.objects.live().filter(locale__language_code=language).order_by("path"))
    programmes = ProgrammePage.objects.live().filter(locale__language_code=language, service_links__isnull=False)
    return ([index.url] + [s.url for s in services] + [s.url + "cetak/" for s in services]
            + sorted({p.url for p in programmes}))


def beyond_key_pages(urls, key_pages):
    """The URLs that the shared checks of the key pages do not already cover."""
    covered = {key_page.url for key_page in key_pages if key_page.form is None}
    return [url for url in urls if url not in covered]


def test_three_demo_services_in_both_languages_linked_to_the_demo_programmes(demo_site):
    for language in ("id", "en"):
        services = ServicePage.objects.live().filter(locale__language_code=language)
        assert services.count() == 3, language
        for service in services:
            assert service.is_free and service.programme_links.exists(), service
            assert "DEMO" in service.decree  # marked as demo content
    titles = set(ServicePage.objects.filter(locale__language_code="id").values_list("title", flat=True))
    assert {"Konsultasi Keluarga di LK3", "Rehabilitasi Sosial Rumah Tidak Layak Huni (RS-RTLH)",
            "Rehabilitasi Sosial Anak di Balai (BRSPA)"} == titles
    rtlh = ServicePage.objects.get(locale__language_code="id", title__contains="RS-RTLH")
    assert [link.programme.short_name for link in rtlh.programme_links.all()] == ["RS-RTLH"]
    lk3_en = ProgrammePage.objects.get(locale__language_code="en", short_name="LK3")
    assert set(ServicePage.objects.for_programme(lk3_en).values_list("title", flat=True)) == {
        "Family Counselling at LK3", "Social Rehabilitation of Children at the Centre (BRSPA)"}


@pytest.mark.parametrize("language", ["id", "en"])
def test_demo_service_pages_render_every_component_in_both_languages(demo_site, client, language):
    for url in service_urls(language):
        assert client.get(url).status_code == 200, url
    for service in ServicePage.objects.live().filter(locale__language_code=language):
        page = client.get(service.url).content.decode()
        printable = client.get(service.url + "cetak/").content.decode()
        assert all(f'<dt id="{c.slug}">' in page for c in COMPONENTS), service.url
        assert all(f'<tr id="{c.slug}">' in printable for c in COMPONENTS), service.url
    if language == "en":
        english = client.get(ServicePage.objects.get(locale__language_code="en", title__contains="LK3").url).text
        assert "Family Counselling at LK3" in english and "Free of charge (Rp0)" in english
        assert "Visit or call LK3" in english and "Datang atau menelepon" not in english


def test_demo_service_pages_are_valid_html(demo_site, client, tmp_path):
    files = []
    for language in ("id", "en"):
        for number, url in enumerate(beyond_key_pages(service_urls(language), demo_site)):
            path = tmp_path / f"{language}-{number}.html"
            response = client.get(url)
            assert response.status_code == 200, url
            path.write_bytes(response.content)
            files.append(path)
    planted = tmp_path / PLANTED
    planted.write_text('<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><p><div></p></body></html>')
    errors = frontend.vnu_errors(files + [planted])
    real = [e for e in errors if not e.get("url", "").endswith(PLANTED)]
    assert len(real) < len(errors), "the Nu checker reported nothing for a page that is invalid on purpose"
    # Beyond the key pages: the two other services and their printable views (and programmes).
    assert len(files) >= 2 * (2 + 2)
    assert not real, "\n".join(frontend.describe_vnu(real))
