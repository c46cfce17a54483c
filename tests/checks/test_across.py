"""Checks across articles: each with a passing and a failing case."""

from __future__ import annotations

from typing import Any

from extractor.checks.across import check_across
from extractor.checks.findings import ClaimRef, Finding, Status
from schemas import Claim


def _run(*articles: list[Claim]) -> list[Finding]:
    claims = [
        (ClaimRef(article_id=f"article{n}", index=i), claim)
        for n, article in enumerate(articles)
        for i, claim in enumerate(article)
    ]
    return check_across(claims)


def _outcomes(findings: list[Finding], check: str) -> list[tuple[Status, list[str]]]:
    return [
        (f.status, [f"{r.article_id}#{r.index}" for r in f.claims])
        for f in findings
        if f.check == check
    ]


def test_cumulative_never_decreases(make_claim: Any) -> None:
    earlier = make_claim(value=376860, as_of="2024-01-22")
    rising = _run([earlier], [make_claim(value=377820, as_of="2024-01-23")])
    assert _outcomes(rising, "across.cumulative_decrease") == [
        (Status.PASSED, ["article0#0", "article1#0"])
    ]
    falling = _run([earlier], [make_claim(value=370000, as_of="2024-01-23")])
    assert _outcomes(falling, "across.cumulative_decrease") == [
        (Status.FAILED, ["article0#0", "article1#0"])
    ]
    # Another claimant's totals are a separate series.
    other = make_claim(
        value=370000, as_of="2024-01-23", claimant="Someone Else", claimant_type="unknown"
    )
    assert _outcomes(_run([earlier], [other]), "across.cumulative_decrease") == []
    # A month-precision total is not "before" a day in that month.
    month = make_claim(value=400000, as_of="2024-01")
    assert _outcomes(_run([month], [earlier]), "across.cumulative_decrease") == []


def test_daily_is_the_difference_of_consecutive_totals(make_claim: Any) -> None:
    totals = [
        make_claim(value=376860, as_of="2024-01-22"),
        make_claim(value=377820, as_of="2024-01-23"),
    ]
    right = make_claim(value=960, scope="daily", as_of="2024-01-23")
    assert _outcomes(_run(totals, [right]), "across.daily_difference") == [
        (Status.PASSED, ["article1#0", "article0#0", "article0#1"])
    ]
    wrong = make_claim(value=690, scope="daily", as_of="2024-01-23")
    (finding,) = [f for f in _run(totals, [wrong]) if f.check == "across.daily_difference"]
    assert (finding.status, finding.expected, finding.found) == (Status.FAILED, "960", "690")
    # Without the day before, nothing to compare.
    assert _outcomes(_run(totals[1:], [wrong]), "across.daily_difference") == []


def test_same_day_reports_agree(make_claim: Any) -> None:
    a = make_claim(value=6214, categories=["tanks"], as_of="2024-01-23")
    about = make_claim(
        value=6200, categories=["tanks"], as_of="2024-01-23", qualifier="approximately"
    )
    assert _outcomes(_run([a], [about]), "across.same_day") == [
        (Status.PASSED, ["article0#0", "article1#0"])
    ]
    typo = make_claim(value=6241, categories=["tanks"], as_of="2024-01-23")
    assert _outcomes(_run([a], [typo]), "across.same_day") == [
        (Status.FAILED, ["article0#0", "article1#0"])
    ]
    assert _outcomes(_run([a, typo]), "across.same_day") == []  # one article: a within check


def test_earlier_total_is_one_strictly_before_not_a_month_containing_the_day(
    make_claim: Any,
) -> None:
    month = make_claim(value=400000, as_of="2024-01")  # not before 2024-01-15
    december = make_claim(value=300000, as_of="2023-12-31")
    day = make_claim(value=350000, as_of="2024-01-15")
    (finding,) = [
        f
        for f in _run([month], [december], [day])
        if f.check == "across.cumulative_decrease" and f.claims[-1].article_id == "article2"
    ]
    assert finding.status is Status.PASSED
    assert [f"{r.article_id}#{r.index}" for r in finding.claims] == ["article1#0", "article2#0"]
    later = make_claim(value=350000, as_of="2024-02-01")  # after the month: below 400,000
    failures = [
        f
        for f in _run([month], [december], [later])
        if f.check == "across.cumulative_decrease" and f.status is Status.FAILED
    ]
    assert [r.article_id for r in failures[0].claims] == ["article0", "article2"]


def test_many_articles_repeating_a_figure_give_one_comparison(make_claim: Any) -> None:
    same = [[make_claim(value=6214, categories=["tanks"], as_of="2024-01-23")] for _ in range(5)]
    typo = [make_claim(value=6241, categories=["tanks"], as_of="2024-01-23")]
    findings = [f for f in _run(*same, typo) if f.check == "across.same_day"]
    assert [f.status for f in findings] == [Status.FAILED]
