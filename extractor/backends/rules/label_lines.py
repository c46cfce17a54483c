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
    PEOPLE_ANYWHERE,
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


# A line of a series labelled by its time: "- July: 35,680 troops, or about 1,151 a day",
# "- August: 36,810": the figure before the list counts what each line counts.
_TIME_LABELLED = re.compile(
    rf"(?:^|\n)[^\w\n]{{0,4}}(?P<label>(?:{lexicon.MONTH_NAME})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|"
    rf"Q[1-4](?:\s+(?:19|20)\d\d)?)\s*:\s*{lexicon.HEDGE}$"
)
_SAME_KIND_AFTER = re.compile(r"(?:\s+(?P<noun>[A-Za-z][\w-]*))?(?=\s*(?:[,;.]|$))")


def bind_time_item(text: str, first: NumberMention, last: NumberMention, before: str,
                   source: Figure | None) -> Figure | None:  # fmt: skip
    """A line of a series by month, year or quarter that goes on counting what ``source``
    (the figure before it) counted, with nothing after its number but that kind's noun."""
    labelled = _TIME_LABELLED.search(before) if source is not None else None
    after = _SAME_KIND_AFTER.match(text, last.end) if labelled else None
    if source is None or labelled is None or after is None or not source.categories:
        return None
    noun = after.group("noun") or ""
    if noun and not (PEOPLE_ANYWHERE if source.categories[0].is_people else
                     EQUIPMENT_ANYWHERE).search(noun):  # fmt: skip
        return None  # "2024: 31 reports" counts something else
    figure = new_figure(first, last, before, after.end(), [])
    figure.inherit(source)
    figure.phrase_start = labelled.start("label")
    return figure
