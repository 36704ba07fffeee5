"""Comments imported from WordPress: approved ones under their posts with their dates and threads,
pending ones in the moderation queue; importer re-runs keep the moderators' decisions."""

import datetime
import importlib

import pytest
from django.apps import apps

from comments.models import Comment
from wordpress.models import Comment as ImportedComment

pytestmark = pytest.mark.django_db

WHEN = datetime.datetime(2013, 1, 5, 8, 30, tzinfo=datetime.UTC)


def imported(post, wp_id, content, approved=True, parent=None, minutes=0):
    return ImportedComment.objects.create(
        wp_id=wp_id, page=post, parent=parent, author_name="Pak Harjo", author_email="harjo@example.org",
        created_at=WHEN + datetime.timedelta(minutes=minutes), content=content, approved=approved)


def test_imported_comments_are_shown_threaded_with_their_dates(client, site_tree):
    post = site_tree["post"]  # published 2013: closed for new comments, old ones still shown
    first = imported(post, 101, "<p>Terima kasih, <a href='http://x'>sangat</a> membantu.</p>")
    reply = imported(post, 102, "<p>Sama-sama.</p>", parent=first, minutes=5)
    imported(post, 103, "<p>Balasan bertingkat dua.</p>", parent=reply, minutes=9)
    imported(post, 104, "<p>Belum disetujui dulu.</p>", approved=False, minutes=12)
    html = client.get(post.url).content.decode()
    assert "Terima kasih, sangat membantu." in html and "<a href='http://x'>" not in html
    assert html.index("Terima kasih") < html.index("Sama-sama.") < html.index("Balasan bertingkat dua.")
    assert "5 Januari 2013" in html and "Belum disetujui dulu." not in html
    root = Comment.objects.get(wordpress_id=101)
    assert [c.thread_root for c in Comment.objects.filter(wordpress_id__in=[102, 103])] == [root, root]
    assert Comment.objects.get(wordpress_id=101).created_at == WHEN
    assert Comment.objects.get(wordpress_id=104).status == "pending"  # in the queue
    # The address stays out of the reader comment: nobody asked for a notification.
    assert not Comment.objects.exclude(author_email="").exists()


def test_a_re_import_keeps_the_moderation(site_tree):
    source = imported(site_tree["post"], 201, "<p>Menunggu</p>", approved=False)
    Comment.objects.filter(wordpress_id=201).update(status="spam")
    source.content = "<p>Menunggu (diubah)</p>"
    source.save()
    comment = Comment.objects.get(wordpress_id=201)
    assert (comment.status, comment.body) == ("spam", "Menunggu (diubah)")


def test_the_migration_adopts_comments_imported_before_it(site_tree):
    source = imported(site_tree["post"], 301, "<p>Sebelum migrasi</p>")
    Comment.objects.all().delete()
    migration = importlib.import_module("comments.migrations.0002_blocklist_and_imported")
    migration.adopt_imported(apps, None)
    migration.adopt_imported(apps, None)  # idempotent
    assert list(Comment.objects.values_list("wordpress_id", "status", "body")) == [
        (source.wp_id, "approved", "Sebelum migrasi")]
