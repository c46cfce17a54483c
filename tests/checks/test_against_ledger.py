"""General Staff claims against the shipped ledger (figures verified in the CSV)."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.checks.against_ledger import check_claim
from extractor.checks.findings import ClaimRef, Finding, Severity, Status
from extractor.ledger import Ledger

REF = ClaimRef(article_id="a" * 16, index=0)


def _check(ledger: Ledger, claim: Any) -> Finding:
    finding = check_claim(REF, claim, ledger)
    assert finding is not None
    return finding


@pytest.mark.parametrize(
    ("categories", "value", "ok"),
    [
        (["casualties"], 377820, True),
        (["casualties"], 377823, False),
        (["tanks"], 6214, True),
        (["armored_combat_vehicles"], 11548, True),
        (["armored_combat_vehicles"], 11584, False),
        (["artillery_systems"], 8947, True),
        (["vehicles_and_fuel_tanks"], 11956, True),
        (["aircraft"], 331, True),
        (["armored_combat_vehicles", "vehicles_and_fuel_tanks"], 11548 + 11956, True),
        (["armored_combat_vehicles", "vehicles_and_fuel_tanks"], 11548 + 11956 - 1, False),
    ],
)
def test_cumulative_equals_the_ledger(
    ledger: Ledger, make_claim: Any, categories: list[str], value: int, ok: bool
) -> None:
    finding = _check(ledger, make_claim(categories=categories, value=value, as_of="2024-01-23"))
    assert finding.check == "ledger.cumulative"
    assert finding.status is (Status.PASSED if ok else Status.FAILED)
    if not ok:
        assert finding.severity is Severity.ERROR
        assert finding.found == f"{value:,}" and str(finding.ledger_date) == "2024-01-23"


@pytest.mark.parametrize(
    ("categories", "value", "ok"),
    [
        (["casualties"], 960, True),
        (["casualties"], 690, False),
        (["artillery_systems"], 51, True),
        (["armored_combat_vehicles", "vehicles_and_fuel_tanks"], 124, True),  # 59 + 65
        (["armored_combat_vehicles", "vehicles_and_fuel_tanks"], 125, False),
    ],
)
def test_daily_equals_the_ledger_difference(
    ledger: Ledger, make_claim: Any, categories: list[str], value: int, ok: bool
) -> None:
    claim = make_claim(categories=categories, value=value, scope="daily", as_of="2024-01-23")
    finding = _check(ledger, claim)
    assert (finding.check, finding.status) == (
        "ledger.daily",
        Status.PASSED if ok else Status.FAILED,
    )


def test_next_day_row_is_accepted_and_named(ledger: Ledger, make_claim: Any) -> None:
    # "over the past 24 hours, January 22" is the series' 2024-01-23 row.
    finding = _check(ledger, make_claim(value=960, scope="daily", as_of="2024-01-22"))
    assert finding.status is Status.PASSED
    assert str(finding.ledger_date) == "2024-01-23" and "next day" in finding.explanation
    same_day = _check(ledger, make_claim(value=960, scope="daily", as_of="2024-01-23"))
    assert str(same_day.ledger_date) == "2024-01-23" and "next day" not in same_day.explanation


@pytest.mark.parametrize(
    ("qualifier", "value", "status"),
    [
        ("more_than", 377000, Status.PASSED),
        ("more_than", 400000, Status.FAILED),
        ("at_least", 377820, Status.PASSED),
        ("at_most", 377000, Status.FAILED),
        ("approximately", 378000, Status.PASSED),
        ("approximately", 300000, Status.FAILED),
    ],
)
def test_qualifiers_are_bounds(
    ledger: Ledger, make_claim: Any, qualifier: str, value: int, status: Status
) -> None:
    claim = make_claim(value=value, qualifier=qualifier, as_of="2024-01-23")
    finding = _check(ledger, claim)
    assert finding.status is status
    if status is Status.FAILED:
        expected = Severity.WARNING if qualifier == "approximately" else Severity.ERROR
        assert finding.severity is expected


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"as_of": "2021-06-01"}, "outside the ledger's range"),
        ({"as_of": "2030-01-01"}, "outside the ledger's range"),
        ({"as_of": "2024-01"}, "dated only to 2024-01"),
        ({"as_of": None}, "no date"),
        ({"as_of": "2024-01-23", "categories": ["killed"]}, "counts casualties"),
        ({"as_of": "2024-01-23", "subgroup": "Wagner Group"}, "subgroup"),
        ({"as_of": "2022-04-01", "categories": ["cruise_missiles"]}, "no value for it"),
    ],
)
def test_unchecked_is_never_a_pass(
    ledger: Ledger, make_claim: Any, fields: dict[str, Any], reason: str
) -> None:
    finding = _check(ledger, make_claim(value=377820, **fields))
    assert (finding.status, finding.severity) == (Status.UNCHECKED, Severity.INFO)
    assert reason in finding.explanation


def test_other_scopes_are_unchecked(ledger: Ledger, make_claim: Any) -> None:
    claim = make_claim(value=30000, scope="period", as_of="2024-01")
    finding = _check(ledger, claim)
    assert (finding.check, finding.status) == ("ledger.other_scope", Status.UNCHECKED)


@pytest.mark.parametrize(
    ("fields", "applies"),
    [
        ({"claimant": "Sergei Shoigu", "claimant_type": "russia_official"}, False),
        ({"claimant": "Volodymyr Zelensky"}, False),
        ({"subject": "ukraine"}, False),
        ({"population": "civilian"}, False),
        ({"claimant": "Ukraine's Ministry of Defense"}, True),
        ({"claimant": "General Staff of Ukraine's Armed Forces"}, True),
    ],
)
def test_only_general_staff_figures_about_russia_are_compared(
    ledger: Ledger, make_claim: Any, fields: dict[str, Any], applies: bool
) -> None:
    claim = make_claim(value=377820, as_of="2024-01-23", **fields)
    assert (check_claim(REF, claim, ledger) is not None) is applies


def test_values_under_revision_say_so(ledger: Ledger, make_claim: Any) -> None:
    # 2024-11-30: special equipment 3,700 -> 3,617 with a -85 correction entry.
    total = make_claim(categories=["special_equipment"], value=3617, as_of="2024-11-30")
    finding = _check(ledger, total)
    assert finding.status is Status.PASSED and finding.reportable
    assert "under revision (correction -85 on 2024-11-30)" in (finding.note or "")
    # The report's "+2" counts new losses only: the change less the revision is accepted.
    daily = make_claim(categories=["special_equipment"], value=2, scope="daily", as_of="2024-11-30")
    finding = _check(ledger, daily)
    assert finding.status is Status.PASSED and "less its revision" in finding.explanation
    # A value the audit finds suspicious is flagged in a mismatch too.
    wrong = make_claim(categories=["artillery_systems"], value=37874, as_of="2026-03-04")
    finding = _check(ledger, wrong)
    assert finding.status is Status.FAILED and "typo dip" in (finding.note or "")


def test_no_verdict_when_one_of_the_two_rows_is_missing(ledger: Ledger, make_claim: Any) -> None:
    # Submarines start on 2023-09-14 (value 1): that day's change is unknown, the next is 0.
    first_day = make_claim(categories=["submarines"], value=1, scope="daily", as_of="2023-09-14")
    finding = _check(ledger, first_day)
    assert finding.status is Status.UNCHECKED and "2023-09-14" in finding.explanation
    # A day later both rows are known, and 1 is wrong for both.
    later = make_claim(categories=["submarines"], value=1, scope="daily", as_of="2023-09-16")
    assert _check(ledger, later).status is Status.FAILED
    # The ledger's last day has no next-day row to try.
    last = make_claim(value=1, as_of="2026-08-08")
    assert _check(ledger, last).status is Status.UNCHECKED


def test_unspecified_scope_is_tried_as_daily_and_cumulative(
    ledger: Ledger, make_claim: Any
) -> None:
    daily = _check(ledger, make_claim(value=960, scope="unspecified", as_of="2024-01-23"))
    assert (daily.check, daily.status) == ("ledger.unspecified", Status.PASSED)
    assert "change" in daily.explanation
    total = _check(ledger, make_claim(value=377820, scope="unspecified", as_of="2024-01-23"))
    assert total.status is Status.PASSED and "total" in total.explanation
    # Neither: without a scope that is no verdict, not an error.
    neither = _check(ledger, make_claim(value=961, scope="unspecified", as_of="2024-01-23"))
    assert neither.status is Status.UNCHECKED
