from django.core.management.base import BaseCommand

from contact import retention


class Command(BaseCommand):
    help = ("Delete the messages sent through the contact form that are older than CONTACT_RETENTION_DAYS "
            "(personal data, UU 27/2022; run nightly from cron).")

    def handle(self, *args, **options):
        self.stdout.write(f"contact messages deleted: {retention.purge()}")
