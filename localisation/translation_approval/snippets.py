"""Translations of snippets (categories, site text) go through the same approval as pages.

Both models have drafts, revisions and the approval workflow (WorkflowMixin, DraftStateMixin),
so wagtail-localize creates a new translation of them as a draft (with
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE off), and actions.py saves, submits and reviews
it like a page. What is left differs from pages and lives here:

- `live_target` / `save_revision_only`: wagtail-localize saves a draft of a snippet by writing
  the translated text into its row and setting `live = False`, which for a live translation
  changes (or hides) what visitors see; drafts.py sends that case here, to a revision only.
- `snippet_translation_action`: the approval panel's buttons for a snippet translation.
- `guarded_submit_snippet_translation`: wagtail-localize's "Translate" for a snippet checks
  only `submit_translation`, creates the translations and only then meets the edit view's
  permission check; the guard refuses a user who could not edit them before anything is made.
- Hooks on the snippet edit view, which wagtail-localize replaces with its translation editor
  for a translation: "Publish" posted by someone who may not publish gets a message, and a
  workflow action (approve / request changes) posted there is carried out instead of dropped.
  Outside translations, Wagtail's snippet editor saves a new revision before every workflow
  action, even from an untouched form; with WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT that
  voids the approval and restarts the review. An untouched form's action is carried out
  directly; a real edit still goes through Wagtail and needs approval again.
- `TranslationStatusSidePanel`: the translation editor's status panel without the URLs that
  Wagtail's workflow status needs fails to render once the snippet is in review.
"""

import json

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.side_panels import PageStatusSidePanel, StatusSidePanel
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

from .. import compat_wagtail_localize as localize
from ..compat_wagtail_localize import (
    Translation,
    TranslationLog,
    copy_synchronised_fields,
    ingest_segments,
    segments_for_translation,
)
from . import actions


def translatable_snippet_models():
    """Registered snippets that wagtail-localize can translate; each must have drafts and the workflow."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def live_target(source, locale):
    """The live snippet with drafts that translates `source` into `locale`, or None."""
    model = source.specific_content_type.model_class()
    if model is None or not actions.is_draftable_snippet_model(model):
        return None
    return model._default_manager.filter(translation_key=source.object_id, locale=locale, live=True).first()


@transaction.atomic
def save_revision_only(source, snippet, locale, user=None, fallback=False):
    """What create_or_update_translation(publish=False) does for a snippet, minus writing its row."""
    original = source.as_instance()
    copy_synchronised_fields(original, snippet)
    ingest_segments(original, snippet, source.locale, locale, segments_for_translation(source, locale, fallback))
    # save_revision() writes only latest_revision and has_unpublished_changes to the row.
    revision = snippet.save_revision(user=user)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return snippet


def edit_url(snippet):
    return reverse(snippet.snippet_viewset.get_url_name("edit"), args=[quote(snippet.pk)])


def display_name(snippet):
    """The name of the snippet as its newest draft has it (the row may still hold the live text)."""
    return str(snippet.get_latest_revision_as_object())


@require_POST
def snippet_translation_action(request, translation_id):
    """The approval panel's buttons (save draft, submit, approve, request changes) for a snippet."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    target = translation.get_target_instance()
    if not actions.is_draftable_snippet(target):
        raise Http404
    action = request.POST.get("action", "")
    try:
        if action == "save-draft":
            snippet = actions.save_draft(translation, request.user)
            messages.success(request, _("Draft of “%(object)s” saved. It is not public yet.")
                             % {"object": display_name(snippet)})
        elif action == "submit":
            snippet = actions.submit_for_approval(translation, request.user)
            messages.success(request, _("“%(object)s” has been submitted for approval.")
                             % {"object": display_name(snippet)})
        elif action in {"approve", "reject"}:
            snippet = actions.review(translation, request.user, action, request.POST.get("comment", ""))
            message = (_("“%(object)s” has been approved.") if action == "approve"
                       else _("Changes to “%(object)s” have been requested."))
            messages.success(request, message % {"object": display_name(snippet)})
        else:
            messages.error(request, _("Unknown action."))
    except actions.TranslationActionError as error:
        messages.error(request, str(error))
    return redirect(get_valid_next_url_from_request(request) or edit_url(target))


def guarded_submit_snippet_translation(request, app_label, model_name, pk):
    """wagtail-localize's "Translate" for a snippet, for users who may edit the translations it creates."""
    model = get_snippet_model_from_url_params(app_label, model_name)
    if not issubclass(model, TranslatableMixin):
        raise Http404
    needed = [get_permission_name(action, model) for action in ("add", "change")]
    if not request.user.has_perms(["wagtail_localize.submit_translation", *needed]):
        raise PermissionDenied
    return localize.SubmitSnippetTranslationView.as_view()(request, app_label=app_label, model_name=model_name,
                                                          pk=pk)


def enabled_translation(snippet):
    return Translation.objects.filter(source__object_id=snippet.translation_key,
                                      target_locale_id=snippet.locale_id, enabled=True).first()


@hooks.register("before_edit_snippet", order=-10)
def translation_editor_posts(request, instance):
    """Posts to the edit view of a snippet translation that wagtail-localize's editor would mishandle."""
    if request.method != "POST" or not actions.is_draftable_snippet(instance):
        return None
    translation = enabled_translation(instance)
    if translation is None:
        return untouched_workflow_action(request, instance) if "action-workflow-action" in request.POST else None
    if request.POST.get("action") == "publish" and not actions.can_publish(request.user, instance):
        messages.error(request, _("You cannot publish translations. Use “Submit for approval” instead."))
        return redirect(request.path)
    if "action-workflow-action" in request.POST:
        return workflow_action(request, translation)
    return None


def workflow_extra_data(request):
    try:
        extra = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
    except ValueError:
        return {}
    return extra if isinstance(extra, dict) else {}


def untouched_workflow_action(request, instance):
    """Approve / request changes from Wagtail's snippet editor when the form is unchanged: no new revision."""
    snippet = type(instance)._default_manager.get(pk=instance.pk)
    viewset = snippet.snippet_viewset
    form_class = viewset.get_edit_handler().get_form_class()
    form = form_class(request.POST, request.FILES, instance=snippet.get_latest_revision_as_object(),
                      for_user=request.user)
    task_state = snippet.current_workflow_task_state
    action = request.POST.get("workflow-action-name", "")
    if task_state is None or not form.is_valid() or form.has_changed():
        return None  # Wagtail's view: it shows the errors, or saves the edit as a revision needing approval
    if action not in actions.review_actions(snippet, request.user):
        raise PermissionDenied
    comment = workflow_extra_data(request).get("comment", "")
    task_state.task.specific.on_action(task_state, request.user, action,
                                       comment=comment.strip() if isinstance(comment, str) else "")
    message = (_("“%(object)s” has been approved.") if action == "approve"
               else _("Changes to “%(object)s” have been requested."))
    messages.success(request, message % {"object": display_name(snippet)})
    return redirect(viewset.get_url_name("list"))


def workflow_action(request, translation):
    """Approve / request changes posted from a Wagtail action menu, through the same checks as the panel."""
    action = request.POST.get("workflow-action-name", "")
    comment = workflow_extra_data(request).get("comment", "")
    try:
        snippet = actions.review(translation, request.user, action, comment if isinstance(comment, str) else "")
    except actions.TranslationActionError as error:
        messages.error(request, str(error))
    else:
        message = (_("“%(object)s” has been approved.") if action == "approve"
                   else _("Changes to “%(object)s” have been requested."))
        messages.success(request, message % {"object": display_name(snippet)})
    return redirect(request.path)


class TranslationStatusSidePanel(StatusSidePanel):
    """The status side panel of a snippet translation, with the context Wagtail's own snippet
    editor gives it (SnippetStatusSidePanel) and wagtail-localize's editor does not."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        viewset, pk = self.object.snippet_viewset, quote(self.object.pk)
        context.update({
            "workflow_history_url": reverse(viewset.get_url_name("workflow_history"), args=[pk]),
            "revisions_compare_url_name": viewset.get_url_name("revisions_compare"),
            "lock_url": reverse(viewset.get_url_name("lock"), args=[pk]),
            "unlock_url": reverse(viewset.get_url_name("unlock"), args=[pk]),
        })
        return context


def with_status_urls(side_panels):
    """The translation editor's side panels, each snippet status panel replaced by the complete one."""
    return [
        TranslationStatusSidePanel(panel.object, panel.request, locale=panel.locale, translations=panel.translations,
                                   usage_url=panel.usage_url, last_updated_info=panel.last_updated_info)
        if type(panel) is StatusSidePanel and not isinstance(panel, PageStatusSidePanel)
        and actions.is_draftable_snippet(panel.object) else panel
        for panel in side_panels or ()
    ]
