"""Purge the cached article when what it shows changes; adopt comments the WordPress importer stores."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache

from core import frame

from .imported import adopt
from .models import Comment


def purge_post(page_id):
    """After the commit, purge the article (its URLs from get_cached_paths) from the page cache."""
    # The thread and the article's metadata (JSON-LD commentCount) are kept per content
    # version: bump() moves it now and once more after the commit.
    frame.bump()

    def run():
        from wagtail.models import Page

        page = Page.objects.filter(pk=page_id).specific().first()
        if page is not None and page.live:
            purge_page_from_cache(page)

    transaction.on_commit(run, robust=True)


def remember_status(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance._was_public = False
    else:
        previous = Comment.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
        instance._was_public = previous == Comment.Status.APPROVED


def on_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if getattr(instance, "_was_public", False) or instance.status == Comment.Status.APPROVED:
        purge_post(instance.page_id)


def on_deleted(sender, instance, **kwargs):
    if instance.status == Comment.Status.APPROVED:
        purge_post(instance.page_id)


def on_imported(sender, instance, raw=False, **kwargs):
    if not raw:
        adopt(instance)


def connect():
    from wordpress.models import Comment as ImportedComment

    pre_save.connect(remember_status, sender=Comment, dispatch_uid="comments_remember_status")
    post_save.connect(on_saved, sender=Comment, dispatch_uid="comments_purge_on_save")
    post_delete.connect(on_deleted, sender=Comment, dispatch_uid="comments_purge_on_delete")
    post_save.connect(on_imported, sender=ImportedComment, dispatch_uid="comments_adopt_imported")
