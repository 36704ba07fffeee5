from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from . import admin_views
from .models import Comment
from .moderation import LOG_ACTIONS


class CommentPermissionPolicy(ModelPermissionPolicy):
    """Comments come from readers or the reply action, never from the admin's add form (not even a
    superuser's: that form has no post to attach the comment to)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Comment, CommentPermissionPolicy(Comment))
register_snippet(admin_views.CommentViewSet)
register_snippet(admin_views.BlockedPhraseViewSet)

hooks.register("register_bulk_action", admin_views.ApproveBulkAction)
hooks.register("register_bulk_action", admin_views.SpamBulkAction)
hooks.register("register_bulk_action", admin_views.EraseBulkAction)
# After Wagtail's own (order 0), so this one is the delete action for comments.
hooks.register("register_bulk_action", admin_views.CommentDeleteBulkAction, order=10)


@hooks.register("register_admin_urls")
def comment_admin_urls():
    return [path("comments/<int:pk>/reply/", admin_views.reply, name="comments_reply")]


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


class PendingCommentsPanel(Component):
    name = "pending_comments"
    template_name = "comments/admin/pending_panel.html"
    order = 150

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        url = reverse("wagtailsnippets_comments_comment:list") + "?status=pending"
        return {"count": self.count, "url": url}


@hooks.register("construct_homepage_panels")
def add_pending_comments_panel(request, panels):
    if request.user.has_perm(admin_views.MODERATE):
        panels.append(PendingCommentsPanel(Comment.objects.pending().count()))
