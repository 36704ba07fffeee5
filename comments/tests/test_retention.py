"""Retention: e-mail addresses and never-approved comments are erased when their time is up."""

import datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from comments.models import Comment
from comments.moderation import erase_personal_data
from wordpress.models import Comment as ImportedComment

pytestmark = pytest.mark.django_db


def aged(post, days, **fields):
    fields.setdefault("author_name", "Warga")
    return Comment.objects.create(page=post, body="Teks",
                                  created_at=timezone.now() - datetime.timedelta(days=days), **fields)


@override_settings(COMMENTS_EMAIL_RETENTION_DAYS=90, COMMENTS_UNAPPROVED_RETENTION_DAYS=30)
def test_purge_command_erases_expired_personal_data(post):
    old_mail = aged(post, 91, status="approved", author_email="lama@example.org", notify_on_reply=True)
    new_mail = aged(post, 10, status="approved", author_email="baru@example.org", notify_on_reply=True)
    old_pending, old_spam = aged(post, 31), aged(post, 45, status="spam")
    fresh_pending, old_approved = aged(post, 5), aged(post, 400, status="approved")
    ImportedComment.objects.create(wp_id=1, page=post, author_name="Arsip", author_email="arsip@example.org",
                                   created_at=timezone.now() - datetime.timedelta(days=3650), content="x",
                                   approved=True)
    call_command("purge_comment_data", stdout=open("/dev/null", "w"))
    assert Comment.objects.get(pk=old_mail.pk).author_email == ""
    assert not Comment.objects.get(pk=old_mail.pk).notify_on_reply
    assert Comment.objects.get(pk=new_mail.pk).author_email == "baru@example.org"
    assert not Comment.objects.filter(pk__in=[old_pending.pk, old_spam.pk]).exists()
    assert Comment.objects.filter(pk__in=[fresh_pending.pk, old_approved.pk]).count() == 2
    assert ImportedComment.objects.get().author_email == ""


def test_erasing_on_request_keeps_the_text_without_the_person(post):
    comment = aged(post, 1, status="approved", author_email="x@example.org", notify_on_reply=True)
    erase_personal_data(comment)
    comment.refresh_from_db()
    assert (comment.author_name, comment.author_email, comment.notify_on_reply, comment.body) == (
        "Anonim", "", False, "Teks")


def test_a_deletion_request_is_met_in_the_admin(post):
    from django.urls import reverse
    from wagtail.models import ModelLogEntry

    from editorial.roles import PENYETUJU, sync_roles
    from editorial.tests.editorial import client_for, make_user

    sync_roles()
    comment = aged(post, 1, status="approved", author_name="Sri Rahayu", author_email="sri@example.org")
    url = reverse("wagtail_bulk_action", args=("comments", "comment", "erase")) + f"?id={comment.pk}"
    assert client_for(make_user("penyetuju", PENYETUJU)).post(url, {}).status_code == 302
    comment.refresh_from_db()
    assert (comment.author_name, comment.author_email) == ("Anonim", "")
    assert ModelLogEntry.objects.filter(action="comments.erase", object_id=str(comment.pk)).exists()
