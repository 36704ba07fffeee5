"""Role × action matrix, exercised through the admin's own views and checked in the database.

Each action returns whether its effect really happened (a page went live, was deleted,
moved, scheduled …), so a view that answers 200 but does nothing counts as "denied" and
a view that forgets a permission check shows up as an unexpected "allowed".
"""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Page, Workflow, WorkflowState

from cms.tests import factories as f
from editorial.roles import WORKFLOW_NAME
from editorial.tests.editorial import (  # noqa: F401
    add_url,
    client_for,
    create_news_form_data,
    edit_form_data,
    edit_url,
    editorial,
    latest,
    live,
)
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def press(client, page, button=None, **fields):
    """Open the editor of `page`, change `fields` and press `button`; False if the editor is refused."""
    data = edit_form_data(client, page, required=False, **fields)
    if data is None:
        return False
    if button:
        data[button] = "1"
    client.post(edit_url(page), data)
    return True


def bulk(client, action, page):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + f"?id={page.pk}"
    client.post(url, {"include_descendants": ""})


def create(client, ctx, user):
    form = create_news_form_data(client, ctx.news_index, ctx.author, "Berita baru", "berita-baru-matrix",
                                 required=False)
    client.post(add_url(ctx.news_index, NewsPage), form or {})
    return NewsPage.objects.filter(slug="berita-baru-matrix").exists()


def edit(client, ctx, user):
    return press(client, ctx.post, title="Diubah") and latest(ctx.post).title == "Diubah"


def submit(client, ctx, user):
    return press(client, ctx.post, "action-submit") and live(ctx.post).workflow_in_progress


def in_review(ctx):
    """The live post with a new draft title, submitted by the Penulis."""
    page = live(ctx.post)
    page.title = "Diajukan"
    page.save_revision(user=ctx.users["penulis"])
    Workflow.objects.get(name=WORKFLOW_NAME).start(page, ctx.users["penulis"])
    return page.current_workflow_state.current_task_state


def approve(client, ctx, user):
    task_state = in_review(ctx)
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[ctx.post.pk, "approve", task_state.pk]))
    return live(ctx.post).title == "Diajukan"


def reject(client, ctx, user):
    task_state = in_review(ctx)
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[ctx.post.pk, "reject", task_state.pk]),
                {"comment": "Perbaiki."})
    return live(ctx.post).current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def publish(client, ctx, user):
    return press(client, ctx.draft, "action-publish") and live(ctx.draft).live


def schedule(client, ctx, user):
    go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    return (press(client, ctx.draft, "action-publish", go_live_at=go_live)
            and ctx.draft.revisions.filter(approved_go_live_at__isnull=False).exists())


def unpublish(client, ctx, user):
    client.post(reverse("wagtailadmin_pages:unpublish", args=[ctx.post.pk]))
    return not live(ctx.post).live


def delete(client, ctx, user):
    client.post(reverse("wagtailadmin_pages:delete", args=[ctx.post.pk]))
    return not Page.objects.filter(pk=ctx.post.pk).exists()


def delete_own_draft(client, ctx, user):
    own = f.NewsPageFactory(parent=ctx.news_index, authors=[ctx.author], live=False, owner=user)
    client.post(reverse("wagtailadmin_pages:delete", args=[own.pk]))
    return not Page.objects.filter(pk=own.pk).exists()


def move(client, ctx, user):
    client.post(reverse("wagtailadmin_pages:move_confirm", args=[ctx.post.pk, ctx.archive.pk]))
    return Page.objects.get(pk=ctx.post.pk).get_parent().pk == ctx.archive.pk


def copy_published(client, ctx, user):
    client.post(reverse("wagtailadmin_pages:copy", args=[ctx.post.pk]), {
        "new_title": "Salinan", "new_slug": "salinan", "new_parent_page": ctx.news_index.pk,
        "publish_copies": "on"})
    return NewsPage.objects.filter(slug="salinan", live=True).exists()


def bulk_publish(client, ctx, user):
    bulk(client, "publish", ctx.draft)
    return live(ctx.draft).live


def bulk_unpublish(client, ctx, user):
    bulk(client, "unpublish", ctx.post)
    return not live(ctx.post).live


def bulk_delete(client, ctx, user):
    bulk(client, "delete", ctx.post)
    return not Page.objects.filter(pk=ctx.post.pk).exists()


ACTIONS = {
    "create": create, "edit": edit, "submit": submit, "approve": approve, "reject": reject,
    "publish": publish, "schedule": schedule, "unpublish": unpublish, "delete": delete,
    "delete_own_draft": delete_own_draft, "move": move, "copy_published": copy_published,
    "bulk_publish": bulk_publish, "bulk_unpublish": bulk_unpublish, "bulk_delete": bulk_delete,
}
ALLOWED = {
    "penulis": {"create", "edit", "submit", "delete_own_draft"},
    "penyetuju": set(ACTIONS),
    "penerjemah": set(),
}  # superusers bypass every check in Wagtail itself; not repeated here
MATRIX = [(role, action, action in allowed) for role, allowed in ALLOWED.items() for action in ACTIONS]


@pytest.fixture
def ctx(editorial):
    editorial.draft = f.NewsPageFactory(parent=editorial.news_index, authors=[editorial.author],
                                        title="Draf", slug="draf", live=False)
    editorial.archive = f.NewsIndexPageFactory(parent=editorial.home, title="Arsip", slug="arsip")
    return editorial


@pytest.mark.parametrize(("role", "action", "allowed"), MATRIX, ids=[f"{r}-{a}" for r, a, _ in MATRIX])
def test_role_action_matrix(ctx, role, action, allowed):
    user = ctx.users[role]
    assert ACTIONS[action](client_for(user), ctx, user) is allowed


def test_penulis_is_refused_by_the_python_action_api_too(ctx):
    penulis, post = ctx.users["penulis"], live(ctx.post)
    revision = post.save_revision(user=penulis)
    refused = [
        lambda: revision.publish(user=penulis),
        lambda: ctx.draft.save_revision(user=penulis).publish(user=penulis),
        lambda: UnpublishPageAction(post, user=penulis).execute(),
        lambda: DeletePageAction(post, user=penulis).execute(),
        lambda: MovePageAction(post, ctx.archive, user=penulis).execute(),
        lambda: CopyPageAction(post, to=ctx.news_index, update_attrs={"slug": "salinan-api"},
                               keep_live=True, user=penulis).execute(),
    ]
    for call in refused:
        with pytest.raises(PermissionDenied):
            call()
    assert live(post).live and live(post).title == ctx.post.title and not live(ctx.draft).live
    assert Page.objects.get(pk=post.pk).get_parent().pk == ctx.news_index.pk


def test_penulis_copy_of_a_live_page_is_an_unpublished_draft(ctx):
    client = client_for(ctx.users["penulis"])
    client.post(reverse("wagtailadmin_pages:copy", args=[ctx.post.pk]), {
        "new_title": "Salinan penulis", "new_slug": "salinan-penulis", "new_parent_page": ctx.news_index.pk,
        "publish_copies": "on"})
    copy = NewsPage.objects.get(slug="salinan-penulis")
    assert not copy.live


def test_page_listing_offers_penulis_no_publishing_actions(ctx):
    html = client_for(ctx.users["penulis"]).get(
        reverse("wagtailadmin_explore", args=[ctx.news_index.pk])).content.decode()
    assert edit_url(ctx.post) in html
    for name in ("unpublish", "delete", "move"):
        assert reverse(f"wagtailadmin_pages:{name}", args=[ctx.post.pk]) not in html, name
    approver_html = client_for(ctx.users["penyetuju"]).get(
        reverse("wagtailadmin_explore", args=[ctx.news_index.pk])).content.decode()
    assert reverse("wagtailadmin_pages:unpublish", args=[ctx.post.pk]) in approver_html


@pytest.mark.parametrize(("role", "url", "allowed"), [
    ("penulis", "/admin/settings/home/sitesettings/", False),
    ("penyetuju", "/admin/settings/home/sitesettings/", True),
    ("penulis", "/admin/settings/search/suggestedsearches/", False),
    ("penyetuju", "/admin/settings/search/suggestedsearches/", True),
    ("penulis", "/admin/snippets/news/category/add/", False),
    ("penyetuju", "/admin/snippets/news/category/add/", True),
    ("penulis", "/admin/images/multiple/add/", True),
    ("penulis", "/admin/documents/multiple/add/", True),
    ("penerjemah", "/admin/images/multiple/add/", False),
])
def test_settings_snippet_and_media_rights(ctx, role, url, allowed):
    response = client_for(ctx.users[role]).get(url, follow=True)
    final_url = response.redirect_chain[-1][0] if response.redirect_chain else url
    reached = response.status_code == 200 and final_url.startswith(url.rsplit("/", 2)[0])
    assert reached is allowed, (response.status_code, response.redirect_chain)
