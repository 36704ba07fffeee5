"""Admin base forms whose "has anything changed?" matches what the editor sees.

Wagtail's edit view saves a new revision before a workflow action (approve, request changes)
only when `form.has_changed()`. With `WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT`, that
revision voids the approval being given, so an untouched form that reports a change makes
"Approve" in the editor's action menu start a new review instead of publishing. Two things
made every untouched form report a change:

* Draftail adds a `data-block-key` attribute to every paragraph it sends back; rich text
  written by the demo content, the WordPress importer or an earlier editor session may carry
  none or other keys. The keys are editor bookkeeping, not content.
* A field whose model default is a callable (`publication_date = date.today`) gets Django's
  `show_hidden_initial`, which compares against a hidden "initial-…" input that Wagtail's
  panels never render, so it always looks changed.

`changed_data` therefore compares such fields by their content. Real edits still count,
and still need approval again.
"""

import json
import re

from django.utils.functional import cached_property
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.blocks import BlockField

BLOCK_KEY = re.compile(r'\sdata-block-key=\\?"[^"\\]*\\?"')


def _stream_content(field, value):
    """The stored form of a StreamField value without the editor's block keys and ids."""
    prep = field.block.get_prep_value(value)
    return BLOCK_KEY.sub("", json.dumps(_without_ids(prep), sort_keys=True))


def _without_ids(data):
    if isinstance(data, dict):
        return {key: _without_ids(item) for key, item in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


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
            return _stream_content(field, bound.initial) != _stream_content(field, submitted)
        if field.show_hidden_initial:
            return field.has_changed(bound.initial, bound.data)
        return True


class PageForm(ContentChangeMixin, WagtailAdminPageForm):
    """Base form of every page type (`base_form_class`)."""


class SnippetForm(ContentChangeMixin, WagtailAdminModelForm):
    """Base form of snippets edited in the admin (`base_form_class`)."""
