"""nDCG@k and Recall@k over graded judgments."""

import math

RELEVANT = 2  # grade from which a post counts as relevant for recall


def dcg(grades):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def ndcg_at(ranked_grades, all_grades, k=10):
    ideal = dcg(sorted(all_grades, reverse=True)[:k])
    return dcg(ranked_grades[:k]) / ideal if ideal else 0.0


def recall_at(ranked_grades, all_grades, k=10):
    """Relevant posts in the top k over the relevant posts that fit in k (min(|rel|, k))."""
    relevant = sum(1 for g in all_grades if g >= RELEVANT)
    if not relevant:
        return 0.0
    return sum(1 for g in ranked_grades[:k] if g >= RELEVANT) / min(relevant, k)
