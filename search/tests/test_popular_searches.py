"""The search page suggests popular searches (through core.compat_wagtail.popular_queries)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from search.models import ZeroResultQuery


def _hits(text, days_ago, hits):
    QueryDailyHits.objects.create(query=Query.get(text), hits=hits,
                                  date=timezone.localdate() - datetime.timedelta(days=days_ago))


@pytest.mark.django_db
def test_search_page_suggests_popular_searches_that_found_something(client, site_tree):
    _hits("bantuan", 1, 5)
    _hits("qwzx", 1, 5)
    _hits("jarang", 1, 1)
    ZeroResultQuery.record("qwzx", "id")
    html = client.get("/cari/").content.decode()
    assert "bantuan" in html
    assert "qwzx" not in html and "jarang" not in html
