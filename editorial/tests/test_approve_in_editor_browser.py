"""Browser journey: approving in the page editor's action menu puts the submitted change live.

A Penulis edits two live news posts (body with text, an image and a video) and submits each;
the Penyetuju opens each in the editor and, without touching the form, picks "Approve" for
one and "Approve with comment" (the modal) for the other. A visitor then sees both changes.
Runs in Debian's chromium against the live server; buttons are found by Wagtail's data
attributes, and their labels checked against the Indonesian labels of the approval task.
"""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page, TaskState

from cms.tests import factories as f
from editorial.tests.editorial import browser_log_in as log_in
from editorial.tests.test_workflow_browser import newsroom  # noqa: F401 - fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
COMMENT = "Sudah sesuai, silakan terbit."


def action_labels(page):
    """{(action, needs a form): label} as the approval task names them in the Indonesian admin."""
    task = Page.objects.get(pk=page.pk).current_workflow_task
    approver = get_user_model().objects.get(username="penyetuju")
    with translation.override("id"):
        return {(name, modal): str(label) for name, label, modal in task.get_actions(page, approver)}


def post_with_media(newsroom, title):
    return f.NewsPageFactory(parent=newsroom["news_index"], authors=[newsroom["author"]], title=title, body=[
        ("paragraph", "<p>Layanan konsultasi keluarga dibuka setiap hari kerja.</p>"),
        ("image", {"image": newsroom["image"], "alt_text": "Petugas LK3 melayani warga", "decorative": False,
                   "caption": "Layanan LK3", "credit": "Dinsos DIY"}),
        ("video", {"video": VIDEO, "caption": "Profil LK3"}),
    ])


def edit_and_submit(writer, base, post, new_title):
    writer.goto(f"{base}/admin/pages/{post.pk}/edit/")
    writer.fill('input[name="title"]', new_title)
    writer.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    writer.locator('button[name="action-submit"]').click()
    writer.wait_for_url(f"{base}/admin/pages/{post.get_parent().pk}/")


def open_action(approver, base, post, selector):
    approver.goto(f"{base}/admin/pages/{post.pk}/edit/")
    button = approver.locator(f"footer {selector}")
    if not button.is_visible():
        approver.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    return button


def test_penyetuju_approves_in_the_editor_action_menu(live_server, chromium, newsroom, screenshot, settings):
    settings.WAGTAILEMBEDS_FINDERS = []  # never ask YouTube: the embed below is already known
    Embed.objects.create(hash=get_embed_hash(VIDEO), url=VIDEO, type="video", html="<iframe></iframe>")
    base = live_server.url
    plain, commented = (post_with_media(newsroom, f"Layanan LK3 di {place}") for place in ("Sleman", "Bantul"))
    new_titles = {post.pk: f"{post.title} kini buka Sabtu" for post in (plain, commented)}

    writer_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    writer = log_in(writer_context, base, "penulis")
    for post in (plain, commented):
        edit_and_submit(writer, base, post, new_titles[post.pk])
    writer_context.close()
    submitted = {post.pk: Page.objects.get(pk=post.pk).latest_revision_id for post in (plain, commented)}
    assert all(Page.objects.get(pk=post.pk).workflow_in_progress for post in (plain, commented))
    labels = action_labels(plain)

    approver_context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    approver = log_in(approver_context, base, "penyetuju")

    approve = open_action(approver, base, plain,
                          'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    assert approve.inner_text().strip() == labels[("approve", False)]
    screenshot(approver, "1-penyetuju-editor-menu")
    approve.click()
    approver.wait_for_url(f"{base}/admin/pages/{plain.get_parent().pk}/")

    with_comment = open_action(approver, base, commented,
                               'button[data-workflow-action-name="approve"][data-workflow-action-modal-url]')
    assert with_comment.inner_text().strip() == labels[("approve", True)]
    with_comment.click()
    approver.locator('.modal textarea[name="comment"]').fill(COMMENT)
    screenshot(approver, "2-penyetuju-comment-modal")
    approver.locator('.modal button[type="submit"]').click()
    approver.wait_for_url(f"{base}/admin/pages/{commented.get_parent().pk}/")
    approver_context.close()

    visitor = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID").new_page()
    for post in (plain, commented):
        page = Page.objects.get(pk=post.pk)
        assert page.live_revision_id == submitted[post.pk] == page.latest_revision_id, \
            "the approver's click saved a revision of its own"
        assert page.current_workflow_state is None and not page.has_unpublished_changes
        visitor.goto(base + page.url)
        assert visitor.locator("h1").first.inner_text() == new_titles[post.pk]
        assert visitor.locator('img[alt="Petugas LK3 melayani warga"]').count() == 1
    screenshot(visitor, "3-visitor-sees-change")
    assert TaskState.objects.get(revision_id=submitted[commented.pk], status=TaskState.STATUS_APPROVED).comment \
        == COMMENT
    visitor.context.close()
