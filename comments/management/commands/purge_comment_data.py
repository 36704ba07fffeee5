from django.core.management.base import BaseCommand

from comments import retention


class Command(BaseCommand):
    help = ("Erase commenters' personal data past its retention period: e-mail addresses after "
            "COMMENTS_EMAIL_RETENTION_DAYS, never-approved comments after COMMENTS_UNAPPROVED_RETENTION_DAYS.")

    def handle(self, *args, **options):
        done = retention.purge()
        self.stdout.write(f"e-mail addresses erased: {done['emails']} (imported records: {done['imported_emails']}); "
                          f"unapproved comments deleted: {done['deleted']}")
