"""Query analysis, second-stage ranking and snippet highlighting (no backend needed)."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from search.analysis import analyse_query, analysed_text, english_stem
from search.highlight import highlight, snippet
from search.models import SearchSynonyms
from search.ranking import Candidate, rerank
from search.synonyms import default_table


@pytest.mark.parametrize("one,other", [("programmes", "programme"), ("policies", "policy"),
                                       ("counselling", "counseling"), ("shackled", "shackling"),
                                       ("disabled", "disability"), ("renovating", "renovation"),
                                       ("families", "family")])
def test_english_forms_of_one_word_share_a_stem(one, other):
    assert english_stem(one) == english_stem(other)


@pytest.mark.parametrize("word", ["lk3", "pkh", "bus", "is", "2024"])
def test_short_words_acronyms_and_numbers_are_left_alone(word):
    assert english_stem(word) == word


def test_indonesian_and_english_index_text():
    assert analysed_text("Pelayanan kesejahteraan, membantu penerima!", "id") == "layan sejahtera bantu terima"
    assert analysed_text("Social services for families", "en") == "social servic for famili"


def test_query_concepts_drop_stop_words_and_expand_acronyms():
    query = analyse_query("layanan LK3 di Sleman", "id", default_table())
    assert [c.surface for c in query.concepts] == ["layanan", "lk3", "sleman"]
    lk3 = query.concepts[1]
    assert lk3.alternatives == [("lk3",), ("lembaga", "konsultasi", "sejahtera", "keluarga")]
    assert analyse_query("yang di dan", "id").stems == ["yang", "di", "dan"]  # only stop words: keep them
    span = analyse_query("kekerasan dalam rumah tangga", "id", default_table())
    assert len(span.concepts) == 1 and ("kdrt",) in span.concepts[0].alternatives


def test_rerank_puts_all_words_first_then_title_then_recency():
    query = analyse_query("bantuan lansia", "id")
    today = datetime.date(2026, 1, 1)
    pool = [Candidate(1, -9.0, "Bantuan banjir", all_words=False, date=today),
            Candidate(2, -3.0, "Kegiatan bulanan", lead="bantuan untuk lansia", date=today),
            Candidate(3, -3.0, "Bantuan lansia", date=datetime.date(2012, 1, 1)),
            Candidate(4, -3.0, "Bantuan lansia", date=datetime.date(2025, 1, 1))]
    assert [c.pk for c in rerank(query, pool, today)] == [4, 3, 2, 1]


def test_highlight_escapes_everything_but_its_marks():
    query = analyse_query("bantuan script", "id")
    html = highlight('<script>alert("membantu")</script> & bantuan', query)
    assert html == ('&lt;<mark>script</mark>&gt;alert(&quot;<mark>membantu</mark>&quot;)&lt;/<mark>script</mark>'
                    '&gt; &amp; <mark>bantuan</mark>')


def test_snippet_prefers_the_lead_then_the_passage_with_a_match():
    query = analyse_query("banjir", "id")
    body = "Awal. " * 80 + "Warga korban banjir mengungsi ke balai desa. " + "Akhir. " * 80
    text = snippet(["Ringkasan kegiatan tanpa kata itu.", body], query)
    assert "korban <mark>banjir</mark> mengungsi" in text and text.startswith("… ") and len(text) < 330
    assert snippet(["Ringkasan tanpa kecocokan."], query) == "Ringkasan tanpa kecocokan."


def test_synonym_setting_seeded_validated_and_applied(db, client, corpus):
    setting = SearchSynonyms.load()
    assert ["PKH", "Program Keluarga Harapan"] in setting.groups()
    setting.synonyms = "TRC = tim tanggap darurat\nonly-one-term"
    with pytest.raises(ValidationError) as error:
        setting.full_clean()
    assert "Line 2" in str(error.value)
    setting.synonyms = "TRC = tim tanggap darurat"
    setting.full_clean()
    setting.save()
    html = client.get("/cari/", {"q": "TRC"}).content.decode()
    assert corpus["membantu"].url in html
