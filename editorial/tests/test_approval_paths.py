"""Approve, approve with comment and request changes from every place the admin offers them.

Wagtail offers review actions in two places: the dashboard's "Awaiting your review" list
(`workflow_action`) and the page editor's action menu (the edit view with
`action-workflow-action`; "with comment" first asks `collect_workflow_action_data` for the
comment, as the editor's modal does). The workflow history pages only show what happened.
A publisher's bulk "Publish" in the page listing publishes the submitted revision and ends
the review (Wagtail cancels the workflow on publish); a Penulis has no publish right there.
English translations are reviewed from the dashboard and from the approval panel of the
translation editor, which replaces Wagtail's page editor for a translated page; those are in
localisation/tests/test_translation_review_paths.py.

Every approval must publish the revision that was submitted, and the public page must show it.
"""

import json

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from editorial.tests.editorial import client_for, edit_form_data, edit_url, editorial, latest, live  # noqa: F401

pytestmark = pytest.mark.django_db

NEW_TITLE = "Jam layanan LK3 diperpanjang hingga sore"
COMMENT = "Sudah sesuai, terima kasih."


def submit_change(editorial):
    """The Penulis edits the live post and submits it; returns the submitted revision's id."""
    penulis = client_for(editorial.users["penulis"])
    data = edit_form_data(penulis, editorial.post, title=NEW_TITLE)
    data["action-submit"] = "1"
    assert penulis.post(edit_url(editorial.post), data).status_code == 302
    assert live(editorial.post).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    return latest(editorial.post).latest_revision_id


def task_state(page):
    return live(page).current_workflow_state.current_task_state


def public_html(page):
    response = Client().get(live(page).url)
    assert response.status_code == 200
    return response.content.decode()


def assert_published(page, revision_id):
    published = live(page)
    assert published.live_revision_id == revision_id, "a revision other than the submitted one went live"
    assert published.latest_revision_id == revision_id, "the review saved a revision of its own"
    assert published.current_workflow_state is None and not published.has_unpublished_changes
    assert NEW_TITLE in public_html(page)


def assert_changes_requested(page, old_title, revision_id, comment):
    page = live(page)
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert page.latest_revision_id == revision_id and page.title == old_title
    assert old_title in public_html(page) and NEW_TITLE not in public_html(page)
    assert TaskState.objects.filter(revision_id=revision_id, status=TaskState.STATUS_REJECTED,
                                    comment=comment).exists()


def dashboard_action(client, page, action, comment=None):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state(page).pk])
    return client.post(url, {} if comment is None else {"comment": comment})


def editor_action(client, page, action, comment=None):
    """The editor's action menu: the untouched form, posted with the chosen workflow action."""
    data = edit_form_data(client, page)
    data["action-workflow-action"], data["workflow-action-name"] = "true", action
    if comment is not None:
        # The modal posts the comment first and the editor form carries what it returns.
        url = reverse("wagtailadmin_pages:collect_workflow_action_data", args=[page.pk, action, task_state(page).pk])
        answer = client.post(url, {"comment": comment})
        assert answer.status_code == 200 and answer.json()["step"] == "success"
        data["workflow-action-extra-data"] = json.dumps(answer.json()["cleaned_data"])
    return client.post(edit_url(page), data)


@pytest.mark.parametrize("place", [dashboard_action, editor_action], ids=["dashboard", "editor"])
@pytest.mark.parametrize("comment", [None, COMMENT], ids=["approve", "approve-with-comment"])
def test_approving_publishes_the_submitted_revision(editorial, mailoutbox, place, comment):
    submitted = submit_change(editorial)
    response = place(client_for(editorial.users["penyetuju"]), editorial.post, "approve", comment)

    assert response.status_code == 302
    assert_published(editorial.post, submitted)
    approval = TaskState.objects.get(revision_id=submitted, status=TaskState.STATUS_APPROVED)
    assert approval.comment == (comment or "") and approval.finished_by == editorial.users["penyetuju"]
    # Wagtail's approval mail carries no comment; the comment is in the page's workflow history.
    assert mailoutbox[-1].to == ["penulis@example.org"]


@pytest.mark.parametrize("place", [dashboard_action, editor_action], ids=["dashboard", "editor"])
def test_requesting_changes_keeps_the_live_page_and_saves_nothing(editorial, mailoutbox, place):
    old_title = editorial.post.title
    submitted = submit_change(editorial)
    comment = "Tambahkan jam layanan hari Sabtu."

    response = place(client_for(editorial.users["penyetuju"]), editorial.post, "reject", comment)

    assert response.status_code == 302
    assert_changes_requested(editorial.post, old_title, submitted, comment)
    assert mailoutbox[-1].to == ["penulis@example.org"] and comment in mailoutbox[-1].body


@pytest.mark.parametrize("place", [dashboard_action, editor_action], ids=["dashboard", "editor"])
def test_a_penulis_cannot_review(editorial, place):
    old_title = editorial.post.title
    submit_change(editorial)
    place(client_for(editorial.users["penulis"]), editorial.post, "approve", None)
    page = live(editorial.post)
    assert page.title == old_title and page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert NEW_TITLE not in public_html(editorial.post)


def test_workflow_history_shows_the_review_and_offers_no_review_actions(editorial):
    post = editorial.post
    submitted = submit_change(editorial)
    penyetuju = client_for(editorial.users["penyetuju"])
    history = penyetuju.get(reverse("wagtailadmin_pages:workflow_history", args=[post.pk]))
    assert history.status_code == 200
    html = history.content.decode()
    assert "workflow/action/" not in html and "collect_action_data" not in html
    state = live(post).current_workflow_state

    dashboard_action(penyetuju, post, "approve", COMMENT)

    detail = penyetuju.get(reverse("wagtailadmin_pages:workflow_history_detail", args=[post.pk, state.pk]))
    assert detail.status_code == 200 and COMMENT in detail.content.decode()
    assert_published(post, submitted)


def bulk_publish(client, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={page.pk}"
    return client.post(url, {})


def test_bulk_publish_by_a_penyetuju_publishes_the_submitted_revision_and_ends_the_review(editorial):
    """A publisher publishing from the page listing decides instead of the review: the submitted
    revision goes live and the review is closed (cancelled, with the publish in the log)."""
    post = editorial.post
    submitted = submit_change(editorial)
    state = live(post).current_workflow_state

    assert bulk_publish(client_for(editorial.users["penyetuju"]), post).status_code == 302

    assert_published(post, submitted)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED
    assert not WorkflowState.objects.active().filter(object_id=str(post.pk)).exists()
    actions = list(PageLogEntry.objects.filter(page=post, user=editorial.users["penyetuju"])
                   .values_list("action", flat=True))
    assert "wagtail.publish" in actions and "wagtail.workflow.cancel" in actions
    assert not live(post).locked


def test_bulk_publish_by_a_penulis_publishes_nothing(editorial):
    post, old_title = editorial.post, editorial.post.title
    submitted = submit_change(editorial)
    penulis = client_for(editorial.users["penulis"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={post.pk}"

    confirm = penulis.get(url)
    assert confirm.status_code == 200
    assert [entry["item"].pk for entry in confirm.context["items_with_no_access"]] == [post.pk]
    assert not confirm.context["items"]
    bulk_publish(penulis, post)

    page = live(post)
    assert page.title == old_title and page.live_revision_id != submitted
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert NEW_TITLE not in public_html(post)


def test_publish_in_the_editor_by_a_penyetuju_publishes_the_submitted_content_and_ends_the_review(editorial):
    """The editor's "Publish" while the post is in review (after Wagtail's "cancel the workflow?"
    confirmation): the submitted content goes live and no review is left open."""
    post = editorial.post
    submit_change(editorial)
    state = live(post).current_workflow_state
    penyetuju = client_for(editorial.users["penyetuju"])
    data = edit_form_data(penyetuju, post)
    data["action-publish"] = "1"

    assert penyetuju.post(edit_url(post), data).status_code == 302

    page = live(post)
    assert page.title == NEW_TITLE and not page.has_unpublished_changes and page.current_workflow_state is None
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_CANCELLED
    assert NEW_TITLE in public_html(post)
