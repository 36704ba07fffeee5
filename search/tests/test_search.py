"""Search behaviour, run on every backend (see conftest.search_backend)."""

import datetime

import pytest
from wagtail.models import Locale
from wagtail.search.query import Boost, Fuzzy, Or

from cms.tests import factories as f
from search.analysis import analyse_query
from search.service import Filters, build_queries, mark_known, search_pages
from search.spelling import SpellCorrector
from search.synonyms import SynonymTable


def titles(search_backend, query, locale=None, **kwargs):
    locale = locale or Locale.get_default()
    outcome = search_pages(query, locale, backend=search_backend.backend, fallback=search_backend.fallback,
                           **kwargs)
    return [c.title for c in outcome.candidates]


def news(parent, author, title, summary="Ringkasan.", body="Isi.", **kwargs):
    return f.NewsPageFactory(parent=parent, authors=[author], title=title, summary=summary,
                             body=[("paragraph", f"<p>{body}</p>")], **kwargs)


@pytest.mark.parametrize("query", ["bantu", "bantuan", "membantu", "dibantu"])
def test_bantu_family_finds_each_other(search_backend, corpus, query):
    search_backend.rebuild()
    found = titles(search_backend, query)
    assert corpus["bantuan"].title in found
    assert corpus["membantu"].title in found
    assert corpus["konseling"].title not in found


@pytest.mark.parametrize("indexed,queries", [
    ("Pelayanan terpadu bagi warga", ["layan", "layanan", "melayani"]),
    ("Indeks kesejahteraan naik", ["sejahtera"]),
    ("Daftar penerima manfaat", ["terima", "menerima"]),
    ("Warga berkonsultasi dengan pendamping", ["konsultasi"]),
])
def test_affixed_forms_match_roots(search_backend, site_tree, indexed, queries):
    page = news(site_tree["news_index"], site_tree["author"], indexed)
    search_backend.rebuild()
    for query in queries:
        assert page.title in titles(search_backend, query), query


def test_acronym_finds_expansion_and_back(search_backend, corpus):
    search_backend.rebuild()
    assert titles(search_backend, "KDRT")[0] == corpus["kdrt"].title
    assert titles(search_backend, "Program Keluarga Harapan")[0] == corpus["pkh"].title
    assert corpus["bantuan"].title in titles(search_backend, "bansos")


def test_editor_synonyms_apply_without_reindex(search_backend, corpus):
    search_backend.rebuild()
    assert corpus["membantu"].title not in titles(search_backend, "TRC", synonyms=SynonymTable([]))
    table = SynonymTable([["TRC", "tim tanggap darurat"]])
    assert titles(search_backend, "TRC", synonyms=table) == [corpus["membantu"].title]


def test_title_match_beats_body_match(search_backend, corpus):
    search_backend.rebuild()
    found = titles(search_backend, "kesejahteraan sosial")
    assert found.index(corpus["title_match"].title) < found.index(corpus["body_only"].title)


def test_pages_with_all_words_come_first_but_partial_matches_stay(search_backend, corpus):
    search_backend.rebuild()
    found = titles(search_backend, "bantuan lansia")
    assert found[0] == corpus["bantuan"].title
    assert corpus["membantu"].title in found[1:]


def test_newer_news_breaks_ties(search_backend, site_tree):
    old = news(site_tree["news_index"], site_tree["author"], "Sosialisasi program rehabilitasi",
               publication_date=datetime.date(2015, 3, 1), slug="sosialisasi-2015")
    new = news(site_tree["news_index"], site_tree["author"], "Sosialisasi program rehabilitasi",
               publication_date=datetime.date(2025, 3, 1), slug="sosialisasi-2025")
    search_backend.rebuild()
    outcome = search_pages("rehabilitasi", Locale.get_default(), backend=search_backend.backend,
                           fallback=search_backend.fallback)
    assert [c.pk for c in outcome.candidates] == [new.pk, old.pk]
    newest = search_pages("rehabilitasi", Locale.get_default(), sort="newest", backend=search_backend.backend,
                          fallback=search_backend.fallback)
    assert [c.pk for c in newest.candidates] == [new.pk, old.pk]


def test_only_the_active_language(search_backend, corpus, english):
    english_post = corpus["bantuan"].copy_for_translation(english, copy_parents=True)
    english_post.title = "Social assistance for older people"
    english_post.save_revision().publish()
    search_backend.rebuild()
    assert titles(search_backend, "assistance", locale=english) == [english_post.title]
    assert titles(search_backend, "assistance") == []
    # English analysis: plural folding, no Indonesian stemming.
    assert titles(search_backend, "older peoples", locale=english) == [english_post.title]
    assert corpus["bantuan"].title not in titles(search_backend, "bantuan", locale=english)


def test_only_live_pages_and_index_follows_publishing(search_backend, corpus):
    search_backend.rebuild()
    page = corpus["pkh"]
    assert page.title in titles(search_backend, "pencairan")
    page.unpublish()
    search_backend.refresh()
    assert page.title not in titles(search_backend, "pencairan")
    page.save_revision().publish()
    search_backend.refresh()
    assert page.title in titles(search_backend, "pencairan")
    draft = news(corpus["news_index"], corpus["author"], "Pencairan tahap ketiga", live=False)
    search_backend.refresh()
    assert draft.title not in titles(search_backend, "pencairan")
    page.delete()
    search_backend.refresh()
    assert titles(search_backend, "pencairan") == []


def test_new_and_moved_pages_are_found_at_once(search_backend, corpus):
    search_backend.rebuild()
    other_index = f.NewsIndexPageFactory(parent=corpus["home"], title="Arsip", slug="arsip")
    fresh = news(corpus["news_index"], corpus["author"], "Rehabilitasi rumah tidak layak huni")
    search_backend.refresh()
    assert titles(search_backend, "RTLH") == [fresh.title]
    fresh.move(other_index, pos="last-child")
    search_backend.refresh()
    outcome = search_pages("rehabilitasi rumah", Locale.get_default(), backend=search_backend.backend,
                           fallback=search_backend.fallback)
    assert outcome.candidates[0].pk == fresh.pk
    fresh.refresh_from_db()
    assert fresh.url_path.startswith(other_index.url_path)


def test_filters(search_backend, corpus):
    category = f.CategoryFactory(name="Bencana", slug="bencana")
    corpus["membantu"].categories.add(category)
    corpus["membantu"].save_revision().publish()
    corpus["bantuan"].programme_links.create(programme=corpus["lk3"])
    corpus["bantuan"].save_revision().publish()
    search_backend.rebuild()
    everything = titles(search_backend, "bantuan")
    assert len(everything) >= 2
    assert titles(search_backend, "bantuan", filters=Filters(category=category.pk)) == [corpus["membantu"].title]
    assert titles(search_backend, "bantuan", filters=Filters(programme=corpus["lk3"].pk)) == [corpus["bantuan"].title]
    assert titles(search_backend, "keluarga", filters=Filters(kind="programme")) == [corpus["lk3"].title]
    assert corpus["lk3"].title not in titles(search_backend, "keluarga", filters=Filters(kind="news"))
    assert titles(search_backend, "kesejahteraan", filters=Filters(year=2020)) == [corpus["title_match"].title]


def test_typo_is_corrected_from_site_vocabulary(search_backend, corpus):
    search_backend.rebuild()
    outcome = search_pages("konselnig keluarga", Locale.get_default(), backend=search_backend.backend,
                           fallback=search_backend.fallback)
    assert outcome.corrected_from == "konselnig keluarga"
    assert outcome.query.text == "konseling keluarga"
    assert outcome.candidates[0].title == corpus["konseling"].title


def _fuzzy_texts(query):
    any_query, _all = build_queries(query, engine=True)
    parts = any_query.subqueries if isinstance(any_query, Or) else [any_query]
    return [p.subquery.query_string for p in parts if isinstance(p, Boost) and isinstance(p.subquery, Fuzzy)]


def test_the_engine_tolerates_typos_only_in_words_the_site_does_not_know():
    corrector = SpellCorrector([("bantuan", 40), ("lansia", 12), ("asuh", 9)])
    query = analyse_query("bantuan lansai pengasuhnya")
    assert _fuzzy_texts(query) == ["bantuan lansai pengasuhnya"]  # no vocabulary: every word
    mark_known(query, corrector)
    assert [c.known for c in query.concepts] == [True, False, True]  # "pengasuhnya": its root is known
    assert _fuzzy_texts(query) == ["lansai"]
    known = analyse_query("bantuan lansia")
    mark_known(known, corrector)
    assert _fuzzy_texts(known) == []
    mark_known(query, None)  # no corrector (it could not be built): nothing changes
    assert _fuzzy_texts(query) == ["lansai"]


def test_a_typo_still_finds_its_page_when_the_other_words_are_known(search_backend, corpus):
    search_backend.rebuild()
    outcome = search_pages("konseling kelurga", Locale.get_default(), backend=search_backend.backend,
                           fallback=search_backend.fallback)
    assert outcome.candidates[0].title == corpus["konseling"].title


@pytest.mark.parametrize("query", ["", "   ", "AND OR NOT", '( ) " * ~ : \\', "'; DROP TABLE x; --",
                                   "<script>alert(1)</script>", "a" * 10_000, "bantuan " * 2000, "%E0%A4%A"])
def test_hostile_queries_never_raise(search_backend, corpus, query):
    search_backend.rebuild()
    outcome = search_pages(query, Locale.get_default(), backend=search_backend.backend,
                           fallback=search_backend.fallback)
    assert outcome.fell_back is False
    assert len(outcome.query.text) <= 200
