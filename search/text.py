"""Indonesian text handling shared by indexing and querying.

Everything here is pure Python (no Django imports) so it can run inside
index-time hooks, query views and tests alike, and behave identically on every
search backend (SQLite FTS, PostgreSQL, OpenSearch). Index time and query time
MUST go through the same ``tokenize``/``stem`` pair, otherwise stems drift
apart and matches silently disappear.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "STEM_OVERRIDES",
    "normalise_query",
    "stem",
    "stem_text",
    "tokenize",
]

# Words that engines treat as boolean operators. They are never Indonesian
# words, so dropping them case-insensitively costs nothing, and it is needed
# because engines disagree on case (FTS5 and OpenSearch only honour upper
# case, PostgreSQL's websearch_to_tsquery also honours lower-case "or").
_OPERATOR_WORDS = frozenset({"and", "or", "not"})

# Apostrophes inside a word are dropped rather than split on: "Jum'at" and
# "Qur'an" are spelled "Jumat"/"Quran" in standard Indonesian, so joining the
# halves makes both spellings meet.
_INNER_APOSTROPHE_RE = re.compile(r"(?<=[^\W\d_])['\u2018\u2019\u02bc`](?=[^\W\d_])")

# Unicode hyphens (word processors, phone keyboards) act like "-" so that
# "anak\u2010anak" is still reduplication. Dashes are not included: an en dash
# separates ranges ("2019\u20132024"), not word halves.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})

# A token is a run of letters/digits, optionally hyphen-joined (reduplication
# such as "anak-anak" or compounds like "covid-19"). Underscore is excluded
# because it is a word character for ``\w`` but a separator for people.
_TOKEN_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")

# Hard ceiling on how much raw input normalise_query looks at, so a
# multi-megabyte query string costs no more than a sane one.
_RAW_INPUT_FACTOR = 20

_VOWELS = frozenset("aeiou")

# Sastrawi 1.2.1 over-stems a few words that matter on a social-services
# site. Each entry maps a surface form to the stem it should share with its
# relatives; keep this short and justify every line.
STEM_OVERRIDES: dict[str, str] = {
    # Correct in 1.2.1, but older Sastrawi dictionaries gave "luarga", and
    # "keluarga" is in half the department's programme names.
    "keluarga": "keluarga",
    # Sastrawi gives "rawan" ("vulnerable"), itself a key term here
    # ("anak rawan", "rawan bencana"): volunteers must not match it.
    "relawan": "relawan",
    # Sastrawi gives "kerja"; "kinerja" (performance reports) is not "work".
    "kinerja": "kinerja",
    # Acronym of "pemilihan umum"; Sastrawi strips "pe-" and leaves "milu".
    "pemilu": "pemilu",
    # Sastrawi gives "bas" (bass); "berbasis masyarakat" is in WKSBM.
    "berbasis": "basis",
    # Sastrawi gives "unjung" but "kunjungan"/"berkunjung" give "kunjung".
    "mengunjungi": "kunjung",
    # Sastrawi gives "emis"; the root is "kemis".
    "pengemis": "kemis",
    "mengemis": "kemis",
    # Sastrawi gives "lantar" but "penelantaran"/"ditelantarkan" give
    # "telantar" (the KBBI spelling); join the common misspelling to it.
    "terlantar": "telantar",
    "keterlantaran": "telantar",
}


def normalise_query(raw: str, max_length: int = 200) -> str:
    """Clean a user's search box input into plain words safe for any engine.

    Output keeps the user's letter case (it may be echoed back on the results
    page) but contains only letters, digits, combining marks, single spaces
    and hyphens *inside* words, so "anak-anak" and "covid-19" survive while
    "-foo" (negation) and "--" (SQL comment) do not. Never raises.
    """
    if not isinstance(raw, str) or max_length <= 0:
        return ""
    # Cut before normalising: NFKC and the per-character scan are linear, and
    # nobody types a meaningful query 20x longer than the limit.
    text = raw[: max_length * _RAW_INPUT_FACTOR + 100]
    text = unicodedata.normalize("NFKC", text).translate(_HYPHENS)
    text = _INNER_APOSTROPHE_RE.sub("", text)
    # Whitelist rather than blacklist: every engine has its own syntax
    # (FTS5 barewords, tsquery, Lucene query_string), and letters/digits are
    # the only characters all of them treat as plain terms. Control, format
    # (zero-width, BOM), surrogate, symbol and emoji characters all fall out.
    chars = [
        ch if ch == "-" or unicodedata.category(ch)[0] in "LNM" else " " for ch in text
    ]
    words = []
    for chunk in "".join(chars).split():
        # Rejoin only non-empty hyphen parts: leading/trailing/doubled hyphens
        # are operators or comment markers, inner ones are reduplication.
        word = "-".join(part for part in chunk.split("-") if part)
        if word and word.casefold() not in _OPERATOR_WORDS:
            words.append(word)
    return _cut_at_word_boundary(words, max_length)


def _cut_at_word_boundary(words: list[str], max_length: int) -> str:
    out: list[str] = []
    length = 0
    for word in words:
        extra = len(word) + (1 if out else 0)
        if length + extra > max_length:
            if not out:
                # A single word longer than the limit: a hard cut is the only
                # option, but never leave a dangling hyphen behind.
                return word[:max_length].rstrip("-")
            break
        out.append(word)
        length += extra
    return " ".join(out)


def _fold(text: str) -> str:
    """Lower-case and strip accents so "Café" and "cafe" index identically."""
    text = _INNER_APOSTROPHE_RE.sub("", text.translate(_HYPHENS))
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return text.casefold()


def tokenize(text: str) -> list[str]:
    """Split text into lower-case, accent-folded word tokens.

    Tokens are runs of letters and digits, so "LK3", "UU" and "2009" survive
    as "lk3", "uu", "2009". Letters with no ASCII equivalent (Arabic, Javanese
    script) are kept rather than dropped, they are just never stemmed.

    Reduplication: Indonesian marks plurals and some derivations by repeating
    the word with a hyphen. The repeat carries no extra search meaning, so:
      * "anak-anak" -> ["anak"] (emitting it twice would double its weight);
      * when one half contains the other ("berlari-lari", "anak-anaknya",
        "sayur-sayuran") only the longer, affixed half is kept, because it
        stems to the same root;
      * otherwise the halves are distinct words ("sayur-mayur", "covid-19",
        "lk3-sleman") and both are kept.
    """
    if not isinstance(text, str) or not text:
        return []
    tokens: list[str] = []
    for match in _TOKEN_RE.finditer(_fold(text)):
        group = match.group()
        if "-" not in group:
            tokens.append(group)
            continue
        kept: list[str] = []
        for part in group.split("-"):
            if kept and part in kept[-1]:
                continue
            if kept and kept[-1] in part:
                kept[-1] = part
                continue
            kept.append(part)
        tokens.extend(kept)
    return tokens


@lru_cache(maxsize=1)
def _stemmer():
    """Build Sastrawi's stemmer once, on first use.

    Loading the 30k-word root dictionary takes ~0.1 s, too slow to pay at
    import time in every management command. The bare ``Stemmer`` is used
    instead of ``StemmerFactory().create_stemmer()`` because the latter wraps
    it in an unbounded dict cache that would grow forever on user queries;
    our own bounded lru_cache on ``stem`` replaces it.
    """
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    words = StemmerFactory().get_words()
    return Stemmer(ArrayDictionary(words))


def _is_unstemmable(word: str) -> bool:
    """Return True for tokens that affix-stripping could only damage.

    Every Indonesian affix (me-, di-, ber-, pe-, ke-, se-, ter-, -an, -kan,
    -i, -nya, ...) contains a vowel and so does every root, so a word with
    fewer than two vowels cannot be root + affix. That rule keeps acronyms
    such as "pkh", "kdrt", "dtks", "pksa", "odgj", "brspa", "wksbm" intact
    without a hand-made list. Tokens with digits ("lk3", "2009"), non-ASCII
    letters, and words of three letters or fewer are also left alone.
    """
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return True
    return sum(ch in _VOWELS for ch in word) < 2


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Return the Sastrawi root of one token (e.g. "pelayanan" -> "layan").

    Expects a single token from ``tokenize``; anything else (spaces, hyphens,
    punctuation) is returned lower-cased but otherwise unchanged. Cached
    because real text repeats a few thousand words over and over, and
    Sastrawi costs ~0.1-1 ms per uncached word.
    """
    if not isinstance(word, str):
        return ""
    word = word.strip().casefold()
    if not word:
        return ""
    override = STEM_OVERRIDES.get(word)
    if override is not None:
        return override
    if _is_unstemmable(word):
        return word
    return _stemmer().stem_word(word) or word


def stem_text(text: str) -> str:
    """Return the stemmed form of a text, for the extra indexed search field.

    Word order and repetitions are preserved so that phrase matching and
    term-frequency ranking keep working on the stemmed field.
    """
    return " ".join(stem(token) for token in tokenize(text))
