"""Reading a ledger CSV (and its optional corrections file) into a ``Ledger``.

The format is documented in ``extractor/ledger/__init__.py``.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extractor.ledger.model import ONE_DAY, Correction, Ledger, LedgerError
from schemas import Category

# Column names read as another category: the General Staff's "personnel" figure counts
# killed and wounded together ("liquidated"), which the contract calls casualties.
COLUMN_ALIASES: dict[str, Category] = {"personnel": Category.CASUALTIES}

# A category that the source once tracked as separate columns; where those columns have
# values, the category's value is their sum (derived, not reported as such).
COMPONENT_COLUMNS: dict[Category, tuple[str, ...]] = {
    Category.VEHICLES_AND_FUEL_TANKS: ("military_auto", "fuel_tanks"),
}

DEFAULT_LEDGER_NAME = "genstaff_russian_losses.csv"
CORRECTIONS_SUFFIX = ".corrections.csv"


def column_category(name: str) -> Category | None:
    name = name.strip()
    if name in COLUMN_ALIASES:
        return COLUMN_ALIASES[name]
    try:
        return Category(name)
    except ValueError:
        return None  # extra columns are ignored by design


def _parse_date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise LedgerError(f"{where}: date {text!r} is not YYYY-MM-DD") from None


def _parse_count(text: str, where: str, allow_negative: bool = False) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise LedgerError(f"{where}: {text!r} is not a whole number") from None
    if value < 0 and not allow_negative:
        raise LedgerError(f"{where}: {value} is negative; ledger figures are cumulative counts")
    return value


def parse_ledger(text: str, source: str, corrections_text: str | None = None) -> Ledger:
    """A Ledger from the text of a ledger CSV (and of its corrections CSV, if any)."""
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    if "date" not in fields:
        raise LedgerError(f"{source}: no 'date' column in the header (found: {', '.join(fields)})")
    columns = {name: column_category(name) for name in fields if name != "date"}
    if not any(columns.values()):
        codes = ", ".join(c.value for c in Category)
        raise LedgerError(f"{source}: no column is a category code; use some of: {codes}")
    series: dict[Category, dict[date, int]] = {c: {} for c in columns.values() if c is not None}
    derived: dict[Category, dict[date, str]] = {}
    seen: dict[date, int] = {}
    for line_number, row in enumerate(reader, start=2):
        where = f"{source}, line {line_number}"
        day = _parse_date(row.get("date") or "", where)
        if day in seen:
            raise LedgerError(f"{where}: date {day} already given on line {seen[day]}")
        seen[day] = line_number
        for name, category in columns.items():
            if category is None:
                continue
            value = _parse_count(row.get(name) or "", f"{where}, column {name}")
            if value is not None:
                series[category][day] = value
        for category, parts in COMPONENT_COLUMNS.items():
            if all((row.get(part) or "").strip() for part in parts):
                derived.setdefault(category, {})[day] = f"sum of {' and '.join(parts)}"
    corrections = parse_corrections(corrections_text, source) if corrections_text else []
    ledger = Ledger(source=source, series=series, derived=derived)
    return Ledger(
        source=source,
        series=series,
        corrections=align_corrections(ledger, corrections),
        derived=derived,
    )


def align_corrections(ledger: Ledger, corrections: list[Correction]) -> list[Correction]:
    """Move a date's entries to the next day when they only fit there.

    A correction is part of the day's change, so the change minus the correction (the day's
    new losses) is never negative. The source dates some entries one day before the row they
    change (its 2023-05-27 entry, tanks -5, lines up with 2023-05-28): when the entries of a
    date leave a negative remainder on that date and none on the next, they belong to the next.
    """

    def fits(entries: list[Correction], day: date) -> bool:
        for entry in entries:
            change = ledger.change([entry.category], day)
            if change is None or change - entry.change < 0:
                return False
        return True

    by_day: dict[date, list[Correction]] = {}
    for entry in corrections:
        by_day.setdefault(entry.day, []).append(entry)
    aligned = []
    for day, entries in by_day.items():
        next_day = day + ONE_DAY
        if not fits(entries, day) and fits(entries, next_day):
            entries = [Correction(next_day, e.category, e.change, listed=day) for e in entries]
        aligned.extend(entries)
    return aligned


def parse_corrections(text: str, source: str) -> list[Correction]:
    """Rows ``date,category,change`` of a corrections CSV."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"date", "category", "change"} - set(reader.fieldnames or [])
    if missing:
        raise LedgerError(f"{source} corrections: missing columns {', '.join(sorted(missing))}")
    entries = []
    for line_number, row in enumerate(reader, start=2):
        where = f"{source} corrections, line {line_number}"
        category = column_category(row["category"] or "")
        if category is None:
            raise LedgerError(f"{where}: {row['category']!r} is not a category code")
        change = _parse_count(row["change"] or "", where, allow_negative=True)
        if change is None:
            raise LedgerError(f"{where}: the change is empty")
        entries.append(Correction(_parse_date(row["date"] or "", where), category, change))
    return entries


def corrections_path(path: Path) -> Path:
    """``ledger.csv`` -> ``ledger.corrections.csv`` beside it."""
    return path.with_name(path.name.removesuffix(".csv") + CORRECTIONS_SUFFIX)


def load_ledger(path: Path) -> Ledger:
    """Load a ledger CSV, with ``<name>.corrections.csv`` beside it when that exists."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise LedgerError(f"{path}: cannot read the ledger ({error.strerror})") from None
    sidecar = corrections_path(path)
    corrections_text = sidecar.read_text(encoding="utf-8-sig") if sidecar.is_file() else None
    return parse_ledger(text, str(path), corrections_text)


@lru_cache(maxsize=1)
def default_ledger() -> Ledger:
    """The shipped General Staff series (see extractor/ledger/data/NOTICE.md)."""
    data = resources.files("extractor.ledger").joinpath("data")
    text = data.joinpath(DEFAULT_LEDGER_NAME).read_text(encoding="utf-8")
    sidecar = DEFAULT_LEDGER_NAME.removesuffix(".csv") + CORRECTIONS_SUFFIX
    corrections_text = data.joinpath(sidecar).read_text(encoding="utf-8")
    return parse_ledger(text, f"shipped {DEFAULT_LEDGER_NAME}", corrections_text)


def ledger_from_option(path: Path | None) -> Ledger:
    """``--ledger FILE`` if given, else the shipped series."""
    return load_ledger(path) if path is not None else default_ledger()
