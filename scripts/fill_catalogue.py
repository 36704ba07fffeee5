"""Report msgids missing from the `id` and `en` catalogues; `--fill-en` copies msgids into `en`.

English msgids are the source text, so the `en` catalogue is complete when each msgstr
equals its msgid; the `id` catalogue needs a real translation for every entry. Used by
`make test` (check mode) after `makemessages` and `compilemessages`, so an untranslated
string fails the build.

The check also covers our Indonesian catalogue of wagtail-localize's strings
(localisation/vendor_catalogue.py): every msgid of the package's `django` and `djangojs`
catalogues translated, placeholders kept, and Django returning our translations (so the
compiled .mo is present, current and on LOCALE_PATHS). `--update-vendor` adds a new
wagtail-localize version's msgids to it. Likewise the curated Wagtail strings of the review path
(localisation/vendor_wagtail.py): each translated, still in Wagtail's catalogue, served by Django.
"""

import os
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from localisation import vendor_catalogue, vendor_wagtail  # noqa: E402 - needs ROOT on sys.path


def missing(lang):
    po = polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"))
    return [e.msgid for e in po if not e.obsolete and (e.fuzzy or not e.translated())], po


def fill_en():
    _, po = missing("en")
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save()


def vendor_problems():
    """The vendor catalogue's gaps, then (when its files are complete) what Django really serves."""
    problems = vendor_catalogue.catalogue_gaps() + vendor_wagtail.catalogue_gaps()
    if problems:
        return problems
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    runtime = vendor_catalogue.runtime_gaps() + vendor_wagtail.runtime_gaps()
    return [f"{line} (run `make messages`)" for line in runtime]


def main(argv):
    if "--fill-en" in argv:
        fill_en()
    if "--update-vendor" in argv:
        vendor_catalogue.merge_reference()
    failed = False
    for lang in ("id", "en"):
        gaps, _ = missing(lang)
        for msgid in gaps:
            print(f"locale/{lang}: untranslated: {msgid!r}")
        failed = failed or bool(gaps)
    for line in vendor_problems():
        print(line)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
