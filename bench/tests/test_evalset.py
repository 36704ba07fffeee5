"""The hand-written evaluation set: its size and shape, its loader, and the eval command on it."""

import json

import pytest
from django.core.management.base import CommandError
from wagtail.models import Page

from bench.search import handwritten
from news.models import NewsPage


def test_the_shipped_set_is_as_large_and_varied_as_the_issue_asks():
    docs, queries = handwritten.read_set()
    assert len(docs) >= 1000
    assert len(queries) >= 120
    for lang in handwritten.LANGUAGES:
        types = {q.type for q in queries if q.lang == lang}
        assert types == set(handwritten.QUERY_TYPES), lang
    for query in queries:
        assert sum(1 for g in query.judgments.values() if g >= 2) >= 3, query.id
        langs = {d.lang for d in docs if d.id in query.judgments}
        assert langs == {query.lang}, query.id


def test_no_sentence_is_shared_by_two_documents():
    docs, _queries = handwritten.read_set()
    seen = {}
    for doc in docs:
        for paragraph in doc.body:
            for sentence in paragraph.split(". "):
                if len(sentence) > 40:
                    assert seen.setdefault(sentence, doc.id) == doc.id, sentence


def _write(directory, docs, queries, name="X1.json"):
    (directory / name).write_text(json.dumps({"docs": docs, "queries": queries}), encoding="utf-8")


def _doc(doc_id, lang="id", title="Bantuan kursi roda untuk warga Bantul", tags=("disabilitas",)):
    return {"id": doc_id, "lang": lang, "date": "2020-05-04", "title": title, "summary": "Ringkasan.",
            "body": ["Paragraf pertama tentang bantuan.", "Paragraf kedua."], "tags": list(tags)}


@pytest.mark.parametrize("change, message", [
    (lambda d, q: d.append(dict(d[0])), "appears twice"),
    (lambda d, q: q[0]["judgments"].update({"X1-999": 2}), "not in the set"),
    (lambda d, q: q[0].update(type="semantic"), "unknown type"),
    (lambda d, q: q[0]["judgments"].update({"X1-001": 5}), "not 0–3"),
    (lambda d, q: d[0].update(lang="jv"), "unknown language"),
])
def test_a_broken_slice_is_refused_with_a_clear_message(tmp_path, change, message):
    docs = [_doc("X1-001"), _doc("X1-002")]
    queries = [{"id": "X1-Q01", "lang": "id", "type": "plain", "q": "kursi roda", "judgments": {"X1-001": 3}}]
    change(docs, queries)
    _write(tmp_path, docs, queries)
    with pytest.raises(CommandError, match=message):
        handwritten.read_set(tmp_path)


def test_pooled_grades_are_added_without_overriding_the_writers(tmp_path):
    _write(tmp_path, [_doc("X1-001"), _doc("X1-002"), _doc("X1-003")],
           [{"id": "X1-Q01", "lang": "id", "type": "plain", "q": "kursi roda", "judgments": {"X1-001": 3}}])
    (tmp_path / handwritten.POOLED_FILE).write_text(json.dumps({"X1-Q01": {"X1-001": 1, "X1-002": 2}}))
    _docs, queries = handwritten.read_set(tmp_path)
    assert queries[0].judgments == {"X1-001": 3, "X1-002": 2}


@pytest.mark.django_db
def test_documents_are_published_in_their_language_with_their_tags(home_page):
    docs = [handwritten.Doc(id="X1-001", lang="id", date=handwritten.datetime.date(2019, 1, 2), title="Kursi roda",
                            summary="S.", body=["Isi."], tags=["Disabilitas", "disabilitas", "Bantul"]),
            handwritten.Doc(id="E1-001", lang="en", date=handwritten.datetime.date(2021, 3, 4),
                            title="Wheelchairs", summary="S.", body=["Text."], tags=["disability"])]
    pk_to_doc = handwritten.load(docs)
    assert sorted(pk_to_doc.values()) == ["E1-001", "X1-001"]
    by_doc = {doc_id: NewsPage.objects.get(pk=pk) for pk, doc_id in pk_to_doc.items()}
    assert by_doc["E1-001"].locale.language_code == "en"
    assert by_doc["X1-001"].locale.language_code == "id"
    assert sorted(t.slug for t in by_doc["X1-001"].tags.all()) == ["bantul", "disabilitas"]
    assert all(page.live for page in by_doc.values())
    assert Page.objects.get(pk=by_doc["E1-001"].get_parent().get_parent().pk).locale.language_code == "en"
