"""Searching a pattern from a part that each of its matches holds (its anchor), not from
every place where it may open.

The attribution patterns that open on a mark or a conjunction ("…, the ministry said",
"and Kyiv, which said") are tried by re at every such place, each time scanning up to 90
characters ahead for their verb or their aside: mostly in vain, as a sentence holds many
commas and few verbs. A match holds no break (a comma, a quote, a bracket ...) between
its opening and its anchor, so it opens no earlier than the last break before the first
anchor ahead: the search starts there, and stops when no anchor is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class AnchoredSearch:
    """``pattern.finditer(text)`` (its matches, in order) for a pattern each of whose
    matches holds a match of ``anchor`` with none of ``breaks`` between its own start and
    the anchor's. ``past_start``: ``pattern`` without its option that opens on "^"
    (``finditer_past_start``)."""

    __slots__ = ("_anchor", "_last_break", "_past_start", "_pattern")

    def __init__(self, pattern: re.Pattern[str], past_start: re.Pattern[str] | None,
                 anchor: re.Pattern[str], breaks: str) -> None:  # fmt: skip
        # (Past the start, "^" matches nowhere: ``pattern`` itself serves, only slower.)
        self._pattern, self._past_start = pattern, past_start or pattern
        self._anchor = anchor
        escaped = re.escape(breaks)
        self._last_break = re.compile(f"[{escaped}][^{escaped}]*\\Z")  # (\Z: at endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._anchor.search(text) is None:
            return  # (most sentences of those searched: not even the start is tried)
        first = self._pattern.match(text)  # at the start, with every option
        if first is not None:
            yield first
        position = first.end() if first is not None else 1
        while (anchor := self._anchor.search(text, position)) is not None:
            # A match found from here opens past ``position`` and before some anchor
            # ahead, and so at or after the last break before the first of them.
            last_break = self._last_break.search(text, position, anchor.start())
            found = self._past_start.search(
                text, last_break.start() if last_break is not None else position
            )
            if found is None:
                return
            yield found
            position = found.end()
