"""Scoring an extraction against gold, exactly as the contract's "Scoring" section says.

1. Predicted and gold claims match one-to-one on ``Claim.match_key()``; a predicted claim
   left over (a duplicate included) is a false positive.
2. Precision, recall and F1 over matched pairs.
3. Field accuracy on matched pairs (scope, qualifier, claimant_type, as_of, period_start,
   subgroup); dates agree when one is a prefix of the other, null only with null.
4. Strict F1: a pair counts only when every field of step 3 agrees.
5. Grounding rate: predicted claims whose evidence is ``text[start:end]`` and writes the number.

Everything is kept as counts (a ``Tally``) so articles, subsets, categories and claimant
types add up, and every ratio can be shown with the counts behind it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from extractor.grounding import contains_number
from schemas import Claim
from schemas.dates import partial_dates_agree

FIELDS: tuple[str, ...] = (
    "scope",
    "qualifier",
    "claimant_type",
    "as_of",
    "period_start",
    "subgroup",
)


def dates_agree(gold: str | None, predicted: str | None) -> bool:
    """ "2022-09" and "2022-09-21" agree (one is a prefix of the other); null only with null."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return partial_dates_agree(gold, predicted)


def field_agreement(gold: Claim, predicted: Claim) -> dict[str, bool]:
    """For each scored field: does the prediction agree with gold by the contract's rule?"""
    return {
        "scope": gold.scope == predicted.scope,
        "qualifier": gold.qualifier == predicted.qualifier,
        "claimant_type": gold.claimant_type == predicted.claimant_type,
        "as_of": dates_agree(gold.as_of, predicted.as_of),
        "period_start": dates_agree(gold.period_start, predicted.period_start),
        "subgroup": (gold.subgroup is None) == (predicted.subgroup is None),
    }


@dataclass(frozen=True)
class Pair:
    gold: int  # index into the gold claims
    predicted: int  # index into the predicted claims
    fields: dict[str, bool]

    @property
    def strict(self) -> bool:
        return all(self.fields.values())


@dataclass(frozen=True)
class Matching:
    pairs: list[Pair]
    missed: list[int]  # gold indices with no partner (false negatives)
    spurious: list[int]  # predicted indices with no partner (false positives)


def _distance(gold: Claim, predicted: Claim) -> int:
    if gold.start is None or predicted.start is None:
        return 1 << 30
    return abs(gold.start - predicted.start)


def match_claims(gold: list[Claim], predicted: list[Claim]) -> Matching:
    """Pair claims one-to-one on equal match keys.

    The number of pairs per key is fixed (the smaller count); among equal keys, pairs that
    agree on more fields are taken first, then the nearer evidence, so that field accuracy
    is not lowered by an arbitrary choice between two claims with the same number.
    """
    by_key: dict[Any, list[int]] = defaultdict(list)
    for index, claim in enumerate(gold):
        by_key[claim.match_key()].append(index)
    candidates: list[tuple[int, int, int, int, dict[str, bool]]] = []
    for p_index, claim in enumerate(predicted):
        for g_index in by_key.get(claim.match_key(), []):
            fields = field_agreement(gold[g_index], claim)
            score = -sum(fields.values())
            candidates.append((score, _distance(gold[g_index], claim), g_index, p_index, fields))
    candidates.sort(key=lambda c: c[:4])
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[Pair] = []
    for _, _, g_index, p_index, fields in candidates:
        if g_index in used_gold or p_index in used_predicted:
            continue
        used_gold.add(g_index)
        used_predicted.add(p_index)
        pairs.append(Pair(g_index, p_index, fields))
    pairs.sort(key=lambda pair: pair.gold)
    return Matching(
        pairs=pairs,
        missed=[i for i in range(len(gold)) if i not in used_gold],
        spurious=[i for i in range(len(predicted)) if i not in used_predicted],
    )


def is_grounded(text: str, claim: Claim) -> bool:
    """Is the evidence the text at ``start:end``, and does it write the claim's number?"""
    if claim.start is None or claim.end is None:
        return False
    return text[claim.start : claim.end] == claim.evidence and contains_number(
        claim.evidence, claim
    )


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def f1_score(precision: float | None, recall: float | None) -> float | None:
    """Harmonic mean; an undefined side (no predictions, or no gold) makes F1 0, both make None."""
    if precision is None and recall is None:
        return None
    if precision is None or recall is None or precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


@dataclass
class Tally:
    """Counts that add up across articles; every metric is a ratio of two of them.

    ``matched_gold`` / ``matched_predicted`` differ only when claims are grouped by a field
    that a pair may disagree on (claimant_type): recall counts the pair under the gold's
    group, precision under the prediction's. Field accuracy counts pairs on the gold side.
    """

    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0
    strict_gold: int = 0
    strict_predicted: int = 0
    grounded: int = 0
    pairs: int = 0
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Tally) -> None:
        for name in (
            "gold",
            "predicted",
            "matched_gold",
            "matched_predicted",
            "strict_gold",
            "strict_predicted",
            "grounded",
            "pairs",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in FIELDS:
            self.field_correct[name] += other.field_correct[name]

    def count_pair_gold_side(self, pair: Pair) -> None:
        self.matched_gold += 1
        self.strict_gold += pair.strict
        self.pairs += 1
        for name, correct in pair.fields.items():
            self.field_correct[name] += correct

    def count_pair_predicted_side(self, pair: Pair) -> None:
        self.matched_predicted += 1
        self.strict_predicted += pair.strict

    @property
    def precision(self) -> float | None:
        return ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float | None:
        return ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float | None:
        return f1_score(self.precision, self.recall)

    @property
    def strict_f1(self) -> float | None:
        return f1_score(
            ratio(self.strict_predicted, self.predicted), ratio(self.strict_gold, self.gold)
        )

    @property
    def grounding_rate(self) -> float | None:
        return ratio(self.grounded, self.predicted)

    def field_accuracy(self) -> dict[str, float | None]:
        return {name: ratio(self.field_correct[name], self.pairs) for name in FIELDS}

    def metrics(self) -> dict[str, Any]:
        """The metrics with the counts behind them, as the run JSON stores them."""
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "strict_f1": _round(self.strict_f1),
            "grounding_rate": _round(self.grounding_rate),
            "field_accuracy": {k: _round(v) for k, v in self.field_accuracy().items()},
            "counts": {
                "gold": self.gold,
                "predicted": self.predicted,
                "matched_gold": self.matched_gold,
                "matched_predicted": self.matched_predicted,
                "strict_gold": self.strict_gold,
                "strict_predicted": self.strict_predicted,
                "grounded": self.grounded,
                "pairs": self.pairs,
                "field_correct": dict(self.field_correct),
            },
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class ArticleScore:
    matching: Matching
    total: Tally
    by_category: dict[str, Tally]
    by_claimant_type: dict[str, Tally]


def score_article(text: str, gold: list[Claim], predicted: list[Claim]) -> ArticleScore:
    """Match ``predicted`` against ``gold`` and count everything the contract scores."""
    matching = match_claims(gold, predicted)
    total = Tally(gold=len(gold), predicted=len(predicted))
    by_category: dict[str, Tally] = defaultdict(Tally)
    by_type: dict[str, Tally] = defaultdict(Tally)
    for claim in gold:
        by_type[claim.claimant_type.value].gold += 1
        for category in claim.categories:
            by_category[category.value].gold += 1
    for claim in predicted:
        grounded = is_grounded(text, claim)
        total.grounded += grounded
        by_type[claim.claimant_type.value].predicted += 1
        by_type[claim.claimant_type.value].grounded += grounded
        for category in claim.categories:
            by_category[category.value].predicted += 1
            by_category[category.value].grounded += grounded
    for pair in matching.pairs:
        gold_claim, predicted_claim = gold[pair.gold], predicted[pair.predicted]
        total.count_pair_gold_side(pair)
        total.count_pair_predicted_side(pair)
        by_type[gold_claim.claimant_type.value].count_pair_gold_side(pair)
        by_type[predicted_claim.claimant_type.value].count_pair_predicted_side(pair)
        for category in gold_claim.categories:  # equal keys: the same categories both sides
            by_category[category.value].count_pair_gold_side(pair)
            by_category[category.value].count_pair_predicted_side(pair)
    return ArticleScore(matching, total, dict(by_category), dict(by_type))


@dataclass
class Totals:
    """Scores summed over many articles."""

    total: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=dict)
    by_claimant_type: dict[str, Tally] = field(default_factory=dict)

    def add(self, score: ArticleScore) -> None:
        self.total.add(score.total)
        for groups, source in (
            (self.by_category, score.by_category),
            (self.by_claimant_type, score.by_claimant_type),
        ):
            for name, tally in source.items():
                groups.setdefault(name, Tally()).add(tally)


def sum_scores(scores: list[ArticleScore]) -> Totals:
    totals = Totals()
    for score in scores:
        totals.add(score)
    return totals
