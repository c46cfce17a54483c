"""A listed noun before its number: "personnel ‒ about 377820", "tanks: 6,214", "Killed —
11" (list lines and infographics name the losses first).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractor.backends.rules import lexicon
from extractor.backends.rules.elided import INCREMENT_BEFORE
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.regex_literals import nonblank_width
from extractor.backends.rules.terms import EQUIPMENT_RE, TERM_GROUPS, term_category
from extractor.numbers import NumberMention
from schemas import Category

if TYPE_CHECKING:
    from extractor.backends.rules.noun_binding import LossWords

# "6,214 (+12)": the day's increment after a number, passed over
SKIP_INCREMENT = r"(?:\s*\(\s*[+-]?\s*[\d,  ]+\s*\))?"
# "personnel ‒ about 377820", "tanks: 6,214": the noun stands before the number (lists).
_LISTED_NOUN = (
    rf"(?:(?P<equipment>{EQUIPMENT_RE})|(?P<people>personnel|troops|soldiers|casualties|losses|"
    rf"killed|wounded|injured|dead|captured|missing))"
)
_LIST_DASHES = "‒–—:=-"
# What follows the dashes after a listed noun: a hedge at most ("Tanks — about 6,214").
_LIST_HEDGE = (
    r"\s*(?:about|approximately|around|over|more\s+than|some|nearly|almost|at\s+least|up\s+to|~)?"
    r"\s*$"
)
_NOUN_BEFORE = guarded(
    rf"{_LISTED_NOUN}\s*(?:\([^)]*\)\s*)?[{_LIST_DASHES}]+{_LIST_HEDGE}", re.IGNORECASE
)
_AFTER_LIST_DASH = re.compile(_LIST_HEDGE, re.IGNORECASE)
# "troops 1,095,520 (+910) · tanks 11,184 · armoured vehicles 23,269": a list item with no dash
# between its noun and number, after a list's separator (a bare fate would be a verb: "killed 20")
# (matched from the last separator: the noun is all that lies between it and the number)
_BARE_NOUN_BEFORE = re.compile(
    rf"\s*(?:(?P<equipment>{EQUIPMENT_RE})|(?P<people>personnel|troops))\s+$", re.IGNORECASE
)
_LIST_SEPARATORS = "·•|;,:"
# The most characters but white space a listed noun holds (None: no bound).
_LISTED_NOUN_WIDTH = nonblank_width(re.compile(_LISTED_NOUN, re.IGNORECASE))
_LIST_TAIL = re.compile(rf"{SKIP_INCREMENT}(?:\s*(?:persons|people|units|pcs))?")


# "Kh-101 cruise missiles: 96 launched, 88 shot down": the number launched is no loss, the
# number downed after it is the listed noun's
_LAUNCHED_AFTER = re.compile(r"\s+(?:launched|fired)\b", re.IGNORECASE)
_DOWNED_AFTER = re.compile(rf"\s+(?:were\s+)?{lexicon.DOWNED}\b", re.IGNORECASE)
_LAUNCHED_BEFORE = re.compile(
    rf"[{_LIST_DASHES}][^\n{_LIST_DASHES}]{{0,20}}?\d[\d,  ]*\s+(?:launched|fired)\s*,?\s*"
    r"(?:and\s+|of\s+(?:which|them)\s+)?$",
    re.IGNORECASE,
)


def bind_noun_before(text: str, first: NumberMention, last: NumberMention, before: str,
                     has_loss_words: LossWords) -> Figure | None:  # fmt: skip
    """The number bound to a listed noun before it ("tanks: 6,214"), in a sentence about
    losses."""
    if _LAUNCHED_AFTER.match(text, last.end):
        return None
    noun = _noun_before(before)
    if noun is None and before[-1:].isspace():
        start = max(map(before.rfind, _LIST_SEPARATORS)) + 1
        if len(before) - start <= 60:
            noun = _BARE_NOUN_BEFORE.match(before, start)
    downed = None
    if noun is None and (downed := _DOWNED_AFTER.match(text, last.end)) and (
            launched := _LAUNCHED_BEFORE.search(before, max(0, len(before) - 60))):  # fmt: skip
        noun = _noun_before(before[: launched.start() + 1])
    if noun is None or not has_loss_words or INCREMENT_BEFORE.search(before):
        return None
    if noun.group("equipment"):
        category = term_category(noun, TERM_GROUPS)
    else:
        word = noun.group("people").lower()
        category = {
            "killed": Category.KILLED, "dead": Category.KILLED, "wounded": Category.WOUNDED,
            "injured": Category.WOUNDED, "captured": Category.CAPTURED, "missing": Category.MISSING,
        }.get(word, Category.CASUALTIES)  # fmt: skip
    figure = new_figure(first, last, before, last.end, [category])
    figure.phrase_start = noun.start("equipment" if noun.group("equipment") else "people")
    figure.noun_before = True
    tail = downed or _LIST_TAIL.match(text, last.end)
    if tail:
        figure.phrase_end = tail.end()
    return figure


def _noun_before(before: str) -> re.Match[str] | None:
    """``_NOUN_BEFORE.search(before)``, searched only from where a match can start (re would
    try the listed nouns at every character of the sentence before the number).

    A match's dashes end with the text's last dash (no hedge after them holds one), and
    only a hedge follows; its noun ends right before that dash run and white space, or
    before a parenthesis opened after the last one closed before; and holds at most
    _LISTED_NOUN_WIDTH characters but white space.
    """
    if _NOUN_BEFORE.rules_out(before):  # type: ignore[attr-defined]
        return None
    dash = max(map(before.rfind, _LIST_DASHES))
    if dash < 0 or not _AFTER_LIST_DASH.match(before, dash + 1):
        return None
    if _LISTED_NOUN_WIDTH is None:
        return _NOUN_BEFORE.search(before)
    end = dash
    while end > 0 and before[end - 1] in _LIST_DASHES:
        end -= 1
    while end > 0 and before[end - 1].isspace():
        end -= 1
    if end > 0 and before[end - 1] == ")":
        end = before.rfind(")", 0, end - 1) + 1
    start, width = end, 0
    while start > 0 and width < _LISTED_NOUN_WIDTH:
        start -= 1
        width += not before[start].isspace()
    return _NOUN_BEFORE.search(before, start)
