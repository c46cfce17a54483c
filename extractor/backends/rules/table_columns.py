"""What a table's column counts, from its header cell: a category in the words the rest of
the backend knows ("Personnel", "Tanks", "Armoured combat vehicles", "Killed"), and how:
"total"/"running total"/"on the list" columns are cumulative, "added"/"new" and plain ones
count the row's period, "average per day" columns are daily averages. A header with no loss
word ("Age", "Roubles", "Volunteers", "Date of death") counts no losses, unless it only
counts ("Names added", "Total on the list"): then it counts what the table is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

from extractor.backends.rules import lexicon
from extractor.backends.rules.table_grid import Cell
from extractor.backends.rules.terms import (
    EQUIPMENT_ANYWHERE,
    FATE_ANYWHERE,
    FATE_GROUPS,
    TERM_GROUPS,
    nationality_of,
    term_category,
)
from schemas import Category, Population, Subject


class Kind(Enum):
    PER_ROW = "per_row"  # the row's period (or day): "Personnel", "Names added"
    RUNNING = "running"  # since the war began, as of the row's end: "Total on the list"
    AVERAGE = "average"  # a daily average over the row's period: "Average per day"
    DAILY = "daily"  # the day's figure of a report: "Past 24 hours"


@dataclass(frozen=True, slots=True)
class Column:
    categories: tuple[Category, ...]
    kind: Kind
    subject: Subject | None
    population: Population
    bare_total: bool  # "Total": running, or the row's own, as the columns beside it say
    increment: bool = False  # "Names added", "New": what was added to a count


# Columns that are not losses, whatever else they say: ages, money, shares, dates, the people
# who keep the count, changes worked out between rows, and equipment of no stated kind.
NOT_LOSSES = re.compile(
    r"\b(?:age[sd]?|aged|median|years?\s+old|roubles?|rubles?|hryvnias?|dollars?|euros?|usd|"
    r"uah|rub|cost|price|budget|payments?|compensation|per\s*cent|percent|share|rate|ratio|"
    r"per\s+(?:capita|head|\d[\d,]*)|obituar\w*|posts?|sources?|volunteers?|staff|"
    r"population|change|difference|vs|versus|compared|born|birth|(?:date|year|day)\s+of)\b"
    r"|[$€£%]",
    re.IGNORECASE,
)
_NO_KIND = re.compile(r"\b(?<!special\s)equipment\b|\bhardware\b", re.IGNORECASE)
_TROOPS = re.compile(
    r"\b(?:personnel|troops|soldiers|servicem[ae]n|service\s*members|servicemembers|military)\b",
    re.IGNORECASE,
)
CIVILIANS = re.compile(r"\bcivilians?\b", re.IGNORECASE)
# A column that only counts: what it counts is the table's subject matter.
_COUNTS = re.compile(
    r"\b(?:names|added|new|total|count|number|confirmed|list(?:ed)?|tally|toll|recorded|"
    r"identified|verified|weekly|monthly|daily)\b",
    re.IGNORECASE,
)
_AVERAGE = re.compile(r"\b(?:average|avg|mean|per\s+day|a\s+day|/\s*day)\b", re.IGNORECASE)
_RUNNING = re.compile(
    r"\b(?:running|cumulative|to\s+date|so\s+far|since|overall|on\s+the\s+list|in\s+total|"
    r"all\s+told|altogether)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\btotals?\b", re.IGNORECASE)
_INCREMENT = re.compile(r"\b(?:added|new|this\s+(?:week|month|day))\b", re.IGNORECASE)


def categories_in(cell: str) -> list[Category]:
    """The loss categories a header or label names ("Personnel" is killed and wounded)."""
    found = [term_category(m, TERM_GROUPS) for m in EQUIPMENT_ANYWHERE.finditer(cell)]
    if not found and _NO_KIND.search(cell):
        return []
    found += [term_category(m, FATE_GROUPS) for m in FATE_ANYWHERE.finditer(cell)]
    if not found and _TROOPS.search(cell):
        found = [Category.CASUALTIES]  # "Personnel": killed and wounded, not split
    return sorted(set(found), key=lambda c: c.value)


# "Russia's losses in 2024, per Ukraine's General Staff": the source a column credits
CREDIT = re.compile(
    r"(?:,\s*|\s+|\(\s*)(?:per|according\s+to|as\s+(?:claimed|reported|given)\s+by)\s+"
    r"(?P<source>[^()]+)\)?\s*$",
    re.IGNORECASE,
)
_LOSSES = re.compile(r"\blos(?:s|ses|t)\b|\bcasualties\b", re.IGNORECASE)


def uncredited(cell: str) -> str:
    """A header cell without the source it credits."""
    credit = CREDIT.search(cell)
    return cell[: credit.start()] if credit else cell


def whose_losses(cell: str) -> Subject | None:
    """The side whose losses a header names ("Ukraine's losses in 2024")."""
    cell = uncredited(cell)
    side = nationality_of(cell) if _LOSSES.search(cell) else None
    return side if side is not Subject.OTHER else None


def column_of(cell: str, default: list[Category]) -> Column | None:
    """What a header cell's column counts, or None when it counts no losses."""
    cell = uncredited(cell)  # ("per Ukraine's General Staff": "staff" is no column of ages)
    if not cell or NOT_LOSSES.search(cell) or lexicon.NOT_A_LOSS.search(cell):
        return None
    categories = categories_in(cell)
    average = _AVERAGE.search(cell) is not None
    if not categories and not average:  # "Names added", "Past 24 hours": of the default
        counts = _COUNTS.search(cell) or lexicon.DAY_WINDOW.search(cell)
        if not counts or not default:
            return None
        categories = default
    running = _RUNNING.search(cell) is not None and not _INCREMENT.search(cell)
    kind = (Kind.AVERAGE if average else Kind.RUNNING if running
            else Kind.DAILY if lexicon.DAY_WINDOW.search(cell) else Kind.PER_ROW)  # fmt: skip
    population = Population.CIVILIAN if CIVILIANS.search(cell) else Population.MILITARY
    bare_total = kind is Kind.PER_ROW and _TOTAL.search(cell) is not None
    increment = kind is Kind.PER_ROW and _INCREMENT.search(cell) is not None
    return Column(tuple(categories), kind, nationality_of(cell), population, bare_total,
                  increment)  # fmt: skip


def columns_of(header: tuple[Cell, ...], default: list[Category]) -> list[Column | None]:
    """The columns after the label column, each read in the light of the others."""
    own = [column_of(cell.text, []) for cell in header[1:]]
    columns = [column_of(cell.text, default) for cell in header[1:]]
    people = {c for column in own if column for c in column.categories if c.is_people}
    both = people == {Category.KILLED, Category.WOUNDED}
    for j, cell in enumerate(header[1:]):
        if own[j] is None and both and _TOTAL.search(cell.text):
            columns[j] = column_of(cell.text, [Category.CASUALTIES])  # "Killed | Wounded | Total"
        column = columns[j]
        if column is not None and not column.categories:
            # "Personnel | Average per day": the average of the column before it
            before = next((c for c in reversed(columns[:j]) if c and c.categories), None)
            columns[j] = replace(column, categories=before.categories) if before else None
    # A bare "Total" beside a column of the same losses is the running total of them.
    for j, column in enumerate(columns):
        if column is not None and column.bare_total and any(
            c is not None and c is not column and c.categories == column.categories
            and not c.bare_total for c in columns
        ):  # fmt: skip
            columns[j] = replace(column, kind=Kind.RUNNING, bare_total=False)
    return columns
