"""Per-process caches of the editor's synonym table and the "did you mean" corrector.

Both are cheap to use and costly to build, so each process keeps one and rebuilds it when
a shared version number in Django's cache changes (bumped when synonyms are saved or a page
is published/unpublished/deleted) or when it is older than its time-to-live.
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache import cache

from .kinds import KINDS, kind_model
from .models import SearchSynonyms
from .spelling import SpellCorrector, vocabulary_from_texts
from .synonyms import SynonymTable, default_table

logger = logging.getLogger("search")

SYNONYM_TTL = 60
VOCABULARY_TTL = 3600
SYNONYM_VERSION_KEY = "search:synonyms-version"
VOCABULARY_VERSION_KEY = "search:vocabulary-version"

_lock = threading.Lock()
_synonyms: tuple[float, object, SynonymTable] | None = None
_correctors: dict[str, tuple[float, object, SpellCorrector]] = {}


def _version(key):
    try:
        return cache.get(key, 0)
    except Exception:
        return 0


def _bump(key):
    try:
        cache.add(key, 0, None)
        cache.incr(key)
    except Exception:
        logger.exception("search: could not bump %s", key)


def synonyms_changed(**kwargs):
    global _synonyms
    _synonyms = None
    _bump(SYNONYM_VERSION_KEY)


def pages_changed(**kwargs):
    _correctors.clear()
    _bump(VOCABULARY_VERSION_KEY)


def _load_synonym_groups():
    return SearchSynonyms.load().groups()


def synonym_table() -> SynonymTable:
    global _synonyms
    version = _version(SYNONYM_VERSION_KEY)
    entry = _synonyms
    if entry and entry[1] == version and time.monotonic() - entry[0] < SYNONYM_TTL:
        return entry[2]
    try:
        table = SynonymTable(_load_synonym_groups())
    except Exception:  # e.g. table missing mid-migration: searching still works with defaults
        logger.exception("search: could not load the synonym setting; using the defaults")
        table = default_table()
    with _lock:
        _synonyms = (time.monotonic(), version, table)
    return table


def vocabulary_texts(locale):
    """Titles and lead text of public live pages in the locale, plus the synonym terms.

    Never private pages: a word of a password-protected title must not be offered as "did you mean".
    """
    for kind in KINDS:
        model = kind_model(kind)
        names = [n for n in model.search_lead_fields if getattr(model._meta.get_field(n), "concrete", False)]
        for values in model.objects.live().public().filter(locale=locale).values_list(*names).iterator(chunk_size=2000):
            yield " ".join(v for v in values if v)
    for group in _load_synonym_groups():
        yield " ".join(group)


def build_corrector(locale) -> SpellCorrector:
    counts = vocabulary_from_texts(vocabulary_texts(locale))
    return SpellCorrector(counts.items())


def corrector_for(locale) -> SpellCorrector | None:
    key = locale.language_code
    version = _version(VOCABULARY_VERSION_KEY)
    entry = _correctors.get(key)
    if entry and entry[1] == version and time.monotonic() - entry[0] < VOCABULARY_TTL:
        return entry[2]
    try:
        corrector = build_corrector(locale)
    except Exception:
        logger.exception("search: could not build the spelling vocabulary")
        return None
    with _lock:
        _correctors[key] = (time.monotonic(), version, corrector)
    return corrector
