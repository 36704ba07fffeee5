"""Scheduled publishing and expiry with `publish_scheduled`, with the clock moved by hand.

Time is moved with unittest.mock on django.utils.timezone.now, which is what the command
reads; no extra dependency is needed.
"""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import PageLogEntry, Workflow

from cms.tests import factories as f
from editorial.roles import WORKFLOW_NAME
from editorial.tests.editorial import client_for, edit_form_data, edit_url, editorial, live  # noqa: F401

pytestmark = pytest.mark.django_db


def run_publish_scheduled(at=None):
    """Run the cron command as if the clock showed `at` (now when None)."""
    if at is None:
        call_command("publish_scheduled", stdout=StringIO())
        return
    with mock.patch("django.utils.timezone.now", return_value=at):
        call_command("publish_scheduled", stdout=StringIO())


def status(page):
    return Client().get(page.url).status_code


def actions(page):
    return set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))


@pytest.fixture
def draft(editorial):
    return f.NewsPageFactory(parent=editorial.news_index, authors=[editorial.author], title="Terjadwal",
                             slug="terjadwal", live=False)


def test_page_scheduled_in_the_admin_is_invisible_until_its_time(editorial, draft):
    penyetuju = client_for(editorial.users["penyetuju"])
    go_live = timezone.localtime().replace(second=0, microsecond=0) + datetime.timedelta(hours=3)
    data = edit_form_data(penyetuju, draft, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    data["action-publish"] = "1"
    assert penyetuju.post(edit_url(draft), data).status_code == 302

    revision = draft.revisions.get(approved_go_live_at__isnull=False)
    assert revision.approved_go_live_at == go_live
    assert "wagtail.publish.schedule" in actions(draft)
    assert not live(draft).live and status(draft) == 404

    run_publish_scheduled()
    assert not live(draft).live and status(draft) == 404, "nothing happens before its time"
    run_publish_scheduled(at=go_live - datetime.timedelta(minutes=1))
    assert status(draft) == 404

    run_publish_scheduled(at=go_live + datetime.timedelta(minutes=1))
    assert live(draft).live and status(draft) == 200
    assert "Terjadwal" in Client().get(draft.url).content.decode()
    assert "wagtail.publish.scheduled" in actions(draft)


def test_approved_submission_with_a_future_date_waits_for_it(editorial, draft):
    penulis, penyetuju = editorial.users["penulis"], editorial.users["penyetuju"]
    go_live = timezone.now() + datetime.timedelta(days=1)
    draft.go_live_at = go_live
    draft.save_revision(user=penulis)
    state = Workflow.objects.get(name=WORKFLOW_NAME).start(draft, penulis)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, penyetuju, "approve")

    assert not live(draft).live and status(draft) == 404
    run_publish_scheduled(at=go_live + datetime.timedelta(seconds=30))
    assert live(draft).live and status(draft) == 200


def test_expiry_unpublishes_after_its_time(editorial):
    post = live(editorial.post)
    expire = timezone.now() + datetime.timedelta(hours=1)
    post.expire_at = expire
    post.save_revision(user=editorial.users["penyetuju"]).publish(user=editorial.users["penyetuju"])
    assert status(post) == 200

    run_publish_scheduled(at=expire - datetime.timedelta(minutes=5))
    assert status(post) == 200
    run_publish_scheduled(at=expire + datetime.timedelta(minutes=5))
    assert not live(post).live and live(post).expired and status(post) == 404
    assert "wagtail.unpublish.scheduled" in actions(post)
