"""Save, submit and review a translation, with the same permissions as any other edit.

Each function takes a wagtail-localize `Translation` of a page or of a snippet with drafts and
a workflow (categories, site text) and the acting user, checks Wagtail's permissions (page
permissions, or the snippet model's change/publish permissions) and raises
`TranslationActionError` with a message for the user when the action is not possible (nothing
is changed then).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Page, TaskState, WorkflowMixin, WorkflowState
from wagtail.snippets.permissions import get_permission_name

from .locks import lock_message


class TranslationActionError(Exception):
    """The action cannot be done; str(error) says why, in words for the editor."""


def is_draftable_snippet_model(model):
    """A snippet model with drafts and the approval workflow (not a page)."""
    return not issubclass(model, Page) and issubclass(model, WorkflowMixin) and issubclass(model, DraftStateMixin)


def is_draftable_snippet(obj):
    return is_draftable_snippet_model(type(obj))


def target_page(translation):
    """The translated page (specific) or snippet with drafts; anything else cannot be approved."""
    page = translation.get_target_instance()
    if is_draftable_snippet(page):
        return page
    if not isinstance(page, Page):
        raise TranslationActionError(_("Only translations of pages, categories and site text go through "
                                       "approval."))
    return page.specific


def can_edit(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(obj)))


def can_publish(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_publish()
    return user.has_perm(get_permission_name("publish", type(obj)))


def reloaded(obj):
    if isinstance(obj, Page):
        return Page.objects.get(pk=obj.pk).specific
    return type(obj)._default_manager.get(pk=obj.pk)


def field_label(model, path):
    """The editor-facing name of the field a segment path ("body.<uuid>.value") starts with."""
    name = path.split(".", 1)[0]
    try:
        field = model._meta.get_field(name)
    except Exception:  # noqa: BLE001 - a renamed field still deserves a readable message
        return name
    if getattr(field, "verbose_name", None):
        return str(capfirst(field.verbose_name))
    return str(capfirst(field.related_model._meta.verbose_name_plural))


def missing_fields(translation):
    """Labels of the fields that still have untranslated (or invalid) text, in page order."""
    segments = (translation.source.stringsegment_set.annotate_translation(translation.target_locale)
                .filter(translation__isnull=True).select_related("context").order_by("order"))
    model = translation.source.specific_content_type.model_class()
    labels = []
    for segment in segments:
        label = field_label(model, segment.context.path)
        if label not in labels:
            labels.append(label)
    return labels


def describe(error, model):
    """One line naming each invalid field of a ValidationError raised by the translated page."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(f"{field_label(model, name)}: {' '.join(m for e in errors for m in e.messages)}"
                     for name, errors in error.error_dict.items())


def check_can_edit(user, page):
    if not can_edit(user, page):
        raise PermissionDenied
    message = lock_message(page, user)
    if message:
        raise TranslationActionError(message)


def validate(translation, page):
    """Check the translated page as Wagtail would on save, so an error can name its field.

    (wagtail-localize's own error handling fails on some validation errors, and then names none.)
    """
    instance = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    if isinstance(page, Page):
        instance.slug = slugify(instance.slug)
    try:
        instance.full_clean()
    except ValidationError as error:
        raise TranslationActionError(_("The translation cannot be saved: %(errors)s")
                                     % {"errors": describe(error, type(page))}) from error


@transaction.atomic
def save_draft(translation, user):
    """Write the current translations into a new draft revision of the target page."""
    page = target_page(translation)
    check_can_edit(user, page)
    validate(translation, page)
    try:
        translation.save_target(user=user, publish=False)
    except ValidationError as error:
        raise TranslationActionError(_("The translation cannot be saved: %(errors)s")
                                     % {"errors": describe(error, type(page))}) from error
    return reloaded(page)


@transaction.atomic
def submit_for_approval(translation, user):
    """Save a draft and send it to the page's approval workflow (resuming it after "request changes")."""
    page = target_page(translation)
    check_can_edit(user, page)
    missing = missing_fields(translation)
    if missing:
        raise TranslationActionError(
            _("Translate every text before submitting. Still untranslated: %(fields)s.")
            % {"fields": ", ".join(missing)})
    workflow = page.get_workflow()
    if workflow is None and not isinstance(page, Page):
        raise TranslationActionError(_("No approval workflow covers %(kind)s; ask an administrator to run "
                                       "setup_roles.") % {"kind": page._meta.verbose_name_plural})
    if workflow is None:
        raise TranslationActionError(_("No approval workflow covers this page; ask an administrator to run "
                                       "setup_roles."))
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        raise TranslationActionError(_("This translation is already waiting for approval."))
    page = save_draft(translation, user)
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        workflow.start(page, user)
    return page


def review_actions(page, user):
    """The workflow actions `user` may take on `page` now: a subset of {"approve", "reject"}."""
    task_state = page.current_workflow_task_state
    if task_state is None:
        return set()
    return {name for name, _label, _needs_form in task_state.task.specific.get_actions(page, user)}


@transaction.atomic
def review(translation, user, action, comment=""):
    """Approve (which publishes when it is the last step) or request changes, as in Wagtail's dashboard."""
    page = target_page(translation)
    if action not in {"approve", "reject"}:
        raise TranslationActionError(_("Unknown review action."))
    if page.current_workflow_task_state is None:
        raise TranslationActionError(_("This translation is not waiting for approval."))
    if action not in review_actions(page, user):
        raise PermissionDenied
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment.strip())
    return reloaded(page)


def review_restarted(page):
    """True when an approval did not count because the page changed after it was submitted.

    With WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT, Wagtail then starts the same task again
    on the newest revision: the page is still in review, on a task it has already approved.
    """
    task_state = page.current_workflow_task_state
    if task_state is None:
        return False
    return (TaskState.objects.filter(workflow_state_id=task_state.workflow_state_id, task_id=task_state.task_id,
                                     status=TaskState.STATUS_APPROVED).exclude(pk=task_state.pk).exists())
