from django.core.management.base import BaseCommand, CommandError

from editorial.roles import RolesSetupError, sync_roles


class Command(BaseCommand):
    help = ("Create or repair the editorial groups (Penulis, Penyetuju, Penerjemah), their permissions "
            "and the 'Persetujuan Redaksi' workflow. Safe to run repeatedly; see editorial/roles.py.")

    def handle(self, *args, **options):
        try:
            changes = sync_roles()
        except RolesSetupError as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"] == 0:
            return
        for line in changes:
            self.stdout.write(f"  {line}")
        summary = f"Roles: {len(changes)} change(s)." if changes else "Roles: already up to date, nothing changed."
        self.stdout.write(self.style.SUCCESS(summary))
