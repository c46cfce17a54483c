"""The Figure: one number (or range) of a sentence bound to what it counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.backends.rules import lexicon
from extractor.backends.rules.prefilter import guarded
from extractor.numbers import NumberMention
from schemas import Category, Population, Qualifier, Scope, Subject

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_EXACT = Qualifier.EXACT


@dataclass(slots=True)  # (made and read per number: slots are quicker than a __dict__)
class Figure:
    """One loss figure found in a sentence (offsets are relative to the sentence)."""

    number_start: int
    number_end: int
    phrase_start: int  # qualifier or number start
    phrase_end: int  # end of the counted noun / fate
    value: int | None
    low: int | None
    high: int | None
    categories: list[Category]
    qualifier: Qualifier = _EXACT
    population: Population = Population.MILITARY
    subgroup: str | None = None
    nationality: Subject | None = None
    enemy: bool = False  # "enemy", "the occupiers": the side opposite the claimant
    increment_of: Figure | None = None  # "(+960)" after a list total
    compares_to: Figure | None = None  # "up from 1,050 the day before"
    part_of: Figure | None = None  # "including 710 in the past day", "of whom 587 children"
    fate_of: Figure | None = None  # "killed 38 and injured 214": the same people, another fate
    noun_before: bool = False  # list format "tanks ‒ 6214"
    bare_fate: bool = False  # "8,006 killed": no people noun says whether they were civilians
    own_side: bool = False  # "46 of its soldiers": the claimant's own losses
    residents: bool = False  # "1,142 residents of the region killed": a place's own soldiers
    # a share of a running total, so a total to date itself: a place's in a ranking ("X leads
    # with 4,011, ahead of Y"), a group's on a list of the named dead ("41 870 names")
    share_of_total: bool = False
    ranked: bool = False  # the first of a ranking of places ("X recorded the most, with 171")
    # (scope, as_of) of the claim made of it: a part told in a later sentence ("Of the dead,
    # 14 were found at ...") is of the same report
    claimed: tuple[Scope, str | None] | None = None

    def inherit(self, parent: Figure) -> None:
        """Count what ``parent`` counts: its categories, population, subgroup and side."""
        self.categories = list(parent.categories)
        self.population, self.subgroup = parent.population, parent.subgroup
        self.nationality, self.enemy = parent.nationality, parent.enemy
        self.own_side, self.residents = parent.own_side, parent.residents
        self.bare_fate = parent.bare_fate  # (whose "38 deaths" were, the context says of all)


# Every hedge at once: what none can end with is ruled out with one test, not four.
_ANY_HEDGE = guarded("|".join(f"(?:{p.pattern})" for _, p in lexicon.QUALIFIER_CUES), re.I)


def qualifier_before(before: str) -> tuple[Qualifier, int]:
    """The hedge right before a number and how many characters it takes."""
    if _ANY_HEDGE.rules_out(before):  # type: ignore[attr-defined]
        return _EXACT, 0
    for qualifier, pattern in lexicon.QUALIFIER_CUES:
        m = pattern.search(before)
        if m:
            return qualifier, len(before) - m.start()
    return _EXACT, 0


def new_figure(
    first: NumberMention, last: NumberMention, before: str, end: int, categories: list[Category]
) -> Figure:
    """A figure spanning ``first``..``last`` with the hedge that precedes it."""
    qualifier, width = qualifier_before(before)
    return Figure(
        first.start, last.end, first.start - width, end, None, None, None, categories, qualifier
    )
