"""Shared set-up for the archive, feed, sitemap, metadata, counter and related-news tests.

Import the fixtures into a test module with `from news.tests.archive_fixtures import *`.
"""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from cms.tests import factories as f

__all__ = ["clean_cache", "en_locale", "english_tree", "make_post", "translate"]


@pytest.fixture(autouse=True)
def clean_cache():
    """View counters, rendition and page caches live in the process-wide cache; start each test empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def en_locale(db):
    return Locale.objects.get_or_create(language_code="en")[0]


def translate(page, locale):
    """Publish an English copy of a page (its parent must already be translated)."""
    copy = page.copy_for_translation(locale)
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


def make_post(tree, *, title, date, categories=(), tags=(), programmes=(), image=None, **extra):
    from news.models import NewsPageProgramme

    post = f.NewsPageFactory(parent=tree["news_index"], authors=[tree["author"]], title=title,
                             publication_date=date, featured_image=image, **extra)
    for programme in programmes:
        post.programme_links.add(NewsPageProgramme(programme=programme))
    if categories:
        post.categories.add(*categories)
    if tags:
        post.tags.add(*tags)
    post.save_revision().publish()
    return post


@pytest.fixture
def english_tree(site_tree, en_locale):
    """The site_tree plus English copies of the home page, news index and the first post."""
    home_en = translate(site_tree["home"], en_locale)
    index_en = translate(site_tree["news_index"], en_locale)
    post_en = translate(site_tree["post"], en_locale)
    return {**site_tree, "en": en_locale, "home_en": home_en, "news_index_en": index_en, "post_en": post_en}
