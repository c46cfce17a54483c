"""Markdown tables in article text, as grids of cells tied to the lines that hold them.

A table is a header line, a separator line of dashes ("|---|:---:|") and data lines, each
line's cells parted by '|' (outer pipes optional); or, with no separator, a header of no
figures over data lines as wide as it. A text without a '|' has none, and finding
that out costs one ``in`` test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATOR = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
_LINE = re.compile(r"^.*$", re.MULTILINE)
# Bold, italics and code marks around a cell's text ("**Total**", "_1,082_").
_MARKUP = re.compile(r"[*_`]+")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str  # without markup and outer white space
    line: int  # index into ``Table.lines``: the line that holds the cell


@dataclass(frozen=True, slots=True)
class Table:
    start: int  # offset of the header line's first character
    end: int  # offset just past the last data line
    lines: tuple[tuple[int, int], ...]  # (start, end) of each data line's text, stripped
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]  # data rows, each as wide as the header

    def transposed(self) -> Table:
        """Columns as rows: a table of categories by dates read as dates by categories."""
        width = len(self.header)
        header = (self.header[0], *(row[0] for row in self.rows))
        rows = tuple(
            (self.header[j], *(row[j] for row in self.rows)) for j in range(1, width)
        )
        return Table(self.start, self.end, self.lines, header, rows)


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [_MARKUP.sub("", cell).strip() for cell in body.split("|")]


_DIGIT = re.compile(r"\d")


def _bare_head(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Is line ``i - 1`` the header of a table with no separator line ("Month | Personnel |
    Tanks", then "July 2024 | 35,680 | 300"): as many cells as the two lines below it, no
    figure in it, and figures in them?"""
    if i + 1 >= len(lines):
        return False
    head, first, second = (text[a:b] for a, b in lines[i - 1 : i + 2])
    if "|" not in head or "|" not in first or "|" not in second or _DIGIT.search(head):
        return False
    width = len(_cells(head))
    return width >= 2 and len(_cells(first)) == width == len(_cells(second)) and all(
        _DIGIT.search(cell) for cell in _cells(first)[1:])  # fmt: skip


def find_tables(text: str) -> list[Table]:
    """Every markdown table of ``text``, in order."""
    if "|" not in text:
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    tables: list[Table] = []
    i = 1
    while i < len(lines):
        start, end = lines[i]
        separated = "|" in text[start:end] and _SEPARATOR.match(text, start, end) is not None
        if not separated and not _bare_head(text, lines, i):
            i += 1
            continue
        head_start, head_end = lines[i - 1]
        header = _cells(text[head_start:head_end])
        if "|" not in text[head_start:head_end] or len(header) < 2:
            i += 1
            continue
        spans: list[tuple[int, int]] = []
        rows: list[tuple[Cell, ...]] = []
        j = i + 1 if separated else i
        while j < len(lines) and "|" in text[lines[j][0] : lines[j][1]]:
            line_start, line_end = lines[j]
            raw = text[line_start:line_end]
            cells = _cells(raw)[: len(header)]
            cells += [""] * (len(header) - len(cells))
            lead = len(raw) - len(raw.lstrip())
            spans.append((line_start + lead, line_start + len(raw.rstrip())))
            rows.append(tuple(Cell(c, len(spans) - 1) for c in cells))
            j += 1
        if rows:
            head_lead = len(text[head_start:head_end]) - len(text[head_start:head_end].lstrip())
            tables.append(Table(
                head_start + head_lead, spans[-1][1], tuple(spans),
                tuple(Cell(c, -1) for c in header), tuple(rows),
            ))  # fmt: skip
        i = j
    return tables
