"""Publication and modification moments of a post: the one place that decides them.

Editors set `publication_date` as a date (back-dated for imported archives), while feeds,
Open Graph and JSON-LD want datetimes. The article's "Last updated" line
(`NewsPage.last_updated`), feeds and metadata all derive from these functions, so they
never disagree about when a post was published or last changed.
"""

import datetime

from django.utils import timezone


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def published_at(post):
    """The first publication moment when it fell on the publication date, else that day's midnight."""
    first = post.first_published_at
    if first and timezone.localdate(first) == post.publication_date:
        return first
    return _midnight(post.publication_date)


def modified_at(post):
    """The editor's 'last updated' override, else the last publication, never before publication."""
    published = published_at(post)
    moment = _midnight(post.last_updated_override) if post.last_updated_override else post.last_published_at
    return max(moment or published, published)


def last_updated(post):
    """The local date of `modified_at`: what the article shows as 'Last updated'."""
    return timezone.localdate(modified_at(post))
