"""Our Indonesian catalogue of Wagtail's own strings on the approver's and translator's screens.

Wagtail's `id_ID` catalogue leaves many strings of the review path untranslated: the editor's
"Request changes" and "Approve with comment" next to its "Menyetujui", the workflow status and
history, the dashboard's review panels, the editor's side panels and the moderation e-mails. We
translate a curated list of them, WAGTAIL_MSGIDS (localisation/wagtail_msgids.py), in
VENDOR_DIR, the last LOCALE_PATHS directory (after locale/ and wagtail-localize's, which win
where a msgid is shared). Only a curated list: Wagtail has thousands of strings, most on
screens our editors never see (settings, workflow set-up, reports' contents), and its own
catalogue covers the rest of what they do see.

scripts/fill_catalogue.py fails the build when a curated msgid is missing or untranslated here,
lost a placeholder, is no longer in Wagtail's source-language (`en`) catalogues (an upgrade
renamed it: translate the new wording), or when Django does not return our translation (the
.mo is missing, stale or off LOCALE_PATHS). The checks reuse localisation/vendor_catalogue.py.
"""

import glob
from pathlib import Path

import polib

from localisation import vendor_catalogue
from localisation.wagtail_msgids import WAGTAIL_MSGIDS

ROOT = vendor_catalogue.ROOT
PACKAGE = "wagtail"
VENDOR_DIR = ROOT / "localisation" / "locale_wagtail"
LANGUAGE = vendor_catalogue.LANGUAGE
# Server-rendered screens and e-mails only: the curated strings are all in the `django` domain.
DOMAIN = "django"


def reference_paths():
    """Wagtail's source-language catalogues: one per app that has strings."""
    package = vendor_catalogue.package_locale_dir(PACKAGE).parent
    return sorted(Path(p) for p in glob.glob(str(package / "**" / "locale" / "en" / "LC_MESSAGES" / f"{DOMAIN}.po"),
                                             recursive=True))


def vendor_path(language=LANGUAGE):
    return VENDOR_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def curated_reference(msgids=WAGTAIL_MSGIDS):
    """(polib catalogue of Wagtail's entries for `msgids`, the msgids Wagtail no longer has)."""
    wanted, found = set(msgids), polib.POFile()
    for path in reference_paths():
        for entry in polib.pofile(str(path)):
            if entry.msgid in wanted and entry.msgctxt is None and not entry.obsolete:
                found.append(entry)
                wanted.discard(entry.msgid)
    return found, [m for m in msgids if m in wanted]


def catalogue_gaps():
    """What is wrong with our catalogue of the curated strings, one line each; [] when complete."""
    ours = vendor_path()
    name = ours.relative_to(ROOT)
    if not ours.exists():
        return [f"{name}: missing file"]
    reference, gone = curated_reference(WAGTAIL_MSGIDS)
    lines = [f"{name}: no longer in Wagtail's catalogue: {msgid!r}" for msgid in gone]
    return lines + [f"{name}: {p}" for p in vendor_catalogue.gaps(reference, polib.pofile(str(ours)))]


def earlier_catalogues():
    """msgid → msgstr of the LOCALE_PATHS catalogues listed before ours: Django prefers them."""
    found = {}
    for path in (vendor_catalogue.PROJECT_CATALOGUE, vendor_catalogue.vendor_path("django")):
        for entry in polib.pofile(str(path)):
            if entry.translated() and not entry.msgid_plural:
                found.setdefault(entry.msgid, set()).add(entry.msgstr)
    return found


def runtime_gaps():
    """Curated strings Django does not translate as our catalogue says (needs configured settings)."""
    from django.conf import settings
    from django.utils import translation

    if VENDOR_DIR not in [Path(p) for p in settings.LOCALE_PATHS]:
        return [f"{VENDOR_DIR.relative_to(ROOT)} is not in settings.LOCALE_PATHS"]
    earlier, lines = earlier_catalogues(), []
    with translation.override(LANGUAGE):
        for entry in polib.pofile(str(vendor_path())):
            if entry.obsolete:
                continue
            if entry.msgid_plural:
                got, want = translation.ngettext(entry.msgid, entry.msgid_plural, 1), entry.msgstr_plural[0]
            else:
                got, want = translation.gettext(entry.msgid), entry.msgstr
            if got != want and got not in earlier.get(entry.msgid, ()):
                lines.append(f"wagtail: Django says {got!r} for {entry.msgid!r}, our catalogue {want!r}")
    return lines
