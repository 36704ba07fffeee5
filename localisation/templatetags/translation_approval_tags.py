"""The approval panel under wagtail-localize's translation editor (localisation/translation_approval)."""

from django import template
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from localisation.translation_approval import actions, snippets

register = template.Library()


def source_changed_since_sync(translation):
    source_page = translation.source.get_source_instance()
    published = getattr(source_page, "last_published_at", None)
    return bool(published and published > translation.source.last_updated_at)


@register.filter
def with_status_urls(side_panels):
    """`{% with side_panels=side_panels|with_status_urls %}`: see snippets.TranslationStatusSidePanel."""
    return snippets.with_status_urls(side_panels)


@register.inclusion_tag("localisation/admin/translation_approval_panel.html", takes_context=True)
def translation_approval_panel(context):
    translation, request = context.get("translation"), context["request"]
    page = context.get("instance")
    if translation is None or not (isinstance(page, Page) or actions.is_draftable_snippet(page)):
        return {}
    user = request.user
    is_page = isinstance(page, Page)
    state = page.current_workflow_state
    task_state = page.current_workflow_task_state
    review = actions.review_actions(page, user)
    last_reject = (TaskState.objects.filter(workflow_state=state, status="rejected").order_by("-finished_at").first()
                   if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES else None)
    return {
        "request": request, "translation": translation, "page": page,
        "action_url": reverse("translation_action" if is_page else "snippet_translation_action", args=[translation.pk]),
        "can_edit": actions.can_edit(user, page) and not (page.get_lock() and page.get_lock().for_user(user)),
        "can_publish": actions.can_publish(user, page),
        "workflow_state": state, "in_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        "can_review": {"approve", "reject"} <= review,
        "comment": getattr(last_reject, "comment", ""),
        "missing": actions.missing_fields(translation),
        "outdated": source_changed_since_sync(translation),
        "preview_url": None if not is_page else (
            reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_state.task_id])
            if task_state is not None and review else
            reverse("wagtail_localize:preview_translation", args=[translation.pk])),
    }
