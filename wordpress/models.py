"""What the WordPress import owns: the id mapping that makes re-runs idempotent, and comments."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class WordPressObject(models.Model):
    """Which Wagtail object a WordPress id became, and the state the importer last wrote to it."""

    class Kind(models.TextChoices):
        AUTHOR = "author", _("author")
        CATEGORY = "category", _("category")
        TAG = "tag", _("tag")
        ATTACHMENT = "attachment", _("attachment")
        POST = "post", _("post")
        PAGE = "page", _("page")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    wp_id = models.BigIntegerField(_("WordPress id"))
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    # A hash of everything the importer wrote; equal hash on a re-run means "nothing to do".
    checksum = models.CharField(max_length=64, blank=True)
    # The revision the importer created last: a newer one means an editor changed the page
    # in Wagtail, and a re-run must not overwrite that work.
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress object")
        verbose_name_plural = _("imported WordPress objects")
        constraints = [models.UniqueConstraint(fields=["kind", "wp_id"], name="unique_wordpress_object")]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.kind} {self.wp_id}"


class Comment(models.Model):
    """A reader comment from the WordPress archive, stored so nothing is lost.

    The e-mail address is personal data: it is kept only so a later moderation feature can
    contact or de-duplicate commenters, and must never be shown publicly. The IP address
    from the export is deliberately not stored.
    """

    wp_id = models.PositiveBigIntegerField(_("WordPress id"), unique=True)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE,
                             related_name="wordpress_comments")
    parent = models.ForeignKey("self", verbose_name=_("reply to"), null=True, blank=True,
                               on_delete=models.CASCADE, related_name="replies")
    author_name = models.CharField(_("name"), max_length=255)
    author_email = models.EmailField(_("e-mail (private)"), max_length=254, blank=True)
    author_url = models.URLField(_("website"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("date"))
    content = models.TextField(_("comment"))
    approved = models.BooleanField(_("approved"), default=False)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["page", "approved", "created_at"])]

    def __str__(self):
        return f"{self.author_name}: {self.content[:40]}"
