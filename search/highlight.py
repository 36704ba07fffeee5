"""Result snippets with the matched words marked.

Everything is HTML-escaped first; only the <mark> elements added here are markup. A word
counts as matched when it, or its stem in the query's language, is one of the query's
terms (acronym expansions included), so "pelayanan" is marked for the query "layanan".
"""

from __future__ import annotations

import re
from html import escape

from django.utils.safestring import SafeString, mark_safe

from .analysis import AnalysedQuery, stem_token
from .text import tokenize

WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
SNIPPET_LENGTH = 240


def _matcher(query: AnalysedQuery):
    """One per query, shared by every snippet of a results page: stemming each word of ten
    bodies again for each snippet was most of the snippets' cost."""
    existing = getattr(query, "_matcher", None)
    if existing is not None:
        return existing
    terms = query.highlight_terms() | set(query.tokens)
    cache: dict[str, bool] = {}

    def matches(word: str) -> bool:
        if word not in cache:
            cache[word] = any(t in terms or stem_token(t, query.language) in terms for t in tokenize(word))
        return cache[word]

    query._matcher = matches
    return matches


def highlight(text: str, query: AnalysedQuery) -> SafeString:
    matches = _matcher(query)
    out, position = [], 0
    for match in WORD_RE.finditer(text):
        # Only the text between words is escaped: a word is letters, digits and hyphens.
        out.append(escape(text[position:match.start()]))
        word = match.group()
        out.append(f"<mark>{word}</mark>" if matches(word) else word)
        position = match.end()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


def _first_match(text: str, query: AnalysedQuery) -> int | None:
    matches = _matcher(query)
    for match in WORD_RE.finditer(text):
        if matches(match.group()):
            return match.start()
    return None


def _window(text: str, start: int, length: int) -> str:
    """About ``length`` characters around ``start``, cut at spaces, with ellipses."""
    begin = max(0, start - length // 4)
    if begin:
        space = text.rfind(" ", 0, begin)
        begin = space + 1 if space != -1 else begin
    end = min(len(text), begin + length)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    return ("… " if begin else "") + text[begin:end].strip() + (" …" if end < len(text) else "")


def snippet(texts: list[str], query: AnalysedQuery, length: int = SNIPPET_LENGTH) -> SafeString:
    """The first text (lead, then body) that contains a match, around the match."""
    texts = [" ".join(t.split()) for t in texts if t and t.strip()]
    if not texts:
        return mark_safe("")
    for text in texts:
        position = _first_match(text, query) if query else None
        if position is not None:
            return highlight(_window(text, position, length), query)
    return highlight(_window(texts[0], 0, length), query)
