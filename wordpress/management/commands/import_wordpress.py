"""python manage.py import_wordpress EXPORT.xml [--uploads DIR_OR_ARCHIVE] [--dry-run] [--parent PAGE]"""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.compat_django import plain_stream
from news.models import NewsIndexPage
from wordpress import importer
from wordpress.uploads import UploadsError, open_uploads
from wordpress.wxr import WXRError


def find_news_index(value):
    """A NewsIndexPage by id or by its address ("/berita/"); the default locale's first one if empty."""
    if not value:
        page = NewsIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()
        if page is None:
            raise CommandError(_("there is no news index page; create one or pass --parent"))
        return page
    if value.strip().isdigit():
        page = NewsIndexPage.objects.filter(pk=int(value)).first()
    else:
        wanted = "/" + value.strip().strip("/") + "/"
        page = next((p for p in NewsIndexPage.objects.all() if p.get_url() == wanted or p.url_path.endswith(wanted)),
                    None)
    if page is None:
        raise CommandError(_("--parent %(value)s is not a news index page") % {"value": value})
    return page


class Command(BaseCommand):
    help = "Import a WordPress export (WXR): posts, pages, authors, categories, tags, media and comments."

    def add_arguments(self, parser):
        parser.add_argument("export", help="the WXR file from WordPress's Tools → Export")
        parser.add_argument("--uploads", help="copy of wp-content/uploads: a folder, .zip or .tar.gz")
        parser.add_argument("--dry-run", action="store_true", help="do everything, then roll it all back")
        parser.add_argument("--parent", help="id or address of the news index for the posts")

    def handle(self, *args, export, uploads=None, dry_run=False, parent=None, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(_("the export file %(path)s does not exist") % {"path": path})
        news_index = find_news_index(parent)
        try:
            source = open_uploads(uploads)
        except UploadsError as error:
            raise CommandError(str(error)) from None
        started = time.monotonic()
        try:
            report = importer.run(str(path), source, news_index, dry_run=dry_run, stderr=plain_stream(self.stderr))
        except WXRError as error:
            message = _("%(path)s: %(error)s. Nothing was imported.") % {"path": path, "error": error}
            raise CommandError(message) from None
        except OSError as error:
            raise CommandError(_("cannot read %(path)s: %(error)s") % {"path": path, "error": error}) from None
        finally:
            source.close()
        self.stdout.write(report.render(dry_run=dry_run))
        self.stdout.write(_("Finished in %(seconds).1f s.") % {"seconds": time.monotonic() - started})
