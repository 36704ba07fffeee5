"""The fresh form token: a small never-cached answer that restarts the time trap when a reader
starts a comment on a cached article (comments/static/comments/js/comments.js)."""

import json
from unittest import mock

import pytest
from django.core import signing
from django.test import override_settings

from comments import spam
from comments.models import Comment
from news.models import NewsPage

from .conftest import comment_url, send

pytestmark = pytest.mark.django_db

NOW = 1_900_000_000.0


def token_url(page):
    return comment_url(page) + "token/"


def at(seconds):
    """The clock (signing and the time trap read the same time.time) at NOW + seconds."""
    return mock.patch.object(signing.time, "time", return_value=NOW + seconds)


def fetch(client, page, address="203.0.113.5", url=None):
    return client.get(url or token_url(page), HTTP_X_REAL_IP=address)


def assert_never_stored(response):
    assert "no-store" in response["Cache-Control"] and "X-Accel-Expires" not in response
    assert response.cookies == {} and "Set-Cookie" not in response


def test_the_token_is_fresh_uncached_cookie_free_and_lets_the_reader_post(client, post):
    with at(-3600):  # the article as nginx cached it an hour ago
        rendered = client.get(post.url).content.decode().split('name="token" value="')[1].split('"')[0]
    with at(0):  # the reader focuses the form now
        response = fetch(client, post)
        assert response.status_code == 200 and response["Content-Type"] == "application/json"
        token = json.loads(response.content)["token"]
        assert spam.token_age(token, post.pk) == 0
        # A script that posts at once with the cached page's token passes the trap; with this one it does not.
        assert spam.token_verdict(rendered, post.pk) == "ok"
        assert spam.token_verdict(token, post.pk) == "fast"
        assert send(client, post, token=token).status_code == 400
    assert_never_stored(response)
    assert not Comment.objects.exists()
    with at(spam.settings.COMMENTS_MIN_SECONDS + 1):  # a person who took a few seconds to write
        assert send(client, post, token=token).status_code == 302
    assert Comment.objects.count() == 1


def test_english_post_has_its_own_token_url(client, post_en):
    response = fetch(client, post_en)
    assert response.status_code == 200 and token_url(post_en).startswith("/en/comments/")
    assert spam.token_verdict(json.loads(response.content)["token"], post_en.pk) in ("fast", "ok")


def test_no_token_for_drafts_closed_posts_other_pages_or_the_wrong_language(client, post, post_en, site_tree):
    refused = [
        fetch(client, site_tree["news_index"]), fetch(client, site_tree["home"]),
        fetch(client, post, url="/komentar/999999/token/"),
        fetch(client, post, url="/komentar/" + "9" * 30 + "/token/"),
        fetch(client, post, url=f"/komentar/{post_en.pk}/token/"),  # an English post on the Indonesian side
        fetch(client, post, url=f"/en/comments/{post.pk}/token/"),
    ]
    NewsPage.objects.filter(pk=post.pk).update(comments_open=False)  # closed by the editors
    refused.append(fetch(client, post))
    NewsPage.objects.filter(pk=post.pk).update(comments_open=True, publication_date="2013-05-02")
    with override_settings(COMMENTS_CLOSE_AFTER_DAYS=30):  # closed by age
        refused.append(fetch(client, post))
    post_en.unpublish()  # a draft
    refused.append(fetch(client, post_en))
    assert [response.status_code for response in refused] == [404] * len(refused)
    for response in refused:
        assert_never_stored(response)
        assert "token" not in json.loads(response.content)
    with override_settings(COMMENTS_CLOSE_AFTER_DAYS=0):  # the same post, open again, answers
        assert fetch(client, post).status_code == 200


def test_only_get(client, post):
    response = client.post(token_url(post))
    assert response.status_code == 405 and "no-store" in response["Cache-Control"]


@override_settings(COMMENTS_TOKEN_RATE_LIMIT=(2, 600))
def test_tokens_are_rate_limited_per_visitor(client, post):
    from django.core.cache import cache

    cache.clear()
    codes = [fetch(client, post, address="198.51.100.20").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert fetch(client, post, address="198.51.100.21").status_code == 200  # another visitor
    limited = fetch(client, post, address="198.51.100.20")
    assert limited.status_code == 429 and "token" not in json.loads(limited.content)
    assert_never_stored(limited)


def test_the_article_loads_the_script_and_names_the_token_url(client, post, post_en):
    for page in (post, post_en):
        html = client.get(page.url).content.decode()
        assert '<script src="/static/comments/js/comments.js" defer></script>' in html
        assert f'data-token-url="{token_url(page)}"' in html
