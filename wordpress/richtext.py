"""Inline HTML → Wagtail rich text (database format), and small text helpers.

Only what the site's ParagraphBlock accepts survives: bold, italic, links (external, page
and document links) and line breaks; lists are written by the block converter. Styles,
fonts, classes and unknown tags are unwrapped so their text is kept.
"""

import html
import re

from bs4 import Comment, NavigableString, Tag

BOLD = {"b", "strong"}
ITALIC = {"i", "em"}
# Never rendered inline; the block converter deals with the ones that carry content.
DROPPED = {"script", "style", "noscript", "template", "iframe", "object", "embed", "video", "audio", "img",
           "form", "input", "button", "select", "textarea", "wp-gallery", "wp-embed", "svg", "canvas"}
SAFE_LINK = re.compile(r"^(https?://|mailto:|tel:|/|#)", re.IGNORECASE)
SPACES = re.compile(r"[ \t\r\f\v]+")
TAGS = re.compile(r"<[^>]+>")
SOURCE_LINE = re.compile(r"^(\()?\s*sumber\s*:\s*(.+?)\s*$", re.IGNORECASE | re.DOTALL)
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def escape(text):
    return html.escape(text, quote=False)


def attribute(text):
    return html.escape(str(text), quote=True)


def plain_text(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    text = html.unescape(TAGS.sub(" ", BREAK.sub("\n", fragment or "")))
    return " ".join(text.split())


def node_text(node) -> str:
    return " ".join(node.get_text(" ").split()) if isinstance(node, Tag) else " ".join(str(node).split())


def summarise(text: str, limit: int = 300) -> str:
    """`text` cut at a word boundary so that it, plus an ellipsis, fits in `limit` characters."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–—(") + "…"


def split_source(paragraph_html: str):
    """Split a trailing "(Sumber : …)" line off a `<p>` fragment: (rest or "", source or "")."""
    inner = re.sub(r"^<p>|</p>$", "", paragraph_html)
    lines = BREAK.split(inner)
    match = SOURCE_LINE.match(plain_text(lines[-1]))
    if not match:
        return paragraph_html, ""
    source = match.group(2).rstrip(" .")
    if match.group(1) and source.endswith(")"):
        source = source[:-1].rstrip(" .")
    rest = "<br/>".join(lines[:-1]).strip()
    rest = re.sub(r"(<br/>\s*)+$", "", rest)
    return (f"<p>{rest}</p>" if plain_text(rest) else ""), source


class InlineWriter:
    """Writes the inline content of an element as rich text.

    `resolve_link(href)` returns ("page", id), ("document", id), ("url", href) or None
    (drop the link, keep its text). With `autop`, a newline becomes <br/> as WordPress's
    wpautop would have done.
    """

    def __init__(self, resolve_link, autop):
        self.resolve_link = resolve_link
        self.autop = autop

    def text(self, value: str) -> str:
        if self.autop:
            value = SPACES.sub(" ", value)
            return "<br/>".join(escape(line) for line in re.split(r" ?\n ?", value))
        return escape(re.sub(r"\s+", " ", value))

    def children(self, node) -> str:
        return "".join(self.html(child) for child in node.children)

    def html(self, node) -> str:
        if isinstance(node, Comment):
            return ""
        if isinstance(node, NavigableString):
            return self.text(str(node))
        if not isinstance(node, Tag):
            return ""
        name = node.name
        if name in DROPPED:
            return ""
        if name == "br":
            return "<br/>"
        inner = self.children(node)
        if name in BOLD or name in ITALIC:
            tag = "b" if name in BOLD else "i"
            return f"<{tag}>{inner}</{tag}>" if inner.strip() else inner
        if name == "a":
            return self.link(node.get("href", ""), inner)
        return inner

    def link(self, href, inner):
        if not inner.strip():
            return inner
        target = self.resolve_link(href.strip()) if href and href.strip() else None
        if target is None:
            return inner
        kind, value = target
        if kind in ("page", "document"):
            return f'<a linktype="{kind}" id="{int(value)}">{inner}</a>'
        if not SAFE_LINK.match(value):
            return inner
        return f'<a href="{attribute(value)}">{inner}</a>'
