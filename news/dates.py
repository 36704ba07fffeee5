"""Publication and modification moments of a post, as timezone-aware datetimes.

Editors set `publication_date` as a date (back-dated for imported archives), while feeds,
Open Graph and JSON-LD want datetimes. Feeds and metadata use these two functions so they
never disagree about when a post was published.
"""

import datetime

from django.utils import timezone


def published_at(post):
    """The first publication moment when it fell on the publication date, else that day's midnight."""
    first = post.first_published_at
    if first and timezone.localdate(first) == post.publication_date:
        return first
    return timezone.make_aware(datetime.datetime.combine(post.publication_date, datetime.time()))


def modified_at(post):
    """The editor's 'last updated' override, else the last publication, never before publication."""
    published = published_at(post)
    if post.last_updated_override:
        moment = timezone.make_aware(datetime.datetime.combine(post.last_updated_override, datetime.time()))
    else:
        moment = post.last_published_at or published
    return max(moment, published)
