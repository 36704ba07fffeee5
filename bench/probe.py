"""The benchmark's URLs, and the SQL queries each costs, measured inside Django.

Queries are counted with the test client on a warm process (the second request), which
is what a gunicorn worker does on a cache miss.
"""

import json
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.models import Locale

from home.models import StandardPage
from news.models import AuthorPage, Category, NewsIndexPage, NewsPage
from programmes.models import ProgrammePage


def static_file():
    """The hashed name of site.css, as templates link it (manifest storage)."""
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.exists():
        return settings.STATIC_URL + json.loads(manifest.read_text())["paths"]["css/site.css"]
    return settings.STATIC_URL + "css/site.css"


def bench_urls():
    locale = Locale.get_default()
    index = NewsIndexPage.objects.filter(locale=locale).order_by("path").first()
    posts = NewsPage.objects.child_of(index).live()
    pages = max(1, -(-posts.count() // settings.NEWS_PAGE_SIZE))
    article = posts.exclude(featured_image=None).order_by("-publication_date", "-pk").first()
    category = (Category.objects.filter(locale=locale).annotate(n=Count("news_pages")).order_by("-n").first())
    author = AuthorPage.objects.live().filter(locale=locale).annotate(n=Count("news_links")).order_by("-n").first()
    tag = Tag.objects.filter(news_newspagetag_items__content_object__in=posts).annotate(
        n=Count("news_newspagetag_items")).order_by("-n", "name").first()
    year = posts.dates("publication_date", "year", order="DESC").first()
    year = year.year if year else None
    programme = ProgrammePage.objects.live().filter(locale=locale).order_by("path").first()
    standard = StandardPage.objects.live().filter(locale=locale).order_by("path").first()
    urls = {
        "home": "/",
        "article": article.url,
        "news index p1": index.url,
        "news index last page": f"{index.url}?page={pages}",
        "category archive": index.url + index.reverse_subpage("category", args=(category.slug,)) if category else None,
        "author page": author.url if author else None,
        "tag archive": index.url + index.reverse_subpage("tag", args=(tag.slug,)) if tag else None,
        "year archive": index.url + index.reverse_subpage("year", args=(year,)) if year else None,
        "programme": programme.url if programme else None,
        "standard page": standard.url if standard else None,
        "static file": static_file(),
    }
    return {name: url for name, url in urls.items() if url}


def query_counts(urls, repeat=5):
    """{name: (SQL queries, CPU ms of this process per request)} for each page.

    The CPU time (median of `repeat` requests, database time excluded) shows what a page
    costs whatever else the machine is doing.
    """
    client = Client()
    counts = {}
    for name, url in urls.items():
        if url.startswith(settings.STATIC_URL):
            continue
        first = client.get(url)  # warms renditions, site root paths and template caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        query_count = len(queries)  # now: the next request resets Django's query log
        if response.status_code != 200 or first.status_code != 200:
            counts[name] = (f"HTTP {response.status_code}", None)
            continue
        cpu = []
        for _ in range(repeat):
            started = time.process_time()
            client.get(url)
            cpu.append((time.process_time() - started) * 1000)
        counts[name] = (query_count, round(statistics.median(cpu), 1))
    return counts


def search_costs(paths, repeat=20):
    """(SQL queries of one search, median CPU ms over `repeat` other distinct searches).

    Each search is a query the process has not answered before: one query repeated would
    measure the caches of search, not search.
    """
    client = Client()
    client.get(paths[0])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(paths[1])
    query_count = len(queries)
    if response.status_code != 200:
        return f"HTTP {response.status_code}", None
    cpu = []
    for path in paths[2:2 + repeat]:
        started = time.process_time()
        client.get(path)
        cpu.append((time.process_time() - started) * 1000)
    return query_count, round(statistics.median(cpu), 1)
