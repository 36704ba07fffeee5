"""The hand-written evaluation set: news posts written one by one, queries and graded judgments.

`bench/search/evalset/*.json` holds slices written by different people on different topics
(S1–S6 in Indonesian, E1 in English); each has ``docs`` and ``queries``. Unlike the generated
corpus (bench/search/corpus.py), no two posts share a template, so the figures it gives are a
fair prediction for real content. Judgments (3 exactly what was asked, 2 clearly relevant,
1 marginal, absent 0) were made by reading every document of the writer's slice; documents of
other slices that the backends rank high were judged afterwards ("pooling", as TREC does), and
those grades live in ``pooled.json``.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.models import Locale, Page

from news.models import NewsPageTag

from . import loader
from .corpus import Post

EVALSET_DIR = Path(__file__).resolve().parent / "evalset"
POOLED_FILE = "pooled.json"
QUERY_TYPES = ("morphology", "acronym", "place", "typo", "plain")
LANGUAGES = ("id", "en")


@dataclass
class Doc:
    id: str
    lang: str
    date: datetime.date
    title: str
    summary: str
    body: list[str]
    tags: list[str]


@dataclass
class Query:
    id: str
    lang: str
    type: str
    text: str
    judgments: dict[str, int] = field(default_factory=dict)


def _slices(directory: Path):
    files = sorted(p for p in directory.glob("*.json") if p.name != POOLED_FILE)
    if not files:
        raise CommandError(f"No evaluation slices in {directory}.")
    for path in files:
        try:
            yield path.name, json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{path}: {error}") from error


def read_set(directory: Path = EVALSET_DIR) -> tuple[list[Doc], list[Query]]:
    """Every slice's documents and queries, with the pooled judgments merged in; checked."""
    docs, queries = [], []
    for _name, data in _slices(directory):
        for raw in data["docs"]:
            docs.append(Doc(id=raw["id"], lang=raw["lang"], date=datetime.date.fromisoformat(raw["date"]),
                            title=raw["title"], summary=raw["summary"], body=list(raw["body"]),
                            tags=list(raw.get("tags", []))))
        for raw in data["queries"]:
            queries.append(Query(id=raw["id"], lang=raw["lang"], type=raw["type"], text=raw["q"],
                                 judgments={k: int(v) for k, v in raw["judgments"].items()}))
    pooled = directory / POOLED_FILE
    if pooled.exists():
        extra = json.loads(pooled.read_text(encoding="utf-8"))
        for query in queries:
            for doc_id, grade in extra.get(query.id, {}).items():
                query.judgments.setdefault(doc_id, int(grade))
    check(docs, queries)
    return docs, queries


def check(docs: list[Doc], queries: list[Query]) -> None:
    """Refuse a set whose ids, languages, types or grades are not what the metrics assume."""
    by_id = {}
    for doc in docs:
        if doc.id in by_id:
            raise CommandError(f"Document id {doc.id} appears twice.")
        if doc.lang not in LANGUAGES:
            raise CommandError(f"Document {doc.id}: unknown language {doc.lang!r}.")
        by_id[doc.id] = doc
    seen = set()
    for query in queries:
        if query.id in seen:
            raise CommandError(f"Query id {query.id} appears twice.")
        seen.add(query.id)
        if query.type not in QUERY_TYPES:
            raise CommandError(f"Query {query.id}: unknown type {query.type!r}.")
        for doc_id, grade in query.judgments.items():
            if doc_id not in by_id:
                raise CommandError(f"Query {query.id} judges {doc_id}, which is not in the set.")
            if grade not in (0, 1, 2, 3):
                raise CommandError(f"Query {query.id}: grade {grade} for {doc_id} is not 0–3.")


def load(docs: list[Doc]) -> dict[int, str]:
    """Publish the documents as news posts of their language's corpus section; {page pk: doc id}."""
    pk_to_doc = {}
    for lang in LANGUAGES:
        chosen = [d for d in docs if d.lang == lang]
        if not chosen:
            continue
        locale = Locale.objects.get_or_create(language_code=lang)[0]
        posts = [Post(number=i, topic=d.id, region="", secondary=None, date=d.date, title=d.title,
                      summary=d.summary, paragraphs=d.body) for i, d in enumerate(chosen, start=1)]
        parent = loader.load(posts, locale=locale)
        pks = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("path")
        pk_to_doc.update(zip(pks.values_list("pk", flat=True), (d.id for d in chosen), strict=True))
    _tag(docs, pk_to_doc)
    return pk_to_doc


def _tag(docs: list[Doc], pk_to_doc: dict[int, str]) -> None:
    """The editors' tags of each post, in bulk (taggit's API saves one row at a time)."""
    doc_to_pk = {doc_id: pk for pk, doc_id in pk_to_doc.items()}
    names = sorted({tag.strip() for d in docs for tag in d.tags if tag.strip()}, key=str.casefold)
    tags = {}
    for name in names:  # one tag per slug: "KDRT" and "kdrt" are the same tag
        key = _tag_slug(name)
        if key not in tags:
            tags[key] = Tag.objects.get_or_create(slug=key, defaults={"name": name})[0]
    rows = {(tags[_tag_slug(t)].pk, doc_to_pk[d.id]) for d in docs for t in d.tags if t.strip()}
    NewsPageTag.objects.bulk_create([NewsPageTag(tag_id=tag, content_object_id=pk) for tag, pk in rows])


def _tag_slug(name: str) -> str:
    return slugify(name.strip())[:100] or name.strip().casefold()[:100]
