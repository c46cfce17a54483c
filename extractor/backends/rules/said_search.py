"""Finding the "…, X said" attributions from their verbs.

The pattern opens on a mark or a conjunction ("…, the ministry said", "and Kyiv
reported"), and re tries it at every one of them, each time scanning up to 90 characters
ahead for a verb: mostly in vain, as a sentence holds many commas and few verbs. A match
holds no break (a comma, a quote, a bracket ...) between its opening and its verb, so it
opens no earlier than the last break before the first verb ahead: the search starts
there, and stops when no verb is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extractor.backends.rules.literal_scan import literal_trie


class VerbAnchored:
    """``pattern.finditer(text)`` (its matches, in order) for a pattern whose matches end
    on one of ``verbs`` after white space, and hold none of ``breaks`` between their first
    character and that verb. ``past_start``: ``pattern`` without its option that opens on
    "^" (``finditer_past_start``)."""

    __slots__ = ("_last_break", "_past_start", "_pattern", "_verb")

    def __init__(self, pattern: re.Pattern[str], past_start: re.Pattern[str] | None,
                 verbs: Iterable[str], breaks: str) -> None:  # fmt: skip
        # (Past the start, "^" matches nowhere: ``pattern`` itself serves, only slower.)
        self._pattern, self._past_start = pattern, past_start or pattern
        # (Unicode \s and \b: on any text they find every verb the pattern's can, ASCII
        # mode or not.) A trie: re tests a verb per letter, not per word of the list.
        self._verb = re.compile(rf"\s{literal_trie(sorted(set(verbs)))}\b")
        escaped = re.escape(breaks)
        self._last_break = re.compile(f"[{escaped}][^{escaped}]*\\Z")  # (\Z: at endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self._pattern.match(text)  # at the start, with every option
        if first is not None:
            yield first
        position = first.end() if first is not None else 1
        while (verb := self._verb.search(text, position)) is not None:
            # A match found from here opens past ``position`` and before some verb ahead,
            # and so at or after the last break before the first of them.
            last_break = self._last_break.search(text, position, verb.start())
            found = self._past_start.search(
                text, last_break.start() if last_break is not None else position
            )
            if found is None:
                return
            yield found
            position = found.end()
