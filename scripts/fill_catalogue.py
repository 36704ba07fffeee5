"""Report msgids missing from the `id` and `en` catalogues; `--fill-en` copies msgids into `en`.

English msgids are the source text, so the `en` catalogue is complete when each msgstr
equals its msgid; the `id` catalogue needs a real translation for every entry. Used by
`make test` (check mode) after `makemessages`, so an untranslated string fails the build.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def missing(lang):
    po = polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"))
    return [e.msgid for e in po if not e.obsolete and (e.fuzzy or not e.translated())], po


def main(argv):
    if "--fill-en" in argv:
        _, po = missing("en")
        for entry in po:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        po.save()
    failed = False
    for lang in ("id", "en"):
        gaps, _ = missing(lang)
        for msgid in gaps:
            print(f"locale/{lang}: untranslated: {msgid!r}")
        failed = failed or bool(gaps)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
