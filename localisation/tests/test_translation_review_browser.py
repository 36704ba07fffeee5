"""Browser journey: a Penerjemah changes a live English translation in the translation editor
and submits it; the Penyetuju opens the page's editor (for a translation, wagtail-localize's
translation editor with our approval panel) and approves it with a comment; /en/ shows it.

Runs in Debian's chromium against the live server; the admin is in English for these users
(localisation_fixtures.make_user), so the React editor's buttons are found by their names.
"""

import re

import pytest
from wagtail.models import Page, TaskState

from editorial.tests.editorial import browser_log_in as log_in
from localisation.tests.localisation_fixtures import translate
from localisation.tests.test_localisation_browser import bilingual_site  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_TITLE = "Family counselling now open on Saturdays"
COMMENT = "Reads well."


def test_translator_changes_a_live_translation_approver_approves_in_the_editor(live_server, chromium,
                                                                                bilingual_site, screenshot):
    base, post = live_server.url, bilingual_site["post"]
    _translation, en_post = translate(post)
    old_title = en_post.title

    translator = log_in(chromium.new_context(viewport={"width": 1280, "height": 900}), base, "penerjemah")
    translator.goto(f"{base}/admin/pages/{en_post.pk}/edit/")
    title_row = translator.locator(".js-translation-editor li", has_text=post.title).first
    title_row.get_by_role("button", name=re.compile(r"^(Edit|Translate)$")).click()
    title_row.locator("textarea").fill(NEW_TITLE)
    title_row.get_by_role("button", name="Save").click()
    translator.wait_for_function(
        "t => document.querySelector('.js-translation-editor').innerText.includes(t)", arg=NEW_TITLE)
    translator.locator('button[name="action"][value="submit"]').click()
    translator.wait_for_selector("[data-translation-status]")
    screenshot(translator, "1-penerjemah-submitted")
    translator.context.close()

    en_post.refresh_from_db()
    assert en_post.current_workflow_state.status == "in_progress"
    assert en_post.live and en_post.title == old_title, "the live English page changed before approval"
    submitted = en_post.latest_revision_id

    approver = log_in(chromium.new_context(viewport={"width": 1280, "height": 900}), base, "penyetuju")
    approver.goto(f"{base}/admin/pages/{en_post.pk}/edit/")
    approver.fill("#translation-review-comment", COMMENT)
    approver.locator('button[name="action"][value="approve"]').click()
    approver.wait_for_selector(".messages")
    screenshot(approver, "2-penyetuju-approved")
    approver.context.close()

    page = Page.objects.get(pk=en_post.pk)
    assert page.live_revision_id == submitted == page.latest_revision_id
    assert page.current_workflow_state is None and not page.has_unpublished_changes
    assert TaskState.objects.get(revision_id=submitted, status=TaskState.STATUS_APPROVED).comment == COMMENT

    visitor = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
    visitor.goto(base + page.url)
    assert page.url.startswith("/en/")
    assert visitor.locator("h1").first.inner_text() == NEW_TITLE
    screenshot(visitor, "3-visitor-english")
    visitor.context.close()
