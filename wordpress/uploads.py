"""Read files of a copied `wp-content/uploads` folder: a directory, a .zip or a .tar.gz.

Nothing is ever downloaded. Paths are looked up by their part after `uploads/`
("2019/05/foto.jpg"), so the folder may be given as the uploads folder itself, as
`wp-content`, or as the whole WordPress tree. Tar archives are unpacked once into a
temporary directory with the "data" filter (no absolute paths, links or `..`), because a
.tar.gz cannot be read at random without decompressing from the start each time.
"""

from __future__ import annotations

import shutil
import tarfile
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.utils.translation import gettext as _

# Larger files are reported and skipped rather than read into memory.
MAX_FILE_SIZE = 100 * 1024 * 1024
# An archive is refused as a whole beyond these (a tar is unpacked to disk first, and a few
# kilobytes of archive can claim terabytes or millions of files); settings may raise them.
MAX_ARCHIVE_FILES = 200_000
MAX_ARCHIVE_BYTES = 20 * 1024**3


def archive_limits():
    return (getattr(settings, "WORDPRESS_UPLOADS_MAX_FILES", MAX_ARCHIVE_FILES),
            getattr(settings, "WORDPRESS_UPLOADS_MAX_BYTES", MAX_ARCHIVE_BYTES))


def check_archive_size(path, files, total):
    """Raise UploadsError when an archive holds more files or (unpacked) bytes than allowed."""
    max_files, max_bytes = archive_limits()
    if files > max_files:
        raise UploadsError(_("the uploads archive %(path)s holds more than %(limit)s files; unpack it and give "
                             "the folder, or split it") % {"path": path, "limit": max_files})
    if total > max_bytes:
        raise UploadsError(_("the uploads archive %(path)s unpacks to more than %(limit)s MB; unpack it and give "
                             "the folder, or split it") % {"path": path, "limit": max_bytes // (1024 * 1024)})


class UploadsError(Exception):
    pass


def uploads_key(path: str) -> str:
    """"wp-content/uploads/2019/05/a.jpg" or "https://…/uploads/2019/05/a.jpg" → "2019/05/a.jpg"."""
    path = path.replace("\\", "/")
    if "uploads/" in path:
        path = path.rsplit("uploads/", 1)[1]
    parts = [part for part in PurePosixPath(path.lstrip("/")).parts if part not in ("", ".", "..")]
    return "/".join(parts)


class NoUploads:
    """Used when --uploads is not given: every file is missing."""

    description = ""

    def read(self, key):
        return None

    def close(self):
        pass


class DirectoryUploads:
    def __init__(self, root: Path):
        self.root = root
        self.description = str(root)
        # The same key may sit under the root itself, uploads/ or wp-content/uploads/.
        self.bases = [root / "wp-content" / "uploads", root / "uploads", root]

    def read(self, key):
        if not key:
            return None
        for base in self.bases:
            candidate = base / key
            try:
                resolved = candidate.resolve()
                if not resolved.is_relative_to(self.root.resolve()) or not resolved.is_file():
                    continue
                if resolved.stat().st_size > MAX_FILE_SIZE:
                    return None
                return resolved.read_bytes()
            except OSError:
                continue
        return None

    def close(self):
        pass


class ZipUploads:
    def __init__(self, path: Path):
        self.description = str(path)
        try:
            self.archive = zipfile.ZipFile(path)
        except (OSError, zipfile.BadZipFile) as error:
            raise UploadsError(_("cannot read the uploads archive %(path)s: %(error)s")
                               % {"path": path, "error": error}) from None
        files = [info for info in self.archive.infolist() if not info.is_dir()]
        try:
            check_archive_size(path, len(files), sum(info.file_size for info in files))
        except UploadsError:
            self.archive.close()
            raise
        self.members = {}
        for info in files:
            self.members.setdefault(uploads_key(info.filename), info)

    def read(self, key):
        info = self.members.get(key)
        if info is None or info.file_size > MAX_FILE_SIZE:
            return None
        try:
            with self.archive.open(info) as handle:
                return handle.read(MAX_FILE_SIZE + 1)[:MAX_FILE_SIZE]
        except (OSError, zipfile.BadZipFile, EOFError):
            return None

    def close(self):
        self.archive.close()


def extract_files(archive: tarfile.TarFile, target: Path, path=""):
    """Regular files and folders only, never outside `target`; links and devices are skipped.

    Done by hand because `extractall(filter="data")` needs Python 3.11.4 and Debian 12 ships 3.11.2.
    Counted as it goes (a tar has no index): past the limits it stops with UploadsError.
    """
    root = target.resolve()
    files = total = 0
    for member in archive:
        if member.isfile():
            files, total = files + 1, total + member.size
            check_archive_size(path, files, total)
            if member.size > MAX_FILE_SIZE:
                continue  # never read anyway (DirectoryUploads.read skips it)
        destination = (target / member.name).resolve()
        if not destination.is_relative_to(root) or destination == root:
            continue
        if member.isdir():
            destination.mkdir(parents=True, exist_ok=True)
        elif member.isfile():
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as source, open(destination, "wb") as out:
                shutil.copyfileobj(source, out)


class TarUploads(DirectoryUploads):
    def __init__(self, path: Path):
        self.tempdir = Path(tempfile.mkdtemp(prefix="wp-uploads-"))
        try:
            with tarfile.open(path) as archive:
                extract_files(archive, self.tempdir, path)
        except UploadsError:
            shutil.rmtree(self.tempdir, ignore_errors=True)
            raise
        except (OSError, tarfile.TarError, EOFError) as error:
            shutil.rmtree(self.tempdir, ignore_errors=True)
            raise UploadsError(_("cannot read the uploads archive %(path)s: %(error)s")
                               % {"path": path, "error": error}) from None
        super().__init__(self.tempdir)
        self.description = str(path)
        # Look one level down as well: archives often hold a single top folder.
        for child in self.tempdir.iterdir():
            if child.is_dir():
                self.bases += [child / "wp-content" / "uploads", child / "uploads", child]

    def close(self):
        shutil.rmtree(self.tempdir, ignore_errors=True)


def open_uploads(value: str | None):
    if not value:
        return NoUploads()
    path = Path(value)
    if path.is_dir():
        return DirectoryUploads(path)
    if not path.is_file():
        raise UploadsError(_("the uploads folder or archive %(path)s does not exist") % {"path": path})
    name = path.name.lower()
    if name.endswith(".zip"):
        return ZipUploads(path)
    if name.endswith((".tar.gz", ".tgz", ".tar")):
        return TarUploads(path)
    raise UploadsError(_("the uploads must be a folder, a .zip or a .tar.gz archive: %(path)s") % {"path": path})
