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
from wagtail.models import Locale

from news.models import AuthorPage, Category, NewsIndexPage, NewsPage


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
    urls = {
        "home": "/",
        "article": article.url,
        "news index p1": index.url,
        "news index last page": f"{index.url}?page={pages}",
        "category archive": index.url + index.reverse_subpage("category", args=(category.slug,)) if category else None,
        "author page": author.url if author else None,
        "search": "/cari/?q=bantuan+keluarga",
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
