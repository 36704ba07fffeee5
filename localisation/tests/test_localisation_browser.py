"""Browser journey: a Penerjemah translates a news post in wagtail-localize's editor and
submits it; a Penyetuju approves it; a visitor switches the post to English.

Runs in Debian's chromium against the live server. The translator starts the translation
with "Translate this page" and types the title in the React translation editor itself; the
other segments are saved through the same JSON endpoint the editor calls (from the page, with
its session and CSRF token), which keeps the journey short and stable.
"""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from editorial.roles import PENERJEMAH, PENYETUJU
from editorial.tests.editorial import browser_log_in as log_in
from editorial.tests.editorial import sync_roles_from_scratch
from localisation.tests.localisation_fixtures import make_user, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ENGLISH_TITLE = "Counselling for families now in every district"


@pytest.fixture
def bilingual_site(site_tree):
    # Transactional tests start from an emptied database: recreate what migrations made.
    Locale.objects.get_or_create(language_code="en")
    sync_roles_from_scratch()
    for key in ("home", "news_index", "author_index", "author"):
        translate(site_tree[key])
    make_user("penerjemah", PENERJEMAH)
    make_user("penyetuju", PENYETUJU)
    assert Group.objects.get(name=PENERJEMAH).page_permissions.exists()
    return site_tree


def test_translator_translates_approver_publishes_visitor_switches(live_server, chromium, bilingual_site,
                                                                   screenshot):
    base, post = live_server.url, bilingual_site["post"]
    translator = log_in(chromium.new_context(viewport={"width": 1280, "height": 900}), base, "penerjemah")

    # "Translate this page" → English → the translation editor of the new English draft.
    translator.goto(f"{base}/admin/localize/submit/page/{post.pk}/")
    translator.locator('input[name="locales"]').first.check()
    translator.locator('form:has(input[name="locales"]) [type="submit"]').click()
    translator.wait_for_selector(".js-translation-editor li")
    en_post = Page.objects.get(translation_key=post.translation_key, locale__language_code="en")
    assert not en_post.live
    translation = Translation.objects.get(source__object_id=post.translation_key, target_locale=en_post.locale)

    # The title, typed into the React editor.
    title_row = translator.locator(".js-translation-editor li", has_text=post.title).first
    title_row.get_by_role("button", name="Translate").click()
    title_row.locator("textarea").fill(ENGLISH_TITLE)
    title_row.get_by_role("button", name="Save").click()
    translator.wait_for_function(
        "t => document.querySelector('.js-translation-editor').innerText.includes(t)", arg=ENGLISH_TITLE)

    # The other segments through the editor's own endpoint.
    token = translator.locator('.js-translation-editor input[name="csrfmiddlewaretoken"]').first.input_value()
    for segment in translation.source.stringsegment_set.select_related("string"):
        if segment.string.data == post.title:
            continue
        value = "en-" + segment.string.data if segment.context.path == "slug" else "EN " + segment.string.data
        status = translator.evaluate(
            """([url, token, value]) => fetch(url, {method: "PUT", credentials: "same-origin",
                 headers: {"X-CSRFToken": token, "Content-Type": "application/x-www-form-urlencoded"},
                 body: new URLSearchParams({value})}).then(r => r.status)""",
            [f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/", token, value])
        assert status in (200, 201), json.dumps([segment.context.path, status])

    translator.reload()
    assert translator.locator('button[value="publish"]').count() == 0
    translator.locator('button[name="action"][value="submit"]').click()
    translator.wait_for_selector("[data-translation-status]")
    screenshot(translator, "1-penerjemah-submitted")
    en_post.refresh_from_db()
    assert en_post.current_workflow_state.status == "in_progress" and not en_post.live

    # Not public yet: the switcher on the Indonesian post points at the English home page.
    visitor = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
    visitor.goto(base + post.url)
    assert visitor.locator('a[data-language="en"]').get_attribute("href") == "/en/"

    approver = log_in(chromium.new_context(viewport={"width": 1280, "height": 900}), base, "penyetuju")
    approver.goto(f"{base}/admin/pages/{en_post.pk}/edit/")
    approver.locator('button[name="action"][value="approve"]').click()
    approver.wait_for_selector(".messages")
    screenshot(approver, "2-penyetuju-approved")
    en_post.refresh_from_db()
    assert en_post.live

    visitor.goto(base + post.url)
    visitor.locator('a[data-language="en"]').click()
    visitor.wait_for_url(base + en_post.url)
    assert visitor.locator("h1").first.inner_text() == ENGLISH_TITLE
    assert visitor.locator("html").get_attribute("lang") == "en"
    screenshot(visitor, "3-visitor-english")
