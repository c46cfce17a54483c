"""A unit's own figures: the sector of the unit that opens a paragraph, that a speaker
speaks for or commands, or that a sentence says did the damage.

"The Sumy border detachment accounted for ... Its personnel killed 52", "Lytvyn, spokesman
for the 59th Brigade", "Major Oleh Kravets commands the drone battalion", "its soldiers had
eliminated 1,264 occupiers".
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import Claimant
from extractor.backends.rules.prefilter import guarded
from extractor.folding import ascii_aware
from schemas import Claim

# "Units of the Centre group of forces ...", "In the area of responsibility of the East
# group of forces, ...": a group of forces covers the figures of its paragraph.
_UNIT = guarded(  # tried on every sentence: most lack "group"
    r"^\W{0,3}(?:(?:[\w,]+\s+){0,6}?(?:units|forces|troops|responsibility|zone|sector|area)\s+"
    r"of\s+)?(?:the\s+)?[\"“]?(?P<unit>[A-Z][\w-]*[\"”]?\s+(?:group\s+of\s+forces|grouping|"
    r"battlegroup)|Battlegroup\s+[A-Z][\w-]*)\b"
    # (not a title: "Tavriisk Group of Forces Commander X stated" is a person speaking)
    r"(?!\s+(?:commander|spokes\w+|press|head|chief|deputy))",
    re.IGNORECASE,
)


def unit_opening(sentence: str) -> str | None:
    """The unit that opens a sentence: it covers the figures of its paragraph."""
    found = _UNIT.match(sentence) or _SMALL_UNIT_OPENING.match(sentence)
    return found.group("unit") if found else None


# A unit smaller than an army: its figures are its sector's, a part of the side's losses.
_UNIT_NOUN = (
    r"(?:brigade|battalion|regiment|division|corps|detachment|operational\s+command|"
    r"operational[- ]strategic\s+group|group\s+of\s+forces|battlegroup)"
)
# (Searched in a claimant's name or title: a few words, quicker searched than tested.)
_UNIT_IN_NAME = ascii_aware(re.compile(rf"\b{_UNIT_NOUN}\b", re.IGNORECASE))
# "Captain Andriy Lytvyn, spokesman for the 59th Separate Assault Brigade"
_SPEAKS_FOR_UNIT = guarded(
    r"\b(?:spokes(?:man|woman|person)|commander|press\s+(?:service|officer)|chief\s+of\s+staff"
    r"|officer|deputy\s+commander|head)\s+(?:for|of|with|in)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+"
    rf"|Ukraine's\s+|Russia's\s+)?(?P<unit>(?:[\w'’-]+\s+){{0,5}}?{_UNIT_NOUN})\b",
    re.IGNORECASE,
)
# A word of a unit's name: a name, a number, or the unit's kind ("Sumy border detachment",
# "47th Separate Mechanized Brigade", "drone battalion"); not "He added that his brigade"
_UNIT_WORD = (
    r"(?:(?:(?!(?:The|This|That|He|She|It|Its|His|Her|Their|Our|We|They|An?|In|On|At|But|And)\b)"
    r"[A-Z\d][\w'’-]*|(?i:mechani[sz]ed|separate|assault|border|drone|airborne|air|marine|naval|"
    r"infantry|motori[sz]ed|motor|rifle|tank|artillery|territorial|defen[cs]e|mountain|jaeger|"
    r"special|operations|guards?|rapid|reaction|unmanned|systems|strike|reconnaissance|attack|"
    r"presidential|national|[\w-]+['’]s))\s+)"
)
_TITLE_WORD = r"(?i:commander|spokes\w+|press|head|chief|deputy|officer)"
# "The Sumy border detachment accounted for ...", "Soldiers of the Kharkiv border detachment,
# who hold ..., killed 35": a unit that opens a sentence as its subject (not its speaker:
# "The brigade's commander said")
_SMALL_UNIT_OPENING = guarded(
    r"^\W{0,3}(?:(?i:soldiers|servicemen|fighters|troops|personnel|crews|units|operators|"
    r"defenders|warriors)\s+of\s+)?(?:(?i:the)\s+|Ukraine['’]s\s+|Russia['’]s\s+)?"
    rf"(?P<unit>{_UNIT_WORD}{{0,4}}?(?i:{_UNIT_NOUN})(?:\s+(?!{_TITLE_WORD}\b)[A-Z][\w-]*)?)\b"
    rf"(?!['’]s\b|(?:\s+[A-Z][\w-]*)?\s+(?:{_TITLE_WORD}|(?i:said|says|reported|stated|told|"
    r"wrote|posted|added|noted))\b)"
)
# What a unit does to the enemy that makes the figures after it the unit's own
_DAMAGE_VERB = (r"(?:killed|destroyed|eliminated|neutrali[sz]ed|liquidated|shot\s+down|downed|hit|"
                r"captured|took|wounded)")  # fmt: skip
# "the brigade killed 217", "his units had destroyed", "its soldiers had eliminated": the
# figures after a unit that does the killing are that unit's
_UNIT_AGENT = guarded(
    r"\b(?P<unit>(?:the|his|her|its|our|my|their)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"{_UNIT_NOUN}(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:operators|crews|units|soldiers|fighters|men))?"
    # a commander's men ("his units"; but "its air defence units" may be a whole army's)
    r"|(?:his|her|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}?(?:units|unit|crews|drone\s+operators"
    r"|paratroopers|gunners|men|soldiers|fighters))"
    rf"\s+(?:\w+\s+){{0,3}}?(?:{_DAMAGE_VERB}|taken|put)\b",
    re.IGNORECASE,
)


# "Its spokesman, Serhii Bondar, said": a person speaking for the unit just named
_ITS_SPEAKER = guarded(
    r"\b(?:its|their)\s+(?:spokes(?:man|woman|person)|commander|press\s+(?:service|officer))\b",
    re.IGNORECASE,
)


# "brigade spokesperson Oleksandr Borodin", "the 93rd Brigade's commander": a unit's speaker
_UNIT_TITLE = re.compile(
    rf"^(?P<unit>.*?\b{_UNIT_NOUN})(?:['’]s)?\s+(?:spokes(?:man|woman|person)|commander|press\s+"
    r"(?:service|officer)|officer|chief)\b",
    re.IGNORECASE,
)
_NAMED = re.compile(r"[A-Z\d]")
# "his unit", "their brigade": the unit of whoever speaks
_ITS_OWN_UNIT = re.compile(r"(?:his|her|its|our|my|their)\s", re.IGNORECASE)


def unit_speaking(claimant: Claimant, sentence: str, unit_before: str | None) -> str | None:
    """The unit a claimant speaks for: its own name, a person's title, or a person's
    apposition in the sentence that names them ("Lytvyn, spokesman for the 59th Brigade",
    "Its spokesman, Serhii Bondar" after ``unit_before``, the sector named just before)."""
    if _UNIT_IN_NAME.search(claimant.name):
        return _unit_of(claimant.name, sentence, unit_before)
    if claimant.is_person and (found := _SPEAKS_FOR_UNIT.search(sentence)):
        return found.group("unit")  # as written, not as the lowercased title
    if claimant.is_person and unit_before and _ITS_SPEAKER.search(sentence):
        return unit_before
    for said in (claimant.role, claimant.body):
        if said and _UNIT_IN_NAME.search(said):
            return _unit_of(said, sentence, unit_before)
    return None


def _unit_of(title: str, sentence: str, unit_before: str | None) -> str | None:
    """The unit a name or title names: "the 93rd Brigade's commander" -> "93rd Brigade" (as
    the sentence writes it); "brigade spokesperson Oleksandr Borodin" -> the brigade named
    before, if any."""
    titled = _UNIT_TITLE.match(title)
    if titled is None:
        of_unit = _SPEAKS_FOR_UNIT.match(title)  # "commander of Ukraine's 110th Brigade"
        return of_unit.group("unit") if of_unit else title
    unit = lexicon.LEADING_ARTICLE.sub("", titled.group("unit"))
    written = sentence.lower().find(unit.lower())
    if written != -1:
        unit = sentence[written : written + len(unit)]
    return unit if _NAMED.search(unit) else unit_before


# "Major Oleh Kravets, 36, commands the drone battalion of a brigade": whom he speaks for
_COMMANDS_UNIT = guarded(
    r"\b(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+),?(?:\s+\d{2},)?\s+(?:now\s+)?(?:commands|"
    rf"leads|heads)\s+(?:the|a|an|his|her)\s+(?P<unit>{_UNIT_WORD}{{0,3}}?(?i:{_UNIT_NOUN}))\b"
)


def units_commanded(sentence: str) -> list[tuple[str, str]]:
    """(person, unit) for each person a sentence says commands a unit."""
    return [(found.group("name"), found.group("unit"))
            for found in _COMMANDS_UNIT.finditer(sentence)]  # fmt: skip


def units_sectors(claims: list[Claim], units: dict[str, str]) -> list[Claim]:
    """A unit's figures, and those of the people who speak for it, count its sector."""
    return [claim.model_copy(update={"subgroup": units[claim.claimant]})
            if claim.claimant in units and (
                claim.subgroup is None or _ITS_OWN_UNIT.match(claim.subgroup)) else claim
            for claim in claims]  # fmt: skip


# "The press service of the mechanized brigade ... reported that its soldiers had
# eliminated": "its" men are those of the unit the sentence named before them
_ITS_MEN_AGENT = guarded(
    r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:personnel|soldiers|units|crews|fighters|"
    rf"servicemen|operators|gunners|men|troops|defenders|warriors)\s+(?:\w+\s+){{0,3}}?"
    rf"{_DAMAGE_VERB}\b",
    re.IGNORECASE,
)
_UNIT_NAMED = ascii_aware(re.compile(
    rf"\b(?P<unit>{_UNIT_WORD}{{0,4}}?(?i:{_UNIT_NOUN}))\b"
))


def unit_agent(sentence: str, number_start: int) -> str | None:
    """The unit that a sentence says did the damage counted at ``number_start``."""
    found = _UNIT_AGENT.search(sentence, 0, number_start)
    if found:
        return found.group("unit")
    its_men = _ITS_MEN_AGENT.search(sentence, 0, number_start)
    if its_men is None:
        return None
    named = [unit.group("unit") for unit in _UNIT_NAMED.finditer(sentence, 0, its_men.start())]
    return named[-1] if named else None
