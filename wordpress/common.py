"""Helpers shared by the import steps."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation

logger = logging.getLogger("wordpress.importer")
VERSION = 1  # bump when the conversion changes, so a re-run rewrites what it produced


def fingerprint(state) -> str:
    data = json.dumps({"v": VERSION, "state": state}, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def in_site_language(message):
    """Content written into pages is in the site's language, whatever the command's locale."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(message)


def guarded(ctx, kind, wp_id, func, *args, **kwargs):
    """Run one item in its own savepoint; a failure is reported and undone, and the run goes on."""
    files_before, pending_before = len(ctx.saved_files), len(ctx.pending)
    try:
        with transaction.atomic():
            result = func(*args, **kwargs)
        if len(ctx.pending) >= 1000:
            ctx.flush()
        return result
    except Exception as error:  # noqa: BLE001 - one broken item must never stop the import
        logger.debug("WordPress %s %s failed", kind, wp_id, exc_info=True)
        del ctx.pending[pending_before:]
        delete_files(ctx, files_before)
        ctx.failed.add(wp_id)
        ctx.report.count(kind, "failed")
        ctx.report.warn(kind, wp_id, "failed", f"{error.__class__.__name__}: {error}"[:300])
        ctx.after_failure()
        return None


def delete_files(ctx, keep=0):
    while len(ctx.saved_files) > keep:
        storage, name = ctx.saved_files.pop()
        with contextlib.suppress(OSError):
            storage.delete(name)
