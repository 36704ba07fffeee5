"""Second-stage ranking of a backend's candidates, identical on every backend.

Backends differ a lot in how they score (BM25 on the engine, FTS5's bm25 over two columns
on SQLite, ts_rank with weights on PostgreSQL), and SQLite ignores field boosts. So each
backend only *retrieves* and scores a pool of candidates; the final order is computed here
from signals every backend can give:

1. tier: pages matching every concept of the query ("all words") come first;
2. the backend's own score, scaled to the best candidate (0..1);
3. how many query concepts appear in the title and in the lead (summary, short name...);
4. the query's words next to each other in the title/lead (phrase);
5. recency, weak, so that among near-equal pages newer news wins;
6. then pseudo-relevance feedback: the first FEEDBACK_PAGES pages of that order are taken
   as a description of what the query is about, and every candidate gains in proportion to
   how much its profile (the first words of its title, lead and body, ``search.profiles``)
   shares with theirs, rarer words of the pool counting more. A query's words rarely cover
   all the ways a page can say the same thing ("memulihkan trauma" for posts about
   "dukungan psikososial"); the pages it finds first do, and bring up their neighbours.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from .analysis import AnalysedQuery, analyse_tokens
from .text import tokenize

W_BACKEND = 1.0
W_TITLE = 0.6
W_LEAD = 0.3
W_PHRASE = 0.2
W_RECENCY = 0.1
RECENCY_HALF_LIFE_DAYS = 365
# Chosen on the hand-written evaluation set (docs/search.md) on SQLite, checked on the engine
# and PostgreSQL: weights from 6 to 15 and 3 or 4 pages do about as well on every backend and
# on either half of the queries; it is the feedback itself that matters, not its exact weight.
FEEDBACK_PAGES = 3
W_FEEDBACK = 10.0


@dataclass
class Candidate:
    pk: int
    score: float
    title: str = ""
    lead: str = ""
    date: datetime.date | None = None
    all_words: bool = True
    title_stems: tuple[str, ...] | None = None  # analysed at index time (engine), else here
    lead_stems: tuple[str, ...] | None = None
    # (lead text, body text) for the result's snippet, when the engine's _source holds them.
    snippet_texts: tuple[str, str] | None = None
    # The page's first distinct stems (search.profiles); None: its title and lead stand in.
    profile: tuple[str, ...] | None = None
    final: float = 0.0
    signals: dict = field(default_factory=dict)


def coverage(query: AnalysedQuery, stems: set[str]) -> float:
    """Share of the query's concepts with at least one alternative fully present."""
    if not query.concepts:
        return 0.0
    found = sum(1 for c in query.concepts if any(all(s in stems for s in alt) for alt in c.alternatives))
    return found / len(query.concepts)


def has_phrase(query: AnalysedQuery, stems: list[str]) -> bool:
    wanted = query.stems
    if len(wanted) < 2 or len(stems) < len(wanted):
        return False
    n = len(wanted)
    return any(stems[i:i + n] == wanted for i in range(len(stems) - n + 1))


def recency(date: datetime.date | None, today: datetime.date) -> float:
    if date is None:
        return 0.0
    age = max((today - date).days, 0)
    return RECENCY_HALF_LIFE_DAYS / (RECENCY_HALF_LIFE_DAYS + age)


def scale_scores(candidates: list[Candidate]) -> None:
    """Backend scores to 0..1 of the best one; FTS5's bm25 is negative (lower is better)."""
    best = max((abs(c.score) for c in candidates if c.score), default=0.0)
    for c in candidates:
        c.signals["backend"] = abs(c.score) / best if best else 0.0


def feedback_similarity(profiles: list[tuple[str, ...]], pages: int = FEEDBACK_PAGES) -> list[float]:
    """Cosine similarity of each profile to the mean of the first ``pages`` ones (0..1).

    Words are weighted by their rarity among these profiles (the pool's own statistics: no
    corpus-wide table to keep current), so the words every candidate shares weigh nothing.
    A profile lists each word once (search.profiles)."""
    if len(profiles) <= pages:
        return [0.0] * len(profiles)
    # A word's weight depends on its count only: one logarithm per possible count.
    by_count = [math.log((len(profiles) + 1) / (count + 0.5)) for count in range(len(profiles) + 1)]
    idf = {word: by_count[count] for word, count in Counter(chain.from_iterable(profiles)).items()}
    norms = [math.hypot(*map(idf.__getitem__, words)) or 1.0 for words in profiles]
    centre: dict[str, float] = {}
    for words, norm in zip(profiles[:pages], norms[:pages], strict=True):
        for word in words:
            centre[word] = centre.get(word, 0.0) + idf[word] ** 2 / norm / pages
    return [sum(map(centre.__getitem__, centre.keys() & words)) / norm
            for words, norm in zip(profiles, norms, strict=True)]


def _order(candidates: list[Candidate]) -> None:
    candidates.sort(key=lambda c: (c.all_words, c.final, c.date or datetime.date.min, c.pk), reverse=True)


def rerank(query: AnalysedQuery, candidates: list[Candidate], today: datetime.date | None = None):
    today = today or datetime.date.today()
    scale_scores(candidates)
    for c in candidates:
        title = c.title_stems if c.title_stems is not None else analyse_tokens(tokenize(c.title), query.language)
        lead = c.lead_stems if c.lead_stems is not None else analyse_tokens(tokenize(c.lead), query.language)
        if c.profile is None:
            c.profile = tuple(dict.fromkeys(title + lead))
        title_cov = coverage(query, set(title))
        lead_cov = coverage(query, set(title) | set(lead))
        phrase = has_phrase(query, list(title)) or has_phrase(query, list(lead))
        c.signals.update(title=title_cov, lead=lead_cov, phrase=phrase, recency=recency(c.date, today))
        c.final = (W_BACKEND * c.signals["backend"] + W_TITLE * title_cov + W_LEAD * lead_cov
                   + W_PHRASE * phrase + W_RECENCY * c.signals["recency"])
    _order(candidates)
    for c, similarity in zip(candidates, feedback_similarity([c.profile for c in candidates]), strict=True):
        c.signals["feedback"] = similarity
        c.final += W_FEEDBACK * similarity
    _order(candidates)
    return candidates


def newest_first(candidates: list[Candidate]):
    candidates.sort(key=lambda c: (c.date or datetime.date.min, c.pk), reverse=True)
    return candidates
