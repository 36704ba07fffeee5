"""The moderation queue in the Wagtail admin: who sees it, the decisions, their audit log entries,
the dashboard count, the department's reply and the moderators' digest."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry

from comments.models import Comment
from editorial.roles import PENULIS, PENYETUJU, sync_roles
from editorial.tests.editorial import client_for, make_user

from .conftest import approved, send

pytestmark = pytest.mark.django_db

QUEUE = "/admin/snippets/comments/comment/"


@pytest.fixture
def staff(post):
    sync_roles()
    return {"penyetuju": make_user("penyetuju", PENYETUJU), "penulis": make_user("penulis", PENULIS)}


def pending(post, body="Kapan pendaftaran bantuan dibuka?", **extra):
    return Comment.objects.create(page=post, author_name="Warga", body=body, **extra)


def bulk(client, action, comments):
    url = reverse("wagtail_bulk_action", args=("comments", "comment", action))
    query = "&".join(f"id={c.pk}" for c in comments)
    return client.post(f"{url}?{query}", {})


def test_the_penyetuju_sees_the_queue_and_a_penulis_does_not(client, post, staff):
    pending(post)
    assert client_for(staff["penyetuju"]).get(QUEUE).status_code == 200
    assert client_for(staff["penyetuju"]).get(QUEUE + "?status=pending").status_code == 200
    assert client_for(staff["penulis"]).get(QUEUE).status_code in (302, 403)


def test_nobody_adds_comments_in_the_admin(post, staff, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x")
    assert client_for(admin).get(QUEUE).status_code == 200
    assert client_for(admin).get(QUEUE + "add/").status_code in (302, 403)


def test_queue_filters_and_search(post, staff):
    pending(post, body="Pertanyaan tentang PKH")
    approved(post, body="Sudah dijawab")
    client = client_for(staff["penyetuju"])
    html = client.get(QUEUE + "?status=pending").content.decode()
    assert "Pertanyaan tentang PKH" in html and "Sudah dijawab" not in html
    assert "Sudah dijawab" in client.get(QUEUE + "?q=dijawab").content.decode()


def test_approve_spam_and_delete_in_bulk_are_each_logged(post, staff, django_capture_on_commit_callbacks):
    first, second, third = pending(post, body="satu"), pending(post, body="dua"), pending(post, body="tiga")
    client = client_for(staff["penyetuju"])
    assert bulk(client, "approve", [first, second]).status_code == 302
    assert bulk(client, "spam", [third]).status_code == 302
    assert set(Comment.objects.values_list("body", "status")) == {("satu", "approved"), ("dua", "approved"),
                                                                  ("tiga", "spam")}
    assert bulk(client, "delete", [first]).status_code == 302
    assert not Comment.objects.filter(pk=first.pk).exists()
    entries = ModelLogEntry.objects.filter(content_type__app_label="comments")
    assert sorted(entries.values_list("action", "object_id")) == sorted([
        ("comments.approve", str(first.pk)), ("comments.approve", str(second.pk)),
        ("comments.spam", str(third.pk)), ("wagtail.delete", str(first.pk))])
    assert set(entries.values_list("user__username", flat=True)) == {"penyetuju"}
    # The audit log outlives a deletion request: it names no commenter.
    assert not entries.filter(label__icontains="Warga").exists()


def test_a_penulis_cannot_approve(client, post, staff):
    comment = pending(post)
    bulk(client_for(staff["penulis"]), "approve", [comment])
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_approving_shows_the_comment_to_anonymous_readers(client, post, staff):
    comment = pending(post, body="Komentar yang akan disetujui")
    assert comment.body not in client.get(post.url).content.decode()
    bulk(client_for(staff["penyetuju"]), "approve", [comment])
    html = client.get(post.url).content.decode()
    assert comment.body in html and "1 komentar" in html


def test_reply_as_the_department_has_the_badge(client, post, staff):
    question = approved(post, body="Di mana kantor LK3 Sleman?", author_email="w@example.org", notify_on_reply=True)
    moderator = client_for(staff["penyetuju"])
    response = moderator.post(reverse("comments_reply", args=[question.pk]), {"body": "Di Jalan Magelang km 10."})
    assert response.status_code == 302
    reply = Comment.objects.get(is_official=True)
    assert (reply.parent, reply.status, reply.author_name) == (question, "approved", "Dinas Sosial DIY")
    html = client.get(post.url).content.decode()
    assert 'class="comment__badge">Dinas Sosial DIY<' in html and "Di Jalan Magelang km 10." in html
    assert ModelLogEntry.objects.filter(action="comments.reply", object_id=str(reply.pk)).exists()
    # The commenter asked to hear about a reply: one mail to that address, and no one else's.
    assert [m.to for m in mail.outbox] == [["w@example.org"]]
    assert client_for(staff["penulis"]).get(reverse("comments_reply", args=[question.pk])).status_code in (302, 403)


def test_dashboard_counts_waiting_comments_for_moderators(post, staff):
    pending(post), pending(post)
    approved(post)
    html = client_for(staff["penyetuju"]).get("/admin/").content.decode()
    assert 'id="pending-comments-link"' in html and "2 komentar menunggu moderasi" in html
    assert 'id="pending-comments-link"' not in client_for(staff["penulis"]).get("/admin/").content.decode()


def test_digest_is_one_mail_per_moderator_for_many_comments(client, post, staff):
    for n in range(3):
        send(client, post, body=f"Pertanyaan nomor {n}", address=f"203.0.113.{n + 1}")
    assert mail.outbox == []  # no mail per comment
    call_command("send_comment_digest", stdout=open("/dev/null", "w"))
    assert [m.to for m in mail.outbox] == [["penyetuju@example.org"]]
    assert "3 komentar baru" in mail.outbox[0].subject and "Pertanyaan nomor 2" in mail.outbox[0].body
    call_command("send_comment_digest", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1  # nothing new, nothing sent


def test_approve_and_delete_purge_the_article(post, staff, purged):
    comment = pending(post)
    assert purged(lambda: None) == set()
    assert purged(lambda: Comment.objects.filter(pk=comment.pk).update(body="x")) == set()
    urls = purged(lambda: bulk(client_for(staff["penyetuju"]), "approve", [comment]))
    assert urls == {post.full_url}
    assert purged(lambda: bulk(client_for(staff["penyetuju"]), "delete", [comment])) == {post.full_url}
    # A new comment waits for moderation: posting costs the cached readers nothing.
    assert purged(lambda: pending(post)) == set()
