"""The moderation queue in the Wagtail admin: snippet listing, bulk decisions, department replies."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.widgets.button import MenuItem
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from . import moderation
from .models import BODY_MAX_LENGTH, BlockedPhrase, Comment

MODERATE = "comments.change_comment"


def bulk_url(action, comment):
    return reverse("wagtail_bulk_action", args=("comments", "comment", action)) + f"?id={comment.pk}"


class CommentIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.request.user.has_perm(MODERATE):
            return buttons
        if instance.status != Comment.Status.APPROVED:
            buttons.append(MenuItem(_("Approve"), url=bulk_url("approve", instance), icon_name="check", priority=1))
        if instance.status != Comment.Status.SPAM and not instance.is_official:
            buttons.append(MenuItem(_("Spam"), url=bulk_url("spam", instance), icon_name="cross", priority=2))
        if instance.status == Comment.Status.APPROVED:
            buttons.append(MenuItem(_("Reply as Dinas Sosial DIY"), icon_name="comment", priority=3,
                                    url=reverse("comments_reply", args=[instance.pk])))
        return buttons


class CommentViewSet(SnippetViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Reader comments")
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = CommentIndexView
    list_display = [
        Column("excerpt", label=_("Comment"), accessor=lambda c: Truncator(c.body).chars(90)),
        Column("author_name", label=_("Name"), accessor=lambda c: c.author_name + (" ✔" if c.is_official else "")),
        Column("page", label=_("Post"), accessor=lambda c: f"{c.page.title} ({c.page.locale.language_code})"),
        StatusTagColumn("status", label=_("Status"), accessor="get_status_display",
                        primary=lambda c: c.status == Comment.Status.APPROVED),
        DateColumn("created_at", label=_("Date")),
    ]
    list_filter = {"status": ["exact"], "is_official": ["exact"], "page__locale": ["exact"], "created_at": ["gte"]}
    search_fields = ["author_name", "body"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_fields = ["page", "parent", "author_name", "body", "status", "is_official", "created_at",
                           "moderated_at", "notify_on_reply"]
    # What a moderator may correct; decisions go through the actions, which log and notify.
    form_fields = ["author_name", "body"]

    def get_queryset(self, request):
        return Comment.objects.select_related("page", "page__locale")


class BlockedPhraseViewSet(SnippetViewSet):
    model = BlockedPhrase
    icon = "warning"
    menu_label = _("Blocked phrases")
    list_display = ["phrase"]
    search_fields = ["phrase"]
    search_backend_name = None
    form_fields = ["phrase"]


class CommentBulkAction(SnippetBulkAction):
    models = [Comment]
    template_name = "comments/admin/confirm_bulk.html"
    decide = None
    question = ""

    def check_perm(self, obj):
        return self.request.user.has_perm(MODERATE)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "question": self.question, "title": self.display_name}

    def object_context(self, comment):
        return {**super().object_context(comment), "excerpt": Truncator(comment.body).chars(160),
                "author_name": comment.author_name}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return cls.decide(objects, user=kwargs["self"].request.user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d comment: %(action)s.", "%(count)d comments: %(action)s.",
                        num_parent_objects) % {"count": num_parent_objects, "action": self.display_name}


class ApproveBulkAction(CommentBulkAction):
    display_name = _("Approve")
    action_type = "approve"
    aria_label = _("Approve the selected comments")
    question = _("Publish these comments under their posts?")
    action_priority = 10
    decide = staticmethod(moderation.approve)


class SpamBulkAction(CommentBulkAction):
    display_name = _("Spam")
    action_type = "spam"
    aria_label = _("Reject the selected comments as spam")
    question = _("Reject these comments as spam? They are hidden and deleted after the retention period.")
    action_priority = 20
    decide = staticmethod(moderation.mark_spam)


def erase_all(comments, user=None):
    for comment in comments:
        moderation.erase_personal_data(comment, user=user)
    return len(comments)


class EraseBulkAction(CommentBulkAction):
    """A commenter's request to be forgotten while the text stays (delete removes both)."""

    display_name = _("Erase personal data")
    action_type = "erase"
    aria_label = _("Erase the name and e-mail address of the selected comments")
    question = _("Replace the names with “Anonymous” and erase the e-mail addresses of these comments?")
    action_priority = 25
    decide = staticmethod(erase_all)

    def check_perm(self, obj):
        return self.request.user.has_perm("comments.delete_comment")


class CommentDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete for comments, through DeleteAction so the audit log records each one."""

    models = [Comment]

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return moderation.delete(objects, user=kwargs["self"].request.user), 0


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Reply"), max_length=BODY_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 6}))


def reply(request, pk):
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied
    parent = get_object_or_404(Comment.objects.select_related("page"), pk=pk, status=Comment.Status.APPROVED)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        moderation.reply_as_department(parent, form.cleaned_data["body"], request.user)
        messages.success(request, _("Your reply is published under the comment."))
        return redirect("wagtailsnippets_comments_comment:list")
    return TemplateResponse(request, "comments/admin/reply.html", {"form": form, "parent": parent,
                                                                   "page_title": _("Reply as Dinas Sosial DIY")})
