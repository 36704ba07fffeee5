"""Comment fixtures: an open post (published today) in both languages, and a form as a browser sends it."""

import datetime
import time
from unittest import mock

import pytest
from django.core import signing
from django.utils import timezone

from comments import spam
from comments.models import Comment
from news.models import NewsPage
from news.tests.archive_fixtures import en_locale, translate  # noqa: F401 - fixtures

ROBOT_ADDRESS = "198.51.100.9"


def open_up(post):
    """Comments close COMMENTS_CLOSE_AFTER_DAYS after publication: date the post today."""
    NewsPage.objects.filter(pk=post.pk).update(publication_date=timezone.localdate())
    return NewsPage.objects.get(pk=post.pk)


@pytest.fixture
def post(site_tree):
    return open_up(site_tree["post"])


@pytest.fixture
def post_en(site_tree, post, en_locale):  # noqa: F811
    translate(site_tree["home"], en_locale)
    translate(site_tree["news_index"], en_locale)
    return open_up(translate(post, en_locale))


def token_made(page_id, seconds_ago=60):
    """The form token as the page would have rendered it `seconds_ago`."""
    with mock.patch.object(signing.time, "time", return_value=time.time() - seconds_ago):
        return spam.make_token(page_id)


def form_data(post, **overrides):
    data = {"name": "Sri Wahyuni", "email": "", "body": "Apakah LK3 juga melayani konsultasi keluarga di Bantul?",
            "token": token_made(post.pk), "website": "", "parent": ""}
    data.update(overrides)
    return data


def comment_url(post):
    prefix = "" if post.locale.language_code == "id" else "/en"
    path = "komentar" if post.locale.language_code == "id" else "comments"
    return f"{prefix}/{path}/{post.pk}/"


def send(client, post, address="203.0.113.5", url=None, **overrides):
    """POST the comment form as nginx would pass it on (X-Real-IP from the loopback proxy)."""
    return client.post(url or comment_url(post), form_data(post, **overrides), HTTP_X_REAL_IP=address)


def approved(post, name="Budi Santoso", body="Terima kasih atas informasinya.", **extra):
    return Comment.objects.create(page=post, author_name=name, body=body, status=Comment.Status.APPROVED,
                                  created_at=extra.pop("created_at", timezone.now() - datetime.timedelta(hours=1)),
                                  **extra)
