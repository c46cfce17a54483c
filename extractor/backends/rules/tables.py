"""Claims from markdown tables: a header names what each column counts (``table_columns``),
a row's first cell says when (``table_dates``: a month, a year, a week "19-25 September", a
day, or "Total": the span of the rows above), and every numeric cell is one claim, with its
row as evidence. A table whose first column names the losses ("Tanks", "Personnel") is read
with each row's category, turned round if its header holds the dates. The claimant and the
side are those of the text around the table: its caption, then the claimant named before it.
A table that counts no losses is left to be read as sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import UNKNOWN, Claimant, canonical_claimant
from extractor.backends.rules.context import ArticleContext
from extractor.backends.rules.dates import DateRole, find_dates
from extractor.backends.rules.figure import qualifier_before
from extractor.backends.rules.sentences import Sentence
from extractor.backends.rules.sides import counts_own, side_typed
from extractor.backends.rules.subjects import claimant_side, opposite
from extractor.backends.rules.table_columns import (
    CIVILIANS,
    CREDIT,
    NOT_LOSSES,
    Column,
    Kind,
    column_of,
    columns_of,
    uncredited,
    whose_losses,
)
from extractor.backends.rules.table_dates import RowSpan, caption_year, row_span
from extractor.backends.rules.table_grid import Cell, Table, find_tables
from extractor.backends.rules.terms import FATE_ANYWHERE, FATE_GROUPS, nationality_of, term_category
from extractor.numbers import find_numbers
from schemas import Category, Claim, ClaimantType, MatchKey, Population, Qualifier, Scope, Subject
from schemas.dates import partial_date_precedes, partial_dates_agree

# The text before a table that makes its totals lower bounds: "All the totals below are
# minimums", "the real number is higher".
_MINIMUMS = re.compile(r"\bminimums?\b|\bat\s+least\b", re.IGNORECASE)
_SOURCE_NOTE = re.compile(r"\b(?:sources?|data)\s*:.*$|\([^)]*\)", re.IGNORECASE | re.DOTALL)
# A caption is the paragraph just before the table, if it is short.
_CAPTION_LIMIT = 400
_LEAD_IN_REACH = 700  # characters before the table searched for what it counts


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
    as_of: str | None  # the date the caption gives ("as of 1 March"), for undated rows
    period: str | None = None  # the year or month a column's header names, for undated rows


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
        Population.CIVILIAN if CIVILIANS.search(caption) else Population.MILITARY,
        lexicon.WHOLE_WAR_CUE.search(caption) is not None,
        _MINIMUMS.search(lead_in) is not None or lexicon.ACTUAL_HIGHER.search(lead_in) is not None,
        caption_year(caption, context.published),
        people[-1:],
        _caption_date(caption, context.published),
    )


def _caption_date(caption: str, published: date | None) -> str | None:
    dates = [d.value for d in find_dates(caption, published)
             if d.value and d.role is not DateRole.SINCE]  # fmt: skip
    return dates[-1] if dates else None


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


_NAMED = re.compile(r"[A-Za-z]{2}")  # a label that names a part ("Donetsk region"), not "1."


def _row_columns(table: Table) -> list[list[Column | None]] | None:
    """A table whose first column names the losses ("| Tanks | 8,932 |"), its header what
    kind of figure each column holds ("Total"): each cell's column, row by row; None for a
    table whose rows are not categories."""
    labelled = [column_of(row[0].text, []) for row in table.rows]
    if sum(c is not None for c in labelled) * 2 < len(table.rows):
        return None
    heads = [(column_of(c.text, [Category.CASUALTIES]),
              NOT_LOSSES.search(uncredited(c.text)) is not None, whose_losses(c.text))
             for c in table.header[1:]]  # fmt: skip
    return [[_in_row(label, *head) for head in heads] for label in labelled]


def _in_row(label: Column | None, head: Column | None, excluded: bool,
            side: Subject | None) -> Column | None:  # fmt: skip
    """The row's category, the kind of figure its header gives ("Total": running) and the
    side whose losses it names ("Ukraine's losses in 2024")."""
    if label is None or excluded:
        return None
    label = replace(label, subject=side or label.subject)
    return replace(label, kind=head.kind, bare_total=head.bare_total) if head else label


def _column_setting(setting: _Setting, header: str, published: date | None) -> _Setting:
    """The setting of one column: the source its header credits ("per Russia's defence
    ministry") and the year or month it names ("losses in 2024"), if any."""
    credit = CREDIT.search(header)
    source = canonical_claimant(credit.group("source")) if credit else None
    named = [d.value for d in find_dates(uncredited(header), published)
             if d.value and len(d.value) < 10 and d.role is not DateRole.SINCE]  # fmt: skip
    if source is None and len(named) != 1:
        return setting
    return replace(setting, claimant=source or setting.claimant,
                   period=named[0] if len(named) == 1 else setting.period)  # fmt: skip


def _same_figure(claim: Claim, cell: Claim | None) -> bool:
    if cell is None:
        return False
    return claim.as_of is None or cell.as_of is None or partial_dates_agree(claim.as_of,
                                                                            cell.as_of)


def _dates(span: RowSpan | None, column: Column, table_span: RowSpan | None,
           setting: _Setting) -> tuple[Scope, str | None, str | None]:  # fmt: skip
    """(scope, as_of, period_start) of a cell of ``column`` in a row labelled ``span``."""
    if span is None or span.total:
        # "Total": the span of the dated rows above, unless it runs since the war began
        whole = table_span
        if whole is None and setting.period and column.kind is Kind.PER_ROW:
            return Scope.PERIOD, setting.period, setting.period  # "losses in 2024"
        if whole is None:  # no dated rows: the caption dates the table ("as of 1 March")
            if column.kind in (Kind.AVERAGE, Kind.DAILY):
                scope = Scope.DAILY if column.kind is Kind.DAILY else Scope.DAILY_AVERAGE
                return scope, setting.as_of, None
            cumulative = setting.cumulative or column.kind is Kind.RUNNING or column.bare_total
            return (Scope.CUMULATIVE if cumulative else Scope.UNSPECIFIED), setting.as_of, None
        span = RowSpan(whole.start, whole.end, False, span is not None and span.cumulative)
    if column.kind is Kind.AVERAGE:
        return Scope.DAILY_AVERAGE, span.end, None
    if column.kind is Kind.DAILY:
        return Scope.DAILY, span.end, None
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
        self._read: dict[int, list[Claim]] = {}  # each table's claims, once read
        self._increments: set[tuple[int | None, MatchKey]] = set()  # exact cells of "Added"

    def __bool__(self) -> bool:
        return bool(self.tables)

    def read(self, sentence: Sentence, context: ArticleContext) -> list[Claim] | None:
        """The claims of the table that ``sentence`` belongs to, at its first line (later
        lines give none); None when the sentence is not part of a table that counts losses."""
        for position, table in enumerate(self.tables):
            if table.start <= sentence.start < table.end:
                if position not in self._read:
                    floor = self.tables[position - 1].end if position else 0
                    self._read[position] = self._claims(table, floor, context)
                    return self._read[position] or None
                return [] if self._read[position] else None
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
            t.start <= claim.start < t.end for i, t in enumerate(self.tables) if self._read.get(i)
        )  # fmt: skip

    def _claims(self, table: Table, floor: int, context: ArticleContext) -> list[Claim]:
        setting = _setting(self.text, table, floor, context)
        table = self._oriented(table, setting)
        columns = columns_of(table.header, setting.default)
        by_row = _row_columns(table)
        if not any(columns) and by_row is None:
            return []
        spans = [row_span(row[0].text, self.published, setting.year) for row in table.rows]
        dated = [s for s in spans if s is not None and not s.total and s.end is not None]
        whole = RowSpan(min(s.start or s.end for s in dated),  # type: ignore[type-var]
                        max(s.end for s in dated), False, False) if dated else None  # type: ignore[type-var]  # fmt: skip
        settings = [_column_setting(setting, c.text, self.published) for c in table.header[1:]]
        claims: list[Claim] = []
        for i, (row, span) in enumerate(zip(table.rows, spans, strict=True)):
            if span is None and dated:
                continue  # "Average", "Change" among dated rows: not a period of its own
            label = row[0].text
            subgroup = label if span is None and by_row is None and _NAMED.search(label) else None
            for j, cell in enumerate(row[1:]):
                column = by_row[i][j] if by_row is not None else columns[j]
                number = _number(cell.text) if column is not None else None
                if number is None or column is None:
                    continue
                claim = self._claim(cell, column, number, span, whole, subgroup, table,
                                    settings[j] if j < len(settings) else setting,
                                    context)  # fmt: skip
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
        spans = [row_span(c.text, self.published, setting.year) for c in table.header[1:]]
        by_date = sum(span is not None and not span.total for span in spans)
        counted = sum(column_of(row[0].text, []) is not None for row in table.rows)
        if by_date and by_date * 2 >= len(table.header) - 1 and counted * 2 >= len(table.rows):
            return table.transposed()
        return table

    def _claim(self, cell: Cell, column: Column, number: tuple[int | None, int | None,
               int | None, Qualifier], span: RowSpan | None, whole: RowSpan | None,
               subgroup: str | None, table: Table, setting: _Setting,
               context: ArticleContext) -> Claim:  # fmt: skip
        value, low, high, qualifier = number
        scope, as_of, period_start = _dates(span, column, whole, setting)
        if as_of is not None and period_start is not None and not partial_date_precedes(
            period_start, as_of
        ):  # fmt: skip
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
