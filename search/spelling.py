"""'Did you mean' typo correction over the site's own vocabulary.

Uses the symmetric-delete method (as in SymSpell): every vocabulary word is
indexed under all strings obtained by deleting up to ``max_distance``
characters, and a query word looks up its own deletes. Two strings within
edit distance d always share such a delete, so candidates come from a few
binary searches instead of a scan of the whole vocabulary; each candidate is
then verified with the real (Damerau) distance.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from .text import stem, tokenize

__all__ = ["SpellCorrector", "damerau_distance", "vocabulary_from_texts"]

# Words shorter than this are never corrected: "pkh", "uu", "rt" are valid
# acronyms and any 3-letter string is within 2 edits of hundreds of words.
MIN_WORD_LENGTH = 4
# Up to this length only one edit is allowed. Two edits rewrite half of a
# 4-5 letter word ("bank" -> "bantu"), which gives absurd suggestions.
SHORT_WORD_LENGTH = 5

# Only the first characters of each word are indexed (SymSpell's "prefix"
# trick). Edits inside the prefix still need at most ``d`` deletes per side to
# meet, and edits after it leave the prefixes equal, so no match is lost; the
# full words are compared afterwards. It halves the index for long affixed
# Indonesian words such as "kesejahteraan" or "pemberdayaan".
PREFIX_LENGTH = 9

# Index entry layout: 44 bits of key hash, 20 bits of word id (1M words).
_ID_BITS = 20
_ID_MASK = (1 << _ID_BITS) - 1
_HASH_MASK = (1 << (64 - _ID_BITS)) - 1


def _hash(key: str) -> int:
    # Python's str hash is salted per process, which is fine: the index only
    # ever lives in the memory of the process that built it.
    return hash(key) & _HASH_MASK


def damerau_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, or ``limit + 1`` once exceeded.

    A swap of adjacent letters costs 1 ("bantaun" -> "bantuan"), which is
    the most common typing slip. The early exit keeps verification cheap
    because most candidates from the delete index are far apart.
    """
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _deletes(word: str, depth: int) -> set[str]:
    """All strings reachable from ``word`` by deleting up to ``depth`` chars.

    Written out for depth 1 and 2 rather than recursively: pairs of positions
    produce each depth-2 string once instead of twice, which matters when
    indexing millions of them.
    """
    n = len(word)
    keys = {word}
    if depth >= 1:
        keys.update(word[:i] + word[i + 1 :] for i in range(n))
    if depth >= 2:
        keys.update(
            word[:i] + word[i + 1 : j] + word[j + 1 :]
            for i in range(n)
            for j in range(i + 1, n)
        )
    return keys


def _is_correctable(word: str) -> bool:
    return len(word) >= MIN_WORD_LENGTH and word.isalpha()


def vocabulary_from_texts(texts: Iterable[str]) -> Counter:
    """Count tokens across texts, e.g. all live pages' searchable text."""
    counts: Counter = Counter()
    for text in texts:
        counts.update(tokenize(text))
    return counts


class SpellCorrector:
    """Correct single words against a (word, frequency) vocabulary.

    The delete index is a sorted ``array`` of 64-bit integers, each packing a
    hash of a delete string with the id of the word it came from. A dict of
    the ~3 million delete strings for 50k Indonesian words (long, affixed)
    cost ~300 MB; the packed array costs 8 bytes per entry. Hash collisions
    only add candidates, which the distance check then rejects.
    """

    def __init__(self, vocabulary: Iterable[tuple[str, int]], max_distance: int = 2):
        if max_distance not in (1, 2):
            # Beyond 2 edits suggestions are noise and the index explodes.
            raise ValueError("max_distance must be 1 or 2")
        self.max_distance = max_distance
        frequency: dict[str, int] = {}
        for word, count in vocabulary:
            word = word.strip().casefold()
            if word:
                frequency[word] = max(count, frequency.get(word, 0))
        self._frequency = frequency
        # Targets may be 3 letters long ("anakk" -> "anak" is fine, but
        # nothing shorter: "dinas" -> "dia" would be absurd).
        self._words = [
            w for w in frequency if len(w) >= MIN_WORD_LENGTH - 1 and w.isalpha()
        ]
        if len(self._words) > _ID_MASK:
            raise ValueError(f"vocabulary larger than {_ID_MASK} words")
        packed = []
        for word_id, word in enumerate(self._words):
            for key in _deletes(word[:PREFIX_LENGTH], max_distance):
                # Queries are >= 4 letters and never drop more than
                # len - 3 letters (1 edit up to 5 letters, 2 from 6), so
                # shorter keys could never be looked up.
                if len(key) >= MIN_WORD_LENGTH - 1:
                    packed.append((_hash(key) << _ID_BITS) | word_id)
        packed.sort()
        self._index = array("Q", packed)

    def __contains__(self, word: str) -> bool:
        return word.casefold() in self._frequency

    def __len__(self) -> int:
        return len(self._frequency)

    def knows(self, word: str) -> bool:
        """Whether ``word`` or its root is in the vocabulary: no typo to correct. "bantunya" is not
        in the vocabulary but its root is: a valid inflection, not a misspelling of "bantuan"."""
        word = word.casefold()
        return word in self._frequency or stem(word) in self._frequency

    def _candidates(self, key: str):
        index = self._index
        prefix = _hash(key)
        position = bisect_left(index, prefix << _ID_BITS)
        while position < len(index) and index[position] >> _ID_BITS == prefix:
            yield index[position] & _ID_MASK
            position += 1

    def correct(self, word: str) -> str | None:
        """Return the best vocabulary word for a misspelling, else None.

        None means "leave it alone": the word is known, too short, contains
        digits, looks like an inflection of a known root, or nothing is close
        enough. Ties go to the smallest distance, then the most frequent word.
        """
        if not isinstance(word, str):
            return None
        word = word.strip().casefold()
        if not _is_correctable(word) or self.knows(word):
            return None
        # Up to 5 letters only one edit: two would rewrite half the word.
        limit = min(self.max_distance, 1 if len(word) <= SHORT_WORD_LENGTH else 2)
        best: tuple[int, int, str] | None = None
        seen: set[int] = set()
        head = word[:PREFIX_LENGTH]
        keys = _deletes(head, limit)
        # Search shallow deletes first. Any word within distance 1 shares a
        # key that is at most one delete away from the query, so if one was
        # found there, the depth-2 keys (the bulk of the work) cannot beat it.
        for depth in range(limit + 1):
            if best is not None and best[0] < depth:
                break
            for key in keys:
                if len(head) - len(key) != depth:
                    continue
                for word_id in self._candidates(key):
                    if word_id in seen:
                        continue
                    seen.add(word_id)
                    candidate = self._words[word_id]
                    distance = damerau_distance(word, candidate, limit)
                    if distance > limit:
                        continue
                    rank = (distance, -self._frequency[candidate], candidate)
                    if best is None or rank < best:
                        best = rank
        return best[2] if best else None

    def suggest(self, query: str) -> str | None:
        """Return the query with every correctable word fixed, or None.

        The result is the normalised token form ("bantuan sosial"), suitable
        both for a "Did you mean" link and for re-running the search.
        """
        tokens = tokenize(query) if isinstance(query, str) else []
        changed = False
        out = []
        for token in tokens:
            fixed = self.correct(token)
            if fixed and fixed != token:
                changed = True
                out.append(fixed)
            else:
                out.append(token)
        return " ".join(out) if changed else None
