"""Admin hooks for the editorial workflow.

Who may publish, unpublish, delete, move and copy is decided by the group page permissions
set up in editorial/roles.py: Wagtail's own permission tester refuses a Penulis every one of those
actions on live pages, in the editor, the page listing, bulk actions, copy/move and the
Python action API alike (see editorial/tests/test_permissions_matrix.py), so no hook duplicates
that logic here. What Wagtail lacks is a dashboard list of one's own unsubmitted drafts.
"""

from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState, get_default_page_content_type

DRAFTS_PANEL_LIMIT = 10


def drafts_for(user, limit=DRAFTS_PANEL_LIMIT):
    """Pages the user owns or last edited with unpublished changes, neither in review nor scheduled."""
    in_workflow = WorkflowState.objects.active().filter(
        base_content_type_id=get_default_page_content_type().id,
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return (
        Page.objects.filter(has_unpublished_changes=True)
        .filter(Q(owner=user) | Q(latest_revision__user=user))
        .exclude(Exists(in_workflow))
        .exclude(latest_revision__approved_go_live_at__isnull=False)
        .order_by("-latest_revision_created_at", "-pk")
        .specific(defer=True)[:limit]
    )


class MyDraftsPanel(Component):
    name = "my_drafts"
    template_name = "editorial/admin/my_drafts_panel.html"
    # Just before Wagtail's "Your pages in a workflow" (210) and "Awaiting your review" (220).
    order = 205

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        request = parent_context["request"]
        context["drafts"] = list(drafts_for(request.user))
        context["request"] = request
        return context


@hooks.register("construct_homepage_panels")
def add_my_drafts_panel(request, panels):
    panels.append(MyDraftsPanel())
