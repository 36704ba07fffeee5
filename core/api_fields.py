"""Shorthands for the `api_fields` of page models (the read API, cms/api.py).

A page type lists exactly the fields other portals may read; anything not listed stays out.
"""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField

# One size for every image the API shows: large enough for a portal's article, small enough to send.
RENDITION = "max-1200x1200"


def fields(*names):
    return [APIField(name) for name in names]


def rendition(name):
    """An image as its rendition (URL, size, alt text) rather than an id to look up."""
    return APIField(name, serializer=ImageRenditionField(RENDITION))


def names(name):
    """A many-to-many relation as the names of what it points to (categories)."""
    return APIField(name, serializer=serializers.StringRelatedField(many=True))
