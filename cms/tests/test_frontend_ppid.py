"""The demo PPID pages (issue 19) through axe-core at 375 and 1280 px and the Nu HTML Checker.

A sibling of test_accessibility.py and test_html_validity.py: same demo site, same helpers,
its own list of pages, so the key-page list those files count stays as it is.
"""

import pytest
from pytest_django.live_server_helper import LiveServer

from . import frontend

pytestmark = pytest.mark.django_db
KINDS = ("index", "filtered", "dip", "entry", "exempted", "procedure", "report")


def ppid_pages():
    """[(name, url)] of every PPID page type (and the index's routes) in both languages."""
    from ppid.models import InformationServiceReportPage, PPIDIndexPage, PublicInformationPage

    pages = []
    for language in ("id", "en"):
        index = PPIDIndexPage.objects.live().filter(locale__language_code=language).get()
        entries = PublicInformationPage.objects.live().child_of(index)
        procedure = index.get_children().live().type(PPIDIndexPage.allowed_subpage_models()[-1]).first()
        found = {
            "index": index.url, "filtered": index.url + "?category=berkala&year=1900&unit=x",
            "dip": index.url + "dip/", "entry": entries.exclude(document=None).first().url,
            "exempted": entries.filter(category="dikecualikan").first().url, "procedure": procedure.url,
            "report": InformationServiceReportPage.objects.live().child_of(index).first().url,
        }
        pages += [(f"ppid-{kind}-{language}", found[kind]) for kind in KINDS]
    return pages


@pytest.fixture(scope="module")
def ppid_demo(demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        pages = ppid_pages()
    server = LiveServer("localhost")
    yield {"url": server.url, "pages": pages}
    server.stop()


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["mobile", "desktop"])
def test_ppid_pages_have_no_serious_axe_violations(ppid_demo, chromium, viewport):
    context = chromium.new_context(viewport=frontend.VIEWPORTS[viewport], bypass_csp=True)
    page = context.new_page()
    problems = []
    try:
        for name, url in ppid_demo["pages"]:
            response = page.goto(ppid_demo["url"] + url)
            assert response.status == 200, (name, url)
            problems += frontend.describe_violations(name, frontend.blocking(frontend.axe_violations(page)))
    finally:
        context.close()
    assert len(ppid_demo["pages"]) == 2 * len(KINDS)
    assert not problems, "\n".join(problems)


def test_ppid_pages_are_valid_html(demo_site, client, tmp_path):
    files = []
    for name, url in ppid_pages():
        response = client.get(url)
        assert response.status_code == 200, (name, url)
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    planted = tmp_path / "planted-invalid.html"
    planted.write_text('<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><p><div></p></body></html>')
    errors = frontend.vnu_errors(files + [planted])
    real = [e for e in errors if not e.get("url", "").endswith(planted.name)]
    assert len(real) < len(errors), "the Nu checker reported nothing for a page that is invalid on purpose"
    assert not real, "\n".join(frontend.describe_vnu(real))
