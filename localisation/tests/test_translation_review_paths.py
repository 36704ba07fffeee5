"""Reviewing an English translation of a live page from every place the admin offers it.

For a translated page wagtail-localize's translation editor replaces Wagtail's page editor,
so the review actions are the dashboard's "Awaiting your review" (`workflow_action`) and the
approval panel on top of the translation editor (`translation_action`). A Penyetuju may also
press the translation editor's own "Publish", which publishes the translation and ends the
review. Every approval must publish what was submitted, and /en/ must show it.
"""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from localisation.tests.localisation_fixtures import (  # noqa: F401 - fixtures
    bilingual,
    client_for,
    english_text,
    fill_segments,
    translate,
)

pytestmark = pytest.mark.django_db

NEW_TITLE = "Family counselling now open on Saturdays"
COMMENT = "Looks good."


@pytest.fixture
def in_review(bilingual):
    """The live English post, its title retranslated and submitted by the Penerjemah."""
    post = bilingual.post
    translation, en_post = translate(post)
    old_title = en_post.title
    fill_segments(translation, lambda text: NEW_TITLE if text == post.title else english_text(text), only=post.title)
    response = client_for(bilingual.users["penerjemah"]).post(
        reverse("translation_action", args=[translation.pk]), {"action": "submit"})
    assert response.status_code == 302
    en_post = Page.objects.get(pk=en_post.pk).specific
    assert en_post.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert en_post.title == old_title and NEW_TITLE not in public_html(en_post)
    return {"translation": translation, "page": en_post, "old_title": old_title,
            "submitted": en_post.latest_revision_id, "users": bilingual.users}


def public_html(page):
    response = Client().get(Page.objects.get(pk=page.pk).url)
    assert response.status_code == 200
    return response.content.decode()


def dashboard(client, review, action, comment=None):
    page = Page.objects.get(pk=review["page"].pk)
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {} if comment is None else {"comment": comment})


def approval_panel(client, review, action, comment=None):
    url = reverse("translation_action", args=[review["translation"].pk])
    return client.post(url, {"action": action, **({} if comment is None else {"comment": comment})})


@pytest.mark.parametrize("place", [dashboard, approval_panel], ids=["dashboard", "approval-panel"])
@pytest.mark.parametrize("comment", [None, COMMENT], ids=["approve", "approve-with-comment"])
def test_approving_publishes_the_submitted_translation(in_review, place, comment):
    response = place(client_for(in_review["users"]["penyetuju"]), in_review, "approve", comment)

    assert response.status_code == 302
    page = Page.objects.get(pk=in_review["page"].pk)
    assert page.live_revision_id == in_review["submitted"] == page.latest_revision_id
    assert page.current_workflow_state is None and not page.has_unpublished_changes
    assert page.url.startswith("/en/") and NEW_TITLE in public_html(page)
    approval = TaskState.objects.get(revision_id=in_review["submitted"], status=TaskState.STATUS_APPROVED)
    assert approval.comment == (comment or "")


@pytest.mark.parametrize("place", [dashboard, approval_panel], ids=["dashboard", "approval-panel"])
def test_requesting_changes_keeps_the_live_translation(in_review, place):
    comment = "Please keep the programme's short name."
    response = place(client_for(in_review["users"]["penyetuju"]), in_review, "reject", comment)

    assert response.status_code == 302
    page = Page.objects.get(pk=in_review["page"].pk)
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert page.latest_revision_id == in_review["submitted"] and page.title == in_review["old_title"]
    assert NEW_TITLE not in public_html(page)
    assert TaskState.objects.filter(revision_id=in_review["submitted"], status=TaskState.STATUS_REJECTED,
                                    comment=comment).exists()


@pytest.mark.parametrize("place", [dashboard, approval_panel], ids=["dashboard", "approval-panel"])
def test_a_penerjemah_cannot_approve(in_review, place):
    place(client_for(in_review["users"]["penerjemah"]), in_review, "approve")
    page = Page.objects.get(pk=in_review["page"].pk)
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert NEW_TITLE not in public_html(page)


def test_publish_in_the_translation_editor_by_a_penyetuju_publishes_and_ends_the_review(
        in_review, django_capture_on_commit_callbacks):
    page = in_review["page"]
    state = Page.objects.get(pk=page.pk).current_workflow_state
    approver = client_for(in_review["users"]["penyetuju"])
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = approver.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})

    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk)
    assert page.title == NEW_TITLE and not page.has_unpublished_changes
    assert NEW_TITLE in public_html(page)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED and page.current_workflow_state is None
