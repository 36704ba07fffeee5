"""The site search: query analysis, retrieval on a backend (with fallback), reranking.

    outcome = search_pages("bantuan lansia", locale=Locale.get_active())

Retrieval asks the backend for up to POOL_SIZE candidates matching *any* query concept
(recall), plus, for multi-concept queries, which of them match *all* concepts (the first
tier); search.ranking orders the pool the same way on every backend. Only live, public
pages of the given locale and of the searchable page types are ever returned: those
filters are part of the queryset handed to the backend, and engine hits are re-read from
the database through the same queryset, so a stale engine index cannot leak a page.

The engine counts matches up to TOTAL_HITS_COUNTED only; beyond it the outcome's total is a
lower bound (``total_exact`` False) and the page says "at least". So does PostgreSQL with RUM
indexes (search.postgres_backend); the other database backends count all.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.query import And, Boost, Fuzzy, Or, Phrase, PlainText

from . import fallback as fallback_module
from . import profiles
from .analysis import AnalysedQuery, analyse_query, language_of
from .backends import Named, clause_name
from .compat_modelsearch import engine_request_body
from .compat_opensearch import msearch_scored_ids, search_scored_ids
from .indexing import DATE_FIELDS, DISPLAY_FIELD, display_lead_fields
from .kinds import KINDS, kind_model
from .ranking import Candidate, newest_first, rerank
from .vocabulary import corrector_for, synonym_table

POOL_SIZE = 60
FEW_RESULTS = 3
FUZZY_BOOST = 0.3
ALL_CONCEPTS = "all_concepts"
# The engine counts matches exactly up to this many, then reports "at least". Counting every
# match of a broad query means scoring every one of them; with a limit, the engine skips the
# documents that cannot reach the top (block-max WAND): at 100,000 posts that halves its time
# per search, with the same top POOL_SIZE. PostgreSQL with RUM indexes counts to it as well
# (search.postgres_backend); the other database backends count exactly.
TOTAL_HITS_COUNTED = 1000
# The display field in the engine's _source (modelsearch names it after the field's kind).
DISPLAY_SOURCE = f"*{DISPLAY_FIELD}*"


@dataclass
class Filters:
    kind: str | None = None
    programme: int | None = None
    category: int | None = None
    year: int | None = None


@dataclass
class SearchOutcome:
    query: AnalysedQuery
    candidates: list[Candidate] = field(default_factory=list)
    total: int = 0
    total_exact: bool = True  # False: at least ``total`` pages match (the engine stopped counting)
    backend: str = "database"
    fell_back: bool = False
    suggestion: str | None = None
    corrected_from: str | None = None

    @property
    def exact_count(self) -> int:
        """Candidates matching every concept exactly (no typo tolerance)."""
        return sum(1 for c in self.candidates if c.all_words)

    @property
    def truncated(self) -> bool:
        return self.total > len(self.candidates)


class Retrieval(NamedTuple):
    """One query's answer from a backend, before ranking."""

    ranked: list  # [(pk, backend score)], best first
    complete: set | None  # the ranked pks matching every concept (None: the query has one)
    total: int
    display: dict  # {pk: the engine document's display field}; empty from the database
    total_exact: bool = True


def page_queryset(locale, filters: Filters | None = None):
    """Live, public pages of one locale and the searchable types, narrowed by the filters."""
    filters = filters or Filters()
    kinds = [filters.kind] if filters.kind in KINDS else list(KINDS)
    queryset = Page.objects.live().public().filter(locale=locale).type(*(kind_model(k) for k in kinds))
    NewsPage = kind_model("news")
    if filters.programme:
        # The programme itself, and the news posts and services linked to it.
        news = NewsPage.objects.filter(programme_links__programme_id=filters.programme).values("pk")
        services = kind_model("service").objects.filter(programme_links__programme_id=filters.programme).values("pk")
        queryset = queryset.filter(Q(id__in=news) | Q(id__in=services) | Q(id=filters.programme))
    if filters.category:
        queryset = queryset.filter(id__in=NewsPage.objects.filter(categories__id=filters.category).values("pk"))
    if filters.year:
        in_year = Page.objects.filter(Q(newspage__publication_date__year=filters.year)
                                      | Q(newspage__isnull=True, first_published_at__year=filters.year))
        queryset = queryset.filter(id__in=in_year.values("pk"))
    return queryset


def _alternative_query(stems: tuple[str, ...]):
    return PlainText(stems[0]) if len(stems) == 1 else Phrase(" ".join(stems))


def concept_query(concept):
    options = [_alternative_query(alt) for alt in concept.alternatives]
    return options[0] if len(options) == 1 else Or(options)


def concept_names(query: AnalysedQuery) -> list[str]:
    return [f"concept{i}" for i in range(len(query.concepts))]


def build_queries(query: AnalysedQuery, engine: bool, named: bool = False):
    """(any-concept query, all-concepts query or None) in Wagtail's query classes. ``named``:
    each concept's clause in the any-concept query carries its concept_names() entry."""
    concepts = [concept_query(c) for c in query.concepts]
    parts = list(concepts)
    if named:
        parts = [Named(c, name) for c, name in zip(concepts, concept_names(query), strict=True)]
    if len(query.stems) > 1:
        parts.append(Phrase(" ".join(query.stems)))
    # Typos: only plain single words are fuzzed, and not the site's own words (a known word
    # fuzzed only matches its neighbours: "bantul" ~ "bantuan"); acronym spans and stop words
    # would only add noise.
    fuzzy_words = [c.surface for c in query.concepts if len(c.alternatives) == 1 and " " not in c.surface
                   and len(c.surface) >= 4 and c.surface.isalpha() and not c.known]
    if engine and fuzzy_words:
        parts.append(Boost(Fuzzy(" ".join(fuzzy_words)), FUZZY_BOOST))
    any_query = parts[0] if len(parts) == 1 else Or(parts)
    # Exact match of every concept: the first tier. Not needed when it equals any_query.
    all_query = concepts[0] if len(concepts) == 1 else And(concepts)
    return any_query, (None if len(parts) == 1 else all_query)


def _ranked_pks(backend, queryset, search_query, limit=POOL_SIZE):
    """[(pk, score)] best first, and the total number of matches when known.

    Only ids and scores are needed (describe() reads what ranking needs in bulk): SQLite
    gives them through search.sqlite_backend, other database backends through Wagtail's
    results, which load the pages. The engine has its own path, _engine_retrieve().
    """
    results = backend.search(search_query, queryset, order_by_relevance=True)
    compiler = results.query_compiler
    if hasattr(compiler, "ranked_ids"):
        return compiler.ranked_ids(compiler.get_config(backend), limit), None
    scored = results.annotate_score("_search_score")
    return [(page.pk, float(getattr(page, "_search_score", 0.0) or 0.0)) for page in scored[:limit]], None


def _engine_body(backend, queryset, query: AnalysedQuery):
    """(request body, the matched-query names a hit needs to match every concept, or None when
    the query has one concept). With the site's compiler each concept's clause is named where it
    stands in the query, so the engine evaluates it once; with another (stock Elasticsearch
    8/9), the all-concepts query rides along as a named, zero-weight clause."""
    any_query, all_query = build_queries(query, engine=True)
    if all_query is None:
        return engine_request_body(backend.search(any_query, queryset, order_by_relevance=True)), None
    if getattr(backend.query_compiler_class, "names_clauses", False):
        named_query, _all = build_queries(query, engine=True, named=True)
        body = engine_request_body(backend.search(named_query, queryset, order_by_relevance=True))
        return body, frozenset(concept_names(query))
    body = engine_request_body(backend.search(any_query, queryset, order_by_relevance=True))
    every_concept = backend.search(all_query, queryset).query_compiler.get_inner_query()
    body["query"]["bool"].setdefault("should", []).append(
        {"constant_score": {"filter": every_concept, "boost": 0, "_name": ALL_CONCEPTS}})
    return body, frozenset({ALL_CONCEPTS})


def _engine_answer(rows, total, exact, required: frozenset | None) -> Retrieval:
    ranked = [(pk, score) for pk, score, _matched, _source in rows]
    complete = ({pk for pk, _score, matched, _source in rows if required <= {clause_name(m) for m in matched}}
                if required else None)
    display = {pk: next(iter(source.values())) for pk, _score, _matched, source in rows if source}
    return Retrieval(ranked, complete, total, display, exact)


def _engine_retrieve(backend, queryset, queries: list[AnalysedQuery]):
    """The engine's answers to ``queries``, in one request (one search, or a multi-search)."""
    index = backend.get_index_for_model(queryset.model).name
    bodies = [_engine_body(backend, queryset, query) for query in queries]
    options = {"source": (DISPLAY_SOURCE,), "track_total_hits": TOTAL_HITS_COUNTED}
    if len(bodies) == 1:
        answers = [search_scored_ids(backend.es, index, bodies[0][0], POOL_SIZE, **options)]
    else:
        answers = msearch_scored_ids(backend.es, index, [body for body, _tiered in bodies], POOL_SIZE, **options)
    return [_engine_answer(rows, total, exact, required)
            for (rows, total, exact), (_body, required) in zip(answers, bodies, strict=True)]


def _retrieve(backend, queryset, query: AnalysedQuery, speculative: AnalysedQuery | None = None):
    """(retrieval of ``query``, retrieval of ``speculative`` or None). The engine answers a
    speculative spelling correction in the same request; the database backend does not try it."""
    if fallback_module.backend_kind(backend) == "engine":
        answers = _engine_retrieve(backend, queryset, [query] + ([speculative] if speculative else []))
        return answers[0], (answers[1] if speculative else None)
    any_query, all_query = build_queries(query, engine=False)
    if hasattr(backend.query_compiler_class, "ranked_retrieval"):  # PostgreSQL: search.postgres_backend
        compiler = backend.search(any_query, queryset, order_by_relevance=True).query_compiler
        ranked, total, complete, exact = compiler.ranked_retrieval(compiler.get_config(backend), POOL_SIZE, all_query,
                                                                   count_to=TOTAL_HITS_COUNTED)
        return Retrieval(ranked, complete, total, {}, exact), None
    ranked, total = _ranked_pks(backend, queryset, any_query)
    complete = None
    if all_query is not None:
        # Which of the ranked pages match every concept (as the engine's named clauses and the
        # PostgreSQL query tell): the all-concepts search restricted to them.
        pool = queryset.filter(pk__in=[pk for pk, _score in ranked])
        complete = {pk for pk, _score in _ranked_pks(backend, pool, all_query)[0]}
    if total is None:
        total = len(ranked) if len(ranked) < POOL_SIZE else backend.search(any_query, queryset).count()
    return Retrieval(ranked, complete, total, {}), None


def apply_display(candidate: Candidate, display) -> bool:
    """Fill ``candidate`` from an engine document's display field; False when it lacks one."""
    if not isinstance(display, dict) or "title" not in display:
        return False
    candidate.title = display["title"] or ""
    candidate.lead = display.get("lead") or ""
    date = display.get("date")
    candidate.date = datetime.date.fromisoformat(date) if date else None
    if "title_stems" in display and "lead_stems" in display:
        candidate.title_stems = tuple(display["title_stems"])
        candidate.lead_stems = tuple(display["lead_stems"])
    if isinstance(display.get("snippet_lead"), str) and isinstance(display.get("snippet_body"), str):
        candidate.snippet_texts = (display["snippet_lead"], display["snippet_body"])
    if isinstance(display.get("profile"), str):
        candidate.profile = profiles.parse(display["profile"])
    return True


def describe(candidates: list[Candidate], queryset, display: dict | None = None) -> list[Candidate]:
    """Fill title, lead text and date, and drop ids the queryset does not hold.

    ``display`` ({pk: display field}) comes with engine hits: then one ``pk__in`` query
    only checks that the pages are still live, public and of this language (a stale engine
    index may still hold others). Candidates without it are read from the database: one
    query, then one per page type among the results.
    """
    by_pk = {c.pk: c for c in candidates}
    if not by_pk:
        return candidates
    display = display or {}
    described = {pk for pk, c in by_pk.items() if pk in display and apply_display(c, display[pk])}
    if described:
        allowed = set(queryset.filter(pk__in=by_pk).values_list("pk", flat=True))
        missing = {pk: by_pk[pk] for pk in allowed - described}
        if missing:
            describe(list(missing.values()), queryset)
        return [c for c in candidates if c.pk in allowed]
    pages = queryset.filter(pk__in=by_pk).values_list("pk", "title", "first_published_at", "content_type_id",
                                                      "search_profile__words")
    found, content_types = set(), set()
    for pk, title, first_published, content_type_id, profile in pages:
        found.add(pk)
        content_types.add(content_type_id)
        by_pk[pk].title = title
        by_pk[pk].profile = profiles.parse(profile)
        by_pk[pk].date = timezone.localdate(first_published) if first_published else None
    for kind in KINDS:
        model = kind_model(kind)
        if ContentType.objects.get_for_model(model).pk not in content_types:
            continue
        lead = list(display_lead_fields(model))
        date_field = DATE_FIELDS.get(model._meta.label_lower)
        columns = lead + ([date_field] if date_field else [])
        if not columns:
            continue
        for pk, *values in model.objects.filter(pk__in=by_pk).values_list("pk", *columns):
            if date_field:
                by_pk[pk].date = values.pop() or by_pk[pk].date
            by_pk[pk].lead = " ".join(v for v in values if v)
    return [c for c in candidates if c.pk in found]


def _run(query: AnalysedQuery, locale, filters, sort, backend, fallback, speculative=None, answered=None):
    """(outcome of ``query``, the engine's answer to ``speculative`` or None). ``answered``: an
    answer to ``query`` already fetched (a speculative one from an earlier request)."""
    queryset = page_queryset(locale, filters)
    if answered is not None:
        retrieval, used, fell_back = answered
        extra = None
    else:
        (retrieval, extra), used, fell_back = fallback_module.run(
            lambda b: _retrieve(b, queryset, query, speculative), backend, fallback)
    complete = retrieval.complete
    candidates = [Candidate(pk=pk, score=score, all_words=complete is None or pk in complete)
                  for pk, score in retrieval.ranked]
    candidates = describe(candidates, queryset, retrieval.display)
    if sort == "newest":
        newest_first(candidates)
    else:
        rerank(query, candidates, today=timezone.localdate())
    outcome = SearchOutcome(query=query, candidates=candidates, total=max(retrieval.total, len(candidates)),
                            total_exact=retrieval.total_exact, backend=fallback_module.backend_kind(used),
                            fell_back=fell_back)
    return outcome, (None if extra is None else (extra, used, fell_back))


def can_change_answer(query: AnalysedQuery, corrected: AnalysedQuery) -> bool:
    """Whether searching ``corrected`` may find other pages than ``query``: not when both analyse
    to the same concepts (e.g. a correction that only changes an affix the stemmer removes)."""
    return [c.alternatives for c in query.concepts] != [c.alternatives for c in corrected.concepts]


def mark_known(query: AnalysedQuery | None, corrector) -> None:
    """Mark the concepts that are words of the site's vocabulary (no typo to tolerate)."""
    if query and corrector:
        for concept in query.concepts:
            concept.known = corrector.knows(concept.surface)


def search_pages(raw_query: str, locale, filters: Filters | None = None, sort: str = "relevance",
                 backend=None, fallback=None, synonyms=None, corrector=None) -> SearchOutcome:
    """Search live, public pages of ``locale``; see the module docstring.

    When few pages match every word, a typo is likely: a correction from the site's own
    vocabulary is suggested, and its results are shown instead when they match clearly more.
    The correction is computed first (it costs microseconds); on the engine, when it may
    change the answer, it is searched in the same request as the query, so a search is
    always one round trip. The answer is the same as searching it afterwards.
    """
    language = language_of(locale.language_code)
    table = synonym_table() if synonyms is None else synonyms
    query = analyse_query(raw_query, language, table)
    if not query:
        return SearchOutcome(query=query)
    corrector = corrector_for(locale) if corrector is None else corrector
    suggestion = corrector.suggest(query.text) if corrector else None
    if suggestion == query.text.casefold():
        suggestion = None
    corrected = analyse_query(suggestion, language, table) if suggestion else None
    for analysed in (query, corrected):
        mark_known(analysed, corrector)
    worth_trying = bool(corrected) and can_change_answer(query, corrected)
    outcome, answered = _run(query, locale, filters, sort, backend, fallback,
                             speculative=corrected if worth_trying else None)
    if outcome.exact_count >= FEW_RESULTS or not suggestion:
        return outcome
    if worth_trying:
        retry, _ = _run(corrected, locale, filters, sort, backend, fallback, answered=answered)
        if retry.exact_count > outcome.exact_count:
            retry.corrected_from = query.text
            return retry
    outcome.suggestion = suggestion
    return outcome


def result_date(page) -> datetime.date | None:
    value = getattr(page, "publication_date", None)
    if value:
        return value
    when = page.last_published_at or page.first_published_at
    return timezone.localdate(when) if when else None
