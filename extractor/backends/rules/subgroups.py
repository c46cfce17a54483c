"""Parts of a side's losses that an article singles out by place or unit.

"in the Mykolaiv-Kryvyi Rih direction", "on the southern front", "in Ukraine's Donetsk
region", and a paragraph opened by "Units of the Sever group of forces ...".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import Claimant
from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import AIRBORNE
from extractor.folding import ascii_aware
from schemas import Category, Claim

_PLACE = guarded(
    r"\b(?:(?i:in|on|near|around|along|across)\s+(?:the\s+)?(?:(?:Ukraine|Russia)'s\s+)?"
    # ("in the southern Kherson region")
    r"(?:(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)|neighbou?ring|nearby|frontline|"
    r"front-line|border)\s+(?=[A-Z]))?"
    # an operation named by its place: "since the start of the Kursk operation"
    r"|(?i:of|during)\s+the\s+(?=[A-Z][\w'’-]+\s+(?:operation|offensive|incursion)\b))"
    r"(?P<place>[A-Z][\w'’-]+\s+(?:operation|offensive|incursion)"
    r"|(?!(?:Ukrainian|Russian|Ukraine's|Russia's)\s)(?:[A-Z][\w'’-]+\s+){1,2}city"  # "Kyiv city"
    r"|(?:[A-Z][\w'’-]+\s+){1,3}(?:[Rr]egion|[Oo]blast|[Pp]rovince|district|raion|direction|sector|"
    r"axis|area"
    # (two or more: "the Belgorod, Kursk and Bryansk regions")
    r"|front)|[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+\s+"
    r"(?:regions|[Oo]blasts|provinces|districts|directions|axes|sectors)"
    r"|(?:southern|northern|eastern|western|south-eastern|north-eastern|southeastern|northeastern)"
    r"\s+(?:front|direction|sector))\b"
)
_TOWN = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?(?:\s+[A-Z][a-z'’]+)?"  # "Kryvyi Rih", "Chasiv Yar"
# A settlement a toll is singled out by: "near Avdiivka", "the border town of Shebekino",
# "a missile strike on Odesa", "killed in Bakhmut", "two civilians in Avdiivka".
_SETTLEMENT = guarded(
    r"(?:\b(?i:near|outside|around)\s+(?:the\s+(?i:city|town|village|settlement)\s+of\s+)?"
    r"|\b(?i:city|town|village|settlement|district)\s+of\s+"
    r"|\b(?i:strikes?|attacks?|shelling|bombardment|bombing|assault)\s+(?:on|of)\s+(?:the\s+)?"
    r"|\b(?i:toll|casualties|dead|killed|died|wounded|injured|losses|lost|civilians|people|"
    r"residents|soldiers|troops|servicemen)\s+in\s+)"  # ("The toll in Kryvyi Rih rose to four")
    rf"(?P<place>{_TOWN})"
)
# "In Bilozerka alone": a town singled out of a larger toll
_ALONE_IN = guarded(rf"\b(?i:in)\s+(?P<place>{_TOWN})\s+alone\b")
# Land held by the other side: "in territory occupied by the Russian Federation", "in
# Russian-occupied areas", "in the occupied parts of Donetsk region"
_OCCUPIED = guarded(
    r"\b(?:in|across)\s+(?:the\s+)?(?P<place>(?:(?:Russian|Russia)[- ])?(?:temporarily\s+)?"
    r"occupied\s+(?:territor(?:y|ies)|areas?|parts?)|(?:territor(?:y|ies)|areas?|parts?)\s+"
    r"(?:of\s+Ukraine\s+)?(?:temporarily\s+)?occupied\s+by\s+(?:the\s+)?Russia(?:n\s+Federation)?)",
    re.IGNORECASE,
)
# "most of the losses in and around Bakhmut": a place where only a share of them was
_SHARE_OF = re.compile(r"\b(?:most|much|many|some|part)\s+of\s+(?:the|them|those|these)\b"
                       r"[^,;]{0,40}$", re.IGNORECASE)
_NOT_A_PLACE = re.compile(
    rf"^(?:(?:Ukraine|Russia|Ukrainian|Russian|Moscow|Kyiv|Kiev)\b|{CALENDAR_WORD})"
)
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
# "in the Center group's zone", "in the sector of the "Centre" group", "in the area of
# responsibility of its East group of forces", "in the zone of responsibility of the
# operational-strategic group of troops "Khortytsia"", "in areas where its Center group of
# forces operates": a group of forces' sector within a sentence.
_GROUP = r"(?i:group(?:ing)?(?:\s+of\s+(?:forces|troops))?)"
_GROUP_SECTOR = guarded(
    r"\b(?i:in|on|across)\s+(?:the\s+)?(?:(?i:sector|zone|area)(?:\s+of\s+responsibility)?\s+"
    r"of\s+(?:the\s+|its\s+|their\s+|(?:Russia|Ukraine)'s\s+)?(?:[\"“]?(?P<named>[A-Z][\w-]*)[\"”]?"
    rf"\s+(?:{_GROUP}|(?i:battlegroup))\b|(?i:operational[- ](?:strategic|tactical)\s+)?{_GROUP}"
    r"\s+[\"“](?P<quoted>[A-Z][\w-]*)[\"”])"
    r"|(?:(?:Russia|Ukraine)'s\s+)?[\"“]?(?P<owner>[A-Z][\w-]*)[\"”]?\s+"
    rf"{_GROUP}['’]s\s+(?i:zone|area|sector)s?\b"
    r"|(?i:areas?)\s+where\s+(?:its\s+|their\s+|the\s+|(?:Russia|Ukraine)'s\s+)?[\"“]?"
    rf"(?P<operating>[A-Z][\w-]*)[\"”]?\s+{_GROUP}\s+(?i:operates?|is\s+operating|is\s+active))"
    # the group as the agent: "its "Zapad" (West) group of forces had inflicted losses of"
    r"|\b(?i:its|their|the)\s+[\"“]?(?P<agent>[A-Z][\w-]*)[\"”]?(?:\s+\([^()]{1,30}\))?\s+"
    rf"{_GROUP}\s+(?:(?i:had|has|have)\s+)?(?i:inflicted|destroyed|killed|eliminated|hit|"
    r"repelled|defeated|downed|shot\s+down)\b"
)
_WHOLE_FRONT = guarded(
    r"\b(?:whole|entire)\s+front(?:\s+line)?\b|\ball\s+directions\b"
    r"|\b(?:across|along)\s+the\s+front(?:\s+line)?\b"
    # the sum of the lines above: "In total, 2 people were killed and 8 injured"
    rf"|^{lexicon.SUM_OF_LINES}",
    re.IGNORECASE,
)


# One strike or attack whose toll a sentence gives: "a Russian missile attack on Monday
# killed 10", "when Ukrainian drones struck the village", "glide bombs struck the city".
_SINGLE_EVENT = guarded(
    # ("Monday's missile strike")
    r"\b(?:(?i:an?|one)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+"
    r"(?P<event>(?:[\w-]+\s+){0,4}?(?i:strike|attack|air\s*strike|explosion|"
    r"blast|bombing))\b(?!s)"
    r"|\b(?i:one\s+of\s+(?:the|its|their)\s+)(?P<many>(?:[\w-]+\s+){0,3}?(?i:strikes|attacks))\b"
    r"|\b(?P<by>(?:(?:[A-Z][\w-]*|glide|ballistic|cruise|guided|attack|kamikaze|[\w]+-made)\s+)"
    r"{0,3}(?i:missiles?|drones?|bombs?|rockets?|shells?|forces|troops|artillery|aircraft|jets?))"
    r"\s+(?P<verb>(?i:struck|hit|shelled|attacked|bombed|slammed\s+into))\b"
    r"(?=\s+(?:the|a|an|villages?|towns?|cit(?:y|ies)|[A-Z]))"
)


_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)

# A breakdown by weapon: "Short-range drones killed 109 civilians", "Artillery and
# multiple-launch rocket fire killed 11 people" (not one side's strike: "Russian shelling
# killed two people")
_WEAPON_CAUSE = guarded(
    r"^\W{0,3}(?:(?i:according\s+to)\s+[^,]{1,40},\s+)?"
    r"(?P<cause>(?:(?!(?:Russian|Ukrainian|Russia's|Ukraine's|Enemy|The|Its|Their)\b)[\w-]+\s+"
    r"(?:and\s+)?){0,4}?(?i:drones|artillery(?:\s+fire)?|shelling|mines|ordnance|bombs|missiles|"
    r"rocket\s+fire|strikes|explosive\s+remnants\s+of\s+war))"
    r"\s+(?:(?i:have|had)\s+)?(?i:killed|injured|wounded)\b"
)


_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas|and\s+(?:another|a\s+further))\b|;")


def weapon_cause(sentence: str) -> tuple[str, int] | None:
    """The weapon a sentence opens with as what killed the people it counts, and where its
    clause ends ("..., while three people died after driving onto mines"), if any."""
    found = _WEAPON_CAUSE.match(sentence)
    if found is None:
        return None
    clause_end = _NEXT_CLAUSE.search(sentence, found.end())
    return found.group("cause").lower(), clause_end.start() if clause_end else len(sentence)


def single_event(sentence: str) -> str | None:
    """The one strike or attack a sentence's toll comes from, if it names one."""
    found = _SINGLE_EVENT.search(sentence)
    if found is None:
        return None
    if found.group("event") or found.group("many"):
        return found.group("event") or found.group("many")[:-1]  # one of the attacks: an attack
    kind = "shelling" if found.group("verb").lower() == "shelled" else "strike"
    return f"{kind} by {_ARTICLE.sub('', found.group('by'))}"


# A list line labelled by its place: "🔻 Beryslav community: 1 man killed", "▪️ Kharkiv city
# — 1 dead, 12 injured"
_LABELLED_PLACE = re.compile(
    r"^\W{0,4}(?P<place>(?:[A-Z][\w'’-]+\s+){1,3}(?:city(?:\s+(?:community|hromada))?|community|"
    r"hromada|[Rr]egion|[Oo]blast|district|raion|direction|front|sector|axis))\s*(?::|\s[—–-])\s"
)


_PLACE_NAME = (r"(?P<place>(?:[A-Z][\w'’-]+\s+){1,3}(?:city|[Rr]egion|[Oo]blast|district|raion|"
               r"province|direction|front|sector|axis))")
# A place ranked by its toll: "Kherson region follows with 97 dead", "The Rylsk district was
# hit hardest, with three people killed", "The breakdown puts Kharkiv region first, with 142"
_RANKED_PLACES = [guarded(pattern + r"\b,?\s+with\s") for pattern in (
    rf"^\W*(?:The\s+)?{_PLACE_NAME}\s+(?:follows|followed|(?:came|comes|was|is)\s+(?:next|"
    r"second|third)|ranks?\s+\w+|(?:was|is)\s+(?:the\s+)?(?:hardest|worst)[- ]hit|"
    r"(?:was|is)\s+hit\s+(?:hardest|worst))",
    rf"\b(?:puts|put|places|placed|ranks|ranked)\s+(?:the\s+)?{_PLACE_NAME}\s+(?:first|second|"
    r"third|top)",
)]


def labels_place(sentence: str) -> bool:
    """Is the sentence a list line labelled by its place?"""
    return _LABELLED_PLACE.match(sentence) is not None


_FRONT_PLACE = re.compile(r"(?:direction|front|sector|axis)$")


def labels_settlement(sentence: str) -> bool:
    """Is the sentence a list line labelled by a place where people live ("Kupiansk
    district: 2 killed"), not by a part of the front?"""
    found = _LABELLED_PLACE.match(sentence)
    return found is not None and _FRONT_PLACE.search(found.group("place")) is None


class Sector(NamedTuple):
    name: str
    start: int  # where the sentence names it
    of_unit: bool = False  # a group of forces' sector, not a place
    ranked: bool = False  # a place ranked by its toll: a part of a total ("X follows with 97")


def sector_of(sentence: str) -> Sector | None:
    """The place or sector a sentence's figures belong to, if it names exactly one."""
    labelled = _LABELLED_PLACE.match(sentence)
    if labelled:
        return Sector(labelled.group("place"), 0)
    ranked = next((m for pattern in _RANKED_PLACES if (m := pattern.search(sentence))), None)
    if ranked:
        return Sector(ranked.group("place"), ranked.start(), ranked=True)
    group = _GROUP_SECTOR.search(sentence)
    if group:
        name = next(filter(None, group.group("named", "quoted", "owner", "operating", "agent")))
        return Sector(f"{name} group's sector", group.start(), of_unit=True)
    places = {m.group("place"): m.start() for m in _PLACE.finditer(sentence)}
    places.update((m.group("place"), m.start()) for m in _OCCUPIED.finditer(sentence))
    if not places:
        places = {m.group("place"): m.start() for m in _SETTLEMENT.finditer(sentence)
                  if _town_of_all(sentence, m)}  # fmt: skip
    if not places and (alone := _ALONE_IN.search(sentence)) and not _NOT_A_PLACE.match(
            alone.group("place")):  # fmt: skip
        places = {alone.group("place"): alone.start()}  # "In Bilozerka alone, 31 people"
    if len(places) == 2:
        # "Elsewhere in the Zaporizhzhia region, shelling killed two in the Polohy district":
        # the district, within the region
        districts = {p: at for p, at in places.items() if _DISTRICT.search(p)}
        places = districts if len(districts) == 1 else places
    return Sector(*places.popitem()) if len(places) == 1 else None


_DISTRICT = re.compile(r"\b(?:district|raion)$")


def _town_of_all(sentence: str, town: re.Match[str]) -> bool:
    """Is a town named the place of all the sentence's losses (not "Kyiv's", nor "most of
    the losses in and around Bakhmut")?"""
    return not _NOT_A_PLACE.match(town.group("place")) and not _SHARE_OF.search(
        sentence, max(0, town.start() - 50), town.start())


# "in our zone of responsibility": the sector of the unit the speaker serves in
_OUR_SECTOR = guarded(
    r"\b(?:in|within|across)\s+our\s+(?:zone|area|sector)(?:\s+of\s+responsibility)?\b",
    re.IGNORECASE,
)


def own_sector(sentence: str, unit_sector: str | None) -> Sector | None:
    """A speaker's "our zone", when the article has named the unit's sector before."""
    if unit_sector is None:
        return None
    found = _OUR_SECTOR.search(sentence)
    return Sector(unit_sector, found.start(), of_unit=True) if found else None


# "The enemy's losses there amounted to 213", "Here alone, the enemy lost 496", "on this
# front": the place the sentence before named (not "there were", "here is")
_THERE = guarded(
    r"\b(?:(?:in|on|along)\s+(?:this|that)\s+(?:front|direction|sector|axis|area)|there|here)\b"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|remains?|"
    r"remained|seems?|appears?|been|be)\b)"
    # (after the losses, "there" is a place whatever follows: "its losses there have exceeded")
    r"|\b(?:losses|killed|wounded)\s+there\b",
    re.IGNORECASE,
)


# A place named earlier in the sentence that says "there": "Since troops crossed into the
# Kursk region, we have found 1,890 who were killed there", "since its offensive on
# Avdiivka began, its losses there have exceeded 10,000"
_PLACE_BEFORE = guarded(
    r"\b(?i:in|into|on|near|around|of|to|toward|towards|at)\s+(?:the\s+)?"
    r"(?P<place>(?:[A-Z][\w'’-]+\s+){1,2}(?i:region|oblast|province|direction|sector|axis|front)"
    rf"|{_TOWN})\b(?!\s+[A-Z])"
)


def place_referred_back(sentence: str, before: str | None) -> Sector | None:
    """The place ``sentence`` refers to by "there": the one it names before the word, else
    the sector of the sentence ``before`` it."""
    found = _THERE.search(sentence)
    if found is None:
        return None
    places = [m for m in _PLACE_BEFORE.finditer(sentence, 0, found.start())
              if not _NOT_A_PLACE.match(m.group("place"))]  # fmt: skip
    if places:
        return Sector(places[-1].group("place"), found.start())
    named = sector_of(before) if before else None
    return named._replace(start=found.start()) if named else None


_NOT_A_NAME = r"(?!(?:The|This|That|Each|Every|Our|Its|Their|His|Her|In|A|Another)\s)"
# "Kharkiv region", "Russia's Belgorod region", "the Donetsk regional administration",
# "Zaporizhzhia Oblast": a region named, whatever the words around it
_REGION_NAMED = guarded(
    rf"(?<![\w'’-])(?P<name>(?:{_NOT_A_NAME}[A-Z][\w-]+\s+)?{_NOT_A_NAME}[A-Z][\w-]+)\s+"
    r"(?i:region(?:al)?|oblast|province|governor)\b"  # ("Belgorod governor Vyacheslav Gladkov")
)
# "248 civilians in the region had been killed": the region named last
_THE_REGION = guarded(
    r"\b(?:in|across|throughout)\s+(?:the|our)\s+(?:region|oblast|province)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def last_region_named(sentence: str) -> str | None:
    """The region a sentence names last ("Kharkiv region" for "the Kharkiv regional
    administration"), if any."""
    names = [m.group("name") for m in _REGION_NAMED.finditer(sentence)]
    return f"{names[-1]} region" if names else None


def region_referred_back(sentence: str, region_before: str | None) -> Sector | None:
    """The region a sentence's "in the region" means: the one it named before the phrase,
    else ``region_before``, the one the article named last."""
    found = _THE_REGION.search(sentence)
    if found is None:
        return None
    region = last_region_named(sentence[: found.start()]) or region_before
    return Sector(region, found.start()) if region else None


def sentence_sector(sentence: str, before: str | None, unit_sector: str | None,
                    region_before: str | None) -> Sector | None:  # fmt: skip
    """The sector a sentence's figures belong to: the one it names, the speaker's "our
    zone" (``unit_sector``, the unit's sector named last), the place the sentence
    ``before`` it in its paragraph named, when this one says "there", or the region the
    article named last (``region_before``), when this one says "in the region"."""
    return (sector_of(sentence) or own_sector(sentence, unit_sector)
            or place_referred_back(sentence, before)
            or region_referred_back(sentence, region_before))  # fmt: skip


def whole_front_at(sentence: str) -> list[int]:
    """Where a sentence names the whole front ("across the front line")."""
    return [m.start() for m in _WHOLE_FRONT.finditer(sentence)]


def sector_at(sector: Sector, fronts: list[int], position: int,
              categories: list[Category]) -> str | None:  # fmt: skip
    """The sector of the figure at ``position`` counting ``categories``: none if the whole
    front is named nearer to it ("1,650 across the front line, including up to 560 in the
    Center group's zone"), nor the region or town drones were downed over (where they fell
    is no part of the side's losses; a part of the front is)."""
    if AIRBORNE.issuperset(categories) and not (
        sector.of_unit or _FRONT_PLACE.search(sector.name)
    ):
        return None
    if not fronts:
        return sector.name
    near = abs(sector.start - position)
    return sector.name if all(abs(front - position) > near for front in fronts) else None


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
# "the brigade killed 217", "his units had destroyed", "its soldiers had eliminated": the
# figures after a unit that does the killing are that unit's
_UNIT_AGENT = guarded(
    r"\b(?P<unit>(?:the|his|her|its|our|my|their)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"{_UNIT_NOUN}(?:['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:operators|crews|units|soldiers|fighters|men))?"
    # a commander's men ("his units"; but "its air defence units" may be a whole army's)
    r"|(?:his|her|my)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}?(?:units|unit|crews|drone\s+operators"
    r"|paratroopers|gunners|men|soldiers|fighters))"
    r"\s+(?:\w+\s+){0,3}?(?:killed|destroyed|eliminated|neutrali[sz]ed|liquidated|shot\s+down"
    r"|downed|hit|captured|took|taken|put|wounded)\b",
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
    unit = _ARTICLE.sub("", titled.group("unit"))
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
    r"servicemen|operators|gunners|men|troops|defenders|warriors)\s+(?:\w+\s+){0,3}?(?:killed|"
    r"destroyed|eliminated|neutrali[sz]ed|liquidated|shot\s+down|downed|hit|captured|took|wounded)\b",
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
