"""The retention period for commenters' personal data (settings COMMENTS_*_RETENTION_DAYS).

* E-mail addresses (kept only for a reply notification) are erased after
  COMMENTS_EMAIL_RETENTION_DAYS, also in the WordPress importer's own record of old comments.
* Comments never approved (pending or spam) are deleted after COMMENTS_UNAPPROVED_RETENTION_DAYS:
  they were never published, and spam keeps nothing worth keeping.
* Approved comments stay with their post, name included (the commenter published it); a
  deletion request is met in the admin (delete, or erase the name).
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Comment


def expired_before(days, now=None):
    return (now or timezone.now()) - datetime.timedelta(days=days)


def purge(now=None):
    """Erase what is past its retention period; returns {"emails": n, "deleted": n, "imported_emails": n}."""
    from wordpress.models import Comment as ImportedComment

    email_cutoff = expired_before(settings.COMMENTS_EMAIL_RETENTION_DAYS, now)
    unapproved_cutoff = expired_before(settings.COMMENTS_UNAPPROVED_RETENTION_DAYS, now)
    with transaction.atomic():
        emails = (Comment.objects.filter(created_at__lt=email_cutoff).exclude(author_email="", notify_on_reply=False)
                  .update(author_email="", notify_on_reply=False))
        imported_emails = (ImportedComment.objects.filter(created_at__lt=email_cutoff).exclude(author_email="")
                           .update(author_email=""))
        stale = Comment.objects.exclude(status=Comment.Status.APPROVED).filter(created_at__lt=unapproved_cutoff)
        # Replies go with their parent (CASCADE); the count includes them.
        deleted = stale.delete()[1].get(Comment._meta.label, 0)
    return {"emails": emails, "deleted": deleted, "imported_emails": imported_emails}
