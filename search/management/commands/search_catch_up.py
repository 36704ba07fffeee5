"""Rebuild the engine's index after it missed updates while it was down.

Run from cron every few minutes (or by hand). Does nothing unless an indexing error or a
search fallback marked the engine index stale (or --force), and nothing while the engine
is still unreachable. The rebuild is Wagtail's atomic one: searches keep using the old
index until the new one is complete.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from search import catchup, fallback


class Command(BaseCommand):
    help = "Rebuild the search engine's index if it missed updates while unreachable."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Rebuild even if nothing was missed.")

    def handle(self, *args, force=False, verbosity=1, **options):
        if not fallback.engine_configured():
            self.stdout.write("No search engine configured (SEARCH_URL); nothing to catch up.")
            return
        since = catchup.stale_since()
        if not since and not force:
            self.stdout.write("The engine index is up to date.")
            return
        engine, _database = fallback.default_backends()
        try:
            engine.es.info()
        except Exception as exc:
            raise CommandError(f"The search engine is still unreachable: {exc}") from exc
        self.stdout.write(f"Rebuilding the engine index (stale since {since or 'forced'}) …")
        catchup.clear_stale()
        try:
            call_command("update_index", backend_name=fallback.ENGINE_ALIAS, verbosity=verbosity)
        except Exception:
            catchup.mark_stale()
            raise
        self.stdout.write(self.style.SUCCESS("The engine index has caught up."))
