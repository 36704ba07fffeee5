"""The index computation and the grade boundaries of Permenpan-RB 14/2017."""

from decimal import Decimal

import pytest
from django.utils import translation

from survey import ikm


def test_index_is_the_mean_of_the_nine_scores_times_25():
    assert ikm.index_from_scores(["4.00"] * 9) == Decimal("100.00")
    assert ikm.index_from_scores(["1.00"] * 9) == Decimal("25.00")
    scores = ["3.28", "3.21", "3.05", "3.92", "3.30", "3.35", "3.52", "3.02", "3.10"]  # sum 29.75
    assert ikm.index_from_scores(scores) == Decimal("82.64")  # 29.75 / 9 * 25 = 82.638…


def test_index_rounds_half_up_to_two_decimals():
    # 8 × 3.00 + 3.0018 = 27.0018 → /9 × 25 = 75.005 exactly: half up gives 75.01 (banker's rounding 75.00).
    assert ikm.index_from_scores(["3.00"] * 8 + ["3.0018"]) == Decimal("75.01")


def test_index_needs_all_nine_elements():
    with pytest.raises(ValueError):
        ikm.index_from_scores(["3.00"] * 8)


@pytest.mark.parametrize(("index", "grade"), [
    ("100.00", "A"), ("88.31", "A"), ("88.30", "B"), ("88.305", "A"), ("88.3049", "B"),
    ("76.61", "B"), ("76.60", "C"), ("65.00", "C"), ("64.99", "D"), ("25.00", "D"),
])
def test_grade_boundaries(index, grade):
    assert ikm.grade_of(Decimal(index))[0] == grade


@pytest.mark.parametrize("index", ["24.99", "100.01", "0"])
def test_impossible_index_has_no_grade(index):
    with pytest.raises(ValueError):
        ikm.grade_of(Decimal(index))


def test_performance_labels_in_both_languages():
    with translation.override("id"):
        assert [str(label) for _letter, label, _low, _high in ikm.grade_ranges()] == [
            "Sangat baik", "Baik", "Kurang baik", "Tidak baik"]
    with translation.override("en"):
        assert str(ikm.grade_of(Decimal("90"))[1]) == "Very good"


def test_grade_ranges_are_the_official_table():
    assert [(letter, str(low), str(high)) for letter, _label, low, high in ikm.grade_ranges()] == [
        ("A", "88.31", "100.00"), ("B", "76.61", "88.30"), ("C", "65.00", "76.60"), ("D", "25.00", "64.99")]


def test_nine_elements_in_the_regulations_order():
    with translation.override("id"):
        names = [str(name) for _field, name in ikm.ELEMENTS]
    assert names[0] == "Persyaratan" and names[-1] == "Sarana dan prasarana" and len(names) == 9
    assert [field for field, _name in ikm.ELEMENTS] == [f"u{n}" for n in range(1, 10)]
