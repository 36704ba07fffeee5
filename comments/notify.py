"""E-mail: the moderators' digest of new comments, and the reply notice a commenter asked for."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail, send_mass_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from .models import Comment


def moderator_addresses():
    users = get_user_model().objects.filter(is_active=True, groups__name=settings.COMMENTS_MODERATOR_GROUP)
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def send_digest():
    """One mail per moderator listing the comments waiting since the last digest; returns how many."""
    fresh = list(Comment.objects.pending().filter(digest_sent_at__isnull=True)
                 .select_related("page").order_by("created_at"))
    addresses = moderator_addresses()
    if not fresh or not addresses:
        return 0
    waiting = Comment.objects.pending().count()
    queue_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailsnippets_comments_comment:list")
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("comments/email/digest_subject.txt", {"count": len(fresh)}).strip()
        body = render_to_string("comments/email/digest.txt",
                                {"comments": fresh, "waiting": waiting, "queue_url": queue_url})
    send_mass_mail([(subject, body, settings.DEFAULT_FROM_EMAIL, [address]) for address in addresses])
    Comment.objects.filter(pk__in=[c.pk for c in fresh]).update(digest_sent_at=timezone.now())
    return len(fresh)


def reply_approved(reply):
    """Tell the author of the thread's first comment about a newly visible reply, if they asked."""
    root = reply.parent.thread_root if reply.parent_id else None
    if root is None or not root.notify_on_reply or not root.author_email or root.pk == reply.pk:
        return
    page = reply.page.specific
    with translation.override(page.locale.language_code):
        subject = render_to_string("comments/email/reply_subject.txt", {"post": page}).strip()
        body = render_to_string("comments/email/reply.txt",
                                {"post": page, "url": page.full_url + f"#komentar-{reply.pk}"})
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [root.author_email], fail_silently=True)
