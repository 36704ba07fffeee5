"""The key pages, both languages, through the Nu HTML Checker (vnu.jar on Debian's Java).

Pages are rendered by the test client and checked together in one JVM run, with one page that
is invalid on purpose: it proves the checker really ran and reported.
"""

import pytest

from . import frontend

pytestmark = pytest.mark.django_db
PLANTED = "planted-invalid.html"


@pytest.fixture
def client_html(demo_site, client, tmp_path):
    files = []
    for key_page in demo_site:
        response = frontend.client_response(client, key_page)
        assert response.status_code == key_page.status, key_page
        path = tmp_path / f"{key_page.name}.html"
        path.write_bytes(response.content)
        files.append(path)
    planted = tmp_path / PLANTED
    planted.write_text('<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><p><div></p></body></html>')
    return files + [planted]


def test_key_pages_are_valid_html(client_html):
    errors = frontend.vnu_errors(client_html)
    planted = [e for e in errors if e.get("url", "").endswith(PLANTED)]
    real = [e for e in errors if e not in planted]
    print(f"\nvnu: {len(client_html) - 1} pages checked, {len(real)} errors")
    assert planted, "the Nu checker reported nothing for a page that is invalid on purpose"
    assert not real, "\n".join(frontend.describe_vnu(real))
