"""What the figures of sentences before carry to this one's: their source's place, their
report's period, their scope (not to a civilian toll after troops' losses); and what a
sentence after carries back ("The real number is higher").
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import UNKNOWN, Claimant
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.sentences import Sentence
from schemas import Claim, Population, Scope

_PERIOD, _UNSPECIFIED = Scope.PERIOD, Scope.UNSPECIFIED
_CIVILIAN, _MILITARY = Population.CIVILIAN, Population.MILITARY
_UNNAMED = UNKNOWN.name  # figures before their source (credited to the next one named)
_PERIOD_REACH = 6  # sentences over which a periodic report's breakdowns go on


def civilians_after_troops(before: list[Claim], figures: list[Figure]) -> bool:
    """Do civilians follow troops here? A report of troops' losses carries no scope to them."""
    return bool(before) and before[-1].population is _MILITARY and any(
        f.population is _CIVILIAN for f in figures) and all(
        f.population is _CIVILIAN or f.bare_fate for f in figures)  # ("and four injured")


def same_source(place: tuple[int, str, str, Population], claimant: Claimant,
                figure: Figure) -> bool:  # fmt: skip
    """Does the source of the toll at ``place`` go on here? Figures given before their
    source ('"... in the Tavria direction. Our soldiers also destroyed seven tanks," the
    spokesman said') are the next named source's, if they count the same people."""
    return place[2] == claimant.name or (place[2] == _UNNAMED and place[3] is figure.population)


# "That compared with 543 killed in the previous three months": figures of another period,
# told for comparison
COMPARISON_OPENS = re.compile(
    r"\W*(?:(?:That|This|It)\s+compare[sd]\s+(?:with|to)|By\s+comparison|In\s+comparison)\b"
)
# "over the period", "in the same period": the period told before, no other
SAME_PERIOD = re.compile(
    r"\b(?:over|during|in|for|within)\s+(?:the|that|this)\s+(?:same\s+)?period\b", re.IGNORECASE
)


def same_report(period: tuple[int, str, str | None, str | None] | None, claimant: Claimant,
                sentence: Sentence, scope: Scope, as_of: str | None, event: str | None,
                cued: bool) -> tuple[int, str, str | None, str | None] | None:  # fmt: skip
    """The period a figure with no cue and no date of its own goes on with: the one its
    source dated last, a few sentences back ("in July ... In the Donetsk region, the
    mission recorded 98 civilians killed")."""
    # (a figure with no cue of its own, dated as its source's statement that ended that
    # period, goes on with it)
    if (period is None or event or cued or (as_of is not None and as_of != period[2])
            or claimant.name != period[1]
            or scope not in (_UNSPECIFIED, _PERIOD)
            or sentence.index - period[0] > _PERIOD_REACH):  # fmt: skip
        return None
    return period


# "If we had lost 150 men in a day, there would be no battalion left"
_SUPPOSED = re.compile(
    r"\bif\s+(?:[\w'’]+\s+){1,3}?(?:had|were|was|did)\b[^,;.]*$", re.IGNORECASE
)


# "Not 185. Not even close.", "Not 828,470 dead - 828,470 casualties": a figure denied
_DENIED = re.compile(r"\bnot\s+(?:even\s+)?$", re.IGNORECASE)


def supposed_repeat(figure: Figure, text: str, recent: list[Claim]) -> bool:
    """Is the figure one just quoted, supposed in an if-clause or denied (to reject it), not
    a new one?"""
    return figure.value is not None and any(c.value == figure.value for c in recent) and (
        _SUPPOSED.search(text, max(0, figure.phrase_start - 50), figure.number_start) is not None
        or _DENIED.search(text, max(0, figure.number_start - 12), figure.number_start) is not None)


def higher_later(sentences: list[Sentence]) -> list[tuple[bool, bool]]:
    """For each sentence: does it say the real number is higher, and does a sentence after
    it in its paragraph ("... 612 killed," he said. "Those are the ones we can confirm. The
    real number is higher")?"""
    flags: list[tuple[bool, bool]] = []
    later, paragraph = False, -1
    for sentence in reversed(sentences):
        if sentence.paragraph != paragraph:
            later, paragraph = False, sentence.paragraph
        says = lexicon.ACTUAL_HIGHER.search(sentence.text) is not None
        flags.append((says, later))
        # (a bulleted item's caveat is its own, not the items' above it)
        later = (later or says) and not _BULLETED.match(sentence.text)
    return flags[::-1]


_BULLETED = re.compile(r"\s*[•▪●◦·*-]\s")
