"""Weapons launched and the part of them downed: "Russia launched 188 drones overnight, of
which 76 were shot down"; "Air defenses shot down 87 of them".

The number launched is no loss (``noun_binding`` leaves it out), but it says what the part
after it counts: the drones or missiles downed are the launcher's losses.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.backends.rules import lexicon
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import AIRBORNE, EQUIPMENT_RE, MOD, TERM_GROUPS, term_category
from extractor.numbers import NumberMention, find_numbers
from schemas import Category, Subject


class Salvo(NamedTuple):  # immutable: kept in the article context for the next sentence
    sentence: int  # the index of the sentence that told it
    weapons: tuple[tuple[int, Category], ...]  # (number launched, what), in order
    launcher: Subject | None = None  # "Russia launched": whose the weapons downed were


# The side that launched, named just before the verb: "Overnight, Russia launched"
_LAUNCHER = re.compile(r"\b(?:(?P<russia>Russia|Moscow|Russian\s+forces)|(?P<ukraine>Ukraine|Kyiv|"
                       r"Ukrainian\s+forces))(?:\s+\w+){0,2}\s+$")  # fmt: skip


# "launched 188 drones and two ballistic missiles", "attacked with 87 Shahed drones"
_LAUNCHED = guarded(
    r"\b(?:launched|fired|attacked\s+(?:\w+\s+){0,3}?with|used)\s+(?:a\s+total\s+of\s+|at\s+least\s+|"
    r"more\s+than\s+|over\s+|some\s+|about\s+)?",
    re.IGNORECASE,
)
_WEAPON_AFTER = re.compile(rf"\s+(?:{MOD}\s+){{0,3}}(?:{EQUIPMENT_RE})\b", re.IGNORECASE)
# where the list of weapons launched ends: its clause ("of which 76 were shot down")
# (or at the verb that downs them: "and air defences shot down 339 of the drones")
_LIST_END = re.compile(r"[.;:](?:\s|$)|\b(?:of\s+(?:which|them|these|those)|which|while|but|"
                       r"shot\s+down|downed|intercepted)\b", re.IGNORECASE)  # fmt: skip

_DOWN = rf"(?:{lexicon.DOWNED}|suppressed|eliminated|hit)"
# the part: "shot down 87 of them", "of which 76 were shot down", "76 were intercepted"
_DOWN_BEFORE = re.compile(rf"\b{_DOWN}\s+(?:a\s+total\s+of\s+|at\s+least\s+|all\s+)?$",
                          re.IGNORECASE)  # fmt: skip
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b", re.IGNORECASE)
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|them|these|those)\s*,?\s*$", re.IGNORECASE)
_DOWNED_AFTER = re.compile(
    rf"(?:\s+of\s+(?:them|these|those|which))?\s+(?:were|had\s+been|have\s+been|was)\s+"
    rf"(?:reportedly\s+)?{_DOWN}\b",
    re.IGNORECASE,
)
_OF_THE_KIND_AFTER = re.compile(r"\s+of\s+the\s+(?P<kind>missiles|drones|UAVs)\b", re.IGNORECASE)
_DOWN_IN = re.compile(rf"\b{_DOWN}\b", re.IGNORECASE)
_REACH = 1  # sentences after the launch in which its part is told


def salvo_in(text: str, index: int) -> Salvo | None:
    """The airborne weapons a sentence says were launched, if any."""
    launched = _LAUNCHED.search(text)
    if launched is None:
        return None
    start = launched.end()
    end = _LIST_END.search(text, start)
    weapons = []
    for number in find_numbers(text[start : end.start() if end else len(text)]):
        weapon = _WEAPON_AFTER.match(text, start + number.end)
        if weapon is not None:
            weapons.append((number.value, term_category(weapon, TERM_GROUPS)))
    airborne = tuple(w for w in weapons if w[1] in AIRBORNE)
    side = _LAUNCHER.search(text, 0, launched.start())
    launcher = None if side is None else (
        Subject.RUSSIA if side.group("russia") else Subject.UKRAINE)
    return Salvo(index, airborne, launcher) if airborne else None


def launcher_of(salvo: Salvo, index: int) -> Subject | None:
    """The side that launched ``salvo``, for the weapons downed in sentence ``index`` (within
    its reach: the sentence that told it or the next)."""
    return salvo.launcher if index - salvo.sentence <= _REACH else None


def bind_salvo_part(text: str, first: NumberMention, last: NumberMention, before: str,
                    salvo: Salvo, index: int) -> Figure | None:  # fmt: skip
    """The part of the weapons just launched that a bare number says were downed."""
    if first is not last or index - salvo.sentence > _REACH:
        return None
    after = text[last.end :]
    end = last.end
    kinds: set[Category] | None = None
    if _DOWN_BEFORE.search(before) and (of_them := _OF_THEM_AFTER.match(after)):
        end += of_them.end()  # "shot down 87 of them"
    elif (downed := _DOWNED_AFTER.match(after)) and (
            index == salvo.sentence or _OF_WHICH_BEFORE.search(before)
            or _OF_THEM_AFTER.match(after)):  # fmt: skip
        end += downed.end()  # "(of which) 76 were shot down", "It said 95 of them had been"
    elif (of_kind := _OF_THE_KIND_AFTER.match(after)) and _DOWN_IN.search(before):
        end += of_kind.end()  # "shot down 288 of the drones and three of the missiles"
        # (the one kind of missile a salvo is told by)
        kinds = {Category.CRUISE_MISSILES if of_kind.group("kind").lower() == "missiles"
                 else Category.UAV}  # fmt: skip
    else:
        return None
    # the first kind launched that is as many as the part, most often the drones
    kind = next((category for launched, category in salvo.weapons
                 if launched >= first.value and (kinds is None or category in kinds)),
                None)  # fmt: skip
    if kind is None:
        return None
    figure = new_figure(first, last, before, end, [kind])
    figure.nationality = salvo.launcher
    return figure
