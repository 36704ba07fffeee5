"""Admin base forms whose "has anything changed?" matches what the editor sees.

Wagtail's edit view saves a new revision before a workflow action (approve, request changes)
only when `form.has_changed()`. With `WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT`, that
revision voids the approval being given, so an untouched form that reports a change makes
"Approve" in the editor's action menu start a new review instead of publishing. Two things
made every untouched form report a change:

* Rich text is shown through Draftail, which posts back its own form of the HTML: a
  `data-block-key` attribute on every paragraph, and its own spelling of what content written
  elsewhere (the demo content, the WordPress importer, an earlier editor session) says the same
  way. So rich text, in a rich text field or a StreamField block, is compared as the untouched
  editor would post it, without the block keys (editor bookkeeping, not content).
* StreamField blocks get new ids from the editor; ids are compared neither.
* A field whose model default is a callable (`publication_date = date.today`) gets Django's
  `show_hidden_initial`, which compares against a hidden "initial-…" input that Wagtail's
  panels never render, so it always looks changed.

`changed_data` therefore compares such fields by their content. Real edits still count,
and still need approval again.
"""

import re

from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.blocks import BlockField
from wagtail.rich_text import RichText

BLOCK_KEY = re.compile(r'\sdata-block-key="[^"]*"')


def _as_edited(widget, html):
    """`html` as the untouched rich text editor posts it back, without the block keys."""
    posted = widget.value_from_datadict({"html": widget.format_value(html or "")}, {}, "html")
    return BLOCK_KEY.sub("", posted or "")


def _block_content(block, value):
    """A comparable form of a block's value: rich text as edited, no block ids."""
    if isinstance(block, blocks.StreamBlock):
        return [(child.block_type, _block_content(child.block, child.value)) for child in value or ()]
    if isinstance(block, blocks.ListBlock):
        return [_block_content(block.child_block, item) for item in value or ()]
    if isinstance(block, blocks.StructBlock):
        return {name: _block_content(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.RichTextBlock):
        return _as_edited(block.field.widget, value.source if isinstance(value, RichText) else value)
    return block.get_prep_value(value)


def _is_rich_text(field):
    return hasattr(getattr(field.widget, "converter", None), "to_database_format")


class ContentChangeMixin:
    @cached_property
    def changed_data(self):
        return [name for name in super().changed_data if self._content_changed(name)]

    def _content_changed(self, name):
        field, bound = self.fields[name], self[name]
        if isinstance(field, BlockField):
            try:
                submitted = field.clean(bound.data)
            except Exception:  # noqa: BLE001 - invalid input is a change; validation reports it
                return True
            return _block_content(field.block, bound.initial) != _block_content(field.block, submitted)
        if _is_rich_text(field):
            return _as_edited(field.widget, bound.initial) != BLOCK_KEY.sub("", bound.data or "")
        if field.show_hidden_initial:
            return field.has_changed(bound.initial, bound.data)
        return True


class PageForm(ContentChangeMixin, WagtailAdminPageForm):
    """Base form of every page type (`base_form_class`)."""


class SnippetForm(ContentChangeMixin, WagtailAdminModelForm):
    """Base form of snippets edited in the admin (`base_form_class`)."""
