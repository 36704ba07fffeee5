"""COMPAT SHIM for wagtail-localize: every private or undocumented part the translation approval uses.

Written and checked against wagtail-localize==1.14.5 (CHECKED_VERSION; pinned in
requirements.txt). localisation/translation_approval imports wagtail-localize only from here.
localisation/tests/test_compat_wagtail_localize.py fails when the installed version differs,
or when an item below is gone or changed (EXPECTED_SIGNATURES, GUARDED_ROUTES, the template
block and context). On an upgrade: re-read each item in wagtail-localize's new source, adapt
the shim and the patch, then bump CHECKED_VERSION and the expectations.

What each shim depends on:

1. ``replace_create_or_update_translation(func)`` / ``original_create_or_update_translation``:
   the monkeypatch of ``TranslationSource.create_or_update_translation(self, locale, user=None,
   publish=True, copy_parent_pages=False, fallback=False)`` (drafts.py). Every wagtail-localize
   path that saves a draft goes through it; the replacement must keep its signature. With
   ``copy_parent_pages`` it would copy missing parents as aliases (Wagtail's
   ``copy_for_translation(copy_parents=True)``); page_guards.py drafts them first instead, through
   ``TranslationSource.get_or_create_from_instance`` and the original method. Sync (without
   "publish immediately") calls ``TranslationSource.update_target_view_restrictions``, which copies
   the source page's view restriction onto each translation; page_guards.py refuses that to
   non-publishers when it would change a translation's privacy.
2. ``segments_for_translation(source, locale, fallback)``: the private
   ``TranslationSource._get_segments_for_translation()``; with ``copy_synchronised_fields``
   (wagtail_localize.fields) and ``ingest_segments`` (wagtail_localize.segments.ingest),
   both undocumented, it repeats what ``create_or_update_translation`` does minus writing the
   live page (or snippet) row, and logs the result in ``TranslationLog(source, locale, revision)``.
3. The wrapped views (views.py): ``convert.convert_to_alias``,
   ``update_translations.UpdateTranslationsView``, ``submit_translations.SubmitSnippetTranslationView``
   (called with the URL's ``app_label``, ``model_name`` and ``pk``), ``edit_translation.user_can_edit_instance``,
   ``edit_translation.machine_translate``, ``edit_translation.edit_string_translation`` and
   ``submit_translations.SubmitPageTranslationView`` (reads ``page_id`` from its URL kwargs), all
   undocumented. The guards are mounted on wagtail-localize's own URL paths (GUARDED_ROUTES,
   under the "localize/" prefix its register_admin_urls hook uses) so they resolve first.
4. ``PO_TRANSLATION_ID_HEADER``: the PO metadata key wagtail-localize writes in
   ``Translation.export_po()`` and checks on upload; the PO guard reads it to name the file's owner.
5. The translation editor template ``EDITOR_TEMPLATE`` (overridden in
   localisation/templates/): its ``{% block content %}`` and the ``translation`` / ``instance``
   context variables the approval panel reads.
6. The PO import and the string checks (translation_approval/pofile.py, checks.py) repeat
   ``Translation.import_po`` with bulk queries: they read ``String``, ``StringSegment``,
   ``TranslationContext`` and ``StringTranslation``
   (whose ``post_save`` copies a title translation into the page's ``draft_title``; a bulk write
   does that itself), and ``TemplateSegment``/``Template.template_format`` to tell rich text from
   plain text. A file's msgid is matched to ``String.data`` exactly (import_po matches by
   ``data_hash`` of it). ``html_string_error`` runs wagtail-localize's own checks of translated HTML
   (``StringValue.from_translated_html``, ``validate_translation_links``, ``INLINE_TAGS``).
7. Model methods and fields the actions, hooks and panel read (undocumented, but not private):
   see EXPECTED_SIGNATURES, EXPECTED_DEFINITIONS and EXPECTED_FIELDS; URL names in URL_NAMES.
"""

from __future__ import annotations

from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TemplateSegment,
    Translation,
    TranslationContext,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.strings import INLINE_TAGS, StringValue, validate_translation_links
from wagtail_localize.views import convert, edit_translation, submit_translations, update_translations

CHECKED_VERSION = "1.14.5"

original_create_or_update_translation = TranslationSource.create_or_update_translation

convert_to_alias = convert.convert_to_alias
UpdateTranslationsView = update_translations.UpdateTranslationsView
SubmitPageTranslationView = submit_translations.SubmitPageTranslationView
SubmitSnippetTranslationView = submit_translations.SubmitSnippetTranslationView
user_can_edit_instance = edit_translation.user_can_edit_instance
machine_translate = edit_translation.machine_translate
edit_string_translation = edit_translation.edit_string_translation
edit_override = edit_translation.edit_override

PO_TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"
EDITOR_TEMPLATE = "wagtail_localize/admin/edit_translation.html"
EDITOR_CONTEXT = ("translation", "instance")

# guard URL name -> (wagtail-localize URL name it shadows, its path under the admin).
GUARDED_ROUTES = {
    "translation_guard_convert_to_alias": ("convert_to_alias", "localize/page/<int:page_id>/convert_to_alias/"),
    "translation_guard_update": ("update_translations", "localize/update/<int:translation_source_id>/"),
    "translation_guard_submit_page": ("submit_page_translation", "localize/submit/page/<int:page_id>/"),
    "translation_guard_upload_pofile": ("upload_pofile", "localize/translate/<int:translation_id>/pofile/upload/"),
    "translation_guard_machine_translate": ("machine_translate",
                                            "localize/translate/<int:translation_id>/machine_translate/"),
    "translation_guard_edit_string": ("edit_string_translation",
                                      "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/"),
    "translation_guard_edit_override": (
        "edit_override", "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/"),
    "translation_guard_submit_snippet": ("submit_snippet_translation",
                                         "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/"),
}
# wagtail-localize URL names reversed by localisation's templates and template tags.
URL_NAMES = ("preview_translation", "update_translations", "submit_page_translation")

# "module:qualified.name" -> the signature the shims were written against (annotations dropped).
EXPECTED_SIGNATURES = {
    "wagtail_localize.models:TranslationSource.create_or_update_translation":
        "(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False)",
    "wagtail_localize.models:TranslationSource._get_segments_for_translation": "(self, locale, fallback=False)",
    "wagtail_localize.models:TranslationSource.as_instance": "(self)",
    "wagtail_localize.models:TranslationSource.update_target_view_restrictions": "(self, locale)",
    "wagtail_localize.models:TranslationSource.get_or_create_from_instance": "(instance)",
    "wagtail_localize.models:TranslationSource.get_ephemeral_translated_instance":
        "(self, locale, fallback=False)",
    "wagtail_localize.models:TranslationSource.get_source_instance": "(self)",
    "wagtail_localize.models:Translation.get_target_instance": "(self)",
    "wagtail_localize.models:Translation.save_target": "(self, user=None, publish=True)",
    "wagtail_localize.models:Translation.import_po":
        "(self, po, delete=False, user=None, translation_type='manual', tool_name='')",
    "wagtail_localize.models:StringSegmentQuerySet.annotate_translation": "(self, locale, include_errors=False)",
    "wagtail_localize.fields:copy_synchronised_fields": "(source, target)",
    "wagtail_localize.segments.ingest:ingest_segments":
        "(original_obj, translated_obj, src_locale, tgt_locale, segments)",
    "wagtail_localize.views.convert:convert_to_alias": "(request, page_id)",
    "wagtail_localize.views.submit_translations:SubmitPageTranslationView.get_object": "(self)",
    "wagtail_localize.views.edit_translation:user_can_edit_instance": "(user, instance)",
    "wagtail_localize.views.edit_translation:machine_translate": "(request, translation_id)",
    "wagtail_localize.strings:StringValue.from_translated_html": "(html)",
    "wagtail_localize.strings:validate_translation_links": "(translation_of, data)",
}
# Views wrapped by Django REST framework's @api_view (their signature is the wrapper's): the
# definition line in the module's source instead.
EXPECTED_DEFINITIONS = {
    "wagtail_localize.views.edit_translation": (
        "def edit_string_translation(request, translation_id, string_segment_id):",
        "def edit_override(request, translation_id, overridable_segment_id):"),
    "wagtail_localize.models": (
        # The signal a bulk write of StringTranslations must stand in for (pofile.py).
        "def post_save_string_translation(instance, **kwargs):",
        'if instance.context.path == "title":',
        "update(draft_title=instance.data)",),
}

# model -> fields the patch, hooks and panel read.
EXPECTED_FIELDS = {
    "wagtail_localize.TranslationSource": ("object", "locale", "specific_content_type", "last_updated_at",
                                           "translations"),
    "wagtail_localize.Translation": ("source", "target_locale", "enabled", "uuid"),
    "wagtail_localize.TranslationLog": ("source", "locale", "revision"),
    "wagtail_localize.StringSegment": ("source", "context", "order", "string"),
    "wagtail_localize.TranslationContext": ("path", "object"),
    "wagtail_localize.String": ("locale", "data"),
    "wagtail_localize.StringTranslation": ("translation_of", "locale", "context", "data", "translation_type",
                                           "tool_name", "last_translated_by", "updated_at", "has_error",
                                           "field_error"),
    "wagtail_localize.TemplateSegment": ("source", "context", "template"),
    "wagtail_localize.Template": ("template_format",),
}


def segments_for_translation(source, locale, fallback=False):
    """The segments wagtail-localize would ingest to translate ``source`` into ``locale``."""
    return source._get_segments_for_translation(locale, fallback=fallback)


def html_string_error(source_text, value):
    """wagtail-localize's own verdict on translating ``source_text`` as ``value`` (its message), or None."""
    try:
        StringValue.from_translated_html(value)
        validate_translation_links(source_text, value)
    except ValueError as error:
        return str(error.args[0])
    return None


def replace_create_or_update_translation(func):
    """Install ``func`` as ``TranslationSource.create_or_update_translation`` (same signature)."""
    TranslationSource.create_or_update_translation = func


__all__ = [
    "INLINE_TAGS", "StringTranslation", "TemplateSegment", "TranslationContext",
    "edit_override", "html_string_error",
    "CHECKED_VERSION", "EDITOR_CONTEXT", "EDITOR_TEMPLATE", "EXPECTED_DEFINITIONS", "EXPECTED_FIELDS",
    "EXPECTED_SIGNATURES",
    "GUARDED_ROUTES", "PO_TRANSLATION_ID_HEADER", "URL_NAMES", "StringSegment", "SubmitPageTranslationView",
    "SubmitSnippetTranslationView", "Translation", "TranslationLog", "TranslationSource", "UpdateTranslationsView",
    "convert_to_alias",
    "copy_synchronised_fields",
    "edit_string_translation", "ingest_segments", "machine_translate", "original_create_or_update_translation",
    "replace_create_or_update_translation", "segments_for_translation", "user_can_edit_instance",
]
