"""Posting a comment over HTTP: a reader gets through, scripts and bad input are stopped with a
clear message, nothing is stored for them, and nothing answers with a 500."""

import re
from unittest import mock

import pytest
from django.test import override_settings
from django.utils import timezone

from comments.models import BlockedPhrase, Comment
from news.models import NewsPage

from .conftest import approved, comment_url, form_data, send, token_made

pytestmark = pytest.mark.django_db


def test_a_reader_comment_waits_for_moderation(client, post):
    response = send(client, post)
    assert response.status_code == 302
    assert response["Location"] == f"{post.url}?komentar=terkirim#komentar"
    comment = Comment.objects.get()
    assert (comment.page_id, comment.status, comment.author_name) == (post.pk, "pending", "Sri Wahyuni")
    assert comment.author_email == "" and not comment.notify_on_reply
    article = client.get(response["Location"])
    assert "menunggu moderasi" in article.content.decode()
    assert comment.body not in article.content.decode()  # not shown before approval


def test_the_address_is_kept_only_when_a_reply_notice_is_asked_for(client, post):
    send(client, post, email="sri@example.org")
    send(client, post, email="sri@example.org", notify="on", address="203.0.113.6")
    assert list(Comment.objects.order_by("pk").values_list("author_email", "notify_on_reply")) == [
        ("", False), ("sri@example.org", True)]


def test_nothing_identifies_the_visitor_in_the_stored_comment(client, post):
    send(client, post)
    stored = Comment.objects.values()[0]
    assert not any("203.0.113.5" in str(value) for value in stored.values())


def test_a_reply_attaches_to_the_thread_of_an_approved_comment(client, post):
    first = approved(post)
    answer = approved(post, name="Dinas Sosial DIY", parent=first, is_official=True)
    assert send(client, post, parent=str(answer.pk)).status_code == 302
    assert Comment.objects.get(status="pending").parent == first  # one level of replies


def test_the_form_page_offers_a_reply_to_an_approved_comment(client, post):
    first = approved(post)
    response = client.get(f"{comment_url(post)}?parent={first.pk}")
    assert response.status_code == 200
    assert f'name="parent" value="{first.pk}"' in response.content.decode()


# --- Spam defences ---------------------------------------------------------------------

def test_honeypot_stops_a_script(client, post):
    response = send(client, post, website="http://casino.example")
    assert response.status_code == 400 and not Comment.objects.exists()
    assert "tidak dapat dikirim" in response.content.decode()


def test_missing_or_forged_token_stops_a_script(client, post):
    assert send(client, post, token="").status_code == 400
    assert send(client, post, token=token_made(post.pk)[:-3] + "abc").status_code == 400
    assert send(client, post, token=token_made(post.pk + 1000)).status_code == 400  # another post's form
    assert not Comment.objects.exists()


def test_a_form_posted_too_fast_is_refused_but_the_text_is_kept(client, post):
    response = send(client, post, token=token_made(post.pk, seconds_ago=1))
    assert response.status_code == 400 and not Comment.objects.exists()
    html = response.content.decode()
    assert "beberapa detik" in html and "konsultasi keluarga di Bantul" in html
    fresh = html.split('name="token" value="')[1].split('"')[0]
    assert send(client, post, token=fresh).status_code == 400  # the fresh token has the same wait


@override_settings(COMMENTS_FORM_MAX_AGE=3600)
def test_a_stale_form_is_refused_but_the_text_is_kept(client, post):
    response = send(client, post, token=token_made(post.pk, seconds_ago=7200))
    assert response.status_code == 400 and not Comment.objects.exists()
    assert "konsultasi keluarga di Bantul" in response.content.decode()


@override_settings(COMMENTS_RATE_LIMIT=(3, 600))
def test_rate_limit_is_per_real_client_address(client, post):
    codes = [send(client, post, address="198.51.100.9").status_code for _ in range(4)]
    assert codes == [302, 302, 302, 429]
    assert send(client, post, address="198.51.100.10").status_code == 302  # another visitor
    assert Comment.objects.count() == 4


@override_settings(COMMENTS_RATE_LIMIT=(3, 600))
def test_rate_limit_keeps_only_a_salted_hash_that_changes_every_window(client, post):
    from django.core.cache import cache

    cache.clear()
    with mock.patch("core.ratelimit.time.time", return_value=6_000_000.0):
        assert send(client, post, address="198.51.100.9").status_code == 302
    with mock.patch("core.ratelimit.time.time", return_value=6_000_600.0):  # the next window
        assert send(client, post, address="198.51.100.9").status_code == 302
    keys = [key for key in cache._cache if "ratelimit" in key]
    assert len(keys) == 2 and not any("198.51.100" in key for key in keys)
    by_window = sorted(keys, key=lambda key: key.rsplit(":", 1)[1])
    first, second = (re.fullmatch(r":\d+:ratelimit:comments:([0-9a-f]{24}):(\d+)", key) for key in by_window)
    assert (first.group(2), second.group(2)) == ("10000", "10001")
    assert first.group(1) != second.group(1)  # the same visitor cannot be followed from window to window


@override_settings(COMMENTS_RATE_LIMIT=(1, 600), TRUSTED_PROXIES=("10.9.9.9",))
def test_x_real_ip_from_an_untrusted_peer_is_ignored(client, post):
    # The client talks to Django directly and makes up an address per request: all count as one.
    assert send(client, post, address="198.51.100.1").status_code == 302
    assert send(client, post, address="198.51.100.2").status_code == 429


def test_too_many_links_are_refused(client, post):
    body = "Lihat https://a.example dan https://b.example serta www.c.example"
    response = send(client, post, body=body)
    assert response.status_code == 400 and not Comment.objects.exists()
    assert "tautan" in response.content.decode()


def test_blocklisted_gambling_words_are_refused_in_text_and_name(client, post):
    assert BlockedPhrase.objects.filter(phrase="slot gacor").exists()  # pre-filled by the migration
    assert send(client, post, body="Info SLOT GACOR hari ini maxwin").status_code == 400
    assert send(client, post, name="Togel Online 4D").status_code == 400
    BlockedPhrase.objects.create(phrase="obat kuat")
    assert send(client, post, body="Jual obat kuat murah").status_code == 400
    assert not Comment.objects.exists()


def test_ordinary_words_near_the_blocklist_pass(client, post):
    response = send(client, post, name="Totok Suprapto", body="Apakah masih ada slot pendaftaran pelatihan?")
    assert response.status_code == 302


@override_settings(COMMENTS_QUESTION=True)
def test_the_last_resort_question_when_switched_on(client, post):
    assert send(client, post).status_code == 400
    assert send(client, post, answer="tujuh").status_code == 302
    assert Comment.objects.count() == 1


def test_a_scripted_spammer_is_stopped_by_the_combination(client, post):
    """A script that fetches the page and posts at once, fills every field and retries: nothing gets in."""
    page = client.get(post.url).content.decode()
    token = page.split('name="token" value="')[1].split('"')[0]
    attempts = [
        {"token": token, "website": "https://slot.example", "body": "slot gacor maxwin https://slot.example"},
        {"token": token, "body": "slot gacor maxwin"},  # right away: too fast
        {"token": "", "body": "Halo"},
    ]
    codes = {send(client, post, **attempt).status_code for attempt in attempts}
    assert codes == {400} and not Comment.objects.exists()


# --- Bad input ---------------------------------------------------------------------------

@pytest.mark.parametrize("overrides, message", [
    ({"body": ""}, "Komentar"),
    ({"name": "   "}, "Nama"),
    ({"body": "x" * 100_000}, "3000"),
    ({"body": "<script>alert(1)</script>"}, "HTML"),
    ({"body": "Halo <b>tebal</b>"}, "HTML"),
    ({"body": "Halo\x00dunia"}, "Komentar"),
    ({"name": "Sri\x00"}, "Nama"),
    ({"email": "bukan-email", "notify": "on"}, "E-mail"),
    ({"notify": "on"}, "E-mail"),
    ({"parent": "abc"}, ""),
    ({"parent": "9" * 30}, ""),
    ({"parent": "²"}, ""),
])
def test_bad_input_gets_a_clear_message_and_stores_nothing(client, post, overrides, message):
    response = send(client, post, **overrides)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html and message in html
    assert 'aria-invalid="true"' in html or not message
    assert not Comment.objects.exists()


def test_a_reply_to_a_comment_that_is_not_shown_is_refused(client, post):
    hidden = Comment.objects.create(page=post, author_name="X", body="menunggu", created_at=timezone.now())
    assert send(client, post, parent=str(hidden.pk)).status_code == 400
    assert Comment.objects.count() == 1


def test_closed_post_refuses_comments(client, post):
    NewsPage.objects.filter(pk=post.pk).update(comments_open=False)
    response = send(client, post)
    assert response.status_code == 403 and "ditutup" in response.content.decode()
    assert not Comment.objects.exists()


@override_settings(COMMENTS_CLOSE_AFTER_DAYS=30)
def test_old_posts_close_by_themselves(client, site_tree):
    old = site_tree["post"]  # published 2013
    response = client.post(comment_url(old), form_data(old))
    assert response.status_code == 403 and not Comment.objects.exists()
    assert "ditutup" in client.get(old.url).content.decode()


def test_draft_and_unknown_pages_refuse_comments(client, post, site_tree):
    post.unpublish()
    assert send(client, post).status_code == 404
    assert client.post("/komentar/999999/", form_data(post)).status_code == 404
    assert client.post(comment_url(site_tree["news_index"]), form_data(site_tree["news_index"])).status_code == 404
    assert not Comment.objects.exists()


def test_wrong_language_is_refused(client, post):
    response = send(client, post, url=f"/en/comments/{post.pk}/")
    assert response.status_code == 400 and not Comment.objects.exists()


def test_huge_numbers_in_the_address_are_not_found(client, post):
    assert client.post("/komentar/" + "9" * 30 + "/", form_data(post)).status_code == 404
    assert client.get(f"{comment_url(post)}?parent={'9' * 30}").status_code == 200
    assert client.get(f"{comment_url(post)}?parent=%C2%B2").status_code == 200  # "²" is a digit to str.isdigit


def test_other_methods_are_refused(client, post):
    assert client.put(comment_url(post)).status_code == 405
