import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]", "testserver"}


class Command(BaseCommand):
    help = "For `make serve`/`make bench` only: point the site at 127.0.0.1:PORT and reset a local admin."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, required=True)

    def handle(self, *args, port, **options):
        # A fresh known-to-the-terminal password is fine on a loopback-only stack, never on a server.
        if not settings.ALLOWED_HOSTS or not set(settings.ALLOWED_HOSTS) <= LOOPBACK:
            raise CommandError("prepare_local_stack runs only when ALLOWED_HOSTS is loopback-only.")
        Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=port)
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username="admin", defaults={"email": "admin@example.org", "is_staff": True, "is_superuser": True})
        user.set_password(password)
        user.is_staff = user.is_superuser = True
        user.save()
        self.stdout.write(f"Local admin for this run: admin / {password}")
