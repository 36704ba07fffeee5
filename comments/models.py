"""Reader comments on news posts, moderated before they are shown.

Personal data (UU 27/2022): the name is shown with an approved comment; the e-mail address is
optional, never shown, and kept only for the reply notification the commenter asked for
(erased after COMMENTS_EMAIL_RETENTION_DAYS, see retention.py). No IP address is stored.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

BODY_MAX_LENGTH = 3000
NAME_MAX_LENGTH = 80


class CommentQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)

    def for_display(self, page):
        """Approved comments of one page, oldest first, for the thread shown under the post.

        Only what the thread shows: the thread is kept in the shared cache, and a commenter's
        e-mail address must not outlive its retention period there (comments/retention.py).
        """
        return (self.public().filter(page=page).order_by("created_at", "pk")
                .only("page_id", "parent_id", "author_name", "body", "status", "is_official", "created_at"))


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for moderation")
        APPROVED = "approved", _("Approved")
        SPAM = "spam", _("Spam")

    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE,
                             related_name="reader_comments")
    parent = models.ForeignKey("self", verbose_name=_("reply to"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="replies")
    author_name = models.CharField(_("name"), max_length=NAME_MAX_LENGTH)
    author_email = models.EmailField(_("e-mail (private)"), blank=True)
    notify_on_reply = models.BooleanField(_("notify of a reply"), default=False)
    body = models.TextField(_("comment"), max_length=BODY_MAX_LENGTH)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING,
                              db_index=True)
    # A reply written in the admin on behalf of the department, shown with its badge.
    is_official = models.BooleanField(_("reply by the department"), default=False)
    created_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    # Set once the moderators' digest mentioned it (send_comment_digest), so no comment is mailed twice.
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The WordPress comment this one was adopted from (wordpress.Comment.wp_id); None for new ones.
    wordpress_id = models.PositiveBigIntegerField(null=True, blank=True, unique=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("reader comment")
        verbose_name_plural = _("reader comments")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["page", "status", "created_at"])]

    def __str__(self):
        # No name or text: this label lands in the audit log, which outlives a deletion request.
        return _("Comment #%(pk)s") % {"pk": self.pk}

    @property
    def thread_root(self):
        """The top-level comment this one is shown under (the site shows one level of replies)."""
        return self.parent.thread_root if self.parent_id else self


class BlockedPhrase(models.Model):
    """A word or phrase that marks a comment as spam; editors keep the list (Snippets)."""

    phrase = models.CharField(_("word or phrase"), max_length=100, unique=True,
                              help_text=_("Matched without regard to case, anywhere in the name or comment."))

    class Meta:
        verbose_name = _("blocked phrase")
        verbose_name_plural = _("blocked phrases")
        ordering = ["phrase"]

    def __str__(self):
        return self.phrase

