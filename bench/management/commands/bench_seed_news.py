import time

from django.core.management.base import BaseCommand

from bench import seed


class Command(BaseCommand):
    help = "make bench only: add bulk news posts until the news index has --total of them (no revisions)."

    def add_arguments(self, parser):
        parser.add_argument("--total", type=int, required=True)

    def handle(self, *args, total, **options):
        started = time.monotonic()
        added = seed.add_posts(total)
        seeded = time.monotonic()
        seed.index_posts(total - added + 1)
        self.stdout.write(f"bench posts: {added} added ({total} in total) in {seeded - started:.1f} s, "
                          f"search-indexed in {time.monotonic() - seeded:.1f} s")
