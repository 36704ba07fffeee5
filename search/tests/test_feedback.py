"""Pseudo-relevance feedback (search.ranking) and the page profiles it compares (search.profiles)."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from search.analysis import analyse_query
from search.models import PageProfile
from search.profiles import PROFILE_SIZE, profile_of
from search.ranking import FEEDBACK_PAGES, Candidate, feedback_similarity, rerank
from search.service import apply_display, describe, page_queryset

TODAY = datetime.date(2026, 12, 1)


def _pool(*profiles):
    return [tuple(p.split()) for p in profiles]


def test_a_profile_sharing_the_first_pages_rare_words_is_the_most_similar():
    profiles = _pool("psikososial trauma anak", "psikososial gempa lansia", "psikososial relawan cianjur",
                     "psikososial relawan merapi", "gudang logistik anak", "sembako pasar murah",
                     "bedah rumah warga", "data terpadu kalurahan")
    similarity = feedback_similarity(profiles)
    assert similarity[3] > similarity[4] > similarity[5] == 0.0
    assert max(similarity[3:]) == similarity[3]
    assert similarity[0] > similarity[3]  # a first page is most like the centre it is part of


def test_a_word_every_profile_holds_weighs_almost_nothing():
    profiles = _pool("dinas psikososial", "dinas trauma", "dinas relawan", "dinas gudang", "dinas sembako")
    assert feedback_similarity(profiles)[3] < 0.05


def test_no_feedback_when_the_pool_is_no_larger_than_the_feedback_pages():
    profiles = _pool(*["psikososial trauma"] * FEEDBACK_PAGES)
    assert feedback_similarity(profiles) == [0.0] * FEEDBACK_PAGES


def _candidate(pk, score, title, lead="", profile=None, all_words=False):
    return Candidate(pk, score, title, lead=lead, date=TODAY, all_words=all_words,
                     profile=tuple(profile.split()) if profile else None)


def test_rerank_brings_up_the_neighbours_of_the_pages_found_first():
    query = analyse_query("memulihkan trauma korban bencana")
    pool = [_candidate(1, 9.0, "Trauma korban gempa dipulihkan", profile="trauma korban gempa pulih psikososial"),
            _candidate(2, 8.0, "Korban banjir dapat dukungan", profile="korban banjir dukung psikososial anak"),
            _candidate(3, 7.5, "Pemulihan korban kebakaran", profile="pulih korban bakar psikososial kampung"),
            _candidate(4, 6.0, "Gudang logistik bencana", profile="gudang logistik bencana stok pengungsi"),
            _candidate(5, 5.0, "Permainan tradisional di pengungsian",
                       profile="main tradisional ungsi psikososial anak relawan"),
            _candidate(6, 5.0, "Sembako murah", profile="sembako murah pasar")]
    ranked = rerank(query, pool, TODAY)
    order = [c.pk for c in ranked]
    assert order.index(5) < order.index(4)  # no query word in its title, but the subject of the first pages
    assert ranked[order.index(5)].signals["feedback"] > ranked[order.index(4)].signals["feedback"]
    assert order[-1] == 6


def test_feedback_never_lifts_a_page_above_the_pages_with_every_word():
    query = analyse_query("trauma korban")
    pool = [_candidate(1, 9.0, "Trauma korban gempa", profile="trauma korban gempa psikososial", all_words=True),
            _candidate(2, 1.0, "Korban trauma", profile="korban trauma sembako", all_words=True),
            _candidate(3, 8.0, "Psikososial gempa", profile="trauma korban gempa psikososial"),
            _candidate(4, 7.0, "Psikososial", profile="trauma korban gempa psikososial"),
            _candidate(5, 6.0, "Psikososial", profile="trauma korban gempa psikososial")]
    assert [c.pk for c in rerank(query, pool, TODAY)][:2] == [1, 2]


def test_without_a_stored_profile_the_title_and_lead_stand_in():
    query = analyse_query("bantuan")
    pool = [_candidate(pk, 1.0, f"Bantuan sosial {pk}", lead="Penyaluran bantuan") for pk in range(1, 6)]
    rerank(query, pool, TODAY)
    assert pool[0].profile[:2] == ("bantu", "sosial") and "salur" in pool[0].profile


def test_a_profile_is_the_first_distinct_stems_up_to_its_size():
    stems = [f"w{i % (PROFILE_SIZE + 50)}" for i in range(1000)]
    profile = profile_of(["a", "b", "a"] + stems)
    assert profile[:3] == ("a", "b", "w0") and len(profile) == PROFILE_SIZE and len(set(profile)) == PROFILE_SIZE


def _stored(page):
    return PageProfile.objects.filter(page_id=page.pk).values_list("words", flat=True).first()


def test_the_database_index_keeps_each_page_profile_current(corpus):
    """Publishing writes the profile, publishing again rewrites it, deleting drops it. (A draft
    stays in Wagtail's index, for the admin's search, and so does its profile.)"""
    page = corpus["membantu"]
    assert _stored(page).split()[:3] == ["relawan", "bantu", "korban"]
    page.title = "Relawan Tagana mengevakuasi warga"
    page.save_revision().publish()
    assert _stored(page).split()[:3] == ["relawan", "tagana", "evakuasi"]
    other = corpus["kdrt"]
    assert _stored(other)
    other.delete()
    assert _stored(other) is None


def test_results_read_their_profiles_in_the_query_that_reads_their_titles(corpus):
    pages = [corpus["bantuan"], corpus["kdrt"], corpus["pkh"]]
    queryset = page_queryset(Locale.get_default())
    with CaptureQueriesContext(connection) as captured:
        described = describe([Candidate(pk=p.pk, score=1.0) for p in pages], queryset)
    assert len(captured) <= 2  # the pages, then the news pages' lead and date
    assert all(c.profile and c.profile == tuple(_stored(c_page).split())
               for c, c_page in zip(described, pages, strict=True))


def test_the_engine_document_carries_the_same_profile(corpus):
    page = corpus["konseling"].specific
    assert page.search_display()["profile"] == _stored(page)


def test_an_engine_hit_brings_its_profile_with_it():
    candidate = Candidate(pk=1, score=1.0)
    assert apply_display(candidate, {"title": "Relawan", "lead": "", "date": None, "profile": "relawan tagana latih"})
    assert candidate.profile == ("relawan", "tagana", "latih")
    older = Candidate(pk=2, score=1.0)  # indexed before profiles: the title and lead stand in
    assert apply_display(older, {"title": "Relawan", "lead": "", "date": None}) and older.profile is None
