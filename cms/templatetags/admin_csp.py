"""Template side of cms/wagtail_csp.py: Wagtail's inline initialisers as JSON data blocks."""

import json

from django import template

from cms import wagtail_csp

register = template.Library()


@register.simple_tag
def deferred_call(call, *args):
    return wagtail_csp.deferred_call(call, *args)


@register.filter
def from_json(text):
    """Wagtail hands some options to its templates already serialised."""
    return json.loads(text)


@register.simple_tag
def formset_panel_options(formset):
    """The options wagtailsearchpromotions/includes/searchpromotions_formset.js gives InlinePanel."""
    return {"formsetPrefix": f"id_{formset.prefix}", "emptyChildFormPrefix": formset.empty_form.prefix,
            "canOrder": True}
