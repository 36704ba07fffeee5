"""Moderators' decisions: each one changes the comment, lands in the audit log and, through
the save/delete signals (signals.py), purges the article from the page cache."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.actions.delete import DeleteAction
from wagtail.log_actions import log

from . import notify
from .models import Comment

DEPARTMENT_NAME = "Dinas Sosial DIY"

LOG_ACTIONS = {
    "comments.approve": (_("Approve comment"), _("Comment approved")),
    "comments.spam": (_("Reject comment as spam"), _("Comment rejected as spam")),
    "comments.reply": (_("Reply as the department"), _("Replied as the department")),
    "comments.erase": (_("Erase personal data"), _("Personal data erased")),
}


def _decide(comments, status, action, user):
    now = timezone.now()
    changed = []
    with transaction.atomic():
        for comment in comments:
            if comment.status == status:
                continue
            comment.status, comment.moderated_at = status, now
            comment.save(update_fields=["status", "moderated_at"])
            log(comment, action, user=user)
            changed.append(comment)
    if status == Comment.Status.APPROVED:
        for comment in changed:
            notify.reply_approved(comment)
    return len(changed)


def approve(comments, user=None):
    return _decide(comments, Comment.Status.APPROVED, "comments.approve", user)


def mark_spam(comments, user=None):
    return _decide(comments, Comment.Status.SPAM, "comments.spam", user)


def delete(comments, user=None):
    """Delete comments with their replies (also how a commenter's deletion request is met)."""
    count = 0
    with transaction.atomic():
        for comment in comments:
            DeleteAction(comment, user=user).execute()
            count += 1
    return count


def reply_as_department(parent, body, user):
    """An approved reply under the thread of `parent`, shown with the department's badge."""
    with transaction.atomic():
        reply = Comment.objects.create(
            page=parent.page, parent=parent.thread_root, author_name=getattr(
                settings, "COMMENTS_DEPARTMENT_NAME", DEPARTMENT_NAME),
            body=body.strip(), is_official=True, status=Comment.Status.APPROVED,
            created_at=timezone.now(), moderated_at=timezone.now(),
        )
        log(reply, "comments.reply", user=user)
    notify.reply_approved(reply)
    return reply


def erase_personal_data(comment, user=None, reason="request"):
    """Name and address removed, text kept (the text may be worth keeping; delete removes it too)."""
    with translation.override(comment.page.locale.language_code):  # shown on that language's page
        comment.author_name = str(_("Anonymous"))
    comment.author_email, comment.notify_on_reply = "", False
    comment.save(update_fields=["author_name", "author_email", "notify_on_reply"])
    log(comment, "comments.erase", user=user, data={"reason": reason})
