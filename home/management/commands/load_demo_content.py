import time

from django.core.management.base import BaseCommand

from home import demo


class Command(BaseCommand):
    help = "Build the demo site (sections, programmes, authors, news, images). Safe to run repeatedly."

    def handle(self, *args, **options):
        started = time.monotonic()
        stats = demo.load()
        elapsed = time.monotonic() - started
        if options["verbosity"] == 0:
            return
        self.stdout.write(f"Demo content – {stats.summary()}")
        if not stats.created:
            self.stdout.write("Everything was already in place; nothing changed.")
        self.stdout.write(self.style.SUCCESS(f"Done in {elapsed:.1f} s."))
