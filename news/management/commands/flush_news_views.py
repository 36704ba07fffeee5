from django.core.management.base import BaseCommand

from news.popular import flush_views


class Command(BaseCommand):
    help = "Save the read counters kept in the cache into the daily view table (run from cron)."

    def handle(self, *args, **options):
        saved = flush_views()
        self.stdout.write(f"{saved} view(s) saved.")
