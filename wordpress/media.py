"""Attachments → Wagtail images (image files) or documents (everything else allowed).

Files come only from the copied uploads folder; a missing, unreadable or refused file is
reported and the import goes on (the posts that used it lose that image, with a warning
of their own). Imported media go to a "WordPress archive" collection so editors can find
and sort them.
"""

from __future__ import annotations

import hashlib
import html
import io

import PIL.Image
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.utils import get_allowed_image_extensions
from wagtail.models import Collection

from . import redirects
from .common import fingerprint, in_site_language
from .scan import SIZE_FILES


def collection(ctx):
    if ctx.collection is None:
        name = in_site_language(_("WordPress archive"))
        root = Collection.get_first_root_node()
        ctx.collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    return ctx.collection


def file_url(model, name):
    return model._meta.get_field("file").storage.url(name)


def import_attachment(ctx, item):
    ref = ctx.index.items[item.wp_id]
    key = ref.upload
    filename = key.rpartition("/")[2] or f"attachment-{item.wp_id}"
    extension = filename.rpartition(".")[2].lower() if "." in filename else ""
    is_image = extension in get_allowed_image_extensions()
    title = html.unescape(item.title).strip()[:255] or filename
    alt = ref.alt[:255] if is_image else ""
    checksum = fingerprint({"title": title, "alt": alt, "file": key})
    mapping = ctx.mapping("attachment", item.wp_id)
    obj = None
    if mapping is not None:
        obj = mapping.content_type.model_class()._default_manager.filter(pk=mapping.object_id).first()
        if obj is None:
            ctx.report.warn("attachment", item.wp_id, "deleted_in_wagtail")
            return ctx.report.count("attachment", "skipped")
    outcome = "skipped"
    if obj is not None and mapping.checksum != checksum:
        obj.title = title
        if hasattr(obj, "description"):
            obj.description = alt
        obj.save()
        outcome = "updated"
    elif obj is None:
        obj = create_file(ctx, item, key, filename, extension, is_image, title, alt)
        if obj is None:
            return ctx.report.count("attachment", "skipped")
        outcome = "imported"
    ctx.remember("attachment", item.wp_id, obj, checksum)
    if isinstance(obj, get_image_model()):
        ctx.images[item.wp_id] = (obj.pk, obj.file.name)
        target = file_url(type(obj), obj.file.name)
    else:
        ctx.documents[item.wp_id] = obj.pk
        target = obj.url
    size_files = [name.rpartition("/")[2] for name in SIZE_FILES.findall(item.meta.get("_wp_attachment_metadata", ""))]
    redirects.for_attachment(ctx, item, target, size_files)
    ctx.report.count("attachment", outcome)


def create_file(ctx, item, key, filename, extension, is_image, title, alt):
    data = ctx.uploads.read(key) if key else None
    if data is None:
        ctx.report.warn("attachment", item.wp_id, "file_missing", key or item.attachment_url)
        return None
    if is_image:
        problem = image_problem(data)
        if problem:
            ctx.report.warn("attachment", item.wp_id, problem, key)
            return None
        obj = get_image_model()(title=title, description=alt, collection=collection(ctx),
                                file=ImageFile(io.BytesIO(data), name=filename))
    elif extension in settings.WAGTAILDOCS_EXTENSIONS:
        obj = get_document_model()(title=title, collection=collection(ctx), file=ContentFile(data, name=filename))
    else:
        ctx.report.warn("attachment", item.wp_id, "file_type_refused", key)
        return None
    obj.file_size = len(data)
    obj.file_hash = hashlib.sha1(data).hexdigest()  # what Wagtail's own upload form stores
    obj.save()
    ctx.saved_files.append((obj.file.storage, obj.file.name))
    return obj


def image_problem(data):
    """None for a readable image of an acceptable size, else the warning code."""
    try:
        with PIL.Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            image.verify()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds of errors for broken files
        return "image_invalid"
    if width * height > getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000):
        return "image_too_large"
    return None
