"""The scorer on small hand-made cases whose answers are worked out by hand."""

from __future__ import annotations

import pytest

from extractor.evals.scoring import (
    Tally,
    dates_agree,
    f1_score,
    field_agreement,
    is_grounded,
    match_claims,
    score_article,
    sum_scores,
)

TEXT = "Russia lost 500 soldiers in a day, Kyiv said; 12 tanks were destroyed."


def test_identical_claims_score_perfectly(claim):
    gold = [claim(), claim(categories=["tanks"], value=12, evidence="12 tanks")]
    score = score_article(TEXT, gold, list(gold))
    assert (score.total.precision, score.total.recall, score.total.f1) == (1.0, 1.0, 1.0)
    assert score.total.strict_f1 == 1.0


def test_a_duplicate_prediction_is_a_false_positive(claim):
    gold = [claim()]
    score = score_article(TEXT, gold, [claim(), claim()])
    assert score.matching.spurious == [1]
    assert score.total.precision == 0.5
    assert score.total.recall == 1.0
    assert score.total.f1 == pytest.approx(2 / 3)


def test_matching_is_one_to_one_within_a_key(claim):
    # Two gold claims share a key (breakdown by subgroup); three predictions have that key.
    gold = [claim(subgroup="Wagner Group"), claim(subgroup=None, scope="cumulative")]
    predicted = [claim(), claim(), claim()]
    matching = match_claims(gold, predicted)
    assert len(matching.pairs) == 2
    assert len({p.gold for p in matching.pairs}) == 2
    assert len({p.predicted for p in matching.pairs}) == 2
    assert len(matching.spurious) == 1 and matching.missed == []


def test_equal_keys_pair_with_the_partner_that_agrees_on_fields(claim):
    gold = [claim(scope="cumulative", as_of="2024"), claim(scope="daily")]
    predicted = [claim(scope="daily"), claim(scope="cumulative", as_of="2024-03")]
    matching = match_claims(gold, predicted)
    assert {(p.gold, p.predicted) for p in matching.pairs} == {(0, 1), (1, 0)}
    assert all(p.strict for p in matching.pairs)


def test_any_difference_in_the_key_prevents_a_match(claim):
    gold = [claim()]
    for different in (
        claim(value=501),
        claim(subject="ukraine"),
        claim(population="civilian"),
        claim(categories=["killed"]),
        claim(categories=["casualties", "wounded"]),
    ):
        score = score_article(TEXT, gold, [different])
        assert score.total.matched_gold == 0, different
        assert score.total.f1 == 0.0


def test_ranges_match_only_on_both_bounds(claim):
    gold = [claim(value=None, low=124_500, high=131_000, qualifier="approximately")]
    assert match_claims(gold, [claim(value=124_500)]).pairs == []
    assert match_claims(gold, [claim(value=None, low=124_500, high=130_000)]).pairs == []
    pairs = match_claims(gold, [claim(value=None, low=124_500, high=131_000)]).pairs
    assert len(pairs) == 1
    assert pairs[0].fields["qualifier"] is False  # exact predicted, approximately in gold


@pytest.mark.parametrize(
    ("gold", "predicted", "agree"),
    [
        ("2022-09", "2022-09-21", True),
        ("2022-09-21", "2022-09", True),
        ("2022", "2022-12-31", True),
        ("2022-09", "2022-10-01", False),
        ("2022-09-21", "2022-09-22", False),
        (None, None, True),
        (None, "2022", False),
        ("2022", None, False),
    ],
)
def test_dates_agree_by_the_prefix_rule(gold, predicted, agree):
    assert dates_agree(gold, predicted) is agree


def test_field_agreement_rules(claim):
    gold = claim(
        scope="period",
        as_of="2024-02",
        period_start="2024-02-01",
        subgroup="children",
        population="civilian",
        categories=["killed"],
    )
    same_enough = claim(
        scope="period",
        as_of="2024-02-29",
        period_start="2024-02",
        subgroup="kids",
        population="civilian",
        categories=["killed"],
    )
    assert all(field_agreement(gold, same_enough).values())
    other = claim(
        scope="period",
        as_of="2024-03",
        subgroup=None,
        qualifier="more_than",
        claimant_type="unknown",
        population="civilian",
        categories=["killed"],
    )
    wrong = {name for name, ok in field_agreement(gold, other).items() if not ok}
    assert wrong == {"as_of", "period_start", "subgroup", "qualifier", "claimant_type"}


def test_strict_f1_counts_only_pairs_with_every_field_right(claim):
    gold = [claim(), claim(categories=["tanks"], value=12, evidence="12 tanks")]
    predicted = [claim(scope="cumulative"), claim(categories=["tanks"], value=12)]
    score = score_article(TEXT, gold, predicted)
    assert score.total.f1 == 1.0
    assert score.total.strict_f1 == 0.5  # 1 strict pair: P = 1/2, R = 1/2
    assert score.total.field_accuracy()["scope"] == 0.5
    assert score.total.field_accuracy()["qualifier"] == 1.0


def test_empty_gold_and_empty_prediction_have_no_ratios():
    score = score_article(TEXT, [], [])
    assert score.total.precision is None and score.total.recall is None
    assert score.total.f1 is None and score.total.grounding_rate is None
    assert score.total.field_accuracy()["scope"] is None


def test_predictions_on_an_article_without_claims_give_zero_f1(claim):
    score = score_article(TEXT, [], [claim()])
    assert score.total.precision == 0.0 and score.total.recall is None
    assert score.total.f1 == 0.0


def test_missing_everything_gives_zero_recall(claim):
    score = score_article(TEXT, [claim()], [])
    assert score.total.recall == 0.0 and score.total.precision is None
    assert score.total.f1 == 0.0
    assert score.matching.missed == [0]


def test_f1_score_is_the_harmonic_mean():
    assert f1_score(0.5, 1.0) == pytest.approx(2 / 3)
    assert f1_score(0.0, 0.0) == 0.0


def test_grounding_checks_offsets_and_the_number(claim, locate):
    good = locate(TEXT, claim(evidence="lost 500 soldiers"))
    assert is_grounded(TEXT, good)
    shifted = good.model_copy(update={"start": good.start + 1, "end": good.end + 1})
    assert not is_grounded(TEXT, shifted)
    assert not is_grounded(TEXT, claim(evidence="lost 500 soldiers"))  # no offsets
    wrong_number = locate(TEXT, claim(value=12, evidence="lost 500 soldiers"))
    assert not is_grounded(TEXT, wrong_number)
    score = score_article(TEXT, [], [good, shifted, wrong_number])
    assert (score.total.grounded, score.total.predicted) == (1, 3)
    assert score.total.grounding_rate == pytest.approx(1 / 3)


def test_per_category_counts_a_combined_claim_in_each_category(claim):
    combined = claim(categories=["armored_combat_vehicles", "vehicles_and_fuel_tanks"], value=124)
    gold = [combined, claim()]
    predicted = [combined, claim(value=499)]
    score = score_article(TEXT, gold, predicted)
    for category in ("armored_combat_vehicles", "vehicles_and_fuel_tanks"):
        tally = score.by_category[category]
        assert (tally.gold, tally.predicted, tally.matched_gold) == (1, 1, 1)
    casualties = score.by_category["casualties"]
    assert (casualties.gold, casualties.predicted, casualties.matched_gold) == (1, 1, 0)
    assert casualties.f1 == 0.0


def test_per_claimant_type_recall_uses_gold_type_and_precision_predicted_type(claim):
    gold = [claim(claimant_type="ukraine_official")]
    predicted = [claim(claimant_type="unknown")]
    score = score_article(TEXT, gold, predicted)
    ukraine = score.by_claimant_type["ukraine_official"]
    unknown = score.by_claimant_type["unknown"]
    assert (ukraine.gold, ukraine.matched_gold, ukraine.recall) == (1, 1, 1.0)
    assert ukraine.precision is None  # nothing was predicted as ukraine_official
    assert (unknown.predicted, unknown.matched_predicted, unknown.precision) == (1, 1, 1.0)
    assert ukraine.field_accuracy()["claimant_type"] == 0.0
    assert score.total.f1 == 1.0 and score.total.strict_f1 == 0.0


def test_tallies_add_up_across_articles(claim):
    first = score_article(TEXT, [claim()], [claim(), claim()])
    second = score_article(TEXT, [claim(value=7), claim(value=8)], [claim(value=7)])
    totals = sum_scores([first, second])
    assert (totals.total.gold, totals.total.predicted) == (3, 3)
    assert (totals.total.matched_gold, totals.total.matched_predicted) == (2, 2)
    assert totals.total.f1 == pytest.approx(2 / 3)
    assert totals.by_category["casualties"].gold == 3


def test_metrics_keep_the_counts_behind_each_ratio(claim):
    tally = Tally()
    tally.add(score_article(TEXT, [claim()], [claim(), claim(value=9)]).total)
    metrics = tally.metrics()
    assert metrics["precision"] == 0.5
    assert metrics["counts"]["matched_predicted"] == 1
    assert metrics["counts"]["predicted"] == 2
    assert metrics["counts"]["field_correct"]["scope"] == 1
    assert set(metrics["field_accuracy"]) == {
        "scope",
        "qualifier",
        "claimant_type",
        "as_of",
        "period_start",
        "subgroup",
    }
