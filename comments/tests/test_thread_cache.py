"""The comments section under an article is kept per content version (comments_tags.py): no
query on a warm article, never a stale thread after any moderator's decision, and no
commenter's e-mail address in the shared cache."""

import time
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments import moderation
from comments.models import Comment

from .conftest import approved

pytestmark = pytest.mark.django_db


def html(client, post):
    with CaptureQueriesContext(connection) as captured:
        page = client.get(post.url).content.decode()
    return page, [q["sql"] for q in captured.captured_queries if "comments_comment" in q["sql"]]


def test_a_warm_article_reads_no_comment(client, post):
    approved(post, body="Komentar yang sudah tampil")
    html(client, post), html(client, post)
    page, comment_queries = html(client, post)
    assert "Komentar yang sudah tampil" in page and comment_queries == []


def test_every_decision_shows_at_once(client, post, django_capture_on_commit_callbacks):
    first = approved(post, name="Budi", body="Komentar pertama")
    waiting = Comment.objects.create(page=post, author_name="Sari", body="Menunggu moderasi")
    assert "Menunggu moderasi" not in html(client, post)[0]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve([waiting])
    assert "Menunggu moderasi" in html(client, post)[0]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reply_as_department(first, "Balasan resmi dinas", user=None)
    assert "Balasan resmi dinas" in html(client, post)[0]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.erase_personal_data(first)
    assert "Budi" not in html(client, post)[0]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.mark_spam([Comment.objects.get(pk=waiting.pk)])
    assert "Menunggu moderasi" not in html(client, post)[0]
    with django_capture_on_commit_callbacks(execute=True):
        moderation.delete([Comment.objects.get(pk=first.pk)])
    page = html(client, post)[0]
    assert "Komentar pertama" not in page and "Balasan resmi dinas" not in page


def test_the_kept_thread_holds_no_email_address(client, post):
    approved(post, body="Komentar dengan alamat", author_email="budi@example.org", notify_on_reply=True)
    html(client, post)
    blob = b"".join(cache._cache.values())  # the test settings' LocMemCache keeps pickles
    assert b"Komentar dengan alamat" in blob
    assert b"budi@example.org" not in blob


def form_token(page):
    start = page.index('name="token"')
    tag = page[page.rindex("<input", 0, start):page.index(">", start)]
    return tag.split('value="', 1)[1].split('"', 1)[0]


def test_the_kept_form_token_is_renewed_every_hour(client, post):
    from comments.templatetags import comments_tags

    first = form_token(html(client, post)[0])
    assert form_token(html(client, post)[0]) == first  # kept: the same section within the hour
    later = time.time() + comments_tags.TOKEN_RENEWAL_SECONDS
    with mock.patch("time.time", return_value=later):  # the key's hour and the token's signature
        renewed = form_token(html(client, post)[0])
    assert renewed != first
