from django.core.management.base import BaseCommand

from search.searchlog import flush_search_log, max_terms


class Command(BaseCommand):
    help = "Save the search-term counts kept in the cache into the search reports' tables (run from cron)."

    def handle(self, *args, **options):
        saved, dropped = flush_search_log()
        self.stdout.write(f"{saved} search(es) saved.")
        if dropped:
            self.stderr.write(f"{dropped} search(es) not logged: more than {max_terms()} distinct terms in a day "
                              "(SEARCH_LOG_MAX_TERMS).")
