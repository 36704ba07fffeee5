"""The community satisfaction index (IKM) of Permenpan-RB 14/2017, computed from element scores.

The regulation surveys nine elements (unsur U1–U9), each answered on a 1–4 scale; the average
score of an element is its NRR. Every element weighs the same (1/9), so the index is the mean
of the nine NRRs times 25, which puts it on 25–100. The regulation's worked example rounds the
weight to 0.111; we use the exact ninth, so a page never shows an index a few hundredths below
what the scores give. The index is rounded half up to two decimals and then graded with the
regulation's conversion table (mutu pelayanan A–D and the unit's performance label).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import pgettext_lazy

ELEMENTS = (
    ("u1", pgettext_lazy("SKM element", "Requirements")),
    ("u2", pgettext_lazy("SKM element", "Systems, mechanisms and procedures")),
    ("u3", pgettext_lazy("SKM element", "Completion time")),
    ("u4", pgettext_lazy("SKM element", "Cost/tariff")),
    ("u5", pgettext_lazy("SKM element", "Product specification of the type of service")),
    ("u6", pgettext_lazy("SKM element", "Competence of the staff")),
    ("u7", pgettext_lazy("SKM element", "Behaviour of the staff")),
    ("u8", pgettext_lazy("SKM element", "Handling of complaints, suggestions and feedback")),
    ("u9", pgettext_lazy("SKM element", "Facilities and infrastructure")),
)
SCORE_MIN, SCORE_MAX = Decimal("1.00"), Decimal("4.00")
CONVERSION = 25
# (lowest index of the grade, grade, performance): the conversion table, best first.
GRADES = (
    (Decimal("88.31"), "A", pgettext_lazy("SKM performance", "Very good")),
    (Decimal("76.61"), "B", pgettext_lazy("SKM performance", "Good")),
    (Decimal("65.00"), "C", pgettext_lazy("SKM performance", "Fair")),
    (Decimal("25.00"), "D", pgettext_lazy("SKM performance", "Poor")),
)


def index_from_scores(scores):
    """The IKM (25.00–100.00) of the nine element averages."""
    scores = [Decimal(score) for score in scores]
    if len(scores) != len(ELEMENTS):
        raise ValueError(f"expected {len(ELEMENTS)} element scores, got {len(scores)}")
    return (sum(scores) / len(scores) * CONVERSION).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(index):
    """(grade letter, performance label) of an index on the 25–100 scale."""
    index = Decimal(index).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if not Decimal("25.00") <= index <= Decimal("100.00"):
        raise ValueError(f"an index is between 25 and 100, not {index}")
    return next((letter, label) for lowest, letter, label in GRADES if index >= lowest)


def grade_ranges():
    """[(grade, performance, lowest, highest), …]: the conversion table as the page shows it."""
    highest = Decimal("100.00")
    ranges = []
    for lowest, letter, label in GRADES:
        ranges.append((letter, label, lowest, highest))
        highest = lowest - Decimal("0.01")
    return ranges
