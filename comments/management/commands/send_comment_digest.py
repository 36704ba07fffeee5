from django.core.management.base import BaseCommand

from comments import notify


class Command(BaseCommand):
    help = ("E-mail the moderators (COMMENTS_MODERATOR_GROUP) one digest of the comments that arrived "
            "since the last one.")

    def handle(self, *args, **options):
        count = notify.send_digest()
        self.stdout.write(f"comments in the digest: {count}")
