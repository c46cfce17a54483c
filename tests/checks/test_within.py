"""Checks within one article: each with a passing and a failing case."""

from __future__ import annotations

from typing import Any

from extractor.checks.findings import Finding, Severity, Status
from extractor.checks.within import check_article
from schemas import Claim


def _outcomes(findings: list[Finding], check: str) -> list[tuple[Status, list[int]]]:
    return [(f.status, [r.index for r in f.claims]) for f in findings if f.check == check]


def test_range_order(make_claim: Any, make_extraction: Any) -> None:
    good = make_claim(low=10, high=20)
    bad = Claim.model_construct(**{**good.__dict__, "low": 30, "high": 20})  # bypasses the schema
    article = make_extraction([good, good])
    article.claims[1] = bad  # as if read from output written by another tool
    findings = check_article(article)
    assert _outcomes(findings, "within.range_order") == [
        (Status.PASSED, [0]),
        (Status.FAILED, [1]),
    ]


def test_killed_cannot_exceed_casualties_of_the_same_report(
    make_claim: Any, make_extraction: Any
) -> None:
    same = {
        "as_of": "2023-04",
        "claimant": "U.S. Defense Intelligence Agency",
        "claimant_type": "foreign_official",
        "subject": "ukraine",
    }
    ok = [
        make_claim(categories=["killed"], low=15500, high=17500, **same),
        make_claim(categories=["casualties"], low=124500, high=131000, **same),
    ]
    assert _outcomes(check_article(make_extraction(ok)), "within.killed_vs_casualties") == [
        (Status.PASSED, [0, 1])
    ]
    bad = [make_claim(categories=["killed"], value=140000, **same), ok[1]]
    (finding,) = [f for f in check_article(make_extraction(bad)) if f.status is Status.FAILED]
    assert (finding.check, finding.severity) == ("within.killed_vs_casualties", Severity.ERROR)
    # Another claimant's casualties are not compared.
    other = [bad[0], make_claim(categories=["casualties"], value=100, as_of="2023-04")]
    assert _outcomes(check_article(make_extraction(other)), "within.killed_vs_casualties") == []


def test_daily_cannot_exceed_cumulative(make_claim: Any, make_extraction: Any) -> None:
    total = make_claim(value=377820, as_of="2024-01-23")
    findings = check_article(
        make_extraction([make_claim(value=960, scope="daily", as_of="2024-01-23"), total])
    )
    assert _outcomes(findings, "within.daily_vs_cumulative") == [(Status.PASSED, [0, 1])]
    findings = check_article(
        make_extraction([make_claim(value=377821, scope="daily", as_of="2024-01-23"), total])
    )
    assert _outcomes(findings, "within.daily_vs_cumulative") == [(Status.FAILED, [0, 1])]
    # An older total says nothing about a later day.
    older = make_claim(value=500, as_of="2023-01-01")
    findings = check_article(
        make_extraction([make_claim(value=960, scope="daily", as_of="2024-01-23"), older])
    )
    assert _outcomes(findings, "within.daily_vs_cumulative") == []


def test_combined_figure_is_the_sum_of_its_parts(make_claim: Any, make_extraction: Any) -> None:
    day = {"scope": "cumulative", "as_of": "2024-01-23"}
    parts = [
        make_claim(categories=["armored_combat_vehicles"], value=11548, **day),
        make_claim(categories=["vehicles_and_fuel_tanks"], value=11956, **day),
    ]
    combined = make_claim(
        categories=["armored_combat_vehicles", "vehicles_and_fuel_tanks"], value=23504, **day
    )
    findings = check_article(make_extraction([*parts, combined]))
    assert _outcomes(findings, "within.combined_sum") == [(Status.PASSED, [2, 0, 1])]
    wrong = combined.model_copy(update={"value": 23540})
    (finding,) = [
        f
        for f in check_article(make_extraction([*parts, wrong]))
        if f.check == "within.combined_sum"
    ]
    assert finding.status is Status.FAILED and finding.expected == "11,548 + 11,956"
    # Without every part for the same day the check does not apply.
    findings = check_article(make_extraction([parts[0], wrong]))
    assert _outcomes(findings, "within.combined_sum") == []


def test_as_of_not_after_publication(make_claim: Any, make_extraction: Any) -> None:
    findings = check_article(
        make_extraction(
            [
                make_claim(as_of="2024-01-23"),
                make_claim(as_of="2024-01-24"),
                make_claim(as_of="2024-01"),
            ]
        )
    )
    assert _outcomes(findings, "within.as_of_after_published") == [
        (Status.PASSED, [0]),
        (Status.FAILED, [1]),
        (Status.PASSED, [2]),
    ]
    unknown = make_extraction([make_claim(as_of="2030-01-01")], published=None)
    assert _outcomes(check_article(unknown), "within.as_of_after_published") == []


def test_conflicting_figures_for_the_same_report(make_claim: Any, make_extraction: Any) -> None:
    rounded = [
        make_claim(value=3715, as_of="2024-01-23"),
        make_claim(value=3700, qualifier="more_than", as_of="2024-01-23"),
    ]
    findings = check_article(make_extraction(rounded))
    assert _outcomes(findings, "within.conflicting_figures") == [(Status.PASSED, [0, 1])]
    clash = [rounded[0], make_claim(value=3751, as_of="2024-01-23")]
    (finding,) = [
        f for f in check_article(make_extraction(clash)) if f.check == "within.conflicting_figures"
    ]
    assert (finding.status, finding.severity) == (Status.FAILED, Severity.WARNING)
    other_day = [rounded[0], make_claim(value=3751, as_of="2024-01-22")]
    assert _outcomes(check_article(make_extraction(other_day)), "within.conflicting_figures") == []


def test_headline_figure_contradicted_by_the_body(make_claim: Any, make_extraction: Any) -> None:
    body = [make_claim(value=2010, scope="daily", as_of="2024-01-23")]
    agree = make_extraction(body, title="Russia Loses 2,010 Troops in 24 Hours in 2024")
    assert _outcomes(check_article(agree), "within.headline") == [(Status.PASSED, [0])]
    rounded = make_extraction(body, title="Russia Loses 2,000 Troops in a Day")
    assert _outcomes(check_article(rounded), "within.headline") == [(Status.PASSED, [0])]
    misprint = make_extraction(body, title="Russia Loses 2,100 Troops in a Day")
    (finding,) = [f for f in check_article(misprint) if f.check == "within.headline"]
    assert (finding.status, finding.expected, finding.found) == (
        Status.FAILED,
        "2,010",
        "2,100 (title)",
    )
    unrelated = make_extraction(body, title="Kyiv Says 51 Systems Were Hit")
    (finding,) = [f for f in check_article(unrelated) if f.check == "within.headline"]
    assert finding.status is Status.UNCHECKED
