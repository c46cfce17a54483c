"""Claims from markdown tables: a header names what each column counts, a row's first cell
says when (a month, a year, a week "19-25 September", a day, or "Total": the span of the rows
above), and every numeric cell is one claim.

A column counts a category in the words the rest of the backend knows ("Personnel", "Tanks",
"Armoured combat vehicles", "Killed"); "total"/"running total"/"on the list" columns are
cumulative, "added"/"new" columns and plain ones count the row's period, "average per day"
columns are daily averages. A column with no loss word ("Age", "Roubles", "Volunteers") gives
nothing, unless it only counts ("Names added", "Total on the list"): then it counts what the
text just before the table spoke of ("the real number of dead"). The claimant and the side
are those of the text around the table: its caption, then the claimant named before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import UNKNOWN, Claimant, canonical_claimant
from extractor.backends.rules.context import ArticleContext
from extractor.backends.rules.figure import qualifier_before
from extractor.backends.rules.sentences import Sentence
from extractor.backends.rules.sides import counts_own, side_typed
from extractor.backends.rules.subjects import claimant_side, opposite
from extractor.backends.rules.table_dates import RowSpan, caption_year, row_span
from extractor.backends.rules.table_grid import Cell, Table, find_tables
from extractor.backends.rules.terms import (
    EQUIPMENT_ANYWHERE,
    FATE_ANYWHERE,
    FATE_GROUPS,
    TERM_GROUPS,
    nationality_of,
    term_category,
)
from extractor.numbers import find_numbers
from schemas import Category, Claim, ClaimantType, MatchKey, Population, Qualifier, Scope, Subject


class Kind(Enum):
    PER_ROW = "per_row"  # the row's period (or day): "Personnel", "Names added"
    RUNNING = "running"  # since the war began, as of the row's end: "Total on the list"
    AVERAGE = "average"  # a daily average over the row's period: "Average per day"


@dataclass(frozen=True, slots=True)
class Column:
    categories: tuple[Category, ...]
    kind: Kind
    subject: Subject | None
    population: Population
    bare_total: bool  # "Total" and nothing else says it runs since the war began
    increment: bool = False  # "Names added", "New": what was added to a count


# Columns that are not losses, whatever else they say: ages, money, shares, the people who
# keep the count, and people mobilised or recruited.
_NOT_LOSSES = re.compile(
    r"\b(?:age[sd]?|aged|median|years?\s+old|roubles?|rubles?|hryvnias?|dollars?|euros?|usd|"
    r"uah|rub|cost|price|budget|payments?|compensation|per\s*cent|percent|share|rate|ratio|"
    r"per\s+(?:capita|head|\d[\d,]*)|obituar\w*|posts?|sources?|volunteers?|staff|"
    r"population|change\s+%|%)|[$€£%]",
    re.IGNORECASE,
)
_TROOPS = re.compile(
    r"\b(?:personnel|troops|soldiers|servicem[ae]n|service\s*members|servicemembers|military)\b",
    re.IGNORECASE,
)
_CIVILIANS = re.compile(r"\bcivilians?\b", re.IGNORECASE)
# A column that only counts: what it counts is the table's subject matter.
_COUNTS = re.compile(
    r"\b(?:names?|added|new|total|count|number|confirmed|list(?:ed)?|tally|toll|recorded|"
    r"identified|verified|increase|change|weekly|monthly|daily)\b",
    re.IGNORECASE,
)
_AVERAGE = re.compile(r"\b(?:average|avg|mean|per\s+day|a\s+day|/\s*day)\b", re.IGNORECASE)
_RUNNING = re.compile(
    r"\b(?:running|cumulative|to\s+date|so\s+far|since|overall|on\s+the\s+list|in\s+total|"
    r"all\s+told|altogether)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\btotals?\b", re.IGNORECASE)
_INCREMENT = re.compile(r"\b(?:added|new|this\s+(?:week|month|day)|increase|change)\b", re.I)
_CUMULATIVE_CUE = next(p for s, p in lexicon.SCOPE_NEAR if s is Scope.CUMULATIVE)
# The text before a table that makes its totals lower bounds: "All the totals below are
# minimums", "the real number is higher".
_MINIMUMS = re.compile(r"\bminimums?\b|\bat\s+least\b", re.IGNORECASE)
_SOURCE_NOTE = re.compile(r"\b(?:sources?|data)\s*:.*$|\([^)]*\)", re.IGNORECASE | re.DOTALL)
# A caption is the paragraph just before the table, if it is short.
_CAPTION_LIMIT = 400
_LEAD_IN_REACH = 700  # characters before the table searched for what it counts


def _categories(cell: str) -> list[Category]:
    found = [term_category(m, TERM_GROUPS) for m in EQUIPMENT_ANYWHERE.finditer(cell)]
    found += [term_category(m, FATE_GROUPS) for m in FATE_ANYWHERE.finditer(cell)]
    if not found and _TROOPS.search(cell):
        found = [Category.CASUALTIES]  # "Personnel": killed and wounded, not split
    return sorted(set(found), key=lambda c: c.value)


def column_of(cell: str, default: list[Category]) -> Column | None:
    """What a header cell's column counts, or None when it counts no losses."""
    if not cell or _NOT_LOSSES.search(cell) or lexicon.NOT_A_LOSS.search(cell):
        return None
    categories = _categories(cell)
    average = _AVERAGE.search(cell) is not None
    if not categories and not average:
        if not _COUNTS.search(cell) or not default:
            return None
        categories = default
    running = _RUNNING.search(cell) is not None and not _INCREMENT.search(cell)
    kind = Kind.AVERAGE if average else Kind.RUNNING if running else Kind.PER_ROW
    population = Population.CIVILIAN if _CIVILIANS.search(cell) else Population.MILITARY
    bare_total = kind is Kind.PER_ROW and _TOTAL.search(cell) is not None
    subject = nationality_of(cell)
    increment = kind is Kind.PER_ROW and _INCREMENT.search(cell) is not None
    return Column(tuple(categories), kind, subject, population, bare_total, increment)


def _columns(header: tuple[Cell, ...], default: list[Category]) -> list[Column | None]:
    columns = [column_of(cell.text, default) for cell in header[1:]]
    # "Average per day" next to "Personnel": the average of the column before it.
    for j, column in enumerate(columns):
        if column is not None and not column.categories:
            before = next((c for c in reversed(columns[:j]) if c and c.categories), None)
            columns[j] = Column(before.categories, column.kind, column.subject,
                                column.population, False) if before else None  # fmt: skip
    # A bare "Total" beside a column of the same losses is the running total of them.
    for j, column in enumerate(columns):
        if column is not None and column.bare_total and any(
            c is not None and c is not column and c.categories == column.categories
            and not c.bare_total for c in columns
        ):  # fmt: skip
            columns[j] = Column(column.categories, Kind.RUNNING, column.subject,
                                column.population, False)  # fmt: skip
    return columns


@dataclass(frozen=True, slots=True)
class _Setting:
    """What the text around a table says of all of it."""

    claimant: Claimant
    subject: Subject | None
    population: Population
    cumulative: bool  # "since the start of the invasion"
    minimums: bool  # its totals are lower bounds
    year: str | None  # the one year the caption names, for months without one
    default: list[Category]  # what a column that only counts counts


def _setting(text: str, table: Table, floor: int, context: ArticleContext) -> _Setting:
    before = text[floor : table.start].rstrip()
    paragraph = before.rfind("\n\n")
    caption = before[paragraph + 2 :] if paragraph >= 0 else before[-_CAPTION_LIMIT:]
    caption = caption[-_CAPTION_LIMIT:]
    lead_in = before[-_LEAD_IN_REACH:]
    claimant = canonical_claimant(caption) if caption else None
    if claimant is None:
        listed = context.loss_list.claimant if context.loss_list else None
        named = [c for c in (listed, context.current, *reversed(context.history))
                 if c is not None and c.type is not ClaimantType.UNKNOWN]  # fmt: skip
        claimant = named[0] if named else context.current or UNKNOWN
    side = nationality_of(_SOURCE_NOTE.sub("", caption))
    people = [term_category(m, FATE_GROUPS) for m in FATE_ANYWHERE.finditer(lead_in)]
    people = [c for c in people if c.is_people]
    return _Setting(
        claimant,
        side if side is not Subject.OTHER else None,
        Population.CIVILIAN if _CIVILIANS.search(caption) else Population.MILITARY,
        _CUMULATIVE_CUE.search(caption) is not None,
        _MINIMUMS.search(lead_in) is not None or lexicon.ACTUAL_HIGHER.search(lead_in) is not None,
        caption_year(caption, context.published),
        people[-1:],
    )


_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_PLUS_AFTER = re.compile(r"\s*\+(?!\s*\d)")
_EMPTY = re.compile(r"^[\s\-–—.?]*$|^n/?a$", re.IGNORECASE)


def _number(cell: str) -> tuple[int | None, int | None, int | None, Qualifier] | None:
    """(value, low, high, qualifier) of a numeric cell; None for text, shares or blanks."""
    if _EMPTY.match(cell) or "%" in cell:
        return None
    numbers = [n for n in find_numbers(cell, spelled=False) if not n.has_decimal]
    if not numbers:
        return None
    first = numbers[0]
    if re.search(r"[A-Za-z]{3,}", cell[: first.start]) and not re.search(
        r"\b(?:about|around|over|more|at\s+least|up\s+to|nearly|some|approx)", cell[: first.start]
    ):  # fmt: skip
        return None  # "Up 12 on May", a note: not a figure
    qualifier, _ = qualifier_before(cell[: first.start])
    if cell[: first.start].strip() in (">", "≥"):
        qualifier = Qualifier.MORE_THAN if cell.strip()[0] == ">" else Qualifier.AT_LEAST
    elif _PLUS_AFTER.match(cell, first.end):
        qualifier = Qualifier.MORE_THAN  # "1,000+", not "1,000 (+12)"
    if len(numbers) > 1 and _RANGE_GAP.match(cell[first.end : numbers[1].start]) and (
        first.value < numbers[1].value
    ):  # fmt: skip
        return None, first.value, numbers[1].value, qualifier
    return first.value, None, None, qualifier


def _same_figure(claim: Claim, cell: Claim | None) -> bool:
    if cell is None:
        return False
    if claim.as_of is None or cell.as_of is None:
        return True
    return claim.as_of.startswith(cell.as_of) or cell.as_of.startswith(claim.as_of)


def _dates(span: RowSpan | None, column: Column, table_span: RowSpan | None,
           setting: _Setting) -> tuple[Scope, str | None, str | None]:  # fmt: skip
    """(scope, as_of, period_start) of a cell of ``column`` in a row labelled ``span``."""
    if span is None or span.total:
        # "Total": the span of the dated rows above, unless it runs since the war began
        whole = table_span
        if whole is None:
            cumulative = setting.cumulative or column.kind is Kind.RUNNING
            return (Scope.CUMULATIVE if cumulative else Scope.UNSPECIFIED), None, None
        span = RowSpan(whole.start, whole.end, False, span is not None and span.cumulative)
    if column.kind is Kind.AVERAGE:
        return Scope.DAILY_AVERAGE, span.end, None
    if column.kind is Kind.RUNNING or span.cumulative or (
        setting.cumulative and span.start == span.end and span.end and len(span.end) == 10
    ):  # fmt: skip
        return Scope.CUMULATIVE, span.end, None
    if column.bare_total and span.start == span.end and span.end and len(span.end) == 10:
        return Scope.CUMULATIVE, span.end, None  # a day's "Total": the running one
    if span.start == span.end and span.end is not None and len(span.end) == 10:
        return Scope.DAILY, span.end, None
    return Scope.PERIOD, span.end, span.start


class TableReader:
    """The tables of one article, read once each as the engine reaches their first line."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        self.tables = find_tables(text)
        self._read: set[int] = set()
        self._increments: set[tuple[int | None, MatchKey]] = set()  # exact cells of "Added"

    def __bool__(self) -> bool:
        return bool(self.tables)

    def read(self, sentence: Sentence, context: ArticleContext) -> list[Claim] | None:
        """The claims of the table that ``sentence`` belongs to, at its first line (later
        lines give none); None when the sentence is not part of a table."""
        for position, table in enumerate(self.tables):
            if table.start <= sentence.start < table.end:
                if position in self._read:
                    return []
                self._read.add(position)
                floor = self.tables[position - 1].end if position else 0
                return self._claims(table, floor, context)
        return None

    def settle(self, claims: list[Claim]) -> list[Claim]:
        """The article's claims, once all passes are done, as its tables have them.

        A figure a table gives, repeated in the prose, is the table's: its column and row date
        it better than the sentence ("the costliest month of the year so far, with 39,290"),
        and ``merge_repeats`` makes one claim of two only when they agree. The names a list
        added in a week are counted exactly, even where its totals are lower bounds.
        """
        tabled = {(*c.match_key(), c.subgroup): c for c in claims if self._in_table(c)}
        if not tabled:
            return claims
        settled = []
        for claim in claims:
            if not self._in_table(claim):
                if _same_figure(claim, tabled.get((*claim.match_key(), claim.subgroup))):
                    continue
            elif (claim.start, claim.match_key()) in self._increments:
                claim = claim.model_copy(update={"qualifier": Qualifier.EXACT})
            settled.append(claim)
        return settled

    def _in_table(self, claim: Claim) -> bool:
        return claim.start is not None and any(
            t.start <= claim.start < t.end for t in self.tables)  # fmt: skip

    def _claims(self, table: Table, floor: int, context: ArticleContext) -> list[Claim]:
        setting = _setting(self.text, table, floor, context)
        table = self._oriented(table, setting)
        columns = _columns(table.header, setting.default)
        if not any(columns):
            return []
        spans = [row_span(row[0].text, self.published, setting.year) for row in table.rows]
        dated = [s for s in spans if s is not None and not s.total and s.end is not None]
        whole = RowSpan(min(s.start or s.end for s in dated),  # type: ignore[type-var]
                        max(s.end for s in dated), False, False) if dated else None  # type: ignore[type-var]  # fmt: skip
        claims: list[Claim] = []
        for row, span in zip(table.rows, spans, strict=True):
            if span is None and dated:
                continue  # "Average", "Change" among dated rows: not a period of its own
            subgroup = row[0].text if span is None and row[0].text else None
            for cell, column in zip(row[1:], columns, strict=True):
                number = _number(cell.text) if column is not None else None
                if number is None or column is None:
                    continue
                claim = self._claim(cell, column, number, span, whole, subgroup, table,
                                    setting, context)  # fmt: skip
                if column.increment and claim.qualifier is Qualifier.EXACT:
                    self._increments.add((claim.start, claim.match_key()))
                claims.append(claim)
        military = [c for c in claims if c.population is Population.MILITARY]
        if military:
            context.last_subject = military[-1].subject
        context.loss_list = None  # a heading's list ends where its table does
        return claims

    def _oriented(self, table: Table, setting: _Setting) -> Table:
        """A table of categories by dates (its first column names losses) turned round."""
        if len(table.header) < 2 or any(column_of(c.text, []) for c in table.header[1:]):
            return table
        by_date = sum(row_span(c.text, self.published, setting.year) is not None
                      for c in table.header[1:])  # fmt: skip
        counted = sum(column_of(row[0].text, []) is not None for row in table.rows)
        if by_date * 2 >= len(table.header) - 1 and counted * 2 >= len(table.rows):
            return table.transposed()
        return table

    def _claim(self, cell: Cell, column: Column, number: tuple[int | None, int | None,
               int | None, Qualifier], span: RowSpan | None, whole: RowSpan | None,
               subgroup: str | None, table: Table, setting: _Setting,
               context: ArticleContext) -> Claim:  # fmt: skip
        value, low, high, qualifier = number
        scope, as_of, period_start = _dates(span, column, whole, setting)
        if as_of is not None and period_start is not None and period_start > as_of:
            period_start = None
        population = (Population.CIVILIAN if Population.CIVILIAN in (
            column.population, setting.population) else Population.MILITARY)  # fmt: skip
        claimant = setting.claimant
        side = claimant_side(claimant.type)
        subject = column.subject or setting.subject or (
            Subject.UKRAINE if population is Population.CIVILIAN and side is None else None
        ) or context.last_subject or (opposite(side) if side else Subject.RUSSIA)  # fmt: skip
        claimant = side_typed(claimant, subject, counts_own(population, list(column.categories),
                                                            False))  # fmt: skip
        if setting.minimums and qualifier is Qualifier.EXACT and scope is Scope.CUMULATIVE:
            qualifier = Qualifier.AT_LEAST
        start, end = table.lines[cell.line]
        return Claim(
            subject=subject, population=population, subgroup=subgroup,
            categories=list(column.categories), value=value, low=low, high=high,
            qualifier=qualifier, scope=scope, as_of=as_of, period_start=period_start,
            claimant=claimant.name, claimant_type=claimant.type,
            evidence=self.text[start:end], start=start, end=end,
        )  # fmt: skip
