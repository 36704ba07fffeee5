from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

LOCAL_ADMIN = ("admin", "admin-lokal-dinsos")


class Command(BaseCommand):
    help = "Create (or reset) the local-only superuser used by `make run`, and print its credentials."

    def handle(self, *args, **options):
        # A known password is only acceptable on a developer's machine.
        if not settings.DEBUG:
            raise CommandError("ensure_local_admin is for local development only (DEBUG is off).")
        username, password = LOCAL_ADMIN
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True}
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.is_staff = user.is_superuser = True
            user.save()
        self.stdout.write(f"Local admin (local use only): {username} / {password}")
