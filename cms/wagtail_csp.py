"""Wagtail 8's admin under a Content-Security-Policy without 'unsafe-inline' scripts: the patch.

Wagtail 8.0.1 still writes a few widget and panel initialisers as inline `<script>`s whose
text varies per field (ids, options), so neither a hash nor a nonce can allow them:
  * BaseChooser.render (wagtail/admin/widgets/chooser.py): `new PageChooser("id_…", {…})`
    for every page, image, document, snippet and task chooser;
  * wagtailadmin/widgets/{date,time,datetime}_input.html: `initDateChooser("id_…", {…})`;
  * wagtailadmin/panels/inline_panel.html and multiple_chooser_panel.html: `new InlinePanel({…})`;
  * wagtailsearchpromotions/{add,edit}.html: the formset and query chooser set-up.
Here (and in the template overrides under cms/templates/wagtailadmin/ and
cms/templates/wagtailsearchpromotions/) each becomes a JSON data block,
`<script type="application/json" data-deferred-call>{"call": …, "args": […]}</script>`,
which CSP leaves alone; cms/static/js/admin-deferred-calls.js makes the same calls, for the
page as loaded and for forms added later (inline panel children, modals). It calls only the
initialisers named in CALLS, so a data block smuggled into a page cannot call anything else.

Inline scripts whose text is the same on every request are allowed by their hash instead,
computed from the installed package at start-up (constant_script_hashes), so an upgrade that
changes them changes the hash with them.
"""

import base64
import hashlib
import json
import re
from importlib import import_module
from pathlib import Path

from django.core.serializers.json import DjangoJSONEncoder
from django.template import Context, Engine
from django.utils.safestring import mark_safe

# Initialisers admin-deferred-calls.js may run: constructors (called with `new`) and functions.
CONSTRUCTORS = frozenset({"Chooser", "PageChooser", "ImageChooser", "DocumentChooser", "SnippetChooser",
                          "InlinePanel", "MultipleChooserPanel"})
FUNCTIONS = frozenset({"initDateChooser", "initTimeChooser", "initDateTimeChooser", "createTaskChooser",
                       "createQueryChooser"})
CALLS = CONSTRUCTORS | FUNCTIONS

# Inline scripts that are the same on every request, allowed by hash: (package, template path).
CONSTANT_SCRIPT_TEMPLATES = [
    # The "select all locales" checkbox of the "Translate this page" form.
    ("wagtail_localize", "wagtail_localize/admin/submit_translation.html"),
    # The translation editor's chooser addresses (`{% url %}` only: the same for every request).
    ("wagtail_localize", "wagtail_localize/admin/edit_translation.html"),
]
# The one inline event handler allowed (script-src-attr): wagtailimages/js/vendor/jquery.Jcrop.min.js
# sets it on a detached element to detect touch events; it does nothing.
FEATURE_TEST_HANDLER = "return;"
URL_TAG = re.compile(r"{%\s*url\s+(\"[\w:-]+\"|'[\w:-]+')\s*%}")
INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)

# As django.utils.html.json_script: the text can neither end the element nor open a comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def deferred_call(call, *args):
    """The JSON data block that makes admin-deferred-calls.js run `call(*args)` (or `new call(…)`)."""
    if call not in CALLS:
        raise ValueError(f"{call!r} is not an initialiser admin-deferred-calls.js may run")
    data = json.dumps({"call": call, "args": list(args)}, cls=DjangoJSONEncoder).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/json" data-deferred-call>{data}</script>')  # noqa: S308 - escaped above


def _chooser_call(widget, id_, name, value_data):
    # Wagtail's TaskChooser overrides render_js_init; the others pass (id, options) to js_constructor.
    from wagtail.admin.widgets.workflows import AdminTaskChooser

    if isinstance(widget, AdminTaskChooser):
        return "createTaskChooser", [id_]
    if widget.js_constructor in CONSTRUCTORS and type(widget).render_js_init is _original_render_js_init():
        return widget.js_constructor, [id_, widget.get_js_init_options(id_, name, value_data)]
    return None


def _original_render_js_init():
    from wagtail.admin.widgets.chooser import BaseChooser

    return BaseChooser.render_js_init


def chooser_render(self, name, value, attrs=None, renderer=None):
    """BaseChooser.render with the initialiser as a data block (an unknown chooser class keeps
    Wagtail's inline script, which the policy then blocks and the browser tests report)."""
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as e:
        raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    call = _chooser_call(self, id_, name, value_data)
    if call is None:
        return _wagtail_chooser_render(self, name, value, attrs, renderer)
    return mark_safe(f"{widget_html}{deferred_call(call[0], *call[1])}")  # noqa: S308 - both parts are escaped


_wagtail_chooser_render = None


def patch_choosers():
    """Called from CmsConfig.ready()."""
    global _wagtail_chooser_render
    from wagtail.admin.widgets.chooser import BaseChooser

    if BaseChooser.render is not chooser_render:
        _wagtail_chooser_render = BaseChooser.render
        BaseChooser.render = chooser_render


def script_hash(text):
    return f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'"


def constant_scripts(template_text):
    """The executable inline scripts of a template, as rendered, whose text cannot vary: no
    template syntax but `{% url "name" %}` (the admin's URLs are not language-prefixed)."""
    scripts = []
    for match in INLINE_SCRIPT.finditer(template_text):
        attrs, body = match.group("attrs"), match.group("body")
        if "src=" in attrs or "application/json" in attrs:
            continue
        fixed = URL_TAG.sub("", body)
        if "{{" in fixed or "{%" in fixed or "{#" in fixed:
            continue
        scripts.append(Engine.get_default().from_string(body).render(Context()) if fixed != body else body)
    return scripts


def constant_script_hashes():
    """Computed in a request (URLs need the URLconf and the script prefix), once per process."""
    hashes = []
    for package, template in CONSTANT_SCRIPT_TEMPLATES:
        path = Path(import_module(package).__file__).parent / "templates" / template
        hashes += [script_hash(body) for body in constant_scripts(path.read_text())]
    return hashes
