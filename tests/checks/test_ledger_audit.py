"""Auditing a ledger: decreases classified as revisions, typos or errors; gaps."""

from __future__ import annotations

from datetime import date

from extractor.checks.findings import Severity
from extractor.ledger import Ledger, parse_ledger
from extractor.ledger.audit import audit_ledger, revision_notes
from schemas import Category


def _checks(ledger: Ledger) -> dict[tuple[date | None, str], str]:
    return {
        (f.ledger_date, f.categories[0].value if f.categories else ""): f.check
        for f in audit_ledger(ledger)
    }


def test_shipped_ledger_known_anomalies_are_found_and_classified(ledger: Ledger) -> None:
    found = _checks(ledger)
    assert found[(date(2022, 10, 13), "armored_combat_vehicles")] == "ledger_audit.revision"
    assert found[(date(2023, 5, 28), "tanks")] == "ledger_audit.revision"
    assert found[(date(2024, 11, 30), "special_equipment")] == "ledger_audit.revision"
    # No correction entry: not a revision; the value recovers the next day, so a typo.
    assert found[(date(2026, 3, 4), "artillery_systems")] == "ledger_audit.typo_dip"
    decreases = {k: v for k, v in found.items() if v != "ledger_audit.derived"}
    assert len(decreases) == 13  # the 13 decreases the source README lists
    assert sum(v == "ledger_audit.revision" for v in decreases.values()) == 12
    severities = {f.severity for f in audit_ledger(ledger) if f.check == "ledger_audit.revision"}
    assert severities == {Severity.INFO}


def test_shipped_ledger_merged_vehicles_are_reported_as_derived(ledger: Ledger) -> None:
    derived = [f for f in audit_ledger(ledger) if f.check == "ledger_audit.derived"]
    assert [(f.ledger_date, f.found) for f in derived] == [
        (date(2022, 2, 25), "2022-02-25..2022-04-30")
    ]


def test_decrease_classification_on_a_small_ledger() -> None:
    text = (
        "date,tanks,mlrs,aircraft,uav\n"
        "2024-01-01,10,10,10,10\n"
        "2024-01-02,12,11,100,12\n"  # aircraft 100: a spike
        "2024-01-03,11,13,12,9\n"  # tanks fall, corrected; uav falls for good
        "2024-01-04,13,12,13,9\n"  # mlrs dips below both neighbours
        "2024-01-05,14,14,14,9\n"
    )
    corrections = "date,category,change\n2024-01-03,tanks,-2\n"
    found = _checks(parse_ledger(text, "small.csv", corrections))
    assert found == {
        (date(2024, 1, 3), "tanks"): "ledger_audit.revision",
        (date(2024, 1, 2), "aircraft"): "ledger_audit.typo_spike",
        (date(2024, 1, 3), "uav"): "ledger_audit.decrease",
        (date(2024, 1, 4), "mlrs"): "ledger_audit.typo_dip",
    }


def test_monotonic_series_has_no_anomalies() -> None:
    ledger = parse_ledger("date,tanks\n2024-01-01,1\n2024-01-02,1\n2024-01-03,4\n", "ok.csv")
    assert audit_ledger(ledger) == []


def test_missing_dates_and_values_are_reported() -> None:
    text = "date,tanks,mlrs\n2024-01-01,1,1\n2024-01-02,2,\n2024-01-05,3,3\n"
    findings = audit_ledger(parse_ledger(text, "gappy.csv"))
    gap = next(f for f in findings if f.check == "ledger_audit.gap")
    assert gap.ledger_date == date(2024, 1, 3) and "2 day(s) missing" in gap.explanation
    hole = next(f for f in findings if f.check == "ledger_audit.missing_value")
    assert (hole.ledger_date, hole.categories) == (date(2024, 1, 2), [Category.MLRS])


def test_revision_notes_name_corrections_and_suspect_values(ledger: Ledger) -> None:
    notes = revision_notes(ledger, [Category.SPECIAL_EQUIPMENT], [date(2024, 11, 30)])
    assert notes == [
        "special_equipment on 2024-11-30 is under revision (correction -85 on 2024-11-30)"
    ]
    notes = revision_notes(ledger, [Category.ARTILLERY_SYSTEMS], [date(2026, 3, 4)])
    assert notes == ["the ledger's artillery_systems on 2026-03-04 looks wrong (typo dip)"]
    assert revision_notes(ledger, [Category.TANKS], [date(2024, 1, 23)]) == []
