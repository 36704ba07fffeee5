import time

from django.conf import settings
from django.core.management.base import BaseCommand

from demo import loader
from demo.users import create_demo_users, create_demo_workflow_examples


class Command(BaseCommand):
    help = ("Build the demo site (sections, programmes, authors, news, images, English translations) and, "
            "in development, one demo user per editorial role with example posts in each workflow state. "
            "Safe to run repeatedly.")

    def handle(self, *args, **options):
        started = time.monotonic()
        stats, demo = loader.load()
        out = self.stdout if options["verbosity"] else None
        if settings.DEBUG:
            # Accounts with published passwords: development only (demo/users.py refuses otherwise).
            create_demo_users(stdout=out)
            # Under the demo's own news index, credited to one of its own authors.
            create_demo_workflow_examples(stdout=out, news_index=demo["pages"]["berita"],
                                          author=next(iter(demo["authors"].values())))
        elapsed = time.monotonic() - started
        if out is None:
            return
        self.stdout.write(f"Demo content – {stats.summary()}")
        if not stats.created:
            self.stdout.write("Everything was already in place; nothing changed.")
        if not settings.DEBUG:
            self.stdout.write("Demo users skipped: they have published passwords and DEBUG is off.")
        self.stdout.write(self.style.SUCCESS(f"Done in {elapsed:.1f} s."))
