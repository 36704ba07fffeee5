"""WordPress post content → stream data for core.blocks.BodyBlock.

Handles both editors WordPress has had:
- classic: HTML where blank lines mean paragraphs and single newlines line breaks (what
  WordPress's `wpautop` does when it displays a post), plus shortcodes;
- Gutenberg: HTML delimited by `<!-- wp:name {attrs} -->` comments. The stored HTML of
  each core block is complete, so the converter reads the HTML and uses the comments only
  to switch paragraphing off and to report blocks from plugins (or dynamic blocks, which
  have no stored HTML and would silently vanish).

Consecutive paragraphs and lists are merged into one paragraph block; headings, images,
quotes, tables, videos and documents become their own blocks. Whatever cannot be carried
over is reported through `warnings` as (code, detail) pairs.

The converter never touches the database or the network: images, links and documents are
looked up through a resolver (see `Resolver`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import PreformattedString

from . import shortcodes
from .embeds import BARE_URL, host_of, is_other_oembed, video_url
from .richtext import InlineWriter, escape, node_text, plain_text, split_source

BLOCK_COMMENT = re.compile(r"^\s*(/)?wp:([a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)(\s+\{.*\})?\s*(/)?\s*$", re.DOTALL)
QUIET_VOID_BLOCKS = {"spacer", "separator", "more", "nextpage", "core/spacer", "core/separator", "core/more"}
WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
INLINE = {"a", "b", "strong", "i", "em", "u", "span", "font", "small", "big", "sup", "sub", "abbr", "code", "mark",
          "s", "del", "ins", "cite", "q", "time", "label", "tt", "kbd", "var", "strike", "acronym", "bdi", "bdo"}
EMBEDDED = ["img", "iframe", "video", "audio", "wp-gallery", "wp-embed", "table", "figure", "object", "embed"]
BLOCKISH = set(EMBEDDED) | {"p", "div", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
                            "section", "article", "script", "form", "hr", "dl"}
REPORTED_DROPS = {"script", "object", "embed", "form", "applet"}
SILENT_DROPS = {"style", "noscript", "template", "input", "button", "select", "textarea", "hr", "svg", "canvas",
                "map", "area", "meta", "link", "head", "title"}


@dataclass
class ImageRef:
    id: int
    title: str = ""
    alt: str = ""


class Resolver:
    """What the converter asks the importer; this default knows nothing (every lookup fails)."""

    def image(self, attachment_id: int | None, url: str | None) -> ImageRef | None:
        return None

    def link(self, url: str):
        """("page", id), ("document", id), ("url", href) or None."""
        return ("url", url)

    def attached_images(self) -> list[int]:
        """Attachment ids of a [gallery] without ids: the images uploaded to this post."""
        return []


@dataclass
class Converted:
    blocks: list[dict]
    source: str = ""
    first_paragraph: str = ""
    warnings: list[tuple[str, str]] = field(default_factory=list)


def convert(content: str, resolver: Resolver | None = None) -> Converted:
    return Converter(resolver or Resolver()).run(content or "")


class Converter:
    def __init__(self, resolver):
        self.resolver = resolver
        self.items: list[tuple[str, object]] = []  # ("rich", html) or ("block", {"type", "value"})
        self.inline: list[str] = []
        self.warnings: list[tuple[str, str]] = []
        self.classic = True
        self.block_depth = 0
        self.handlers = {
            "p": self.paragraph, "dt": self.paragraph, "dd": self.paragraph, "address": self.paragraph,
            "li": self.paragraph, "br": self.line_break,
            "h1": self.heading, "h2": self.heading, "h3": self.heading, "h4": self.heading, "h5": self.heading,
            "h6": self.heading, "ul": self.list_block, "ol": self.list_block, "blockquote": self.quote,
            "table": self.table,
            "figure": self.figure, "img": self.image, "iframe": self.iframe, "video": self.media,
            "audio": self.media, "wp-gallery": self.gallery, "wp-embed": self.embed_element, "pre": self.pre,
            "div": self.division,
        }

    # -- driver -------------------------------------------------------------------------
    def run(self, content: str) -> Converted:
        self.classic = "<!-- wp:" not in content
        content = shortcodes.expand(content.replace("\r\n", "\n").replace("\r", "\n"), self.warn)
        self.walk(BeautifulSoup(content, "html.parser").contents)
        self.flush()
        return self.finish()

    def warn(self, code, detail=""):
        if (code, detail) not in self.warnings:
            self.warnings.append((code, detail))

    @property
    def autop(self):
        return self.classic or self.block_depth == 0

    def writer(self, autop=None):
        return InlineWriter(self.resolver.link, self.autop if autop is None else autop)

    def walk(self, nodes):
        for node in list(nodes):
            if isinstance(node, Comment):
                self.block_comment(str(node))
            elif isinstance(node, PreformattedString):
                continue
            elif isinstance(node, NavigableString):
                self.add_text(str(node))
            elif isinstance(node, Tag):
                self.element(node)

    def element(self, node):
        name = node.name
        if name in self.handlers:
            self.handlers[name](node)
        elif name in REPORTED_DROPS:
            self.warn("element_dropped", name)
        elif name in SILENT_DROPS:
            return
        elif name in INLINE and node.find(list(BLOCKISH)) is None:
            self.inline.append(self.writer().html(node))
        else:
            self.walk(node.contents)

    # -- paragraphs ---------------------------------------------------------------------
    def add_text(self, text):
        parts = re.split(r"\n[ \t\xa0]*\n", text) if self.autop else [text]
        for index, part in enumerate(parts):
            if index:
                self.flush()
            if not self.inline:
                part = part.lstrip()
            if part:
                self.inline.append(self.writer().text(part))

    def line_break(self, node):
        self.inline.append("<br/>")

    def flush(self):
        fragment = "".join(self.inline).strip()
        self.inline = []
        fragment = re.sub(r"^(\s*<br/>)+|(<br/>\s*)+$", "", fragment).strip()
        text = plain_text(fragment)
        if not text:
            return
        if self.autop and BARE_URL.fullmatch(text):
            if video_url(text):
                return self.add_video(video_url(text))
            if is_other_oembed(text):
                self.warn("embed_as_link", text)
        self.items.append(("rich", f"<p>{fragment}</p>"))

    def paragraph(self, node):
        self.flush()
        self.walk(node.contents)
        self.flush()

    def division(self, node):
        if "wp-block-file" in (node.get("class") or []) and self.document_block(node):
            return
        self.paragraph(node)

    def pre(self, node):
        self.flush()
        lines = node.get_text().strip("\n").split("\n")
        if any(line.strip() for line in lines):
            self.items.append(("rich", "<p>" + "<br/>".join(escape(line) for line in lines) + "</p>"))

    # -- structured blocks --------------------------------------------------------------
    def add_block(self, block_type, value):
        self.flush()
        self.items.append(("block", {"type": block_type, "value": value}))

    def heading(self, node):
        self.flush()
        text = node_text(node)[:200]
        if text:
            level = "h2" if node.name in ("h1", "h2") else "h3"
            self.add_block("heading", {"text": text, "level": level, "anchor": ""})
        self.walk(node.find_all(["img", "iframe"]))

    def list_block(self, node):
        self.flush()
        embedded = node.find_all(EMBEDDED)
        fragment = self.list_html(node)
        if plain_text(fragment):
            self.items.append(("rich", fragment))
        self.walk([child for child in embedded if child.find_parent(EMBEDDED) is None])

    def list_html(self, node):
        writer = self.writer(autop=False)
        entries = []
        for item in node.find_all("li", recursive=False):
            parts = []
            for child in item.children:
                if isinstance(child, Tag) and child.name in ("ul", "ol"):
                    parts.append(self.list_html(child))
                elif isinstance(child, Tag) and child.name in ("p", "div"):
                    parts.append(writer.children(child) + "<br/>")
                else:
                    parts.append(writer.html(child))
            text = re.sub(r"(<br/>\s*)+$", "", "".join(parts).strip())
            if plain_text(text):
                entries.append(f"<li>{text}</li>")
        tag = "ol" if node.name == "ol" else "ul"
        return f"<{tag}>{''.join(entries)}</{tag}>" if entries else ""

    def quote(self, node):
        self.flush()
        cite = node.find(["cite", "footer"])
        attribution = node_text(cite).lstrip("—–- ")[:120] if cite else ""
        if cite is not None:
            cite.extract()
        if node.find("p"):
            paragraphs = [node_text(p) for p in node.find_all("p")]
        else:
            paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", node.get_text())]
        text = "\n\n".join(p for p in paragraphs if p)
        if text:
            self.add_block("quote", {"text": text, "attribution": attribution, "role": ""})
        self.walk(node.find_all(["img", "iframe"]))

    def table(self, node, caption=""):
        self.flush()
        rows = [row for row in node.find_all("tr") if row.find_parent("table") is node]
        header = []
        head = node.find("thead")
        head_rows = [row for row in rows if head is not None and row.find_parent("thead") is head]
        if head_rows:
            header = self.cells(head_rows[0])
            rows = [row for row in rows if all(row is not h for h in head_rows)]
        elif rows and all(cell.name == "th" for cell in rows[0].find_all(["td", "th"], recursive=False)):
            header, rows = self.cells(rows[0]), rows[1:]
        caption_tag = node.find("caption")
        caption = caption or (node_text(caption_tag) if caption_tag else "")
        body = [{"cells": self.cells(row)} for row in rows]
        body = [row for row in body if any(row["cells"])]
        if any(header) or body:
            self.add_block("table", {"caption": caption[:200], "header": [cell or "-" for cell in header],
                                     "rows": body})
        self.walk(node.find_all(["img", "iframe"]))

    @staticmethod
    def cells(row):
        return [node_text(cell) for cell in row.find_all(["td", "th"], recursive=False)]

    def figure(self, node):
        self.flush()
        caption_tag = node.find("figcaption", recursive=False)
        caption = node_text(caption_tag) if caption_tag else ""
        if caption_tag is not None:
            caption_tag.extract()
        classes = set(node.get("class") or [])
        wrapper = node.find(class_="wp-block-embed__wrapper")
        if wrapper is not None or "wp-block-embed" in classes:
            iframe = node.find("iframe")
            url = (node_text(wrapper) if wrapper is not None else "") or (iframe.get("src", "") if iframe else "")
            return self.embed(url, caption)
        if node.find("table") is not None:
            return self.table(node.find("table"), caption)
        if node.find("blockquote") is not None:
            return self.quote(node.find("blockquote"))
        inner = node.find_all("figure")
        if inner:
            for child in inner:
                self.figure(child)
            return
        images = node.find_all("img")
        if images:
            for image in images:
                self.image(image, caption if len(images) == 1 else "")
            return
        self.walk(node.contents)

    def image(self, node, caption=""):
        self.flush()
        src = (node.get("src") or node.get("data-src") or "").strip()
        match = WP_IMAGE_CLASS.search(" ".join(node.get("class") or []))
        ref = self.resolver.image(int(match.group(1)) if match else None, src or None)
        if ref is None:
            return self.warn("image_not_found", src[:200] or "?")
        self.add_image(ref, (node.get("alt") or "").strip(), caption)

    def add_image(self, ref, alt="", caption=""):
        alt = " ".join((alt or ref.alt or ref.title).split())
        self.add_block("image", {"image": ref.id, "alt_text": alt[:250], "decorative": False,
                                 "caption": caption[:300], "credit": ""})

    def gallery(self, node):
        ids = [int(value) for value in re.findall(r"\d+", node.get("data-ids", ""))]
        for attachment_id in ids or self.resolver.attached_images():
            ref = self.resolver.image(attachment_id, None)
            if ref is None:
                self.warn("image_not_found", f"#{attachment_id}")
            else:
                self.add_image(ref)

    # -- embeds ---------------------------------------------------------------------------
    def add_video(self, url, caption=""):
        self.add_block("video", {"video": url, "caption": caption[:300]})

    def embed(self, url, caption="", code="embed_as_link"):
        url = (url or "").strip()
        if video_url(url):
            return self.add_video(video_url(url), caption)
        if not url:
            return
        self.warn(code, url[:200])
        self.flush()
        self.items.append(("rich", f"<p>{self.writer(autop=False).link(url, escape(caption or url))}</p>"))

    def embed_element(self, node):
        self.embed(node.get("data-url", ""))

    def iframe(self, node):
        src = (node.get("src") or node.get("data-src") or "").strip()
        if video_url(src):
            self.add_video(video_url(src))
        else:
            self.warn("iframe_dropped", host_of(src) if src else "?")

    def media(self, node):
        source = node.find("source")
        src = node.get("src") or (source.get("src") if source is not None else "") or ""
        self.embed(src, code="media_as_link")

    def document_block(self, node):
        link = node.find("a", href=True)
        target = self.resolver.link(link["href"]) if link is not None else None
        if not target or target[0] != "document":
            return False
        self.add_block("document", {"document": int(target[1]), "label": node_text(link)[:200]})
        return True

    # -- Gutenberg ------------------------------------------------------------------------
    def block_comment(self, text):
        match = BLOCK_COMMENT.match(text)
        if not match:
            return
        self.flush()
        closing, name, _, void = match.groups()
        if closing:
            self.block_depth = max(0, self.block_depth - 1)
            return
        if "/" in name and not name.startswith("core/"):
            self.warn("unknown_block", name)
        if void:
            if name not in QUIET_VOID_BLOCKS:
                self.warn("dynamic_block", name)
            return
        self.block_depth += 1

    # -- result ---------------------------------------------------------------------------
    def finish(self) -> Converted:
        source = ""
        if self.items and self.items[-1][0] == "rich" and self.items[-1][1].startswith("<p>"):
            rest, source = split_source(self.items[-1][1])
            if source:
                self.items.pop()
                if rest:
                    self.items.append(("rich", rest))
        paragraphs = (plain_text(value) for kind, value in self.items if kind == "rich" and value.startswith("<p>"))
        first = next(paragraphs, "")
        blocks = []
        for kind, value in self.items:
            if kind == "rich" and blocks and blocks[-1]["type"] == "paragraph":
                blocks[-1]["value"] += value
            elif kind == "rich":
                blocks.append({"type": "paragraph", "value": value})
            else:
                blocks.append(value)
        return Converted(blocks=blocks, source=source[:160], first_paragraph=first, warnings=self.warnings)
