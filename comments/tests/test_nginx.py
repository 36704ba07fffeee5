"""Through Debian's nginx with the production page cache: commenting costs the cached readers
nothing, and an approved comment shows on the cached article at the next request."""

import urllib.parse
import urllib.request

import pytest

from cms.tests.test_cache_nginx import fetch, nginx, purging_to  # noqa: F401 - the nginx fixture
from comments import moderation
from comments.models import Comment

pytestmark = [pytest.mark.nginx, pytest.mark.django_db(transaction=True)]


def post_form(url, fields):
    data = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as response:
        return response.status, response.headers, response.read().decode()


def test_comment_through_the_cache_then_approval_shows_it(nginx, post, settings):  # noqa: F811
    purging_to(settings, nginx)
    settings.COMMENTS_MIN_SECONDS = 0  # the form is sent at once below
    article = nginx.url + post.url
    first = fetch(article)
    assert first.headers["X-Cache-Status"] == "MISS" and fetch(article).headers["X-Cache-Status"] == "HIT"
    token = first.text.split('name="token" value="')[1].split('"')[0]

    status, headers, text = post_form(nginx.url + f"/komentar/{post.pk}/", {
        "name": "Sri Wahyuni", "body": "Apakah layanan ini juga ada di Kulon Progo?", "token": token, "website": ""})
    assert status == 200 and "menunggu moderasi" in text  # after the redirect to ?komentar=terkirim
    assert headers["X-Cache-Status"] != "HIT"
    cached = fetch(article)
    assert cached.headers["X-Cache-Status"] == "HIT"  # posting purged nothing
    assert "Kulon Progo?" not in cached.text

    moderation.approve(Comment.objects.all())
    fresh = fetch(article)
    assert fresh.headers["X-Cache-Status"] == "MISS" and "Apakah layanan ini juga ada di Kulon Progo?" in fresh.text
    assert fetch(article).headers["X-Cache-Status"] == "HIT"
