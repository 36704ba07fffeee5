import json

from django.core.management.base import BaseCommand

from bench import probe
from bench.queries import search_paths


class Command(BaseCommand):
    help = "make bench only: print the benchmark URLs and the SQL queries each page costs, as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--search-only", action="store_true", help="only the cost of distinct searches")

    def handle(self, *args, search_only=False, **options):
        search = {"search": probe.search_costs(search_paths())}
        if search_only:
            self.stdout.write(json.dumps({"urls": {}, "queries": search}))
            return
        urls = probe.bench_urls()
        self.stdout.write(json.dumps({"urls": urls, "queries": {**probe.query_counts(urls), **search}}))
