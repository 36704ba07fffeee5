"""WordPress shortcodes → HTML the block converter understands.

[caption] becomes a <figure> with <figcaption>, [gallery] a <wp-gallery> element, and
[embed]/[video]/[audio]/[youtube]/[vimeo] a <wp-embed> element. Any other shortcode
(lower-case name, like WordPress plugins use) stays in the text as it was, and is
reported: the plugin that rendered it does not exist on the new site.
"""

import html
import re

SHORTCODE = re.compile(
    r"\[(\[?)([a-z][a-z0-9_-]*)(?=[\s\]/=])([^\]]*?)(/?)\](?:(.*?)\[/\2\])?(\]?)",
    re.DOTALL,
)
ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)"""
)
CAPTIONED = re.compile(r"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", re.DOTALL | re.IGNORECASE)
MEDIA_ATTRS = ("src", "url", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mp3", "m4a", "ogg", "wav")
# Shortcodes that only ever wrapped layout: their content is kept, the tags dropped quietly.
LAYOUT = {"column", "one_half", "one_third", "two_third", "one_fourth", "three_fourth", "row", "col"}


def parse_attributes(text):
    attributes, positional = {}, []
    for match in ATTRIBUTE.finditer(html.unescape(text or "").replace("\u201d", '"').replace("\u201c", '"')):
        if match.group(1):
            attributes[match.group(1).lower()] = match.group(2)
        elif match.group(3):
            attributes[match.group(3).lower()] = match.group(4)
        elif match.group(5):
            attributes[match.group(5).lower()] = match.group(6)
        else:
            positional.append(match.group(7) or match.group(8) or match.group(9) or "")
    return attributes, positional


def _attr(value):
    return html.escape(value or "", quote=True)


def _caption(attributes, content):
    match = CAPTIONED.match(content or "")
    if match:
        image, caption = match.group(1), match.group(2).strip()
    else:
        image, caption = content or "", ""
    caption = caption or attributes.get("caption", "")
    return f'<figure class="wp-caption">{image}<figcaption>{caption}</figcaption></figure>'


def _media_url(attributes, positional, content):
    for key in MEDIA_ATTRS:
        if attributes.get(key):
            return attributes[key]
    if content and content.strip():
        return content.strip()
    for value in positional:
        if value.startswith(("http://", "https://", "//")):
            return value
    return ""


def expand(text, warn):
    """Replace the known shortcodes in `text`; `warn(code, detail)` records the unknown ones."""

    def replace(match):
        opening, name, raw_attributes, _, content, closing = match.groups()
        if opening == "[" and closing == "]":
            return match.group(0)[1:-1]  # [[name]] is WordPress's escape for a literal [name]
        attributes, positional = parse_attributes(raw_attributes)
        if name in ("caption", "wp_caption"):
            return opening + _caption(attributes, expand(content or "", warn)) + closing
        if name == "gallery":
            ids = attributes.get("ids") or attributes.get("include") or ""
            return f'{opening}<wp-gallery data-ids="{_attr(ids)}"></wp-gallery>{closing}'
        if name in ("embed", "video", "audio", "youtube", "vimeo"):
            if raw_attributes.startswith("="):  # Jetpack's [youtube=URL]
                positional = [raw_attributes[1:].strip()]
            url = _media_url(attributes, positional, content)
            return f'{opening}<wp-embed data-url="{_attr(url)}"></wp-embed>{closing}'
        if name in LAYOUT:
            return opening + expand(content or "", warn) + closing
        warn("unknown_shortcode", name)
        if content is None:
            return match.group(0)
        return f"{opening}[{name}{raw_attributes}]{expand(content, warn)}[/{name}]{closing}"

    if "[" not in text:
        return text
    return SHORTCODE.sub(replace, text)
