"""'Berita terkait': other posts that share a programme, a category or a tag with a post.

Score = 3 per shared programme + 2 per shared category + 1 per shared tag. The best-scoring
posts are picked (newer first among equal scores) and shown newest first. Programmes and
categories are compared by `translation_key`, because a translated post may link to the
source-language programme or category. The cost is fixed: three small look-ups for the
post's own links, one scored query and the listing prefetches — whatever the archive size.
"""

from django.core.cache import cache
from django.db.models import Count, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from .models import NewsPage, NewsPageProgramme, NewsPageTag

PROGRAMME_WEIGHT = 3
CATEGORY_WEIGHT = 2
TAG_WEIGHT = 1
# The scored query is the costliest part of rendering an article; its choice may lag behind
# newly published posts by this long (the page cache keeps the box no longer anyway).
CACHE_SECONDS = 600


def _count(model, page_field, **filters):
    rows = (model.objects.filter(**{page_field: OuterRef("pk")}, **filters)
            .order_by().values(page_field).annotate(n=Count("*")).values("n"))
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def related_news(post, limit=3):
    if post.pk is None:  # preview of a post that was never saved
        return []
    category_through = NewsPage.categories.through
    programme_keys = list(NewsPageProgramme.objects.filter(page=post)
                          .values_list("programme__translation_key", flat=True))
    category_keys = list(category_through.objects.filter(newspage_id=post.pk)
                         .values_list("category__translation_key", flat=True))
    tag_ids = list(NewsPageTag.objects.filter(content_object_id=post.pk).values_list("tag_id", flat=True))
    if not (programme_keys or category_keys or tag_ids):
        return []

    scored = (
        NewsPage.objects.filter(locale_id=post.locale_id).live().public().exclude(pk=post.pk)
        .annotate(
            shared_programmes=_count(NewsPageProgramme, "page", programme__translation_key__in=programme_keys),
            shared_categories=_count(category_through, "newspage", category__translation_key__in=category_keys),
            shared_tags=_count(NewsPageTag, "content_object", tag_id__in=tag_ids),
        )
        .annotate(score=PROGRAMME_WEIGHT * F("shared_programmes") + CATEGORY_WEIGHT * F("shared_categories")
                  + TAG_WEIGHT * F("shared_tags"))
        .filter(score__gt=0)
        .order_by("-score", "-publication_date", "-pk")
        .values_list("pk", "score")[:limit]
    )
    return _posts_with_scores(dict(scored))


def _posts_with_scores(scores):
    """The live posts of {pk: score}, newest first (for_listing's order), each with .relevance."""
    if not scores:
        return []
    posts = list(NewsPage.objects.filter(pk__in=scores).for_listing())
    for item in posts:
        item.relevance = scores[item.pk]
    return posts


def cached_related_news(post, limit=3):
    """related_news() for the article template, the choice kept in the cache per revision.

    Only the chosen ids are cached; the posts are read again, so one unpublished since is
    dropped rather than shown.
    """
    if post.pk is None or post.latest_revision_id is None:
        return related_news(post, limit)
    key = f"news:related:{post.pk}:{post.latest_revision_id}:{limit}"
    chosen = cache.get(key)
    if chosen is None:
        posts = related_news(post, limit)
        cache.set(key, [(item.pk, item.relevance) for item in posts], CACHE_SECONDS)
        return posts
    return _posts_with_scores(dict(chosen))
