"""Acronym and synonym expansion for search queries.

Government social-services vocabulary is dominated by acronyms (PKH, DTKS,
KDRT...) that pages spell out and visitors abbreviate, or the other way
round. Expansion happens at query time only: the index stays untouched, so
editors can change the table without reindexing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .text import stem, tokenize

__all__ = [
    "DEFAULT_SYNONYMS",
    "ParsedSynonyms",
    "SynonymTable",
    "default_table",
    "parse_synonym_lines",
]

# Seed groups; every term in a group is equivalent to every other one.
DEFAULT_SYNONYMS: list[list[str]] = [
    ["LK3", "Lembaga Konsultasi Kesejahteraan Keluarga"],
    ["WKSBM", "Wahana Kesejahteraan Sosial Berbasis Masyarakat"],
    ["PKH", "Program Keluarga Harapan"],
    ["KDRT", "kekerasan dalam rumah tangga"],
    ["bansos", "bantuan sosial"],
    ["PSKS", "Potensi dan Sumber Kesejahteraan Sosial"],
    ["PPKS", "Pemerlu Pelayanan Kesejahteraan Sosial"],
    ["TKSK", "Tenaga Kesejahteraan Sosial Kecamatan"],
    ["PMKS", "Penyandang Masalah Kesejahteraan Sosial"],
    ["KPM", "Keluarga Penerima Manfaat"],
    ["BPNT", "Bantuan Pangan Non Tunai"],
    ["DTKS", "Data Terpadu Kesejahteraan Sosial"],
    ["PBI", "Penerima Bantuan Iuran"],
    ["ODGJ", "Orang Dengan Gangguan Jiwa"],
    ["lansia", "lanjut usia"],
    ["difabel", "disabilitas", "penyandang disabilitas"],
    ["Dinsos", "Dinas Sosial"],
    ["Kemensos", "Kementerian Sosial"],
    ["Depsos", "Departemen Sosial"],
    ["BRSPA", "Balai Rehabilitasi Sosial dan Pengasuhan Anak"],
    ["LKS", "Lembaga Kesejahteraan Sosial"],
    ["PSM", "Pekerja Sosial Masyarakat"],
    ["RTLH", "Rumah Tidak Layak Huni"],
    ["PKSA", "Program Kesejahteraan Sosial Anak"],
    ["KIS", "Kartu Indonesia Sehat"],
    ["DIY", "Daerah Istimewa Yogyakarta"],
    ["Jogja", "Yogya", "Yogyakarta", "Jogjakarta"],
]

# Limits for editor-supplied lines; generous, but they stop a pasted
# paragraph from turning into a "synonym" that matches nothing useful.
MAX_TERMS_PER_GROUP = 20
MAX_TERM_LENGTH = 100


class ParsedSynonyms(NamedTuple):
    groups: list[list[str]]
    errors: list[str]


def parse_synonym_lines(text: str) -> ParsedSynonyms:
    """Parse the editor-managed format: one group per line.

    Terms are separated by commas and/or "=" ("LK3 = Lembaga Konsultasi
    Kesejahteraan Keluarga, lk 3"). Blank lines and lines starting with "#"
    are ignored. Bad lines are skipped and described in ``errors`` (with
    1-based line numbers) so a settings form can show them instead of
    crashing the search page. Unpacks as ``groups, errors``.
    """
    groups: list[list[str]] = []
    errors: list[str] = []
    if not isinstance(text, str):
        return ParsedSynonyms(groups, ["Synonym text must be a string."])
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms: list[str] = []
        seen: set[tuple[str, ...]] = set()
        problem = None
        for raw in line.replace("=", ",").split(","):
            term = " ".join(raw.split())
            if not term:
                continue  # tolerate "a, b," and "a == b"
            if len(term) > MAX_TERM_LENGTH:
                problem = f"term longer than {MAX_TERM_LENGTH} characters"
                break
            key = tuple(tokenize(term))
            if not key:
                problem = f"term {term!r} has no letters or digits"
                break
            if key not in seen:  # "PKH, pkh" is one term, not two
                seen.add(key)
                terms.append(term)
        if problem is None and len(terms) < 2:
            problem = "needs at least two different terms"
        if problem is None and len(terms) > MAX_TERMS_PER_GROUP:
            problem = f"more than {MAX_TERMS_PER_GROUP} terms"
        if problem:
            errors.append(f"Line {number}: {problem}.")
        else:
            groups.append(terms)
    return ParsedSynonyms(groups, errors)


def _stem_key(tokens: Iterable[str]) -> tuple[str, ...]:
    return tuple(stem(token) for token in tokens)


class SynonymTable:
    """Two-way lookup from any term of a group to the other terms.

    Matching is done on stem sequences, so "bantuan sosial", "membantu
    sosial" and "bantu sosial" all hit the "bansos" group, and multi-word
    terms are matched as contiguous token runs. Groups sharing a term are not
    merged transitively: a term yields the other members of every group it
    appears in, nothing further, so one sloppy line cannot snowball.
    """

    def __init__(self, groups: Iterable[Sequence[str]] = ()):
        # stem key -> alternative phrases (display form: normalised tokens)
        self._alternatives: dict[tuple[str, ...], list[str]] = {}
        for group in groups:
            terms = []
            for term in group:
                tokens = tokenize(term)
                if tokens:
                    terms.append((_stem_key(tokens), " ".join(tokens)))
            for key, _ in terms:
                alternatives = self._alternatives.setdefault(key, [])
                for other_key, phrase in terms:
                    if other_key != key and phrase not in alternatives:
                        alternatives.append(phrase)
        self._lengths = sorted({len(k) for k in self._alternatives}, reverse=True)

    def __len__(self) -> int:
        return len(self._alternatives)

    def matches(self, tokens: Sequence[str]):
        """Yield (start, end, key) for greedy longest, non-overlapping matches.

        Longest-first means "penyandang disabilitas" is treated as one term,
        not as "disabilitas" plus a stray word.
        """
        stems = _stem_key(tokens)
        i = 0
        while i < len(stems):
            for length in self._lengths:
                key = stems[i : i + length]
                if len(key) == length and key in self._alternatives:
                    yield i, i + length, key
                    i += length
                    break
            else:
                i += 1

    def spans(self, tokens: Sequence[str]) -> list[tuple[int, int, list[str]]]:
        """Return (start, end, alternative phrases) for each matched term.

        For callers that build their own query tree and need to know which
        tokens a synonym replaces; ``tokens`` must come from ``tokenize``.
        """
        return [
            (start, end, list(self._alternatives[key]))
            for start, end, key in self.matches(tokens)
        ]

    def expand(self, tokens: Sequence[str] | str) -> list[str]:
        """Return the alternative phrases for every term found in the query.

        Accepts a raw query string or the output of ``tokenize`` (unstemmed:
        stemming happens here). "LK3 Sleman" -> ["lembaga konsultasi
        kesejahteraan keluarga"]. The caller ORs these into the query.
        """
        if isinstance(tokens, str):
            tokens = tokenize(tokens)
        phrases: list[str] = []
        for _, _, key in self.matches(tokens):
            for phrase in self._alternatives[key]:
                if phrase not in phrases:
                    phrases.append(phrase)
        return phrases

    def variants(self, tokens: Sequence[str] | str) -> list[str]:
        """Return whole alternative queries, one matched term swapped each.

        "LK3 Sleman" -> ["lembaga konsultasi kesejahteraan keluarga sleman"].
        More precise than ``expand`` when the engine ANDs query words, because
        the rest of the query ("sleman") still has to match.
        """
        if isinstance(tokens, str):
            tokens = tokenize(tokens)
        tokens = list(tokens)
        out: list[str] = []
        for start, end, key in self.matches(tokens):
            for phrase in self._alternatives[key]:
                query = " ".join(tokens[:start] + [phrase] + tokens[end:])
                if query not in out:
                    out.append(query)
        return out


def default_table() -> SynonymTable:
    """Build the table from ``DEFAULT_SYNONYMS`` (stems ~200 words, ~20 ms)."""
    return SynonymTable(DEFAULT_SYNONYMS)
