"""Where uploaded files live: images in public media, documents in a private store.

Wagtail keeps document files under `documents/` in the default storage. The default storage
here (`MediaStorage`) routes on that first path segment: `documents/…` goes to the
`documents` storage, which nothing serves directly (a folder outside MEDIA_ROOT that nginx
does not know, or an S3 prefix without public read whose URLs are signed and short-lived);
every other name goes to `media`, the public storage of images and renditions that browsers
fetch directly. Every document download therefore passes Wagtail's serve view, which checks
the collection's view restriction first.

Routing by name rather than through a custom document model leaves Wagtail's model and
migrations untouched, and the names stored in the database stay valid when
`move_documents_to_private_storage` moves the files of an existing site.
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.utils.functional import cached_property

PRIVATE_FOLDERS = frozenset({"documents"})


def is_private(name):
    return str(name).replace("\\", "/").lstrip("/").split("/", 1)[0] in PRIVATE_FOLDERS


class MediaStorage(Storage):
    """The default storage: a name under a private folder is the `documents` storage's."""

    def __init__(self, public="media", private="documents"):
        self.public_alias, self.private_alias = public, private

    @property
    def public(self):
        return storages[self.public_alias]

    @property
    def private(self):
        return storages[self.private_alias]

    def backend(self, name):
        return self.private if is_private(name) else self.public

    def open(self, name, mode="rb"):
        return self.backend(name).open(name, mode)

    def save(self, name, content, max_length=None):
        return self.backend(name).save(name, content, max_length=max_length)

    def generate_filename(self, filename):
        return self.backend(filename).generate_filename(filename)

    def get_valid_name(self, name):
        return self.public.get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return self.backend(name).get_available_name(name, max_length=max_length)

    def path(self, name):
        return self.backend(name).path(name)

    def delete(self, name):
        return self.backend(name).delete(name)

    def exists(self, name):
        return self.backend(name).exists(name)

    def listdir(self, path):
        return self.backend(path).listdir(path)

    def size(self, name):
        return self.backend(name).size(name)

    def url(self, name):
        return self.backend(name).url(name)

    def get_accessed_time(self, name):
        return self.backend(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self.backend(name).get_created_time(name)

    def get_modified_time(self, name):
        return self.backend(name).get_modified_time(name)


class PrivateFileSystemStorage(FileSystemStorage):
    """Documents on local disk, in PRIVATE_MEDIA_ROOT: no web server serves that folder and the
    files have no URL of their own, so only Wagtail's serve view (which checks privacy) reads them."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def url(self, name):
        raise NotImplementedError("A private file has no address of its own; documents are served by Wagtail's view.")


def check_private_root(media_root, private_root):
    """The private folder must lie outside MEDIA_ROOT (which nginx serves), and the other way round."""
    media, private = Path(media_root).resolve(), Path(private_root).resolve()
    if media == private or media in private.parents or private in media.parents:
        raise ImproperlyConfigured(f"PRIVATE_MEDIA_ROOT ({private}) must lie outside MEDIA_ROOT ({media}): "
                                   "nginx serves everything under MEDIA_ROOT.")


# --- S3-compatible object storage (production settings) -------------------------------------


def _nested(prefix, other):
    prefix, other = prefix.strip("/") + "/", other.strip("/") + "/"
    return prefix.startswith(other) or other.startswith(prefix)


def s3_storages(env):
    """STORAGES entries and MEDIA_URL for media in S3 from the environment `env` (docs/deploy.md).

    Public media: S3_BUCKET under S3_PREFIX ("media"), unsigned URLs (the bucket policy lets anyone
    read that prefix, and nothing else). Documents: S3_DOCUMENTS_BUCKET (default S3_BUCKET) under
    S3_DOCUMENTS_PREFIX ("private"): never a public ACL or custom domain, and every URL signed and
    valid for S3_DOCUMENTS_URL_EXPIRY seconds (60), handed out by Wagtail's view after its check.
    """
    bucket, prefix = env["S3_BUCKET"], env.get("S3_PREFIX") or "media"
    documents_bucket = env.get("S3_DOCUMENTS_BUCKET") or bucket
    documents_prefix = env.get("S3_DOCUMENTS_PREFIX") or "private"
    if documents_bucket == bucket and _nested(prefix, documents_prefix):
        raise ImproperlyConfigured(f"S3_DOCUMENTS_PREFIX ({documents_prefix}) must not overlap S3_PREFIX ({prefix}): "
                                   "the public prefix is readable by anyone.")
    connection = {
        "endpoint_url": env.get("S3_ENDPOINT_URL") or None,
        "region_name": env.get("S3_REGION") or None,
        "access_key": env.get("S3_ACCESS_KEY_ID") or None,
        "secret_key": env.get("S3_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
    }
    public = {
        **connection,
        "bucket_name": bucket,
        "location": prefix,
        "custom_domain": env.get("S3_CUSTOM_DOMAIN") or None,
        # None: objects get the bucket's default; the bucket policy makes the prefix readable.
        "default_acl": env.get("S3_MEDIA_ACL") or None,
        "querystring_auth": env.get("S3_QUERYSTRING_AUTH", "").strip().lower() in {"1", "true", "yes", "on"},
    }
    private = {
        **connection,
        "bucket_name": documents_bucket,
        "location": documents_prefix,
        "default_acl": None,  # the bucket's default: private (never "public-read")
        "querystring_auth": True,
        "querystring_expire": int(env.get("S3_DOCUMENTS_URL_EXPIRY") or 60),
    }
    # Where browsers fetch public media from (also allowed by the Content-Security-Policy, cms/security.py).
    if env.get("S3_CUSTOM_DOMAIN"):
        media_url = f"https://{env['S3_CUSTOM_DOMAIN']}/{prefix}/"
    elif env.get("S3_ENDPOINT_URL"):
        media_url = f"{env['S3_ENDPOINT_URL'].rstrip('/')}/{bucket}/{prefix}/"
    else:
        media_url = f"https://{bucket}.s3.amazonaws.com/{prefix}/"
    backend = "storages.backends.s3.S3Storage"
    return {"media": {"BACKEND": backend, "OPTIONS": public},
            "documents": {"BACKEND": backend, "OPTIONS": private}}, media_url
