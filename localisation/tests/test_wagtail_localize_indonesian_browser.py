"""The translation editor's React app, rendered in chromium, speaks Bahasa Indonesia to an
Indonesian admin user: its strings come from wagtail-localize's JavaScript catalogue, which our
`djangojs` catalogue (localisation/vendor_catalogue.py) fills."""

import pytest
from wagtail.models import Collection, Locale, Page
from wagtail_localize.operations import translate_object

from editorial.roles import PENERJEMAH, sync_roles
from editorial.tests.editorial import browser_log_in, make_user
from localisation.tests.localisation_fixtures import translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_translation_editor_is_in_indonesian(live_server, chromium, site_tree, screenshot):
    # Transactional tests start from an emptied database: recreate what migrations made.
    english = Locale.objects.get_or_create(language_code="en")[0]
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    sync_roles()
    for key in ("home", "news_index"):
        translate(site_tree[key])
    translator = make_user("penerjemah", PENERJEMAH, language="id")
    post = site_tree["post"]
    translate_object(post, [english], user=translator)
    en_post = Page.objects.get(translation_key=post.translation_key, locale=english)

    page = browser_log_in(chromium.new_context(viewport={"width": 1280, "height": 900}), live_server.url,
                          "penerjemah")
    page.goto(f"{live_server.url}/admin/pages/{en_post.pk}/edit/")
    page.wait_for_selector(".js-translation-editor li")
    # "Stop Synced translation" sits in the footer's "More actions" menu.
    page.get_by_role("button", name="Tindakan lainnya").click()
    page.wait_for_selector("text=Hentikan terjemahan yang diselaraskan")
    screenshot(page, "translation-editor-id")
    text = page.locator("body").inner_text()
    for indonesian in ("Hentikan terjemahan yang diselaraskan", "Ubah menjadi halaman alias", "Unduh berkas PO",
                       "Unggah berkas PO", "Terjemahkan", "Terjemahan dari Bahasa Indonesia ke English"):
        assert indonesian in text, indonesian
    for english_text in ("Stop Synced translation", "Convert to alias page", "Download PO file", "Upload PO file",
                         "Translate", " to English translation", "More actions"):
        assert english_text not in text, english_text
    assert page.locator(".w-dropdown__toggle .w-sr-only", has_text="More actions").count() == 0
