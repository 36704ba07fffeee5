"""The approval journey through the admin, its e-mails and audit trail, and editing conflicts."""

import datetime
import json
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision, WorkflowState

from cms.tests import factories as f
from editorial.tests.editorial import client_for, edit_form_data, edit_url, editorial, latest, live  # noqa: F401

pytestmark = pytest.mark.django_db


def submit(client, page, **fields):
    data = edit_form_data(client, page, **fields)
    data["action-submit"] = "1"
    return client.post(edit_url(page), data)


def workflow_action(client, page, action, comment=""):
    task_state = live(page).current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def log_actions(page):
    return list(PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk").values_list("action", flat=True))


def test_submit_reject_edit_resubmit_approve_publishes_and_notifies(editorial, mailoutbox):
    post, users = editorial.post, editorial.users
    penulis, penyetuju = client_for(users["penulis"]), client_for(users["penyetuju"])
    old_title = post.title

    response = submit(penulis, post, title="Layanan LK3 dibuka di Sleman", paragraphs=["<p>Versi pertama.</p>"])
    assert response.status_code == 302
    state = live(post).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == users["penulis"]
    assert old_title in Client().get(post.url).content.decode(), "the live version stays until approval"
    assert [m.to for m in mailoutbox] == [["penyetuju@example.org"]]
    review_mail = mailoutbox[0].body
    assert f"http://testserver/admin/pages/{post.pk}/edit/" in review_mail
    assert f"http://testserver/admin/pages/workflow/preview/{post.pk}/" in review_mail

    assert workflow_action(penyetuju, post, "reject", comment="Tambahkan jam layanan.").status_code == 302
    assert live(post).current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert mailoutbox[1].to == ["penulis@example.org"]
    assert "Tambahkan jam layanan." in mailoutbox[1].body
    assert f"http://testserver/admin/pages/{post.pk}/edit/" in mailoutbox[1].body

    response = submit(penulis, post, title="Layanan LK3 dibuka di Sleman",
                      paragraphs=["<p>Versi kedua dengan jam layanan 08.00-15.00.</p>"])
    assert response.status_code == 302
    assert live(post).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert mailoutbox[2].to == ["penyetuju@example.org"]

    assert workflow_action(penyetuju, post, "approve").status_code == 302
    published = live(post)
    assert published.live and published.title == "Layanan LK3 dibuka di Sleman"
    assert not published.has_unpublished_changes and published.current_workflow_state is None
    assert [m.to for m in mailoutbox] == [["penyetuju@example.org"], ["penulis@example.org"],
                                          ["penyetuju@example.org"], ["penulis@example.org"]]
    assert re.search(r"https?://\S+/berita/", mailoutbox[3].body), "approval mail links the live page"

    html = Client().get(published.url).content.decode()
    assert "Versi kedua dengan jam layanan" in html and "Versi pertama" not in html
    actions = log_actions(post)
    for expected in ("wagtail.workflow.start", "wagtail.workflow.reject", "wagtail.workflow.resume",
                     "wagtail.workflow.approve", "wagtail.publish"):
        assert expected in actions
    assert actions.index("wagtail.workflow.reject") < actions.index("wagtail.workflow.approve")


def test_an_edit_after_approval_needs_approval_again(editorial):
    post, users = editorial.post, editorial.users
    penulis, penyetuju = client_for(users["penulis"]), client_for(users["penyetuju"])
    submit(penulis, post, title="Judul disetujui")
    workflow_action(penyetuju, post, "approve")
    assert live(post).title == "Judul disetujui"

    data = edit_form_data(penulis, post, title="Judul diubah sesudah persetujuan")
    data["action-publish"] = "1"  # a Penulis pressing a publish button they should not have
    assert penulis.post(edit_url(post), data).status_code == 302
    assert live(post).title == "Judul disetujui"
    assert latest(post).title == "Judul diubah sesudah persetujuan"
    assert live(post).has_unpublished_changes and live(post).current_workflow_state is None

    submit(penulis, post)
    workflow_action(penyetuju, post, "approve")
    assert live(post).title == "Judul diubah sesudah persetujuan"


def test_invalid_submission_shows_errors_and_starts_no_workflow(editorial, mailoutbox):
    post, penulis = editorial.post, client_for(editorial.users["penulis"])
    response = submit(penulis, post, title="", summary="")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "title" in errors and "summary" in errors
    assert not WorkflowState.objects.filter(object_id=str(post.pk)).exists()
    assert mailoutbox == []
    assert latest(post).title == post.title


def test_locked_page_refuses_other_editors_and_keeps_content(editorial):
    post, users = editorial.post, editorial.users
    penulis, penyetuju = client_for(users["penulis"]), client_for(users["penyetuju"])
    assert penyetuju.post(reverse("wagtailadmin_pages:lock", args=[post.pk])).status_code == 302
    assert live(post).locked and live(post).locked_by == users["penyetuju"]
    revisions_before = Revision.objects.filter(object_id=str(post.pk)).count()

    response = penulis.get(edit_url(post))
    assert response.context["page_locked"] is True
    data = edit_form_data(penulis, post, title="Perubahan saat terkunci")
    response = penulis.post(edit_url(post), data)
    assert response.status_code == 200
    assert any(m.level_tag == "error" for m in response.context["messages"])
    assert Revision.objects.filter(object_id=str(post.pk)).count() == revisions_before
    assert latest(post).title == post.title

    penyetuju.post(reverse("wagtailadmin_pages:unlock", args=[post.pk]))
    assert penulis.post(edit_url(post), edit_form_data(penulis, post, title="Sesudah dibuka")).status_code == 302
    assert latest(post).title == "Sesudah dibuka"


def test_two_sessions_on_the_same_revision_lose_nothing(editorial):
    post, users = editorial.post, editorial.users
    post.save_revision(user=users["admin"])
    first, second = client_for(users["penyetuju"]), client_for(users["penulis"])
    first_form = edit_form_data(first, post, title="Versi dari Penyetuju")
    editor_html = second.get(edit_url(post)).content.decode()
    second_form = edit_form_data(second, post, title="Versi dari Penulis")
    assert first_form["loaded_revision_id"] == second_form["loaded_revision_id"]

    assert first.post(edit_url(post), first_form).status_code == 302
    first_revision = Revision.objects.filter(object_id=str(post.pk)).latest("created_at")

    # The second editor's autosave is refused instead of overwriting the newer version...
    response = second.post(edit_url(post), second_form, HTTP_ACCEPT="application/json")
    assert response.status_code == 400 and response.json()["error_code"] == "invalid_revision"
    assert latest(post).title == "Versi dari Penyetuju"

    # ...and their editor is told who saved the newer version.
    ping_url = re.search(r'data-w-swap-src-value="(/admin/editing-sessions/ping/[^"]+)"', editor_html).group(1)
    ping = second.post(ping_url, {"revision_id": second_form["loaded_revision_id"],
                                  "revision_created_at": second_form["loaded_revision_created_at"]})
    others = json.loads(ping.content)["other_sessions"]
    assert [o["revision_id"] for o in others] == [first_revision.pk]

    # Saving anyway (after Wagtail's "overwrite?" dialog) keeps the first version in history.
    assert second.post(edit_url(post), second_form).status_code == 302
    assert latest(post).title == "Versi dari Penulis"
    titles = [r.content["title"] for r in Revision.objects.filter(object_id=str(post.pk))]
    assert "Versi dari Penyetuju" in titles


def test_dashboards_show_drafts_own_submissions_and_the_review_queue(editorial):
    users, index, author = editorial.users, editorial.news_index, editorial.author
    penulis = client_for(users["penulis"])
    draft = f.NewsPageFactory(parent=index, authors=[author], title="Draf milik penulis", live=False)
    draft.save_revision(user=users["penulis"])
    submitted = f.NewsPageFactory(parent=index, authors=[author], title="Tulisan yang diajukan")
    submit(penulis, submitted, title="Tulisan yang diajukan (revisi)")
    scheduled = f.NewsPageFactory(parent=index, authors=[author], title="Sudah dijadwalkan", live=False,
                                  owner=users["penulis"], go_live_at=timezone.now() + datetime.timedelta(days=1))
    scheduled.save_revision(user=users["penulis"]).publish(user=users["penyetuju"])

    soup = _soup(penulis.get(reverse("wagtailadmin_home")))
    drafts = soup.find(id="my-drafts-section")
    assert [int(row["data-draft-page-id"]) for row in drafts.select("[data-draft-page-id]")] == [draft.pk]
    assert edit_url(submitted) in str(soup.find(id="objects-in-workflow-section"))
    assert soup.find(id="awaiting-review-section") is None

    queue = _soup(client_for(users["penyetuju"]).get(reverse("wagtailadmin_home"))).find(id="awaiting-review-section")
    assert queue is not None and "Tulisan yang diajukan (revisi)" in queue.get_text()
    assert "Draf milik penulis" not in queue.get_text()


def _soup(response):
    from bs4 import BeautifulSoup

    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_public_never_sees_drafts_moderation_previews_or_revisions(editorial):
    users, index, author, post = editorial.users, editorial.news_index, editorial.author, editorial.post
    draft = f.NewsPageFactory(parent=index, authors=[author], title="Draf rahasia", slug="draf-rahasia", live=False)
    revision = draft.save_revision(user=users["penulis"])
    submit(client_for(users["penulis"]), post, title="Judul dalam moderasi")
    task = live(post).current_workflow_state.current_task_state.task

    anonymous = Client()
    assert anonymous.get("/berita/draf-rahasia/").status_code == 404
    html = anonymous.get(post.url).content.decode()
    assert post.title in html and "Judul dalam moderasi" not in html
    admin_only = [
        reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[draft.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[draft.pk, revision.pk]),
        reverse("wagtailadmin_pages:revisions_index", args=[draft.pk]),
        reverse("wagtailadmin_pages:workflow_preview", args=[post.pk, task.pk]),
        reverse("wagtailadmin_pages:history", args=[post.pk]),
    ]
    for url in admin_only:
        response = anonymous.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url


def test_page_history_records_who_submitted_approved_and_unpublished(editorial):
    post, users = editorial.post, editorial.users
    penulis, penyetuju = client_for(users["penulis"]), client_for(users["penyetuju"])
    submit(penulis, post, title="Untuk riwayat")
    workflow_action(penyetuju, post, "approve")
    penyetuju.post(reverse("wagtailadmin_pages:unpublish", args=[post.pk]))
    entries = PageLogEntry.objects.filter(page=post)
    expected = {("wagtail.workflow.start", users["penulis"]), ("wagtail.workflow.approve", users["penyetuju"]),
                ("wagtail.publish", users["penyetuju"]), ("wagtail.unpublish", users["penyetuju"])}
    assert expected <= {(e.action, e.user) for e in entries}
    history = penyetuju.get(reverse("wagtailadmin_pages:history", args=[post.pk]))
    assert history.status_code == 200
    assert len(history.context["object_list"]) >= len(expected)


def approve_in_editor(client, page, **fields):
    """The Penyetuju opens the editor and picks "Approve" in the action menu (Wagtail's edit view)."""
    data = edit_form_data(client, page, **fields)
    data["action-workflow-action"] = "true"
    data["workflow-action-name"] = "approve"
    return client.post(edit_url(page), data)


def test_approving_in_the_editor_publishes_the_submitted_revision(editorial):
    """An untouched editor form is not an edit: the approval counts and the page goes live."""
    post, users = editorial.post, editorial.users
    penulis, penyetuju = client_for(users["penulis"]), client_for(users["penyetuju"])
    assert submit(penulis, post, title="Jam layanan LK3 diperpanjang").status_code == 302
    submitted = latest(post).latest_revision_id

    response = approve_in_editor(penyetuju, post)

    assert response.status_code == 302
    published = live(post)
    assert published.live_revision_id == submitted, "the approver's click saved a revision of its own"
    assert published.current_workflow_state is None and not published.has_unpublished_changes
    assert "Jam layanan LK3 diperpanjang" in Client().get(published.url).content.decode()
    assert "wagtail.edit" not in log_actions(post)[-3:]


def test_a_real_change_made_while_approving_in_the_editor_still_needs_approval(editorial):
    post, users = editorial.post, editorial.users
    penulis, penyetuju = client_for(users["penulis"]), client_for(users["penyetuju"])
    old_title = post.title
    assert submit(penulis, post, title="Jam layanan LK3 diperpanjang").status_code == 302

    approve_in_editor(penyetuju, post, title="Jam layanan LK3 diperpanjang hingga sore")

    page = live(post)
    assert page.title == old_title and page.current_workflow_state is not None
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
