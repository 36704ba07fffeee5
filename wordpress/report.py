"""What an import did: counts per kind and outcome, warnings, and a progress bar on stderr."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

KINDS = ("author", "category", "tag", "attachment", "post", "page", "comment", "redirect")
OUTCOMES = ("imported", "updated", "skipped", "failed")
LABELS = {
    "author": gettext_lazy("authors"), "category": gettext_lazy("categories"), "tag": gettext_lazy("tags"),
    "attachment": gettext_lazy("media files"), "post": gettext_lazy("posts"), "page": gettext_lazy("pages"),
    "comment": gettext_lazy("comments"), "redirect": gettext_lazy("redirects"),
    "imported": gettext_lazy("imported"), "updated": gettext_lazy("updated"), "skipped": gettext_lazy("skipped"),
    "failed": gettext_lazy("failed"),
}

MESSAGES = {
    "unknown_shortcode": gettext_lazy("unknown shortcode [%(detail)s] kept as text"),
    "iframe_dropped": gettext_lazy("iframe from %(detail)s left out (only YouTube and Vimeo are embedded)"),
    "embed_as_link": gettext_lazy("embed %(detail)s kept as a link (only YouTube and Vimeo become videos)"),
    "media_as_link": gettext_lazy("audio or video file %(detail)s kept as a link"),
    "image_not_found": gettext_lazy("image %(detail)s is not among the imported media; left out"),
    "element_dropped": gettext_lazy("<%(detail)s> element left out"),
    "unknown_block": gettext_lazy("plugin block %(detail)s converted from its stored HTML"),
    "dynamic_block": gettext_lazy("dynamic block %(detail)s has no stored content; left out"),
    "empty_content": gettext_lazy("no content; a placeholder paragraph was written"),
    "file_missing": gettext_lazy("file %(detail)s is not in the uploads"),
    "image_invalid": gettext_lazy("file %(detail)s is not a readable image"),
    "image_too_large": gettext_lazy("image %(detail)s has too many pixels for the image library"),
    "redirect_exists": gettext_lazy("a redirect from this address to somewhere else already exists; kept"),
    "file_type_refused": gettext_lazy("%(detail)s: this file type is not allowed for documents"),
    "unknown_author": gettext_lazy("author %(detail)s is not in the export's author list; created from the login"),
    "adopted_existing": gettext_lazy("matched the existing %(detail)s instead of creating a new one"),
    "edited_in_wagtail": gettext_lazy("changed in Wagtail since the last import; left as it is"),
    "deleted_in_wagtail": gettext_lazy("deleted in Wagtail since the last import; not created again"),
    "parent_missing": gettext_lazy("parent page %(detail)s was not imported; placed under the home page"),
    "post_type_skipped": gettext_lazy("post type %(detail)s is not imported"),
    "slug_taken": gettext_lazy("the address %(detail)s was taken; a number was added"),
    "failed": gettext_lazy("failed: %(detail)s"),
}


@dataclass
class Warning:
    kind: str
    wp_id: int | str
    code: str
    detail: str = ""

    def message(self):
        template = MESSAGES.get(self.code)
        return str(template) % {"detail": self.detail} if template else f"{self.code}: {self.detail}"


class Report:
    def __init__(self):
        self.counts = defaultdict(Counter)
        self.warnings: list[Warning] = []

    def count(self, kind, outcome, number=1):
        self.counts[kind][outcome] += number

    def warn(self, kind, wp_id, code, detail=""):
        self.warnings.append(Warning(kind, wp_id, code, str(detail)))

    def total(self, outcome):
        return sum(counter[outcome] for counter in self.counts.values())

    def table(self):
        headings = [_("kind")] + [str(LABELS[outcome]) for outcome in OUTCOMES]
        rows = [[str(LABELS[kind])] + [str(self.counts[kind][outcome]) for outcome in OUTCOMES] for kind in KINDS]
        widths = [max(len(row[i]) for row in [headings] + rows) for i in range(len(headings))]
        lines = ["  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i])
                           for i, cell in enumerate(row)) for row in [headings] + rows]
        lines.insert(1, "  ".join("-" * width for width in widths))
        return "\n".join(lines)

    def warning_lines(self, limit_per_code=20):
        by_code = defaultdict(list)
        for warning in self.warnings:
            by_code[warning.code].append(warning)
        lines = []
        for warnings in by_code.values():
            for warning in warnings[:limit_per_code]:
                lines.append(f"  [{warning.kind} {warning.wp_id}] {warning.message()}")
            if len(warnings) > limit_per_code:
                lines.append("  " + _("… and %(count)s more like this") % {"count": len(warnings) - limit_per_code})
        return lines

    def render(self, dry_run=False):
        lines = []
        if dry_run:
            lines.append(_("DRY RUN: everything was rolled back, nothing was written."))
        lines += [self.table(), ""]
        if self.warnings:
            lines.append(_("Warnings (%(count)s):") % {"count": len(self.warnings)})
            lines += self.warning_lines()
        else:
            lines.append(_("No warnings."))
        return "\n".join(lines)


class Progress:
    """`[#####.....] 1234/5000` on a terminal; a line every 10% when stderr is a file or pipe."""

    def __init__(self, stream, total, width=30):
        self.stream, self.total, self.width = stream, max(total, 1), width
        self.done = 0
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.last_draw = 0.0
        self.last_decile = -1

    def advance(self, label=""):
        self.done += 1
        if self.tty:
            now = time.monotonic()
            if now - self.last_draw > 0.1 or self.done >= self.total:
                self.last_draw = now
                filled = int(self.width * min(self.done, self.total) / self.total)
                bar = "#" * filled + "." * (self.width - filled)
                self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label:<12}")
                self.stream.flush()
        else:
            decile = min(self.done, self.total) * 10 // self.total
            if decile != self.last_decile:
                self.last_decile = decile
                self.stream.write(f"{decile * 10}% ({self.done}/{self.total})\n")

    def finish(self):
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
