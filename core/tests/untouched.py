"""What the page editor posts when nobody touches it, for tests of "an untouched form is no edit".

Plain inputs, inline formsets and rich text fields come from the editor's HTML
(`querydict_from_html`); StreamFields, which the editor's JavaScript turns into inputs, are
flattened here from the same form state the editor is given (`block.get_form_state`), the way
Wagtail's StreamField client code names its inputs.
"""

from bs4 import BeautifulSoup
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html


def _field_value(block, state):
    if isinstance(block, blocks.BooleanBlock):
        return ["on"] if state else []
    if isinstance(state, dict):  # choosers: the widget's value data, posted as the object's id
        return [str(state["id"])] if state.get("id") is not None else [""]
    if isinstance(state, list | tuple):  # select widgets
        return [str(item) for item in state]
    return ["" if state is None else str(state)]


def block_form_data(block, state, prefix):
    """{input name: [values]} for one block's form state, as the StreamField JavaScript posts it."""
    data = {}
    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = [str(len(state))]
        for index, child in enumerate(state):
            item = f"{prefix}-{index}"
            data.update({f"{item}-type": [child["type"]], f"{item}-id": [child.get("id") or ""],
                         f"{item}-deleted": [""], f"{item}-order": [str(index)]})
            data.update(block_form_data(block.child_blocks[child["type"]], child["value"], f"{item}-value"))
    elif isinstance(block, blocks.ListBlock):
        data[f"{prefix}-count"] = [str(len(state))]
        for index, child in enumerate(state):
            item = f"{prefix}-{index}"
            data.update({f"{item}-id": [child.get("id") or ""], f"{item}-deleted": [""],
                         f"{item}-order": [str(index)]})
            data.update(block_form_data(block.child_block, child["value"], f"{item}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            data.update(block_form_data(child, state.get(name), f"{prefix}-{name}"))
    else:
        data[prefix] = _field_value(block, state)
    return data


def form_data(html, form_id="page-edit-form"):
    """What a browser posts for the form `form_id` of `html` (a mutable QueryDict).

    Wagtail's querydict_from_html posts "" for a ticked checkbox without a value attribute
    (a browser posts "on", and Django reads "" as unticked) and keeps the newline browsers
    drop after <textarea>; both are corrected here.
    """
    data = querydict_from_html(html, form_id=form_id)
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    for box in form.find_all("input", type="checkbox", checked=True):
        if box.get("name") and "value" not in box.attrs:
            data.setlist(box["name"], ["on" if value == "" else value for value in data.getlist(box["name"])])
    for textarea in form.find_all("textarea"):
        if textarea.get("name"):
            data[textarea["name"]] = textarea.get_text().removeprefix("\n")
    return data


def untouched_form_data(html, page):
    """The POST data of the editor `html` of `page` (its latest revision), nothing changed."""
    data = form_data(html)
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            state = field.stream_block.get_form_state(getattr(page, field.name))
            for name, values in block_form_data(field.stream_block, state, field.name).items():
                data.setlist(name, values)
    return data


