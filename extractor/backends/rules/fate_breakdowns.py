"""Equipment losses broken down by fate: "destroyed", "damaged", "abandoned", "captured".

Two shapes, both common in open-source counts (Oryx and the reports that quote it):
the list line "Tanks (1,306, of which destroyed: 680, damaged: 58, abandoned: 102,
captured: 466)", and the prose after an equipment total "680 were destroyed, 58 damaged,
102 abandoned and 466 captured". Each part counts the same equipment with the fate as
its subgroup.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import EQUIPMENT_RE, TERM_GROUPS, term_category
from extractor.numbers import NumberMention

FATES = ("destroyed", "damaged", "abandoned", "captured")
_FATE_WORD = "|".join(FATES)
_FATE_LIST = guarded(
    rf"(?P<noun>{EQUIPMENT_RE})\s*\(\s*[\d,.  ]+\s*,\s*of\s+which\s+(?P<items>(?:(?:{_FATE_WORD})"
    r"\s*:\s*[\d,.  ]+\s*,?\s*)+)\)",
    re.IGNORECASE,
)
# "Russia - 6,512, of which: destroyed: 3,630, ...": all equipment together, no one kind.
_UNNAMED_FATE_LIST = guarded(
    rf"\d\s*,?\s*of\s+which:?\s+(?:(?:{_FATE_WORD})\s*:\s*[\d,.  ]+\s*,?\s*)+", re.IGNORECASE
)
_ITEM = re.compile(rf"(?P<fate>{_FATE_WORD})\s*:\s*$", re.IGNORECASE)


def fate_list_figures(text: str, mentions: list[NumberMention]) -> dict[int, Figure | None]:
    """Figures of "Tanks (1,306, of which destroyed: 680, ...)" lines, by mention start.

    None marks a number of a breakdown that names no kind of equipment: not a figure.
    """
    found: dict[int, Figure | None] = {}
    for line in _UNNAMED_FATE_LIST.finditer(text):
        found.update({m.start: None for m in mentions if line.start() <= m.start < line.end()})
    for line in _FATE_LIST.finditer(text):
        category = term_category(line, TERM_GROUPS)
        inside = [m for m in mentions if line.end("noun") <= m.start < line.end()]
        for position, mention in enumerate(inside):
            before = text[: mention.start]
            fate = _ITEM.search(before[line.start("items") :]) if position else None
            if position and fate is None:
                continue
            figure = new_figure(mention, mention, before, mention.end, [category])
            # the line's noun opens its total; "destroyed:" opens each part
            figure.phrase_start = line.start("items") + fate.start() if fate else line.start()
            figure.subgroup = fate.group("fate").lower() if fate else None
            figure.value = mention.value
            found[mention.start] = figure
    return found


_COLON_AFTER_TOTAL = re.compile(r"[^.;:\d]{0,30}:\s*")
_DOWNED_AFTER = re.compile(rf"\s+(?:were|was|had\s+been)\s+{lexicon.DOWNED}\b", re.IGNORECASE)
_NEXT_FATE = re.compile(rf"^\s+(?:were\s+|was\s+)?(?P<fate>{_FATE_WORD})\b", re.IGNORECASE)


# "Of the tanks, it says, 2,689 were destroyed outright": the kind the fates break down
_OF_THE_KIND = re.compile(
    rf"^\W*Of\s+(?:the|those|these|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{EQUIPMENT_RE}),",
    re.IGNORECASE,
)


def next_fate(text: str, mention: NumberMention, before: str,
              parent: Figure | None) -> Figure | None:  # fmt: skip
    """"680 were destroyed, 58 damaged, ... and 466 captured": one more fate of the
    equipment just broken down (``parent``), or of the kind the sentence opens on ("Of the
    tanks, 2,689 were destroyed")."""
    follows = parent is not None and parent.subgroup in FATES and not (
        parent.categories[0].is_people)  # fmt: skip
    # ("2,668 Russian tanks lost in total: 1,839 destroyed, 147 damaged, ...": the first
    # fate after a colon breaks down the equipment total before it)
    follows = follows or (parent is not None and parent.subgroup is None and bool(
        parent.categories) and not parent.categories[0].is_people and _COLON_AFTER_TOTAL.fullmatch(
        before, parent.phrase_end) is not None)  # fmt: skip
    kind = None if follows else _OF_THE_KIND.match(before)
    if not (follows or kind):
        return None
    fate = _NEXT_FATE.match(text[mention.end :])
    if fate is None and kind:
        # "Of the missiles, 29 were downed": the kind's loss itself, no fate of a breakdown
        downed = _DOWNED_AFTER.match(text, mention.end)
        if downed is None:
            return None
        return new_figure(mention, mention, before, downed.end(),
                          [term_category(kind, TERM_GROUPS)])  # fmt: skip
    if fate is None:
        return None
    figure = new_figure(mention, mention, before, mention.end + fate.end(),
                        [term_category(kind, TERM_GROUPS)] if kind else [])  # fmt: skip
    if parent is not None and follows:
        figure.inherit(parent)
    figure.subgroup = fate.group("fate").lower()
    return figure
