"""PO upload of a translation: read and check the whole file first, then import it in bulk.

wagtail-localize's `Translation.import_po` accepts any msgstr (an invalid one is stored with
`has_error` and silently replaced by the source text when the page is saved), takes what polib
makes of a broken file, and runs several queries per entry. Here the file is refused as a
whole, with a message, when it is empty, broken, too large, of another translation, or when
any entry would not pass the translation editor's checks (checks.py); otherwise it is
imported with a fixed number of queries, keeping import_po's semantics: an empty msgstr means
"not translated" and changes nothing, entries of other texts are ignored (and counted), a
translation that has not changed is left as it is.
"""

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass

import polib
from bs4 import BeautifulSoup
from django.db import transaction
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from ..compat_wagtail_localize import (
    PO_TRANSLATION_ID_HEADER,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
)
from . import checks
from .actions import TranslationActionError, field_label

MAX_PO_BYTES = 2 * 1024 * 1024
NAMED_ENTRIES = 10
EXCERPT_CHARS = 40
TOOL_NAME = "PO File"

_STRING = r'"(?:[^"\\]|\\.)*"'
_KEYWORD_LINE = re.compile(rf"(?:msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s+{_STRING}")
_CONTINUATION_LINE = re.compile(_STRING)
# polib reads a file line by line in text mode: these are the only line ends it knows.
_LINE_END = re.compile(r"\r\n|\r|\n")


@dataclass
class ImportResult:
    written: int
    ignored: int


def syntax_error(text):
    """(line number, problem) of the first line that is not PO syntax, or None.

    polib reads an unterminated string ("msgstr "abc) as if it were closed and drops its last
    character, so every line is checked here before polib sees it.
    """
    for number, line in enumerate(_LINE_END.split(text), start=1):
        line = line.strip()
        if line.startswith("#~") and not line.startswith("#~|"):
            line = line[2:].strip()  # an obsolete entry: the same syntax behind the marker
        if not line or line.startswith("#"):
            continue
        if _KEYWORD_LINE.fullmatch(line) or _CONTINUATION_LINE.fullmatch(line):
            continue
        if '"' in line and (line.count('"') % 2 or not line.endswith('"')):
            return number, _("a text is not closed with a quotation mark")
        return number, _("this line is not PO syntax")
    return None


def read_po(upload):
    """The parsed PO file of an upload, or a TranslationActionError saying what is wrong with it."""
    if upload is None:
        raise TranslationActionError(_("Choose a PO file to upload."))
    if upload.size > MAX_PO_BYTES:
        raise TranslationActionError(_("This file is too large for a PO file of one page (at most %(size)s MB); "
                                       "nothing was imported.") % {"size": MAX_PO_BYTES // (1024 * 1024)})
    raw = upload.read()
    if not raw.strip():
        raise TranslationActionError(_("The file is empty; nothing was imported."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TranslationActionError(_("This is not a valid PO file (it is not UTF-8 text); nothing was "
                                       "imported.")) from error
    broken = syntax_error(text)
    if broken:
        raise TranslationActionError(_("This PO file is broken at line %(line)s (%(problem)s); nothing was "
                                       "imported.") % {"line": broken[0], "problem": broken[1]})
    po = parse(text)
    if not any(entry.msgid for entry in po):
        raise TranslationActionError(_("The file is empty (it has no texts); nothing was imported."))
    return po


def parse(text):
    # polib treats a string argument as a file name when such a file exists: parse from a file.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".po", delete=False) as handle:
        handle.write(text)
    try:
        return polib.pofile(handle.name, encoding="utf-8")
    except (OSError, ValueError) as error:
        raise TranslationActionError(_("This PO file is broken (its entries are out of order); nothing was "
                                       "imported.")) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def check_belongs_to(po, translation):
    file_id = po.metadata.get(PO_TRANSLATION_ID_HEADER)
    if not file_id:
        raise TranslationActionError(_("This PO file was not downloaded from this translation editor (it has no "
                                       "translation ID); nothing was imported."))
    if file_id == str(translation.uuid):
        return
    other = (Translation.objects.filter(uuid=file_id).select_related("source", "target_locale").first()
             if len(file_id) == 36 else None)
    if other is not None:
        raise TranslationActionError(
            _("This PO file belongs to “%(object)s” in %(language)s, not to this translation; nothing was "
              "imported.") % {"object": other.source.object_repr, "language": other.target_locale.get_display_name()})
    raise TranslationActionError(_("This PO file belongs to another translation; nothing was imported."))


def translatable_texts(translation):
    """(context path, source text) -> (string id, context) for every entry the file may translate.

    As import_po: the strings of the current source, and those of older versions of it that
    already have a translation (the "obsolete" entries of a downloaded file).
    """
    source = translation.source
    contexts = {context.pk: context for context in TranslationContext.objects.filter(object_id=source.object_id)}
    texts = {}
    current = StringSegment.objects.filter(source=source).values_list("string_id", "string__data", "context_id")
    older = (StringTranslation.objects.filter(context__object_id=source.object_id,
                                              translation_of__locale_id=source.locale_id)
             .values_list("translation_of_id", "translation_of__data", "context_id"))
    for rows in (current, older):
        for string_id, text, context_id in rows:
            # import_po finds the String by a hash of msgid (against case-insensitive database
            # collations); an exact comparison in Python is the same test without the hashing.
            texts.setdefault((contexts[context_id].path, text), (string_id, contexts[context_id]))
    return texts


def excerpt(msgid):
    return Truncator(BeautifulSoup(msgid, "html.parser").get_text()).chars(EXCERPT_CHARS)


def wanted_translations(translation, po):
    """{(string id, context): msgstr} for the entries that translate this page, and how many were ignored.

    Raises TranslationActionError naming the entries that would not pass the editor's checks.
    """
    texts = translatable_texts(translation)
    html_contexts = checks.html_contexts(translation.source)
    model = translation.source.specific_content_type.model_class()
    wanted, ignored, invalid = {}, 0, []
    for entry in po:
        if not entry.msgstr:
            continue  # not translated (yet): never a reason to delete a translation
        found = texts.get((entry.msgctxt, entry.msgid))
        if found is None:
            ignored += 1
            continue
        string_id, context = found
        error = checks.value_error(model, context.path, entry.msgstr, entry.msgid, context.pk in html_contexts)
        if error:
            invalid.append(f"{field_label(model, context.path)} (“{excerpt(entry.msgid)}”): {error}")
        wanted[string_id, context] = entry.msgstr
    if invalid:
        named = "; ".join(invalid[:NAMED_ENTRIES])
        if len(invalid) > NAMED_ENTRIES:
            rest = len(invalid) - NAMED_ENTRIES
            named += "; " + ngettext("and %(count)s more entry", "and %(count)s more entries", rest) % {"count": rest}
        raise TranslationActionError(
            ngettext("Nothing was imported: %(count)s entry of this file is not allowed. %(entries)s.",
                     "Nothing was imported: %(count)s entries of this file are not allowed. %(entries)s.",
                     len(invalid)) % {"count": len(invalid), "entries": named})
    return wanted, ignored


@transaction.atomic
def import_po(translation, po, user, tool_name=TOOL_NAME):
    """Store the file's translations of `translation` in one pass (see the module docstring)."""
    wanted, ignored = wanted_translations(translation, po)
    existing = {(row.translation_of_id, row.context_id): row for row in StringTranslation.objects.filter(
        locale_id=translation.target_locale_id, context__object_id=translation.source.object_id)}
    now = timezone.now()
    new, changed, title = [], [], None
    for (string_id, context), text in wanted.items():
        row = existing.get((string_id, context.pk))
        if row is None:
            row = StringTranslation(translation_of_id=string_id, locale_id=translation.target_locale_id,
                                    context=context)
            new.append(row)
        elif row.data != text:
            changed.append(row)
        else:
            continue
        row.data, row.translation_type, row.tool_name = text, StringTranslation.TRANSLATION_TYPE_MANUAL, tool_name
        row.last_translated_by, row.updated_at, row.has_error, row.field_error = user, now, False, ""
        if context.path == "title":
            title = text
    StringTranslation.objects.bulk_create(new)
    StringTranslation.objects.bulk_update(changed, ["data", "translation_type", "tool_name", "last_translated_by",
                                                    "updated_at", "has_error", "field_error"])
    if title is not None:
        # What wagtail-localize's post_save signal of StringTranslation does (bulk writes send none).
        Page.objects.filter(translation_key=translation.source.object_id,
                            locale_id=translation.target_locale_id).update(draft_title=title)
    return ImportResult(written=len(new) + len(changed), ignored=ignored)


def upload(translation, upload_file, user):
    """Read, check and import an uploaded PO file; TranslationActionError when it is refused (nothing changed)."""
    po = read_po(upload_file)
    check_belongs_to(po, translation)
    return import_po(translation, po, user)
