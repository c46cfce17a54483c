"""People in care: "Eleven people are in hospital", "nine of them in a serious condition".

A count of people in hospital or in a stated condition is a part of the wounded.
"""

from __future__ import annotations

import re

from extractor.backends.rules.figure import Figure, new_figure
from extractor.numbers import NumberMention
from schemas import Category

# "Eleven people are in hospital", "of whom 51 are in hospital", "nine of them in a serious
# condition": people in care are wounded, a part of the wounded
IN_CARE_AFTER = re.compile(
    r"(?:\s+(?:people|persons|of\s+them|of\s+whom|others|more|children|soldiers|civilians))?"
    r"(?:\s+(?:are|were|is|was|remain|remained|remains|have\s+been|had\s+been|has\s+been|still))*"
    r"\s+(?:(?P<hospital>in\s+(?:a\s+|the\s+)?hospital|hospitali[sz]ed)|in\s+(?:a\s+)?(?P<state>"
    r"serious|grave|critical|severe)\s+condition)\b",
    re.IGNORECASE,
)


def in_care(first: NumberMention, last: NumberMention, before: str, care: re.Match[str],
            source: Figure | None) -> Figure:  # fmt: skip
    """The people in care at ``first``..``last``: wounded, whose as ``source``'s."""
    figure = new_figure(first, last, before, last.end + care.end(), [Category.WOUNDED])
    if source is not None and source.categories[0].is_people and not source.bare_fate:
        figure.population, figure.nationality = source.population, source.nationality
        if source.categories == [Category.WOUNDED]:
            figure.part_of = source  # "41 wounded ... Of those, 12 were in a serious condition"
    else:
        figure.bare_fate = True  # whose wounded, the context says
    state = care.group("state")
    figure.subgroup = f"in {state.lower()} condition" if state else "hospitalised"
    return figure
