"""A note under a list dates the list above it.

An infographic's panel or a fact box gives its lines bare ("Tanks destroyed: 8,542") and
dates them in a note underneath: "Figures as of the morning of 24 August 2024", "UN figures
cover the period from 24 February 2022 to 31 July 2024". Such a note looks back: it dates
the lines above it, not the text that follows.
"""

from __future__ import annotations

import re
from datetime import date

from extractor.backends.rules.dates import INVASION_START, DateRole, find_dates
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.sentences import Sentence
from schemas import Claim, Scope

_NOTE = guarded(
    r"\b(?:as\s+(?:of|at)|correct\s+(?:as\s+)?(?:of|at)|cover(?:s|ing)?\s+the\s+period"
    r"|(?:figures|data|numbers|totals|counts?)\s+(?:are\s+|run\s+)?(?:to|up\s+to|until|through))\b",
    re.IGNORECASE,
)
# A list: at least this many of its lines carry figures.
_LIST_LINES = 3
# At most this many sentences of the note's paragraph come before it.
_BEFORE_NOTE = 2


def note_dates(sentences: list[Sentence], position: int,
               per_sentence: list[list[Claim]], published: date | None) -> bool:  # fmt: skip
    """If the sentence at ``position``, with no claims of its own, opens (or nearly) the
    paragraph just under a list and dates it, give its date to the list's undated claims (in
    ``per_sentence``), and say so."""
    note = sentences[position]
    if per_sentence[position] or position == 0 or not _NOTE.search(note.text):
        return False
    # (a sentence or two of the note's paragraph may come first: "A caption beside ...")
    opening = [i for i in range(max(0, position - _BEFORE_NOTE), position)
               if sentences[i].paragraph == note.paragraph]  # fmt: skip
    if any(per_sentence[i] for i in opening):
        return False
    above = [i for i in range(position - len(opening) - 1, -1, -1)
             if sentences[i].paragraph == note.paragraph - 1]  # fmt: skip
    if sum(1 for i in above if per_sentence[i]) < _LIST_LINES:
        return False
    dates = [d for d in find_dates(note.text, published) if d.value]
    until = [d.value for d in dates if d.role is not DateRole.SINCE and d.value]
    if not until:
        return False
    since = next((d.value for d in dates if d.role is DateRole.SINCE), None)
    whole_war = since is not None and since[:7] == INVASION_START[:7]
    for i in above:
        per_sentence[i] = [_dated(claim, until[-1], whole_war) for claim in per_sentence[i]]
    return True


def _dated(claim: Claim, as_of: str, whole_war: bool) -> Claim:
    if claim.as_of is not None:
        return claim
    update: dict[str, object] = {"as_of": as_of}
    if whole_war and claim.scope is Scope.UNSPECIFIED:
        update["scope"] = Scope.CUMULATIVE  # "from 24 February 2022 to 31 July 2024"
    return claim.model_copy(update=update)
