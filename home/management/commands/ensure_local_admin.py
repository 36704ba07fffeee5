from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

LOCAL_ADMIN = ("admin", "admin-lokal-dinsos")


class Command(BaseCommand):
    help = ("Create (or reset) the local-only accounts of `make run` — a superuser and one user per editorial "
            "role — add example posts in each workflow state, and print the credentials.")

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
        # Imported here: the module refuses to run outside DEBUG as well.
        from home.demo_users import create_demo_users, create_demo_workflow_examples

        create_demo_users(stdout=self.stdout)
        create_demo_workflow_examples(stdout=self.stdout)
