"""Language-aware analysis shared by indexing and querying, on top of search.text.

Index time and query time must analyse text the same way for a language: Indonesian goes
through Sastrawi (search.text.stem), English through Snowball's Porter2 stemmer, so that
"shackled" finds "shackling", "disabled" finds "disability" and "counseling" finds
"counselling" (plural folding alone missed all three on the hand-written evaluation set).
Changing either stemmer means rebuilding the index (`manage.py update_index`).

A query is turned into *concepts*: one per meaningful word, or one per acronym/synonym
span ("LK3", "bantuan sosial"), each with the alternative stem sequences that satisfy it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache

from .synonyms import SynonymTable
from .text import normalise_query, stem, tokenize

MAX_QUERY_LENGTH = 200
MAX_CONCEPTS = 12

# Function words that carry no topic. Dropped from queries (kept in the index, where they
# cost little and keep phrase positions right) unless a query has nothing else.
STOPWORDS = {
    "id": frozenset("""ada adalah agar akan antara apa atau bagaimana bagi bahwa banyak belum
        bisa dalam dan dapat dari dengan di hanya harus ini itu juga ke kepada lebih maka
        masih mereka nya oleh pada para saat sangat sebagai secara sedang sejak setelah
        sudah tentang tersebut untuk yaitu yang""".split()),
    "en": frozenset("""a about an and are as at be by for from how in is it of on or that the
        this to was what when where which who with""".split()),
}


_local = threading.local()


def _english_stemmer():
    # Snowball stemmers keep state while they work: one per thread (gunicorn runs two).
    if not hasattr(_local, "english"):
        import snowballstemmer

        _local.english = snowballstemmer.stemmer("english")
    return _local.english


@lru_cache(maxsize=100_000)
def english_stem(word: str) -> str:
    """Porter2 ("policies" -> "polici", "counselling" -> "counsel"); words with digits and
    acronyms of three letters or fewer ("lk3", "pkh") are left as they are."""
    if len(word) <= 3 or not word.isalpha():
        return word
    return _english_stemmer().stemWord(word)


def language_of(code: str | None) -> str:
    return "en" if (code or "").lower().startswith("en") else "id"


def stem_token(token: str, language: str) -> str:
    return english_stem(token) if language == "en" else stem(token)


def analyse_tokens(tokens, language: str) -> tuple[str, ...]:
    return tuple(stem_token(token, language) for token in tokens)


def analysed_text(text: str, language: str) -> str:
    """The stemmed form of page text for the extra indexed fields."""
    return " ".join(analyse_tokens(tokenize(text or ""), language))


@dataclass
class Concept:
    surface: str
    alternatives: list[tuple[str, ...]]  # the first one is what the visitor typed
    # A word of the site's own vocabulary (search.spelling.SpellCorrector.knows): not a typo,
    # so the engine does not match it fuzzily. Set by search.service.search_pages.
    known: bool = False

    @property
    def stems(self) -> tuple[str, ...]:
        return self.alternatives[0]


@dataclass
class AnalysedQuery:
    text: str
    language: str
    tokens: list[str] = field(default_factory=list)
    concepts: list[Concept] = field(default_factory=list)

    def __bool__(self):
        return bool(self.concepts)

    @property
    def stems(self) -> list[str]:
        return [s for concept in self.concepts for s in concept.stems]

    def highlight_terms(self) -> set[str]:
        """Every stem that may be marked in a snippet, alternatives included."""
        return {s for concept in self.concepts for alt in concept.alternatives for s in alt}


def _spans(table: SynonymTable | None, tokens: list[str]):
    """(start, end, alternative phrases) for synonym matches, longest first, no overlaps."""
    if table is None or not len(table):
        return []
    # SynonymTable.matches gives spans; expand() on the span gives its alternatives.
    return [(start, end, table.expand(tokens[start:end])) for start, end, _ in table.matches(tokens)]


def analyse_query(raw: str, language: str = "id", synonyms: SynonymTable | None = None) -> AnalysedQuery:
    text = normalise_query(raw if isinstance(raw, str) else "", max_length=MAX_QUERY_LENGTH)
    tokens = tokenize(text)
    query = AnalysedQuery(text=text, language=language, tokens=tokens)
    if not tokens:
        return query
    stopwords = STOPWORDS.get(language, frozenset())
    spans = {start: (end, phrases) for start, end, phrases in _spans(synonyms, tokens)}
    meaningful = any(token not in stopwords for token in tokens)
    seen: set[tuple[str, ...]] = set()
    i = 0
    while i < len(tokens) and len(query.concepts) < MAX_CONCEPTS:
        if i in spans:
            end, phrases = spans[i]
            alternatives = [analyse_tokens(tokens[i:end], language)]
            alternatives += [analyse_tokens(tokenize(p), language) for p in phrases]
            surface = " ".join(tokens[i:end])
            i = end
        else:
            token = tokens[i]
            i += 1
            if meaningful and token in stopwords:
                continue
            alternatives, surface = [analyse_tokens([token], language)], token
        unique = list(dict.fromkeys(alt for alt in alternatives if alt))
        if unique and unique[0] not in seen:
            seen.add(unique[0])
            query.concepts.append(Concept(surface=surface, alternatives=unique))
    return query
