"""The checks one translated string must pass before it is stored, whatever path it comes by.

wagtail-localize's translation editor accepts any text and marks an invalid one with
`has_error` (it then silently falls back to the source text when the page is saved). Here a
string is refused instead, on the rules wagtail-localize applies to translated HTML
(`StringValue.from_translated_html`: inline tags only, no attributes but the `id` of `<a>`;
`validate_translation_links`: only the link ids of the source), made stricter where the
source segment is plain text: there, the only tag is the `<br>` wagtail-localize itself uses
for a line break. Plain model fields also keep their `max_length`.
"""

from bs4 import BeautifulSoup, NavigableString
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext as _

from ..compat_wagtail_localize import INLINE_TAGS, TemplateSegment, html_string_error
from .actions import field_label

PLAIN_TEXT_TAGS = {"br"}


def html_contexts(source):
    """Ids of the contexts whose strings are rich text (a RichTextField or RichTextBlock).

    wagtail-localize stores the structure of rich text as an "html" template in the same
    context as the strings cut out of it; plain fields and blocks have no template.
    """
    return set(TemplateSegment.objects.filter(source=source, template__template_format="html")
               .values_list("context_id", flat=True))


def markup_error(value, source_text, html_allowed):
    """Why `value` may not translate `source_text`, or None."""
    soup = BeautifulSoup(value, "html.parser")
    allowed = INLINE_TAGS if html_allowed else PLAIN_TEXT_TAGS
    link_ids = set()
    for element in soup.descendants:
        if isinstance(element, NavigableString):
            if type(element) is not NavigableString:
                return _("comments and other markup declarations are not allowed")
            continue
        if element.name not in allowed:
            if not html_allowed:
                return _("HTML is not allowed in this field (found <%(tag)s>)") % {"tag": element.name}
            return _("the <%(tag)s> tag is not allowed; only %(tags)s") % {
                "tag": element.name, "tags": ", ".join(f"<{name}>" for name in INLINE_TAGS)}
        attributes = set(element.attrs) - ({"id"} if element.name == "a" else set())
        if attributes:
            return _("HTML attributes are not allowed (found %(attribute)s in <%(tag)s>)") % {
                "attribute": sorted(attributes)[0], "tag": element.name}
        if element.name == "a" and "id" in element.attrs:
            link_ids.add(element.attrs["id"])
    unknown = link_ids - {a.attrs["id"] for a in BeautifulSoup(source_text, "html.parser").find_all("a", id=True)}
    if unknown:
        return _("a link that is not in the source text (id %(ids)s)") % {"ids": ", ".join(sorted(unknown))}
    # wagtail-localize's own rules for translated HTML (its messages are the last resort).
    return html_string_error(source_text, value)


def length_error(model, path, value):
    """Why `value` is too long for the model field `path` names, or None.

    wagtail-localize copies a title translation into the page's draft_title at once, so an
    over-long title would otherwise fail in the database (a server error on PostgreSQL).
    """
    try:
        field = model._meta.get_field(path)
    except FieldDoesNotExist:
        return None  # text inside StreamField/rich text: validated when the draft is saved
    limit = getattr(field, "max_length", None)
    if limit and len(value) > limit:
        return _("at most %(limit)s characters (this text has %(length)s)") % {"limit": limit, "length": len(value)}
    return None


def value_error(model, path, value, source_text, html_allowed):
    """Why `value` may not translate `source_text` in the field at `path`, or None."""
    return markup_error(value, source_text, html_allowed) or length_error(model, path, value)


def segment_error(translation, segment, value):
    """A message naming the field, when `value` may not translate `segment` (with context and string), or None."""
    model = translation.source.specific_content_type.model_class()
    html_allowed = segment.context_id in html_contexts(translation.source)
    error = value_error(model, segment.context.path, value, segment.string.data, html_allowed)
    return f"{field_label(model, segment.context.path)}: {error}" if error else None
