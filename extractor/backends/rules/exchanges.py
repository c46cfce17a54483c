"""Prisoner exchanges: the men each side gets back are its captured, returned on that day
("95 Russian servicemen had been returned", "saw 90 Ukrainians returned home in exchange
for 90 Russians").

"Returned", "released" and "freed" count no loss elsewhere ("1,200 troops returned to the
front"), so they are read only in an article that speaks of captivity or exchanges.
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import BODIES_OF, MOD, PEOPLE_OF, nationality_of
from extractor.folding import fold, folded_twin
from extractor.numbers import NumberMention
from schemas import Category, Population

# Words that make an article one about prisoners, so that "returned" is a prisoner's return.
EXCHANGE_TOPIC = re.compile(  # (searched once in the whole article)
    r"\b(?:prisoners?|POWs?|captives?|captivity|exchanges?|swaps?|swapped)\b", re.IGNORECASE
)
# The same, case-sensitive over the folded text: an article is searched in full, and an
# IGNORECASE search enters every option at every word (several times slower).
_EXCHANGE_TOPIC_FOLDED = folded_twin(EXCHANGE_TOPIC) or EXCHANGE_TOPIC


def about_exchanges(text: str) -> bool:
    """Does ``text`` (a whole article) speak of prisoners or exchanges?"""
    searched = fold(text) if _EXCHANGE_TOPIC_FOLDED is not EXCHANGE_TOPIC else text
    return _EXCHANGE_TOPIC_FOLDED.search(searched) is not None


RETURNED = "returned in prisoner exchange"  # their subgroup: the part of the captured freed

_PRISONERS = f"(?:{lexicon.PEOPLE_NOUN})"
# A sentence without these has no prisoners returned (one scan, shared with other tests).
RETURN_WORDS = guarded(r"\b(?:returned|released|freed|brought|came|come|swapped|exchanged|"
                       r"exchange|repatriated|crossed)\b", re.IGNORECASE)  # fmt: skip
# (not "crossed the border into Russia's Kursk region": an incursion)
_RETURN_VERB = (r"(?:returned|released|freed|brought\s+(?:back|home)|(?:came|come)\s+(?:back|"
                r"home)|swapped|exchanged|repatriated|crossed\s+(?:back|the\s+border(?!\s+into)))")
# "95 Russian servicemen had been returned", "90 Ukrainians returned home", "4,552 Ukrainians
# had now been returned"
_RETURNED_AFTER = re.compile(
    rf"\s+(?P<mods>(?:{MOD}\s+){{0,3}})(?P<people>{_PRISONERS})"
    # ("5,963 servicemen and 431 civilians have been brought home": each group returned)
    rf"(?:\s+and\s+[\w,-]+\s+(?:{MOD}\s+){{0,2}}{_PRISONERS})?\s+(?:(?:had|have|has|were|was)\s+"
    rf"(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?|who\s+(?:were|had\s+been)\s+)?"
    rf"{_RETURN_VERB}\b",
    re.IGNORECASE,
)
# "in exchange for 90 Russians", "brought home 95 defenders"
_RETURNED_BEFORE = re.compile(
    r"\b(?:in\s+exchange\s+for|swapped\s+for|(?:brought|got|bringing|brings?)\s+(?:back|home)|"
    r"returned|freed|"
    r"released|repatriated)\s+(?:a\s+total\s+of\s+|another\s+|some\s+|about\s+|at\s+least\s+|"
    # ("returned 146 soldiers and 17 civilians": each group returned)
    rf"more\s+than\s+)?(?:[\d,]+\s+(?:{MOD}\s+){{0,2}}{_PRISONERS}\s+and\s+)?$",
    re.IGNORECASE,
)
_PRISONERS_AFTER = re.compile(rf"\s+(?P<mods>(?:{MOD}\s+){{0,3}})(?P<people>{_PRISONERS})\b",
                              re.IGNORECASE)  # fmt: skip
_CIVILIANS = re.compile(r"\bcivilians?\b", re.IGNORECASE)


def bind_returned(text: str, first: NumberMention, last: NumberMention,
                  before: str) -> Figure | None:  # fmt: skip
    """A group of prisoners returned in an exchange, counted by the number before it."""
    if BODIES_OF.search(before, max(0, len(before) - 40)):
        return None  # "the bodies of more than 9,400 fallen defenders have been returned"
    returned = _RETURNED_AFTER.match(text, last.end)
    if returned is None and _RETURNED_BEFORE.search(before):
        returned = _PRISONERS_AFTER.match(text, last.end)
    if returned is None:
        return None
    figure = new_figure(first, last, before, returned.end(), [Category.CAPTURED])
    people = returned.group("people")
    if _CIVILIANS.search(people):
        figure.population = Population.CIVILIAN
    mods = returned.group("mods")
    figure.nationality = nationality_of(mods) or PEOPLE_OF.get(people.lower())
    figure.subgroup = RETURNED
    figure.own_side = True  # a side counts its own men it got back
    return figure


def is_returned(subgroup: str | None) -> bool:
    """Does a figure count men an exchange returned (or a part of them)?"""
    return subgroup is not None and subgroup.endswith(RETURNED)


def part_subgroup(part: str, whole: str | None) -> str:
    """The subgroup of a part of a figure ("Among them were 22 National Guardsmen"): a part
    of the men an exchange returned were returned too."""
    return f"{part}, {RETURNED}" if is_returned(whole) else part
