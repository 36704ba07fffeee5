"""Admin endpoints: the approval buttons of the translation editor, and guards around
wagtail-localize endpoints that would publish without approval or fail on bad input.

The guards are mounted on the same paths as the wagtail-localize views they wrap (see
hooks.py), so every link and form of the translation editor goes through them.
"""

import io

import requests
from django.contrib.admin.utils import quote
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page

from .. import compat_wagtail_localize as localize
from ..compat_wagtail_localize import StringSegment, Translation, TranslationSource
from . import actions, checks, page_guards, pofile
from .locks import lock_message


def back_to_editor(request, translation):
    instance = translation.get_target_instance()
    default = (reverse("wagtailadmin_pages:edit", args=[instance.pk]) if isinstance(instance, Page)
               else reverse("wagtailadmin_home"))
    return redirect(get_valid_next_url_from_request(request) or default)


@require_POST
def translation_action(request, translation_id):
    """Save draft / submit for approval / approve / request changes, from the translation editor."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    action = request.POST.get("action", "")
    try:
        # Named by the draft's title: a live page's own row keeps the approved title until approval.
        if action == "save-draft":
            page = actions.save_draft(translation, request.user)
            messages.success(request, _("Draft of '%(title)s' saved. It is not public yet.")
                             % {"title": page.get_admin_display_title()})
        elif action == "submit":
            page = actions.submit_for_approval(translation, request.user)
            messages.success(request, _("'%(title)s' has been submitted for approval.")
                             % {"title": page.get_admin_display_title()})
        elif action in {"approve", "reject"}:
            page = actions.review(translation, request.user, action, request.POST.get("comment", ""))
            if action == "approve" and actions.review_restarted(page):
                messages.warning(request, _("'%(title)s' was changed after it was submitted, so it is not approved "
                                            "yet: the review has started again on the newest version. Check it "
                                            "and approve again.") % {"title": page.get_admin_display_title()})
                return back_to_editor(request, translation)
            message = (_("'%(title)s' has been approved.") if action == "approve"
                       else _("Changes to '%(title)s' have been requested."))
            messages.success(request, message % {"title": page.get_admin_display_title()})
        else:
            messages.error(request, _("Unknown action."))
    except actions.TranslationActionError as error:
        messages.error(request, str(error))
    return back_to_editor(request, translation)


def guarded_convert_to_alias(request, page_id):
    """Converting a translation into an alias publishes the source text at once: publishers only."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not actions.can_publish(request.user, page):
        messages.error(request, _("Converting to an alias publishes the page immediately, so only an approver "
                                  "can do it."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return localize.convert_to_alias(request, page_id)


def guarded_update_translations(request, translation_source_id):
    """Sync is open to translators; "publish immediately" needs publish permission on every target."""
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    if request.method == "POST":
        for translation in source.translations.filter(enabled=True):
            message = lock_message(translation.get_target_instance(), request.user)
            if message:
                messages.error(request, message)
                return redirect(request.get_full_path())
    if request.method == "POST" and request.POST.get("publish_translations"):
        for translation in source.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if not actions.can_publish(request.user, target):
                messages.error(request, _("You may update translations but not publish them; untick “Publish "
                                          "immediately” and submit each translation for approval."))
                return redirect(request.get_full_path())
    if request.method == "POST" and (refusal := page_guards.refuse_privacy_sync(request, source)):
        return refusal
    response = localize.UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)
    if request.method == "POST" and response.status_code == 302:
        # Synced: the next step is translating what changed, so open the translation editor
        # (wagtail-localize would go to the source page's parent in the page explorer).
        editor_url = synced_translation_editor_url(request.user, source)
        if editor_url:
            return redirect(editor_url)
    return response


def synced_translation_editor_url(user, source):
    """The translation editor of the source's one enabled translation, if `user` may edit it; else None."""
    translations = list(source.translations.filter(enabled=True)[:2])
    if len(translations) != 1:
        return None
    try:
        target = translations[0].get_target_instance()
    except ObjectDoesNotExist:  # the translated page or snippet was deleted
        return None
    if not localize.user_can_edit_instance(user, target):
        return None
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    viewset = getattr(target, "snippet_viewset", None)
    return reverse(viewset.get_url_name("edit"), args=[quote(target.pk)]) if viewset else None


@require_POST
def guarded_upload_pofile(request, translation_id):
    """The file is checked as a whole before anything is imported (pofile.py)."""
    translation = get_object_or_404(Translation, pk=translation_id)
    target = translation.get_target_instance()
    if not localize.user_can_edit_instance(request.user, target):
        raise PermissionDenied
    try:
        locked = lock_message(target, request.user)
        if locked:
            raise actions.TranslationActionError(locked)
        result = pofile.upload(translation, request.FILES.get("file"), request.user)
    except actions.TranslationActionError as error:
        messages.error(request, str(error))
        return back_to_editor(request, translation)
    if result.ignored:
        messages.warning(request, _("Imported the PO file; %(count)s entries did not match this page and were "
                                    "ignored.") % {"count": result.ignored})
    else:
        messages.success(request, _("Successfully imported translations from PO File."))
    return back_to_editor(request, translation)


@require_POST
def guarded_machine_translate(request, translation_id):
    """A machine translation service that is down or answers nonsense is a message, not a server error."""
    translation = get_object_or_404(Translation, pk=translation_id)
    locked = lock_message(translation.get_target_instance(), request.user)
    if locked:
        messages.error(request, locked)
        return back_to_editor(request, translation)
    try:
        return localize.machine_translate(request, translation_id)
    except (requests.RequestException, ValueError, KeyError):
        messages.error(request, _("The machine translation service did not answer; nothing was changed."))
        return back_to_editor(request, translation)


def submitted_value(request):
    """The "value" of a PUT from the translation editor (multipart) or a script (urlencoded).

    Parsed from a copy of the body, so the wrapped view still reads the request itself.
    """
    body = request.body
    if request.META.get("CONTENT_TYPE", "").startswith("multipart/form-data"):
        data, _files = MultiPartParser(request.META, io.BytesIO(body), request.upload_handlers,
                                       request.encoding).parse()
    else:
        data = QueryDict(body, encoding=request.encoding)
    return data.get("value", "")


def locked_json(request, translation_id):
    """A JSON refusal when the translation's target is locked for the user (their edit is not saved)."""
    translation = get_object_or_404(Translation, pk=translation_id)
    message = lock_message(translation.get_target_instance(), request.user)
    return JsonResponse({"error": message}, status=423) if message else None


def guarded_edit_string_translation(request, translation_id, string_segment_id):
    if request.method in {"PUT", "DELETE"} and (refusal := locked_json(request, translation_id)):
        return refusal
    if request.method == "PUT":
        translation = get_object_or_404(Translation, pk=translation_id)
        segment = get_object_or_404(StringSegment.objects.select_related("context", "string"), pk=string_segment_id)
        try:
            message = checks.segment_error(translation, segment, submitted_value(request))
        except MultiPartParserError:
            message = _("The text could not be read; nothing was saved.")
        if message:
            return JsonResponse({"error": message}, status=400)
    return localize.edit_string_translation(request, translation_id, string_segment_id)


def guarded_edit_override(request, translation_id, overridable_segment_id):
    """A synchronised value (image, link) of a translation: refused like a string while the target is locked."""
    if request.method in {"PUT", "DELETE"} and (refusal := locked_json(request, translation_id)):
        return refusal
    return localize.edit_override(request, translation_id, overridable_segment_id)
