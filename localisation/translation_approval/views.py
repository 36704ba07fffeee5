"""Admin endpoints: the approval buttons of the translation editor, and guards around
wagtail-localize endpoints that would publish without approval or fail on bad input.

The guards are mounted on the same paths as the wagtail-localize views they wrap (see
hooks.py), so every link and form of the translation editor goes through them.
"""

import contextlib
import io
import os
import tempfile

import polib
import requests
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import transaction
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
from . import actions

MAX_PO_BYTES = 2 * 1024 * 1024


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
        if action == "save-draft":
            page = actions.save_draft(translation, request.user)
            messages.success(request, _("Draft of '%(title)s' saved. It is not public yet.") % {"title": page.title})
        elif action == "submit":
            page = actions.submit_for_approval(translation, request.user)
            messages.success(request, _("'%(title)s' has been submitted for approval.") % {"title": page.title})
        elif action in {"approve", "reject"}:
            page = actions.review(translation, request.user, action, request.POST.get("comment", ""))
            message = (_("'%(title)s' has been approved.") if action == "approve"
                       else _("Changes to '%(title)s' have been requested."))
            messages.success(request, message % {"title": page.title})
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
    if request.method == "POST" and request.POST.get("publish_translations"):
        for translation in source.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if not actions.can_publish(request.user, target):
                messages.error(request, _("You may update translations but not publish them; untick “Publish "
                                          "immediately” and submit each translation for approval."))
                return redirect(request.get_full_path())
    return localize.UpdateTranslationsView.as_view()(request, translation_source_id=translation_source_id)


def read_po(upload):
    """A parsed PO file, or a TranslationActionError saying what is wrong with the upload."""
    if upload is None:
        raise actions.TranslationActionError(_("Choose a PO file to upload."))
    if upload.size > MAX_PO_BYTES:
        raise actions.TranslationActionError(_("This file is too large for a PO file of one page."))
    # polib treats a string argument as a file name when one exists: always parse from a file.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    try:
        return polib.pofile(handle.name, encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise actions.TranslationActionError(_("This is not a valid PO file; nothing was imported.")) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def check_po_belongs_to(po, translation):
    file_id = po.metadata.get(localize.PO_TRANSLATION_ID_HEADER)
    if not file_id:
        raise actions.TranslationActionError(_("This PO file was not downloaded from this translation editor (it "
                                               "has no translation ID); nothing was imported."))
    if file_id == str(translation.uuid):
        return
    other = Translation.objects.filter(uuid=file_id).select_related("source", "target_locale").first() \
        if len(file_id) == 36 else None
    if other is not None:
        raise actions.TranslationActionError(
            _("This PO file belongs to “%(object)s” in %(language)s, not to this translation; nothing was "
              "imported.") % {"object": other.source.object_repr, "language": other.target_locale.get_display_name()})
    raise actions.TranslationActionError(_("This PO file belongs to another translation; nothing was imported."))


@require_POST
def guarded_upload_pofile(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id)
    if not localize.user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    try:
        po = read_po(request.FILES.get("file"))
        check_po_belongs_to(po, translation)
        with transaction.atomic():
            warnings = translation.import_po(po, user=request.user, tool_name="PO File")
    except actions.TranslationActionError as error:
        messages.error(request, str(error))
        return back_to_editor(request, translation)
    if warnings:
        messages.warning(request, _("Imported the PO file; %(count)s entries did not match this page and were "
                                    "ignored.") % {"count": len(warnings)})
    else:
        messages.success(request, _("Successfully imported translations from PO File."))
    return back_to_editor(request, translation)


@require_POST
def guarded_machine_translate(request, translation_id):
    """A machine translation service that is down or answers nonsense is a message, not a server error."""
    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        return localize.machine_translate(request, translation_id)
    except (requests.RequestException, ValueError, KeyError):
        messages.error(request, _("The machine translation service did not answer; nothing was changed."))
        return back_to_editor(request, translation)


def too_long(translation, segment, value):
    """A message when `value` exceeds the max_length of the model field the segment fills, else None.

    wagtail-localize copies a title translation into the page's draft_title at once, so an
    over-long title would otherwise fail in the database (a server error on PostgreSQL).
    """
    model = translation.source.specific_content_type.model_class()
    try:
        field = model._meta.get_field(segment.context.path)
    except FieldDoesNotExist:
        return None  # text inside StreamField/rich text: validated when the draft is saved
    limit = getattr(field, "max_length", None)
    if limit and len(value) > limit:
        return _("%(field)s: at most %(limit)s characters (this text has %(length)s).") % {
            "field": actions.field_label(model, segment.context.path), "limit": limit, "length": len(value)}
    return None


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


def guarded_edit_string_translation(request, translation_id, string_segment_id):
    if request.method == "PUT":
        translation = get_object_or_404(Translation, pk=translation_id)
        segment = get_object_or_404(StringSegment.objects.select_related("context"), pk=string_segment_id)
        try:
            message = too_long(translation, segment, submitted_value(request))
        except MultiPartParserError:
            message = _("The text could not be read; nothing was saved.")
        if message:
            return JsonResponse({"error": message}, status=400)
    return localize.edit_string_translation(request, translation_id, string_segment_id)
