"""Editors get Wagtail's own accessibility checker, on the live page and in the page editor.

The checker (axe-core, run by Wagtail in the editor's browser) is on by default; these tests
fail if a hook or setting ever removes it. Alt text on placed images: home/tests/test_page_types.py.
"""

import json

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktur", "redaktur@example.org", "x")
    client.force_login(editor)
    return client


def axe_configuration(html):
    start = html.index('id="checker-axe-configuration"')
    return json.loads(html[html.index(">", start) + 1:html.index("</script>", start)])


def test_editors_get_the_checker_in_the_userbar_of_the_live_page(editor_client, site_tree):
    html = editor_client.get(site_tree["post"].url).content.decode()
    assert 'id="wagtail-userbar-template"' in html
    # Wagtail's default rules: the content mistakes an editor can make and fix.
    rules = set(axe_configuration(html)["options"]["runOnly"])
    assert {"alt-text-quality", "heading-order", "link-name", "empty-heading"} <= rules


def test_page_editor_has_the_checks_panel(editor_client, site_tree):
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[site_tree["post"].pk])).content.decode()
    assert 'data-side-panel="checks"' in html
    assert "alt-text-quality" in axe_configuration(html)["options"]["runOnly"]


def test_visitors_get_no_userbar(client, site_tree):
    assert "wagtail-userbar" not in client.get(site_tree["post"].url).content.decode()
