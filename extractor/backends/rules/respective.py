"""A run of bare numbers ending in "respectively": each counts what the figure in the same
place of the run of figures before it counts ("Three tanks and two armoured vehicles were
added, bringing the totals to 11,943 and 24,586 respectively").
"""

from __future__ import annotations

import re

from extractor.backends.rules.figure import Figure, new_figure
from extractor.numbers import NumberMention

# "bringing the totals to 11,943 and 24,586 respectively": numbers joined into one run
_RESPECTIVELY_AFTER = re.compile(r"[\s,]*(?:[a-z]+\s+){0,3}?respectively\b", re.IGNORECASE)
_RUN_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)
Unit = tuple[NumberMention, NumberMention | None]


def bind_respective(text: str, units: list[Unit], position: int,
                    figures: list[Figure]) -> Figure | None:  # fmt: skip
    """A bare number of a run that ends in "respectively": it counts what the figure in
    the same place of the run of figures before counts ("Three tanks and two armoured
    vehicles were added, bringing the totals to 11,943 and 24,586 respectively")."""
    def end(i: int) -> int:
        return (units[i][1] or units[i][0]).end

    start = position
    while start > 0 and _RUN_GAP.fullmatch(text, end(start - 1), units[start][0].start):
        start -= 1
    last = position
    while last + 1 < len(units) and _RUN_GAP.fullmatch(text, end(last), units[last + 1][0].start):
        last += 1
    if last == start or not _RESPECTIVELY_AFTER.match(text, end(last)):
        return None
    earlier = [f for f in figures if f.phrase_end <= units[start][0].start]
    size = last - start + 1
    if len(earlier) < size:
        return None
    first, second = units[position]
    figure = new_figure(first, second or first, text[: first.start], end(position), [])
    figure.inherit(earlier[len(earlier) - size + position - start])
    return figure
