"""Our Indonesian catalogue of wagtail-localize's own strings, and the checks that keep it complete.

wagtail-localize ships an almost empty `id_ID` catalogue, so its screens (Translate, Sync, the
translation editor and their messages) would be in English for Indonesian admin users. Its
strings are translated in VENDOR_DIR, a LOCALE_PATHS directory of its own so that
locale/id/LC_MESSAGES/django.po keeps only the project's strings (makemessages writes every
project string into the first LOCALE_PATHS directory, locale/, and never into this one).
Catalogues in LOCALE_PATHS win over the package's own, for Python and templates (`django`)
and for the translation editor's React app, which reads the `djangojs` domain from the
JavaScript catalogue view wagtail-localize mounts (JavaScriptCatalog merges LOCALE_PATHS too).

The list of strings is wagtail-localize's source-language (`en`) catalogue, which names every
msgid of its Python code, templates and compiled editor; scripts/fill_catalogue.py fails the
build when one of them has no translation here, when a placeholder was lost, or when Django
does not actually return our translation (the .mo is missing or older than the .po).
"""

import importlib.util
import json
import re
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "wagtail_localize"
VENDOR_DIR = ROOT / "localisation" / "locale_wagtail_localize"
LANGUAGE = "id"
DOMAINS = ("django", "djangojs")
PROJECT_CATALOGUE = ROOT / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po"
WRAP_WIDTH = 100  # as the files were written

# %(name)s, %s, {name} and {} placeholders: a translation must keep exactly the msgid's.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sd]|%[sd]|\{[A-Za-z_0-9]*\}")


def package_locale_dir(package=PACKAGE):
    spec = importlib.util.find_spec(package)
    return Path(next(iter(spec.submodule_search_locations))) / "locale"


def reference_path(domain, package=PACKAGE):
    """The package's source-language catalogue: every msgid it may show."""
    return package_locale_dir(package) / "en" / "LC_MESSAGES" / f"{domain}.po"


def vendor_path(domain, language=LANGUAGE):
    return VENDOR_DIR / language / "LC_MESSAGES" / f"{domain}.po"


def key(entry):
    return entry.msgctxt, entry.msgid


def translations_of(entry):
    """Every msgstr of an entry (one per plural form)."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def gaps(reference, ours):
    """What is wrong in `ours` (polib catalogue) against `reference`, one line each; [] when complete."""
    translated = {key(e): e for e in ours if not e.obsolete}
    problems = []
    for source in reference:
        if source.obsolete or not source.msgid:
            continue
        entry = translated.get(key(source))
        if entry is None:
            problems.append(f"missing: {source.msgid!r}")
        elif entry.fuzzy or not all(t.strip() for t in translations_of(entry)):
            problems.append(f"untranslated: {source.msgid!r}")
        elif entry.msgid_plural != source.msgid_plural:
            problems.append(f"plural form differs from the package's: {source.msgid!r}")
        else:
            expected = placeholders(source.msgid)
            for text in translations_of(entry):
                if placeholders(text) != expected:
                    problems.append(f"placeholders {placeholders(text)} instead of {expected}: {source.msgid!r}")
                    break
    return problems


def catalogue_gaps():
    """gaps() of each domain, as "<file>: <problem>" lines."""
    lines = []
    for domain in DOMAINS:
        ours = vendor_path(domain)
        if not ours.exists():
            lines.append(f"{ours.relative_to(ROOT)}: missing file")
            continue
        reference = polib.pofile(str(reference_path(domain)))
        lines += [f"{ours.relative_to(ROOT)}: {p}" for p in gaps(reference, polib.pofile(str(ours)))]
    return lines


def runtime_gaps():
    """Strings Django does not translate as our catalogue says (needs configured settings).

    `django` through gettext, `djangojs` through the JSON twin of the JavaScript catalogue
    view the translation editor loads; a mismatch means VENDOR_DIR is not in LOCALE_PATHS, or
    its .mo files are missing or stale (`make messages` compiles them).
    """
    from django.conf import settings
    from django.test import RequestFactory
    from django.utils import translation
    from django.views.i18n import JSONCatalog

    if VENDOR_DIR not in [Path(p) for p in settings.LOCALE_PATHS]:
        return [f"{VENDOR_DIR.relative_to(ROOT)} is not in settings.LOCALE_PATHS"]
    # locale/ comes first in LOCALE_PATHS, so the project's wording of a shared msgid wins.
    project = {e.msgid: e.msgstr for e in polib.pofile(str(PROJECT_CATALOGUE)) if e.translated()}
    lines = []
    with translation.override(LANGUAGE):
        for entry in polib.pofile(str(vendor_path("django"))):
            if entry.obsolete:
                continue
            if entry.msgid_plural:
                got, want = translation.ngettext(entry.msgid, entry.msgid_plural, 1), entry.msgstr_plural[0]
            else:
                got, want = translation.gettext(entry.msgid), entry.msgstr
            if got not in (want, project.get(entry.msgid)):
                lines.append(f"django: Django says {got!r} for {entry.msgid!r}, our catalogue {want!r}")
        response = JSONCatalog.as_view(packages=[PACKAGE])(RequestFactory().get("/"))
    catalog = json.loads(response.content)["catalog"]
    for entry in polib.pofile(str(vendor_path("djangojs"))):
        if not entry.obsolete and catalog.get(entry.msgid) != entry.msgstr:
            lines.append(f"djangojs: the JavaScript catalogue says {catalog.get(entry.msgid)!r} for "
                         f"{entry.msgid!r}, our catalogue {entry.msgstr!r}")
    return lines


def merge_reference():
    """Add the package's new msgids to our catalogues (untranslated) and drop the ones it removed.

    For an upgrade of wagtail-localize: run `scripts/fill_catalogue.py --update-vendor`, then
    translate the entries the check reports.
    """
    for domain in DOMAINS:
        reference = polib.pofile(str(reference_path(domain)))
        ours = polib.pofile(str(vendor_path(domain)), wrapwidth=WRAP_WIDTH)
        wanted = {key(e): e for e in reference if e.msgid}
        for entry in list(ours):
            if key(entry) not in wanted:
                ours.remove(entry)
        present = {key(e) for e in ours}
        for k, source in wanted.items():
            if k not in present:
                ours.append(polib.POEntry(msgctxt=source.msgctxt, msgid=source.msgid,
                                          msgid_plural=source.msgid_plural, msgstr="",
                                          msgstr_plural={0: ""} if source.msgid_plural else {},
                                          occurrences=source.occurrences, flags=source.flags))
        ours.save()
