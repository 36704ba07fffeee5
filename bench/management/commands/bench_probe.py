import json

from django.core.management.base import BaseCommand

from bench import probe


class Command(BaseCommand):
    help = "make bench only: print the benchmark URLs and the SQL queries each page costs, as JSON."

    def handle(self, *args, **options):
        urls = probe.bench_urls()
        self.stdout.write(json.dumps({"urls": urls, "queries": probe.query_counts(urls)}))
