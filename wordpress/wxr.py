"""Streaming reader for WordPress eXtended RSS (WXR) export files.

The file is read with defusedxml's iterparse, which refuses entity declarations (billion
laughs) and external references, and every element of the channel is cleared as soon as
it has been turned into a dataclass, so memory stays flat however many posts the export
holds. WXR 1.0–1.2 differ only in the namespace version, so the namespace is matched by
prefix.
"""

from __future__ import annotations

import datetime
import re
import zoneinfo
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.utils.translation import gettext as _

WP_NS_PREFIX = "http://wordpress.org/export/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
NO_DATE = "0000-00-00 00:00:00"


class WXRError(Exception):
    """The file is not a readable WordPress export; the message says why, for a person."""


@dataclass
class SiteInfo:
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    language: str = ""
    wxr_version: str = ""


@dataclass
class Author:
    wp_id: int
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""
    description: str = ""  # not in core WordPress exports; some export plugins add it


@dataclass
class Category:
    term_id: int
    slug: str
    name: str
    parent_slug: str = ""
    description: str = ""


@dataclass
class Tag:
    term_id: int
    slug: str
    name: str
    description: str = ""


@dataclass
class Term:
    """An item's `<category domain=… nicename=…>` reference."""

    domain: str
    slug: str
    name: str


@dataclass
class Comment:
    wp_id: int
    author: str = ""
    email: str = ""
    url: str = ""
    date: str = ""
    date_gmt: str = ""
    content: str = ""
    approved: str = "1"  # "1", "0", "spam" or "trash"
    type: str = ""  # "" / "comment", "pingback", "trackback"
    parent: int = 0


@dataclass
class Item:
    """A post, page, attachment or any other post type."""

    wp_id: int
    post_type: str
    title: str = ""
    link: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    modified: str = ""
    modified_gmt: str = ""
    slug: str = ""
    status: str = ""
    parent: int = 0
    menu_order: int = 0
    password: str = ""
    sticky: bool = False
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)

    def terms_of(self, domain):
        return [term for term in self.terms if term.domain == domain]


def local_datetime(local: str, gmt: str = "") -> datetime.datetime | None:
    """An aware datetime from WordPress's pair of local and GMT strings (either may be empty)."""
    for value, zone in ((gmt, datetime.UTC), (local, None)):
        if value and value != NO_DATE:
            try:
                naive = datetime.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S")
            except ValueError:
                continue
            if zone is None:
                from django.conf import settings

                zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
            return naive.replace(tzinfo=zone)
    return None


def _key(tag: str) -> str:
    """`{http://wordpress.org/export/1.2/}post_id` → `wp:post_id`."""
    if not tag.startswith("{"):
        return tag
    namespace, _, name = tag[1:].partition("}")
    if namespace.startswith(WP_NS_PREFIX):
        return ("excerpt:" if namespace.rstrip("/").endswith("excerpt") else "wp:") + name
    if namespace == CONTENT_NS:
        return "content:" + name
    if namespace == DC_NS:
        return "dc:" + name
    return name


def _int(value, default=0):
    try:
        return int((value or "").strip())
    except ValueError:
        return default


def _children(element) -> dict[str, str]:
    """Text of the direct children, by key; the first occurrence wins."""
    values = {}
    for child in element:
        values.setdefault(_key(child.tag), child.text or "")
    return values


def _author(element) -> Author:
    v = _children(element)
    return Author(
        wp_id=_int(v.get("wp:author_id")), login=v.get("wp:author_login", "").strip(),
        email=v.get("wp:author_email", "").strip(), display_name=v.get("wp:author_display_name", "").strip(),
        first_name=v.get("wp:author_first_name", "").strip(), last_name=v.get("wp:author_last_name", "").strip(),
        description=v.get("wp:author_description", "").strip(),
    )


def _category(element) -> Category:
    v = _children(element)
    return Category(
        term_id=_int(v.get("wp:term_id")), slug=v.get("wp:category_nicename", "").strip(),
        name=v.get("wp:cat_name", "").strip(), parent_slug=v.get("wp:category_parent", "").strip(),
        description=v.get("wp:category_description", "").strip(),
    )


def _tag(element) -> Tag:
    v = _children(element)
    return Tag(term_id=_int(v.get("wp:term_id")), slug=v.get("wp:tag_slug", "").strip(),
               name=v.get("wp:tag_name", "").strip(), description=v.get("wp:tag_description", "").strip())


def _comment(element) -> Comment:
    v = _children(element)
    return Comment(
        wp_id=_int(v.get("wp:comment_id")), author=v.get("wp:comment_author", "").strip(),
        email=v.get("wp:comment_author_email", "").strip(), url=v.get("wp:comment_author_url", "").strip(),
        date=v.get("wp:comment_date", ""), date_gmt=v.get("wp:comment_date_gmt", ""),
        content=v.get("wp:comment_content", ""), approved=v.get("wp:comment_approved", "1").strip(),
        type=v.get("wp:comment_type", "").strip(), parent=_int(v.get("wp:comment_parent")),
    )


def _item(element) -> Item:
    v = _children(element)
    item = Item(
        wp_id=_int(v.get("wp:post_id")), post_type=v.get("wp:post_type", "").strip(),
        title=(v.get("title") or "").strip(), link=(v.get("link") or "").strip(),
        creator=v.get("dc:creator", "").strip(), content=v.get("content:encoded", ""),
        excerpt=v.get("excerpt:encoded", ""), post_date=v.get("wp:post_date", ""),
        post_date_gmt=v.get("wp:post_date_gmt", ""), modified=v.get("wp:post_modified", ""),
        modified_gmt=v.get("wp:post_modified_gmt", ""), slug=v.get("wp:post_name", "").strip(),
        status=v.get("wp:status", "").strip(), parent=_int(v.get("wp:post_parent")),
        menu_order=_int(v.get("wp:menu_order")), password=v.get("wp:post_password", ""),
        sticky=v.get("wp:is_sticky", "0").strip() == "1", attachment_url=v.get("wp:attachment_url", "").strip(),
    )
    for child in element:
        key = _key(child.tag)
        if key == "category":
            item.terms.append(Term(domain=child.get("domain", ""), slug=child.get("nicename", ""),
                                   name=(child.text or "").strip()))
        elif key == "wp:postmeta":
            meta = _children(child)
            item.meta.setdefault(meta.get("wp:meta_key", ""), meta.get("wp:meta_value", ""))
        elif key == "wp:comment":
            item.comments.append(_comment(child))
    return item


CHANNEL_READERS = {"wp:author": _author, "wp:category": _category, "wp:tag": _tag, "item": _item}
SITE_FIELDS = {"title": "title", "link": "link", "language": "language", "wp:wxr_version": "wxr_version",
               "wp:base_site_url": "base_site_url", "wp:base_blog_url": "base_blog_url"}


def read(source):
    """Yield SiteInfo first, then Author/Category/Tag/Item objects in file order.

    `source` is a path or a binary file object. Raises WXRError for anything that is not a
    well-formed WXR file.
    """
    site = SiteInfo()
    site_sent = False
    depth = 0
    channel = None
    try:
        for event, element in iterparse(source, events=("start", "end")):
            if event == "start":
                depth += 1
                if depth == 1 and _key(element.tag) != "rss":
                    raise WXRError(_("not a WordPress export: the root element is <%(tag)s>, not <rss>")
                                   % {"tag": _key(element.tag)})
                if depth == 2 and _key(element.tag) == "channel":
                    channel = element
                continue
            depth -= 1
            if depth != 2 or channel is None:
                continue
            key = _key(element.tag)
            if key in SITE_FIELDS:
                setattr(site, SITE_FIELDS[key], (element.text or "").strip())
            elif key in CHANNEL_READERS:
                if not site_sent:
                    if not site.wxr_version:
                        raise WXRError(_("not a WordPress export: <wp:wxr_version> is missing"))
                    site_sent = True
                    yield site
                yield CHANNEL_READERS[key](element)
            # Header elements and items are done with; drop them so memory stays flat.
            channel.clear()
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise WXRError(_("malformed XML at line %(line)s, column %(column)s: %(reason)s")
                       % {"line": line, "column": column, "reason": _reason(error)}) from None
    except DefusedXmlException:
        raise WXRError(_("refused unsafe XML: entity declarations and external references are not allowed")) from None
    if channel is None:
        raise WXRError(_("not a WordPress export: no <channel> element"))
    if not site_sent:
        if not site.wxr_version:
            raise WXRError(_("not a WordPress export: <wp:wxr_version> is missing"))
        yield site


def _reason(error):
    return re.sub(r": line \d+, column \d+$", "", str(error))
