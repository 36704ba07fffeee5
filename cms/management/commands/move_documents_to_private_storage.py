"""Move document files that an older release left in public media into the private storage.

Before documents had a storage of their own (cms/storage.py) they were saved with the images,
under `documents/` in MEDIA_ROOT or the public S3 prefix, readable by anyone who had the
address. This copies each such file to the same name in the `documents` storage, checks the
size, and only then deletes the public copy; the names in the database stay as they are.
Safe to run again (what was moved is skipped) and after an interrupted run.
"""

from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError

from cms.storage import PRIVATE_FOLDERS


def public_files(storage, folder):
    """Every file below `folder` in `storage`, as storage names (none when it has no such folder)."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}/{name}"
    for directory in directories:
        yield from public_files(storage, f"{folder}/{directory}")


def move(name, public, private):
    """'moved', or 'duplicate' when an earlier run had copied it already."""
    if private.exists(name):
        if private.size(name) != public.size(name):
            raise CommandError(f"{name}: the private copy differs in size from the public one; check it by hand.")
        public.delete(name)
        return "duplicate"
    with public.open(name, "rb") as content:
        saved = private.save(name, content)
    if saved != name or private.size(name) != public.size(name):
        raise CommandError(f"{name}: copying to the private storage failed (saved as {saved}).")
    public.delete(name)
    return "moved"


class Command(BaseCommand):
    help = "Move document files left in public media (MEDIA_ROOT or the public S3 prefix) to the private storage."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="list what would move, change nothing")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        public, private = storages["media"], storages["documents"]
        counts = {"moved": 0, "duplicate": 0}
        for folder in sorted(PRIVATE_FOLDERS):
            for name in public_files(public, folder):
                if dry_run:
                    self.stdout.write(f"would move {name}")
                    continue
                counts[move(name, public, private)] += 1
                if verbosity > 1:
                    self.stdout.write(f"moved {name}")
        if not dry_run:
            self.stdout.write(f"{counts['moved']} moved, {counts['duplicate']} already private (public copy removed).")
