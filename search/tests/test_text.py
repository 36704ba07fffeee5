"""Tests for search.text, search.synonyms and search.spelling.

Pure Python: no database, no Django settings. Run with
    python -m pytest search/tests/test_text.py -q -p no:django
"""

import random
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from search.spelling import SpellCorrector, damerau_distance, vocabulary_from_texts
from search.synonyms import (
    DEFAULT_SYNONYMS,
    SynonymTable,
    default_table,
    parse_synonym_lines,
)
from search.text import STEM_OVERRIDES, normalise_query, stem, stem_text, tokenize

REPO_ROOT = Path(__file__).resolve().parents[2]


# --- normalise_query ------------------------------------------------------


def _is_clean(text: str) -> bool:
    """Only letters, digits, marks, single spaces and inner hyphens."""
    if text != text.strip() or "  " in text:
        return False
    for word in text.split(" ") if text else []:
        if word.startswith("-") or word.endswith("-") or "--" in word:
            return False
        for ch in word:
            if ch != "-" and unicodedata.category(ch)[0] not in "LNM":
                return False
    return True


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("", ""),
        ("   \t\n  ", ""),
        ('AND OR NOT ( ) " * ~ : \\ ^ [ ] { } ! + - /', ""),
        ("'; DROP TABLE--", "DROP TABLE"),
        ("1' OR '1'='1", "1 1 1"),
        ("<script>alert(1)</script>", "script alert 1 script"),
        ("%E0%A4%A", "E0 A4 A"),
        ("bantuan 😀 sosial 👨‍👩‍👧", "bantuan sosial"),
        ("bantuan\x00sosial", "bantuan sosial"),
        ("a\x07b\x1bc", "a b c"),
        ("zero\u200bwidth\ufeff", "zero width"),
        ("  bantuan    sosial  ", "bantuan sosial"),
        ("anak-anak", "anak-anak"),
        ("anak\u2011anak 2019\u20132024", "anak-anak 2019 2024"),
        ("covid-19 -spam --x-- a--b", "covid-19 spam x a-b"),
        ("bansos AND pkh OR kis NOT kdrt", "bansos pkh kis kdrt"),
        ("bansos and pkh or kis", "bansos pkh kis"),
        ("Orang Dengan Gangguan Jiwa", "Orang Dengan Gangguan Jiwa"),
        ("title:bansos^2 pkh~ kis* [a TO b] {c}", "title bansos 2 pkh kis a TO b c"),
        ("UU No. 11/2009", "UU No 11 2009"),
        ("Jum'at", "Jumat"),
        ("Ｂａｎｓｏｓ ﬁle", "Bansos file"),  # NFKC: full-width and ligature
        ("café", "café"),  # case and accents kept for display
    ],
)
def test_normalise_query_examples(raw, expected):
    assert normalise_query(raw) == expected


def test_normalise_query_long_input_cut_at_word_boundary():
    raw = " ".join(["kesejahteraan"] * 1000)  # ~14,000 characters
    result = normalise_query(raw)
    assert len(result) <= 200
    assert set(result.split()) == {"kesejahteraan"}
    assert result == " ".join(["kesejahteraan"] * (201 // 14))


def test_normalise_query_single_huge_word_is_hard_cut():
    assert normalise_query("x" * 10_000) == "x" * 200
    assert normalise_query("a-" * 5_000, max_length=10) == "a-a-a-a-a"


def test_normalise_query_respects_max_length_argument():
    assert normalise_query("bantuan sosial tunai", max_length=15) == "bantuan sosial"
    assert normalise_query("bantuan sosial", max_length=0) == ""
    assert normalise_query("bantuan sosial", max_length=-5) == ""


def test_normalise_query_non_string_input():
    assert normalise_query(None) == ""  # type: ignore[arg-type]
    assert normalise_query(b"bansos") == ""  # type: ignore[arg-type]


def test_normalise_query_lone_surrogate_does_not_raise():
    assert normalise_query("bansos\ud800pkh") == "bansos pkh"


def test_normalise_query_fuzz_never_raises_and_output_is_clean():
    rng = random.Random(1234)
    alphabet = (
        "abcXYZ019 -_'\"*~:\\^[]{}!+/()%;<>&|\x00\t\n\u200b\u0301é😀ＡﬁA\ud800ANDORNOT"
    )
    for _ in range(2000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        result = normalise_query(raw, max_length=rng.choice([5, 50, 200]))
        assert isinstance(result, str)
        assert _is_clean(result), (raw, result)
        assert normalise_query(result, max_length=300) == result  # idempotent
        assert result.split(" ") != ["AND"] and "OR" not in result.split(" ")


# --- tokenize ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("Bantuan Sosial", ["bantuan", "sosial"]),
        ("LK3 UU No. 11/2009", ["lk3", "uu", "no", "11", "2009"]),
        ("Café Naïve ÉLAN", ["cafe", "naive", "elan"]),
        ("anak-anak", ["anak"]),
        ("anak\u2010anak", ["anak"]),
        ("Anak-Anak bermain", ["anak", "bermain"]),
        ("berlari-lari", ["berlari"]),
        ("anak-anaknya", ["anaknya"]),
        ("sayur-sayuran", ["sayuran"]),
        ("sayur-mayur", ["sayur", "mayur"]),
        ("covid-19", ["covid", "19"]),
        ("kupu-kupu-kupu", ["kupu"]),
        ("snake_case", ["snake", "case"]),
        ("Jum'at dan Qur’an", ["jumat", "dan", "quran"]),
        ("bansos!!! (pkh)", ["bansos", "pkh"]),
        ("-anak- --", ["anak"]),
    ],
)
def test_tokenize(text, expected):
    assert tokenize(text) == expected


def test_tokenize_keeps_non_latin_letters():
    assert tokenize("ꦪꦺꦴꦒꦾ Yogya")[-1] == "yogya"
    assert tokenize("مرحبا") == ["مرحبا"]


def test_tokenize_non_string():
    assert tokenize(None) == []  # type: ignore[arg-type]


# --- stem -------------------------------------------------------------------


@pytest.mark.parametrize(
    "words, root",
    [
        (["bantu", "bantuan", "membantu", "dibantu"], "bantu"),
        (["layan", "layanan", "pelayanan", "melayani"], "layan"),
        (["sejahtera", "kesejahteraan"], "sejahtera"),
        (["terima", "penerima", "menerima"], "terima"),
        (["konsultasi", "berkonsultasi"], "konsultasi"),
        (["keluarga"], "keluarga"),
        (["kunjungan", "berkunjung", "mengunjungi"], "kunjung"),
        (["terlantar", "penelantaran", "ditelantarkan"], "telantar"),
        (["pengemis", "mengemis"], "kemis"),
    ],
)
def test_stem_families(words, root):
    assert [stem(w) for w in words] == [root] * len(words)


def test_keluarga_is_not_mangled():
    assert stem("keluarga") == "keluarga"
    assert stem("Keluarga") == "keluarga"
    assert stem_text("keluarga penerima manfaat") == "keluarga terima manfaat"


@pytest.mark.parametrize(
    "word",
    [
        "lk3",
        "pkh",
        "kdrt",
        "dtks",
        "bpnt",
        "psks",
        "ppks",
        "tksk",
        "pmks",
        "pksa",
        "odgj",
        "brspa",
        "wksbm",
        "rtlh",
        "uu",
        "kis",
        "2009",
        "11",
    ],
)
def test_acronyms_and_numbers_are_not_stemmed(word):
    assert stem(word) == word


def test_overrides_beat_sastrawi_overstemming():
    assert stem("relawan") == "relawan"  # Sastrawi: "rawan" (vulnerable)
    assert stem("rawan") == "rawan"
    assert stem("kinerja") == "kinerja"  # Sastrawi: "kerja"
    assert stem("berbasis") == "basis"  # Sastrawi: "bas"
    assert stem("pemilu") == "pemilu"  # Sastrawi: "milu"
    assert all(v == v.lower() and " " not in v for v in STEM_OVERRIDES.values())


def test_stem_edge_inputs():
    assert stem("") == ""
    assert stem("   ") == ""
    assert stem(None) == ""  # type: ignore[arg-type]
    assert stem("  Pelayanan ") == "layan"
    assert stem("مرحبا") == "مرحبا"


def test_stem_is_cached():
    stem.cache_clear()
    stem("kesejahteraan")
    stem("kesejahteraan")
    info = stem.cache_info()
    assert info.hits >= 1 and info.maxsize >= 100_000


def test_stem_text():
    text = "Pelayanan Kesejahteraan Sosial bagi Anak-anak dan Keluarga (LK3) 2024"
    assert stem_text(text) == "layan sejahtera sosial bagi anak dan keluarga lk3 2024"
    assert stem_text("") == ""
    assert stem_text("!!! ???") == ""


def test_index_and_query_stems_meet():
    """A page saying 'pelayanan' must be found by a query for 'layanan'."""
    page = set(
        stem_text("Kami memberikan pelayanan dan bantuan kepada penerima").split()
    )
    for query in ["layanan", "membantu", "terima", "melayani"]:
        assert set(stem_text(query).split()) <= page


def test_modules_import_without_django_and_build_stemmer_lazily():
    code = (
        "import sys, search.text, search.synonyms, search.spelling\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('django', 'wagtail')]\n"
        "assert 'Sastrawi' not in sys.modules\n"
        "assert search.text._stemmer.cache_info().currsize == 0\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


# --- synonyms -----------------------------------------------------------------


@pytest.fixture(scope="module")
def table():
    return default_table()


def test_expand_acronym_to_long_form(table):
    assert table.expand("LK3 Sleman") == ["lembaga konsultasi kesejahteraan keluarga"]
    assert table.expand(["kdrt"]) == ["kekerasan dalam rumah tangga"]


def test_expand_long_form_to_acronym(table):
    assert table.expand("Lembaga Konsultasi Kesejahteraan Keluarga") == ["lk3"]
    assert table.expand("kekerasan dalam rumah tangga di Bantul") == ["kdrt"]


def test_expand_matches_on_stems(table):
    # "membantu" and "bantuan" share the stem "bantu".
    assert table.expand("bantuan sosial") == ["bansos"]
    assert table.expand("membantu sosial") == ["bansos"]
    assert table.expand("pelayanan program keluarga berharap") == ["pkh"]


def test_expand_prefers_longest_match(table):
    assert table.expand("penyandang disabilitas") == ["difabel", "disabilitas"]
    assert table.expand("difabel") == ["disabilitas", "penyandang disabilitas"]
    assert table.expand("Daerah Istimewa Yogyakarta") == ["diy"]
    assert table.expand("yogyakarta") == ["jogja", "yogya", "jogjakarta"]


def test_expand_several_terms_and_nothing(table):
    assert table.expand("pkh dan dtks") == [
        "program keluarga harapan",
        "data terpadu kesejahteraan sosial",
    ]
    assert table.expand("jadwal posyandu") == []
    assert table.expand("") == []
    assert table.expand("konsultasi keluarga") == []  # a partial phrase is not a term


def test_variants_rewrite_whole_query(table):
    assert table.variants("LK3 Sleman") == [
        "lembaga konsultasi kesejahteraan keluarga sleman"
    ]
    assert table.variants("bantuan sosial tunai") == ["bansos tunai"]
    assert table.variants("pkh dtks") == [
        "program keluarga harapan dtks",
        "pkh data terpadu kesejahteraan sosial",
    ]


def test_spans(table):
    tokens = tokenize("info LK3 dan bantuan sosial")
    assert table.spans(tokens) == [
        (1, 2, ["lembaga konsultasi kesejahteraan keluarga"]),
        (3, 5, ["bansos"]),
    ]


def test_groups_are_not_merged_transitively():
    table = SynonymTable([["a1", "beta"], ["beta", "gamma"]])
    assert table.expand("a1") == ["beta"]
    assert table.expand("beta") == ["a1", "gamma"]
    assert table.expand("gamma") == ["beta"]


def test_default_synonyms_cover_requested_acronyms(table):
    acronyms = {group[0].lower() for group in DEFAULT_SYNONYMS}
    for expected in [
        "lk3",
        "wksbm",
        "pkh",
        "kdrt",
        "bansos",
        "psks",
        "ppks",
        "tksk",
        "pmks",
        "kpm",
        "bpnt",
        "dtks",
        "pbi",
        "odgj",
        "lansia",
        "difabel",
        "dinsos",
        "kemensos",
        "depsos",
        "brspa",
        "lks",
        "psm",
        "rtlh",
        "pksa",
        "kis",
        "diy",
        "jogja",
    ]:
        assert expected in acronyms
        assert table.expand(expected), expected
    assert all(len(group) >= 2 for group in DEFAULT_SYNONYMS)


def test_empty_table():
    table = SynonymTable([])
    assert len(table) == 0
    assert table.expand("lk3") == [] and table.variants("lk3") == []


# --- parse_synonym_lines ------------------------------------------------------


def test_parse_synonym_lines_valid():
    text = """
    # comment line
    LK3 = Lembaga Konsultasi Kesejahteraan Keluarga

    bansos, bantuan sosial, bantuan-sosial
    difabel = disabilitas, penyandang   disabilitas,
    """
    groups, errors = parse_synonym_lines(text)
    assert errors == []
    assert groups == [
        ["LK3", "Lembaga Konsultasi Kesejahteraan Keluarga"],
        ["bansos", "bantuan sosial"],  # "bantuan-sosial" is the same tokens
        ["difabel", "disabilitas", "penyandang disabilitas"],
    ]


def test_parse_synonym_lines_reports_bad_lines_without_raising():
    text = "\n".join(
        [
            "PKH = Program Keluarga Harapan",  # 1 ok
            "lonely",  # 2 one term
            "= , =",  # 3 no terms
            "PKH, pkh",  # 4 duplicates collapse to one term
            "ok = !!!",  # 5 term without letters
            "a = " + "x" * 101,  # 6 term too long
            ", ".join(f"t{i}" for i in range(21)),  # 7 too many terms
            "KDRT=kekerasan dalam rumah tangga",  # 8 ok
        ]
    )
    groups, errors = parse_synonym_lines(text)
    assert groups == [
        ["PKH", "Program Keluarga Harapan"],
        ["KDRT", "kekerasan dalam rumah tangga"],
    ]
    assert [e.split(":")[0] for e in errors] == [
        "Line 2",
        "Line 3",
        "Line 4",
        "Line 5",
        "Line 6",
        "Line 7",
    ]
    assert "'!!!'" in errors[3]


def test_parse_synonym_lines_edge_inputs():
    assert parse_synonym_lines("") == ([], [])
    assert parse_synonym_lines("# only\n\n   \n") == ([], [])
    groups, errors = parse_synonym_lines(None)  # type: ignore[arg-type]
    assert groups == [] and len(errors) == 1


def test_parsed_lines_round_trip_into_table():
    groups, errors = parse_synonym_lines(
        "LK3 = Lembaga Konsultasi Kesejahteraan Keluarga"
    )
    assert not errors
    assert SynonymTable(groups).expand("lk3") == [
        "lembaga konsultasi kesejahteraan keluarga"
    ]


def test_default_synonyms_survive_editor_format():
    text = "\n".join(" = ".join(group) for group in DEFAULT_SYNONYMS)
    groups, errors = parse_synonym_lines(text)
    assert errors == [] and groups == DEFAULT_SYNONYMS


# --- spelling -------------------------------------------------------------------

VOCABULARY = [
    ("bantuan", 500),
    ("bantu", 80),
    ("bantul", 120),
    ("konseling", 60),
    ("konselor", 40),
    ("disabilitas", 90),
    ("sosial", 900),
    ("keluarga", 400),
    ("pelayanan", 300),
    ("layanan", 250),
    ("anak", 600),
    ("lansia", 150),
    ("program", 200),
    ("harapan", 100),
    ("kesejahteraan", 350),
    ("dinas", 500),
    ("rumah", 120),
    ("sleman", 80),
    ("kulon", 30),
    ("progo", 30),
    ("data", 200),
    ("daftar", 70),
    ("panti", 50),
    ("pantai", 5),
]


@pytest.fixture(scope="module")
def speller():
    return SpellCorrector(VOCABULARY)


@pytest.mark.parametrize(
    "typo, expected",
    [
        ("bantaun", "bantuan"),  # transposition = 1 edit
        ("konselnig", "konseling"),
        ("disabilitsa", "disabilitas"),
        ("kesejahtraan", "kesejahteraan"),  # deletion
        ("pelayannan", "pelayanan"),  # insertion
        ("kelurga", "keluarga"),
        ("kesjahteran", "kesejahteraan"),  # two edits on a long word
        ("BANTAUN", "bantuan"),  # case-insensitive
        ("sosail", "sosial"),
        ("panty", "panti"),  # 1 edit; "pantai" is 2 edits away
    ],
)
def test_correct(speller, typo, expected):
    assert speller.correct(typo) == expected


@pytest.mark.parametrize(
    "word",
    [
        "bantuan",
        "Sosial",
        "lk3",
        "2009",
        "anq",
        "pkh",
        "bantunya",
        "zzzzzzzz",
        "",
        "ab12",
    ],
)
def test_correct_leaves_alone(speller, word):
    # Known words, digits, < 4 letters, inflections of known roots, hopeless.
    assert speller.correct(word) is None


def test_knows_a_word_or_its_root_and_nothing_else(speller):
    assert speller.knows("bantuan") and speller.knows("Sosial") and speller.knows("bantunya")
    assert not speller.knows("bantaun") and not speller.knows("zzzzzzzz")


def test_correct_short_words_allow_one_edit_only(speller):
    assert speller.correct("dinsa") == "dinas"  # transposition, 5 letters
    assert speller.correct("dnsa") is None  # 2 edits from "dinas", too short


def test_correct_prefers_distance_then_frequency():
    speller = SpellCorrector([("bantal", 5), ("bantul", 50), ("bantuan", 1000)])
    assert (
        speller.correct("bantol") == "bantul"
    )  # bantal ties at 1, bantul more frequent
    assert speller.correct("bantuna") == "bantuan"
    speller = SpellCorrector([("kabupaten", 1), ("kabupatan", 1000)])
    assert speller.correct("kabupaten") is None  # known word, even if rarer
    speller = SpellCorrector([("pelayanan", 1000), ("pelayaran", 1)])
    assert speller.correct("pelayaraan") == "pelayaran"  # distance 1 beats frequency


def test_suggest(speller):
    assert speller.suggest("bantaun sosail di Sleman") == "bantuan sosial di sleman"
    assert speller.suggest("bantuan sosial") is None
    assert speller.suggest("") is None
    assert speller.suggest(None) is None  # type: ignore[arg-type]


def test_vocabulary_from_texts_feeds_corrector():
    vocabulary = vocabulary_from_texts(["Bantuan sosial", "bantuan pangan", "LK3"])
    assert vocabulary["bantuan"] == 2 and vocabulary["lk3"] == 1
    assert SpellCorrector(vocabulary.items()).correct("pnagan") == "pangan"


def test_spell_corrector_rejects_bad_distance():
    with pytest.raises(ValueError):
        SpellCorrector([("bantuan", 1)], max_distance=3)


@pytest.mark.parametrize(
    "a, b, distance",
    [
        ("bantuan", "bantuan", 0),
        ("bantaun", "bantuan", 1),
        ("ab", "ba", 1),
        ("kitten", "sitting", 3),
        ("", "abc", 3),
        ("abcdef", "abdcfe", 2),
    ],
)
def test_damerau_distance(a, b, distance):
    assert damerau_distance(a, b, limit=5) == distance
    assert damerau_distance(a, b, limit=0) == min(distance, 1)


def test_index_agrees_with_brute_force():
    """The delete index (with prefix truncation) must not lose candidates."""
    rng = random.Random(7)
    letters = "aaabdeegiikklmmnnprsstuuy"
    vocabulary = {}
    while len(vocabulary) < 800:
        word = "".join(rng.choice(letters) for _ in range(rng.randint(3, 14)))
        vocabulary[word] = rng.randint(1, 50)
    speller = SpellCorrector(vocabulary.items())
    words = [w for w in vocabulary if w.isalpha()]

    def brute(word):
        if (
            len(word) < 4
            or word in vocabulary
            or stem(word) in vocabulary
            and stem(word) != word
        ):
            return None
        limit = 1 if len(word) <= 5 else 2
        ranked = sorted(
            (damerau_distance(word, w, limit), -vocabulary[w], w) for w in words
        )
        return ranked[0][2] if ranked and ranked[0][0] <= limit else None

    for _ in range(150):
        word = list(rng.choice(words))
        for _ in range(rng.randint(1, 2)):
            i = rng.randrange(len(word))
            op = rng.random()
            if op < 0.3 and i + 1 < len(word):
                word[i], word[i + 1] = word[i + 1], word[i]
            elif op < 0.6 and len(word) > 1:
                del word[i]
            else:
                word[i] = rng.choice(letters)
        typo = "".join(word)
        assert speller.correct(typo) == brute(typo), typo
