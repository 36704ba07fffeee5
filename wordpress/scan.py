"""First pass over an export: validate the whole file and index what later passes need.

Nothing is written before this pass has read the file to its end, so a file that is cut
off or malformed half-way fails before the database is touched. The index keeps only
small facts per item (type, status, parent, old address, attachment file names), never
content, so it stays small next to the file itself.
"""

from __future__ import annotations

import html
import re
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import unquote, urlparse

from . import wxr
from .uploads import uploads_key

SIZE_FILES = re.compile(r's:4:"file";s:\d+:"([^"]+)"')
IMPORTED_TYPES = ("post", "page", "attachment")
SKIPPED_STATUSES = ("trash", "auto-draft", "inherit")


@dataclass
class ItemRef:
    post_type: str
    status: str
    parent: int
    title: str = ""
    path: str = ""  # the old address, path (and query) only
    upload: str = ""  # attachments: path under uploads/
    alt: str = ""
    caption: str = ""


@dataclass
class ExportIndex:
    site: wxr.SiteInfo
    hosts: set[str] = field(default_factory=set)
    prefix: str = ""  # path of a WordPress installed in a sub-folder, e.g. "/web"
    authors: list[wxr.Author] = field(default_factory=list)
    categories: list[wxr.Category] = field(default_factory=list)
    tags: list[wxr.Tag] = field(default_factory=list)
    items: dict[int, ItemRef] = field(default_factory=dict)
    by_path: dict[str, int] = field(default_factory=dict)
    uploads: dict[str, int] = field(default_factory=dict)
    attached: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    counts: Counter = field(default_factory=Counter)
    tag_slugs: set[str] = field(default_factory=set)

    def is_internal(self, url: str) -> bool:
        try:
            parsed = urlparse(url)
        except ValueError:
            return False
        if not parsed.netloc:
            return not parsed.scheme and (url.startswith("/") or url.startswith("?"))
        host = (parsed.hostname or "").lower()
        return host.removeprefix("www.") in self.hosts

    def entry_ids(self):
        return [wp_id for wp_id, ref in self.items.items() if ref.post_type in ("post", "page")]


def path_key(path: str) -> str:
    """How old paths are compared: decoded, lower-case, without the trailing slash."""
    path = unquote(path or "").strip().lower()
    return path.rstrip("/") or "/"


def old_path(url: str) -> str:
    """Path and query of an absolute or relative URL (the part a redirect matches)."""
    try:
        parsed = urlparse((url or "").strip())
    except ValueError:
        return ""
    path = parsed.path or "/"
    return f"{path}?{parsed.query}" if parsed.query else path


def scan(source) -> ExportIndex:
    """Read the whole export once; raises wxr.WXRError when it is not a usable WXR file."""
    index = None
    categories = {}
    for obj in wxr.read(source):
        if isinstance(obj, wxr.SiteInfo):
            index = ExportIndex(site=obj)
            for url in (obj.base_site_url, obj.base_blog_url, obj.link):
                host = (urlparse(url).hostname or "").lower().removeprefix("www.")
                if host:
                    index.hosts.add(host)
            index.prefix = urlparse(obj.base_blog_url or obj.link).path.rstrip("/")
        elif isinstance(obj, wxr.Author):
            # WXR 1.0 has no ids for authors and terms: derive stable ones from the names.
            obj.wp_id = obj.wp_id or synthetic_id("author:" + obj.login)
            index.authors.append(obj)
        elif isinstance(obj, wxr.Category):
            obj.term_id = obj.term_id or synthetic_id(obj.slug)
            categories[obj.slug] = obj
        elif isinstance(obj, wxr.Tag):
            obj.term_id = obj.term_id or synthetic_id(obj.slug)
            index.tags.append(obj)
            index.tag_slugs.add(obj.slug)
        elif isinstance(obj, wxr.Item):
            add_item(index, obj, categories)
    index.categories = list(categories.values())
    return index


def add_item(index: ExportIndex, item: wxr.Item, categories: dict):
    index.counts[item.post_type] += 1
    ref = ItemRef(post_type=item.post_type, status=item.status, parent=item.parent,
                  title=html.unescape(item.title), path=old_path(item.link) if item.link else "")
    if item.post_type == "attachment":
        ref.upload = uploads_key(item.meta.get("_wp_attached_file") or item.attachment_url)
        ref.alt = item.meta.get("_wp_attachment_image_alt", "").strip()
        ref.caption = html.unescape(re.sub(r"<[^>]+>", "", item.excerpt)).strip()
        if ref.upload:
            index.uploads[path_key(ref.upload)] = item.wp_id
            folder = ref.upload.rpartition("/")[0]
            for size_file in SIZE_FILES.findall(item.meta.get("_wp_attachment_metadata", "")):
                name = size_file.rpartition("/")[2]
                index.uploads.setdefault(path_key(f"{folder}/{name}" if folder else name), item.wp_id)
        if item.parent:
            index.attached[item.parent].append(item.wp_id)
    index.items[item.wp_id] = ref
    if ref.path and "?" not in ref.path and item.post_type in IMPORTED_TYPES:
        index.by_path.setdefault(path_key(ref.path), item.wp_id)
    for term in item.terms_of("category"):
        # Exports of part of a site list only the terms the chosen posts use.
        if term.slug and term.slug not in categories:
            categories[term.slug] = wxr.Category(term_id=synthetic_id(term.slug), slug=term.slug, name=term.name)
    for term in item.terms_of("post_tag"):
        if term.slug and term.slug not in index.tag_slugs:
            index.tag_slugs.add(term.slug)
            index.tags.append(wxr.Tag(term_id=synthetic_id(term.slug), slug=term.slug, name=term.name))


def synthetic_id(text: str) -> int:
    """A stable negative id for a term or author the export names but does not list."""
    return -(zlib.crc32(text.encode("utf-8")) or 1)
