"""Answers the content converter's questions from what this run (and earlier ones) imported."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from wagtail.images import get_image_model

from .content import ImageRef, Resolver
from .media import file_url
from .scan import SKIPPED_STATUSES, old_path, path_key
from .uploads import uploads_key

ID_QUERY_KEYS = ("p", "page_id", "attachment_id")


class ImportResolver(Resolver):
    def __init__(self, ctx, item):
        self.ctx, self.item = ctx, item
        # True when the content links to a post or page of the export that has no Wagtail
        # page yet (it comes later in the file): the item is converted again at the end.
        self.pending = False

    def image(self, attachment_id, url):
        wp_id = attachment_id if attachment_id in self.ctx.images else self.attachment_for_url(url)
        if wp_id not in self.ctx.images:
            return None
        ref = self.ctx.index.items.get(wp_id)
        return ImageRef(id=self.ctx.images[wp_id][0], title=ref.title if ref else "", alt=ref.alt if ref else "")

    def attachment_for_url(self, url):
        if not url or "/uploads/" not in url:
            return None
        try:
            path = urlparse(url).path
        except ValueError:
            return None
        return self.ctx.index.uploads.get(path_key(uploads_key(path)))

    def link(self, url):
        if url.startswith("#") or not self.ctx.index.is_internal(url):
            return ("url", url)
        try:
            parsed = urlparse(url)
        except ValueError:
            return None
        wp_id = None
        query = parse_qs(parsed.query)
        for key in ID_QUERY_KEYS:
            value = (query.get(key) or [""])[0]
            if value.isdigit():
                wp_id = int(value)
                break
        if wp_id is None and "/uploads/" in parsed.path:
            wp_id = self.attachment_for_url(url)
        if wp_id is None:
            wp_id = self.ctx.index.by_path.get(path_key(parsed.path))
        target = self.target(wp_id) if wp_id is not None else None
        if target is not None:
            return target
        # Still an address of the old site: keep it relative, so it reaches the redirects
        # on the new site whatever its domain.
        relative = old_path(url)
        return ("url", relative + (f"#{parsed.fragment}" if parsed.fragment else ""))

    def target(self, wp_id):
        ctx = self.ctx
        if wp_id in ctx.pages:
            return ("page", ctx.pages[wp_id])
        if wp_id in ctx.documents:
            return ("document", ctx.documents[wp_id])
        if wp_id in ctx.images:
            return ("url", file_url(get_image_model(), ctx.images[wp_id][1]))
        ref = ctx.index.items.get(wp_id)
        if (ref is not None and ref.post_type in ("post", "page") and ref.status not in SKIPPED_STATUSES
                and wp_id not in ctx.failed):
            self.pending = True
        return None

    def attached_images(self):
        return [wp_id for wp_id in self.ctx.index.attached.get(self.item.wp_id, []) if wp_id in self.ctx.images]
