"""make chaos only: an editor saving a draft revision of one news post every second, or the
check afterwards that every revision it saw saved is in the database.

    manage.py chaos_editor --log FILE --seconds 60     # one line per revision saved: its id and title
    manage.py chaos_editor --log FILE --verify         # prints JSON: saved, found, lost, failed saves

A save that raises (the database restarting) is counted as failed, not as saved: the editor
saw an error and would press the button again, which the next second's save does.
"""

import json
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

TITLE = "Revisi chaos {n}"


class Command(BaseCommand):
    help = "make chaos only: save a draft revision every second (or --verify the saved ones)."

    def add_arguments(self, parser):
        parser.add_argument("--log", required=True)
        parser.add_argument("--seconds", type=float, default=60)
        parser.add_argument("--verify", action="store_true")

    def handle(self, *args, log, seconds, verify, **options):
        if verify:
            self.stdout.write(json.dumps(self.verify(log)))
        else:
            self.edit(log, seconds)

    def edit(self, log, seconds):
        from news.models import NewsPage

        deadline = time.monotonic() + seconds
        n = 0
        with open(log, "w") as out:
            while time.monotonic() < deadline:
                n += 1
                try:
                    close_old_connections()  # as Django does between requests: a dead connection is replaced
                    page = NewsPage.objects.live().filter(locale__language_code="id").order_by("pk").first()
                    page.title = TITLE.format(n=n)
                    revision = page.save_revision(clean=False)
                    out.write(f"saved {revision.pk} {n}\n")
                except Exception as exc:  # noqa: BLE001 - the editor sees an error page and tries again
                    out.write(f"failed {n} {type(exc).__name__}\n")
                out.flush()
                time.sleep(max(0.0, 1.0 - (time.monotonic() % 1.0)))

    def verify(self, log):
        from wagtail.models import Revision

        saved, failed = {}, 0
        with open(log) as lines:
            for line in lines:
                parts = line.split()
                if parts[0] == "saved":
                    saved[int(parts[1])] = TITLE.format(n=parts[2])
                else:
                    failed += 1
        found = {pk: revision.content.get("title") for pk, revision in Revision.objects.in_bulk(list(saved)).items()}
        lost = sorted(pk for pk, title in saved.items() if found.get(pk) != title)
        return {"saved": len(saved), "found": len(saved) - len(lost), "lost": lost, "failed_saves": failed}
