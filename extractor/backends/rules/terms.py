"""Compiled building blocks for reading counted noun phrases: modifiers, nouns, fates."""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.prefilter import guarded
from extractor.folding import ascii_aware
from schemas import Category, Subject

# What is shot down in the air: where it fell is not a part of the side's losses
AIRBORNE = frozenset({Category.UAV, Category.CRUISE_MISSILES, Category.AIRCRAFT,
                      Category.HELICOPTERS})  # fmt: skip

# Words that may stand between a number and its noun ("960 Russian troops", "three more tanks",
# "six Msta-B howitzers"): sides, adjectives of kind and age, and weapon model names.
# How people came to serve: "recruited prisoners", "men mobilised from the region"
RECRUITED = r"(?:recruited|mobili[sz]ed|conscripted|drafted)"
# Where people serve: "fighting for Ukraine", "serving in the Russian army"
SERVING = r"(?:serving|fighting|fought|served)\s+(?:in|with|for)"
# (matched at a figure's end) "512 died while serving in the armed forces": soldiers, whoever
# else the sentence counts
SERVED_AFTER = re.compile(rf"\s+(?:(?:have|has|had)\s+)?(?:been\s+)?(?:killed|died)?\s*"
                          rf"(?:while\s+|when\s+)?{SERVING}\s+(?:the\s+)?(?:(?P<side>(?!armed\b)[\w'’]+)\s+)?"
                          r"(?:army|armed\s+forces|forces|military|ranks|National\s+Guard)\b")
# The trades a word before "workers" names ("aid workers", "medical workers")
TRADE = r"railway|rail|medical|emergency|aid|humanitarian|energy|utility|health(?:care)?|media"
MOD = (
    r"(?:more|additional|other|further|enemy(?:'s)?|Russian|Ukrainian|Russia's|Ukraine's|Moscow's|"
    r"Kyiv's|occupying|occupiers'|occupation|invading|foreign|own|military|civilian|combat|modern|"
    r"Western(?:-supplied|-made)?|Soviet(?:-era|-made)?|main\s+battle|battle|heavy|light|"
    r"self-propelled|towed|armed|regular|North\s+Korean|Wagner|Chechen|army|of\s+their|"
    r"of\s+the(?:\s+[a-z-]+['’]s)?|"  # "27 of the district's dead"
    r"of\s+its|of\s+th[oe]se|units?\s+of|pieces?\s+of|items?\s+of|kinds?\s+of|types?\s+of|"
    r"launchers?\s+of|cases\s+of|"
    r"elite|young|innocent|local|fallen|fellow|city|town|village|district|regional|"
    # how they came to serve: "2,317 recruited prisoners killed", "mobilised men"
    rf"{RECRUITED}|"
    # who people work for: "two railway workers", "three aid workers"
    rf"(?:land)?mine(?:\s+and\s+(?:unexploded\s+)?ordnance)?|ordnance|{TRADE}|"
    r"of\s+our|of\s+my|of\s+his|of\s+her|our|my|unarmed|Ukrainian-operated|Russian-operated|allied|friendly|fixed-wing|long-range|"
    r"short-range|multi-purpose|reconnaissance|attack|strike|assault|kamikaze|field|naval|sea|maritime|"
    r"\d{2,3}-?mm|"
    r"destroyed|damaged|abandoned|captured|downed|lost|confirmed|verified|documented|recorded|"
    r"burn(?:ed|t)-out|wrecked|(?:bodies|remains)\s+of|"
    # kinds of aircraft and boats: "15 large warships", "one A-50 airborne early warning and
    # control aircraft", "five uncrewed boats"
    r"large|small|uncrewed|unmanned|surveillance|transport|strategic|tactical|"
    r"airborne\s+early[- ]warning(?:\s+and\s+control)?|"
    r"[A-Za-z.]+-(?:made|built|supplied|produced|designed|provided|donated|type|class)|"
    r"(?-i:[A-Z][A-Za-z]*-[A-Z0-9][\w-]*|[A-Z]{1,}-?\d+\w*|[A-Z][a-z]+|[A-Z]{3,}\b))"
)

TERM_GROUPS: list[tuple[str, Category, str]] = [
    (f"eq{i}", category, pattern) for i, (category, pattern) in enumerate(lexicon.EQUIPMENT_TERMS)
]
EQUIPMENT_RE = "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in TERM_GROUPS)
FATE_GROUPS = [(f"fate{i}", c, p) for i, (c, p) in enumerate(lexicon.FATE_TERMS)]
FATE_RE = "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in FATE_GROUPS)

# Guarded (as the lexicon's patterns): an IGNORECASE search is far quicker in the fold.
EQUIPMENT_ANYWHERE = guarded(rf"\b(?:{EQUIPMENT_RE})\b", re.IGNORECASE)
FATE_ANYWHERE = ascii_aware(re.compile(rf"\b(?:{FATE_RE})\b", re.IGNORECASE))
PEOPLE_ANYWHERE = guarded(rf"\b(?:{lexicon.PEOPLE_NOUN}|army|military|forces)\b", re.IGNORECASE)

_NATIONALITY = [
    (Subject.RUSSIA, re.compile(r"\b(?:Russian|Russia's|Moscow's|Chechen|Wagner|North\s+Korean)\b",
                                re.IGNORECASE)),
    (Subject.UKRAINE, re.compile(r"\b(?:Ukrainian|Ukraine's|Kyiv's|AFU)\b", re.IGNORECASE)),
]  # fmt: skip
# A third country's people ("Polish citizens", "foreign seafarers"): civilians of it are
# neither side's losses
THIRD_COUNTRY = re.compile(
    r"\b(?:foreign|international|(?!Russian\b|Ukrainian\b|Crimean\b|Chechen\b)"
    r"[A-Z][a-z]+(?:ian|ish|ese|an|i))\b"
)
# Prisoners of war killed in captivity: a war crime their own side counts
KILLED_POWS = "prisoners of war"
# The dead one side hands back to the other: the receiving side counts its own
REPATRIATED = "repatriated bodies"
# "the bodies of 909 defenders", "the bodies of more than 9,400", "the remains of 24 of its
# servicemen": the dead counted next
BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A people counted by its name ("3,767 Ukrainians"): its side.
PEOPLE_OF = {"ukrainians": Subject.UKRAINE, "russians": Subject.RUSSIA}
# "civilian", "civilians", "Civilian casualties": people who are no soldiers
CIVILIAN = ascii_aware(re.compile(r"\bcivilian", re.IGNORECASE))
ENEMY = ascii_aware(re.compile(
    r"\b(?:enemy(?:'s)?|occupiers'?|occupying|invading|invaders|occupiers)\b", re.IGNORECASE
))


def term_category(match: re.Match[str], groups: list[tuple[str, Category, str]]) -> Category:
    """The category of whichever named alternative of ``groups`` matched."""
    for name, category, _ in groups:
        if match.group(name):
            return category
    raise AssertionError("a term matched without a named group")


# The side that holds prisoners, not theirs: "service members freed from Russian captivity"
_CAPTOR = re.compile(r"\b(?:Russian|Ukrainian)\s+(?:captivity|custody|detention)\b", re.IGNORECASE)


def nationality_of(text: str) -> Subject | None:
    """The side a phrase names; ``other`` when it names both ("Ukrainian and Russian troops")."""
    if "captivity" in text or "custody" in text or "detention" in text:
        text = _CAPTOR.sub("", text)
    sides = [subject for subject, pattern in _NATIONALITY if pattern.search(text)]
    if len(sides) == 2:
        return Subject.OTHER
    return sides[0] if sides else None


# A sentence that speaks of soldiers: the people of no stated kind it counts are soldiers
MILITARY_WORD = ascii_aware(re.compile(  # (ASCII mode: re knows the first letters)
    # an army loses people; the enemy's people are its troops
    # ("Kyiv City Military Administration" is a civil authority)
    # ("Russian troops shelled the town, wounding two men": the troops struck, not died)
    rf"\b(?:(?:troops|soldiers|servicem[ae]n|service\s*members|army)(?!\s+{lexicon.STRIKE_VERB})"
    r"|military(?!\s+administration)|personnel|fighters|"
    # (but "enemy attacks" struck the people counted: they are no soldiers for it)
    rf"enemy(?!(?:'s)?\s+(?:[\w-]+\s+)?(?:{lexicon.ATTACK_NOUN})|\s+{lexicon.STRIKE_VERB}\b)"
    r"|occupiers|lost|sabotage|saboteurs|commandos)\b",  # ("a sabotage group of five people")
    re.IGNORECASE,
))

# People singled out by who they are, and the subgroup each word names ("two railway
# workers", "seven crew members")
SUBGROUP_NOUNS = {
    "children": "children", "kids": "children", "minors": "children", "child": "children",
    "kid": "children", "minor": "children", "boys": "boys", "boy": "boys", "girls": "girls",
    "girl": "girls", "women": "women", "woman": "women", "mercenaries": "mercenaries",
    "journalists": "journalists", "journalist": "journalists", "medics": "medics",
    "medic": "medics", "doctors": "doctors", "doctor": "doctors", "convicts": "convicts",
    "inmates": "convicts", "officers": "officers", "officer": "officers",
    "generals": "generals", "pilots": "pilots", "pilot": "pilots", "volunteers": "volunteers",
    "conscripts": "conscripts", "sailors": "crew", "crewmen": "crew", "crew members": "crew",
    "airmen": "airmen", "aircrew": "airmen",
    "passengers": "passengers", "workers": "workers", "employees": "workers",
    "rescuers": "rescuers", "firefighters": "rescuers", "patients": "patients",
    "worker": "workers", "employee": "workers", "rescuer": "rescuers",
    "firefighter": "rescuers", "passenger": "passengers", "patient": "patients",
    **dict.fromkeys(("police officers", "police officer", "policemen", "policeman",
                     "police women", "policewomen"), "police officers"),
    "security guards": "security guards", "security guard": "security guards",
    "farmers": "farmers", "farmer": "farmers",
    **{p: p for p in ("teachers", "educators", "lecturers", "nurses", "paramedics", "athletes",
                      "coaches", "students", "pupils", "engineers", "colonels", "commanders",
                      "deminers", "pyrotechnicians")},
    **{p[:-1]: p for p in ("teachers", "educators", "lecturers", "nurses", "paramedics",
                           "athletes", "students", "pupils", "engineers")},
}  # fmt: skip
# A force singled out by who it is: "Wagner fighters", "North Korean soldiers"
_FORCES = [(re.compile(r"\bWagner\b"), "Wagner Group"),
           (re.compile(r"\bNorth\s+Korean\b"), "North Korean troops"),
           (re.compile(r"\bChechen\b"), "Chechen units")]  # fmt: skip
PEOPLE_SUBGROUPS = frozenset(SUBGROUP_NOUNS.values()) | {force for _, force in _FORCES}


# People counted by their trade, not their rank: a count of its own members killed, at the
# front or at home ("athletes and coaches", "teachers")
PROFESSIONS = frozenset({"athletes", "coaches", "teachers", "educators", "lecturers",
                         "students", "pupils", "engineers", "journalists", "doctors", "medics",
                         "nurses", "paramedics", "rescuers", "workers"})  # fmt: skip


def names_people(subgroup: str | None) -> bool:
    """Does a subgroup single out people by who they are ("children", "aid workers")?"""
    return subgroup in PEOPLE_SUBGROUPS or (subgroup or "").endswith(" workers")


def force_named(text: str) -> str | None:
    """The force a phrase singles out: "North Korean soldiers" -> "North Korean troops"."""
    return next((force for pattern, force in _FORCES if pattern.search(text)), None)
