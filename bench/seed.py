"""Bulk news posts for the load benchmark: thousands of live posts in seconds.

The rows are written directly (tree paths computed here, no revisions, no signals): safe
for a throwaway benchmark database, where nobody edits these posts. They look like the real
thing to every listing, archive, feed and the search index: live, public, with authors,
categories, dates spread over the archive years and the demo images as featured images.

`index_posts` adds them to the search backends with their relations fetched in bulk: a
plain `update_index` fetches categories and tags once per post and field, which on a busy
two-core machine takes minutes for a few thousand posts.
"""

import datetime
import itertools
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends

from core.compat_django import batched_insert
from core.compat_treebeard import child_path
from news.models import AuthorPage, Category, NewsIndexPage, NewsPage, NewsPageAuthor

SLUG_PREFIX = "uji-beban-"
WORDS = ("bantuan sosial keluarga lansia disabilitas anak rehabilitasi pendampingan pelatihan bencana "
         "relawan kabupaten sleman bantul gunungkidul kulon progo yogyakarta layanan posyandu panti "
         "santunan verifikasi data penerima program pemberdayaan").split()


def _sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _index():
    return NewsIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()


def seeded_count(index):
    return NewsPage.objects.child_of(index).filter(slug__startswith=SLUG_PREFIX).count()


def _next_steps(index, count):
    last = index.get_last_child()
    first_step = int(last.path[-Page.steplen:], 36) + 1 if last else 1
    return [child_path(Page, index.path, index.depth + 1, step) for step in range(first_step, first_step + count)]


def _posts(index, start, count, rng):
    content_type = ContentType.objects.get_for_model(NewsPage)
    now = timezone.now()
    first_day, span = datetime.date(2009, 1, 1), (datetime.date(2026, 6, 30) - datetime.date(2009, 1, 1)).days
    for number, path in zip(range(start, start + count), _next_steps(index, count), strict=True):
        slug = f"{SLUG_PREFIX}{number}"
        title = f"Berita uji beban {number}: {_sentence(rng, 6)[:-1]}"
        yield Page(
            title=title, draft_title=title, slug=slug, content_type=content_type, path=path, depth=index.depth + 1,
            numchild=0, url_path=f"{index.url_path}{slug}/", locale_id=index.locale_id, live=True,
            has_unpublished_changes=False, first_published_at=now, last_published_at=now,
            translation_key=uuid.uuid4(), show_in_menus=False,
        ), first_day + datetime.timedelta(days=rng.randrange(span))


def add_posts(total, batch_size=500, seed=7):
    """Add bench posts until the default-language news index has `total` of them; returns how many were added."""
    index = _index()
    have = seeded_count(index)
    if total <= have:
        return 0
    rng = random.Random(seed + have)
    authors = list(AuthorPage.objects.live().filter(locale=index.locale).values_list("pk", flat=True))
    categories = list(Category.objects.filter(locale=index.locale).values_list("pk", flat=True))
    images = list(get_image_model().objects.values_list("pk", flat=True)[:20]) or [None]
    pick_author, pick_category, pick_image = (itertools.cycle(values) for values in (authors, categories or [None],
                                                                                     images))
    news_fields = [field for field in NewsPage._meta.local_concrete_fields]
    through = NewsPage.categories.through
    added = 0
    while have + added < total:
        count = min(batch_size, total - have - added)
        with transaction.atomic():
            rows = list(_posts(index, have + added + 1, count, rng))
            pages = Page.objects.bulk_create([page for page, _day in rows])
            news = []
            for page, (_row, day) in zip(pages, rows, strict=True):
                post = NewsPage(page_ptr_id=page.pk, publication_date=day, summary=_sentence(rng, 20),
                                featured_image_id=next(pick_image), source="Subbag Program dan Informasi",
                                body=[("paragraph", f"<p>{_sentence(rng, 40)}</p>") for _ in range(3)])
                news.append(post)
            batched_insert(NewsPage.objects.all(), news, news_fields, batch_size=batch_size)
            NewsPageAuthor.objects.bulk_create(
                [NewsPageAuthor(page_id=page.pk, author_id=next(pick_author), sort_order=0) for page in pages])
            if categories:
                through.objects.bulk_create(
                    [through(newspage_id=page.pk, category_id=next(pick_category)) for page in pages])
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
            index.refresh_from_db()
        added += count
    return added


def index_posts(first_number, batch_size=250):
    """Put the bench posts numbered from `first_number` on into every search backend."""
    index = _index()
    numbers = {f"{SLUG_PREFIX}{n}" for n in range(first_number, seeded_count(index) + 1)}
    posts = (NewsPage.objects.child_of(index).filter(slug__in=numbers)
             .prefetch_related("categories", "tags", "tagged_items__tag").order_by("pk"))
    backends = list(get_search_backends())
    for start in range(0, len(numbers), batch_size):
        chunk = list(posts[start:start + batch_size])
        for backend in backends:
            backend.add_bulk(NewsPage, chunk)
