"""Who the people a noun counts are: soldiers or civilians, and the group it singles out.

"children" are civilians and a subgroup; "people" are civilians where no soldier is near;
a place's "residents" killed where soldiers die served.
"""

from __future__ import annotations

import re

from extractor.backends.rules.terms import (
    CIVILIAN,
    MILITARY_WORD,
    PEOPLE_OF,
    SERVING,
    SUBGROUP_NOUNS,
    TRADE,
)
from schemas import Population

_MILITARY, _CIVILIAN = Population.MILITARY, Population.CIVILIAN

_CIVILIAN_NOUNS = re.compile(
    r"^(?:civilians?|non-combatants?|residents?|children|child|kids?|boys?|girls?|"
    r"women|woman|minors?|journalists?|medics?|doctors?|workers?|employees?|staff|"
    r"passengers?|rescuers?|seafarers|policem[ae]n|"
    r"firefighters?|patients?|teachers?|educators?|lecturers?|nurses?|paramedics?|students?|"
    r"pupils?|farmers?|drivers?|fishermen|miners)$",
    re.IGNORECASE,
)
# Civilians in uniform: "two police officers", "a security guard"
_CIVIL_SERVICES = ("police officers", "security guards")
# People of no stated kind: civilians unless the sentence speaks of soldiers ("3,767
# Ukrainians" too)
# (Athletes and coaches killed are soldiers for the most part: "military" by default, as
# the contract has mixed counts.)
_ANYONE = frozenset({"people", "persons", "person", "individuals", "individual", *PEOPLE_OF,
                    "engineers", "engineer",
                    "deminers", "pyrotechnicians", "citizens", "nationals", "foreigners"}
                   )  # fmt: skip  (may have served)
# "43 Colombian citizens fighting for Ukraine": soldiers
# ("doctors are fighting for their lives": the wounded's, no soldiers')
_FIGHTING = re.compile(rf"\b{SERVING}\b(?!\s+(?:his|her|their|the)\s+li(?:fe|ves)\b)")
RESIDENTS = ("residents", "natives")  # a place's people, who may have served
# Where soldiers die: a region's residents killed there served (a Russian region's dead)
_SERVED = re.compile(
    r"special\s+military\s+operation|\bSMO\b|\bat\s+the\s+front\b|\bin\s+Ukraine\b(?!['’])|"
    r"\bin\s+(?:combat|action)\b|\bwar\s+zone\b|\bmobili[sz]ed\b"
    # "killed defending the country", "killed while serving in the Armed Forces"
    r"|\bdefending\s+(?:the|their|our)\s+(?:country|homeland|motherland)\b|\bdefending\s+Ukraine\b"
    r"|\bwhile\s+serving\b|\bserving\s+in\s+the\s+(?:armed\s+forces|army|military)\b",
    re.IGNORECASE,
)


_TRADE = re.compile(rf"\b({TRADE})\s+$", re.IGNORECASE)  # ("aid workers": the trade's)


# Volunteers who bring relief, not volunteers who fight
_RELIEF = re.compile(
    r"\b(?:charit(?:y|ies|able)|aid|humanitarian|relief|NGOs?|Red\s+Cross|deliver(?:ing|ed|y)|"
    r"evacuat(?:ing|ed|ion)|food|water)\b",
    re.IGNORECASE,
)


def population_of(people: str, mods: str, text: str) -> tuple[Population, str | None]:
    """Whose people a noun counts (civilians or soldiers), and the subgroup it singles out:
    "children" are civilians and a subgroup; "people" are civilians where no soldier is near."""
    words = people.lower().split()
    word = words[-1]
    subgroup = SUBGROUP_NOUNS.get(" ".join(words)) or SUBGROUP_NOUNS.get(word)
    if subgroup == "workers" and word.startswith("worker") and (trade := _TRADE.search(mods)):
        subgroup = f"{trade.group(1).lower()} workers"  # who they work for, not just "workers"
    if word.startswith("volunteer") and _RELIEF.search(text):
        return _CIVILIAN, subgroup  # "killing two volunteers of a local charity": not fighters
    if word in RESIDENTS and _SERVED.search(text):
        return _MILITARY, subgroup  # "1,142 residents of the region killed in the operation"
    if CIVILIAN.search(mods) or _CIVILIAN_NOUNS.match(word) or subgroup in _CIVIL_SERVICES:
        return _CIVILIAN, subgroup
    if word in _ANYONE and not MILITARY_WORD.search(text) and not _FIGHTING.search(text):
        return _CIVILIAN, subgroup
    return _MILITARY, subgroup
