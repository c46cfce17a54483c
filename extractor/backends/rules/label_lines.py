"""Label lines: a line whose label says what its number counts, the number alone after the
colon ("Killed: at least 11,520", "Children injured: 1,561", "Killed in July 2024 alone: 219",
"Ukrainian servicemen lost since 6 August: up to 4,700"), as infographics, fact boxes and
panels give people's fates. (Equipment labels, "Tanks destroyed: 8,409", bind to their noun.)
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.people import population_of
from extractor.backends.rules.terms import (
    CIVILIAN,
    ENEMY,
    EQUIPMENT_ANYWHERE,
    FATE_ANYWHERE,
    FATE_GROUPS,
    MILITARY_WORD,
    SUBGROUP_NOUNS,
    nationality_of,
    term_category,
)
from extractor.numbers import NumberMention
from schemas import Population

# The label opens the line (a bullet may precede it), the hedge and the number close it.
_LABELLED = re.compile(rf"(?:^|\n)[^\w\n]{{0,4}}(?P<label>[^:\n]{{2,80}}):\s*{lexicon.HEDGE}$")
_LINE_END = re.compile(r"[\s.;]*(?:\n|$)")
_WORDS = re.compile(r"[a-z]+")


def bind_label_line(text: str, first: NumberMention, last: NumberMention,
                    before: str) -> Figure | None:  # fmt: skip
    """The figure of a label line whose label names a fate and no equipment (the caller
    tries it only where a colon is just before the number)."""
    if not _LINE_END.match(text, last.end):
        return None
    labelled = _LABELLED.search(before)
    if labelled is None:
        return None
    label = labelled.group("label")
    fate = FATE_ANYWHERE.search(label)
    if fate is None or EQUIPMENT_ANYWHERE.search(label):
        return None
    figure = new_figure(first, last, before, last.end, [term_category(fate, FATE_GROUPS)])
    figure.phrase_start = labelled.start("label")
    figure.nationality = nationality_of(label)
    figure.enemy = bool(ENEMY.search(label))
    if CIVILIAN.search(label):
        figure.population = Population.CIVILIAN
    # "Children killed": people singled out (civilians); "Killed": whose, the panel around it
    # says
    people = next((w for w in _WORDS.findall(label.lower()) if w in SUBGROUP_NOUNS), None)
    if people:
        figure.population, figure.subgroup = population_of(people, label, label)
    figure.bare_fate = people is None and not MILITARY_WORD.search(label)
    return figure
