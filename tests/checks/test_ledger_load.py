"""Reading ledger CSVs: the documented format, its errors, and the shipped series."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.ledger import Ledger, LedgerError, load_ledger, parse_ledger
from extractor.ledger.load import align_corrections, parse_corrections
from schemas import Category

SMALL = """date,personnel,tanks,notes,ground_robotic_systems
2024-01-02,110,12,x,
2024-01-01,100,10,y,
2024-01-03,125,,z,
"""


def test_columns_map_to_categories_and_extra_columns_are_ignored() -> None:
    ledger = parse_ledger(SMALL, "small.csv")
    assert ledger.categories == [Category.CASUALTIES, Category.TANKS]  # personnel -> casualties
    assert ledger.dates == [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 3)]
    assert ledger.value(Category.CASUALTIES, date(2024, 1, 3)) == 125
    assert ledger.value(Category.TANKS, date(2024, 1, 3)) is None  # empty cell: unknown
    assert ledger.change([Category.CASUALTIES], date(2024, 1, 2)) == 10
    assert ledger.change([Category.TANKS], date(2024, 1, 3)) is None
    assert ledger.total([Category.CASUALTIES, Category.TANKS], date(2024, 1, 2)) == 122


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("day,tanks\n1,2\n", "no 'date' column"),
        ("date,notes\n2024-01-01,x\n", "no column is a category code"),
        ("date,tanks\n2024-01-01,1\n2024-01-01,2\n", "already given on line 2"),
        ("date,tanks\n2024-01-01,1\n2024-01-02,12a\n", "line 3, column tanks: '12a'"),
        ("date,tanks\n01/02/2024,1\n", "is not YYYY-MM-DD"),
        ("date,tanks\n2024-01-01,-4\n", "negative"),
    ],
)
def test_bad_ledgers_are_refused_with_the_place_and_problem(text: str, problem: str) -> None:
    with pytest.raises(LedgerError, match=problem):
        parse_ledger(text, "bad.csv")


def test_corrections_file_beside_the_ledger_is_loaded(tmp_path: Path) -> None:
    (tmp_path / "series.csv").write_text("date,tanks\n2024-01-01,10\n2024-01-02,9\n")
    (tmp_path / "series.corrections.csv").write_text("date,category,change\n2024-01-02,tanks,-3\n")
    ledger = load_ledger(tmp_path / "series.csv")
    assert ledger.correction([Category.TANKS], date(2024, 1, 2)) == -3
    assert load_ledger(tmp_path / "series.csv").source.endswith("series.csv")


def test_missing_ledger_file_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match=r"nope\.csv"):
        load_ledger(tmp_path / "nope.csv")


def test_correction_rows_with_unknown_category_are_refused() -> None:
    with pytest.raises(LedgerError, match="'boats' is not a category code"):
        parse_corrections("date,category,change\n2024-01-01,boats,1\n", "x.csv")


def test_entries_that_only_fit_the_next_day_move_there() -> None:
    # A correction is part of the day's change. On 01-02 tanks rise by 1: a +5 correction
    # there would leave -4 new losses, impossible. On 01-03 they rise by 6: it fits.
    ledger = parse_ledger("date,tanks\n2024-01-01,10\n2024-01-02,11\n2024-01-03,17\n", "x")
    entries = parse_corrections("date,category,change\n2024-01-02,tanks,5\n", "x")
    (moved,) = align_corrections(ledger, entries)
    assert (moved.day, moved.listed) == (date(2024, 1, 3), date(2024, 1, 2))
    # An entry that fits its own date stays.
    entries = parse_corrections("date,category,change\n2024-01-03,tanks,5\n", "x")
    (kept,) = align_corrections(ledger, entries)
    assert (kept.day, kept.listed) == (date(2024, 1, 3), None)


def test_shipped_ledger_has_the_general_staff_figures(ledger: Ledger) -> None:
    day = date(2024, 1, 23)
    expected = {
        Category.CASUALTIES: 377820,
        Category.TANKS: 6214,
        Category.ARMORED_COMBAT_VEHICLES: 11548,
        Category.ARTILLERY_SYSTEMS: 8947,
        Category.VEHICLES_AND_FUEL_TANKS: 11956,
        Category.AIRCRAFT: 331,
    }
    assert {c: ledger.value(c, day) for c in expected} == expected
    assert ledger.change([Category.CASUALTIES], day) == 960
    assert (ledger.first, ledger.last) == (date(2022, 2, 25), date(2026, 8, 8))
    assert ledger.first_date_of(Category.CRUISE_MISSILES) == date(2022, 5, 1)
    # The 2023-05-27 entry of the corrections file applies to the 2023-05-28 row.
    assert ledger.correction([Category.TANKS], date(2023, 5, 28)) == -5
    assert ledger.correction([Category.TANKS], date(2023, 5, 27)) == 0
