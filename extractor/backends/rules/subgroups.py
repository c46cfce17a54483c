"""Parts of a side's losses that an article singles out by place, event or weapon.

"in the Mykolaiv-Kryvyi Rih direction", "on the southern front", "in Ukraine's Donetsk
region", "a missile strike on Odesa", "Short-range drones killed 109 civilians" (a unit's
own figures are ``units``').
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.backends.rules import lexicon
from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import AIRBORNE
from schemas import Category

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
# "In Novaya Tavolzhanka, Shebekino district, one resident was killed": the town a sentence
# opens on (not "In Zelensky's words")
_OPENING_TOWN = guarded(
    rf"^\W*(?:(?:And|But|Meanwhile|Elsewhere|Separately),?\s+)?In\s+(?:the\s+(?i:city|town|"
    rf"village)\s+of\s+)?(?P<place>{_TOWN})(?<!['’]s)(?=\s*,)"
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
    # ("killed 129 civilians across the country in April": the whole, not a region)
    r"|\b(?:across|throughout)\s+(?:the\s+(?:country|whole\s+country)|Ukraine)\b|\bnationwide\b"
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
    return f"{kind} by {lexicon.LEADING_ARTICLE.sub('', found.group('by'))}"


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
        places = {m.group("place"): m.start() for m in (*_SETTLEMENT.finditer(sentence),
                                                         *_OPENING_TOWN.finditer(sentence))
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
        sentence, max(0, town.start() - 50), town.start()) and not _BROKEN_DOWN.search(
        sentence, 0, town.start())  # fmt: skip


# A toll broken down after a colon: "killed 4 residents: 2 in Kostiantynivka ... and 1 in the
# village of Mykolaivka" names the parts' towns, not the toll's
_BROKEN_DOWN = re.compile(r"\d[^:;.]*:(?!\d)[^:;.]*$")  # (not a time: "16:20 — ...")


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


_NOT_A_NAME = (r"(?!(?:The|This|That|Each|Every|Our|Its|Their|His|Her|In|A|Another|Across|"
               r"Throughout|From|For|At|On|Of|Near|Outside|Inside)\s)")
# "Kharkiv region", "Russia's Belgorod region", "the Donetsk regional administration",
# "Zaporizhzhia Oblast", "Bilokamianka district", "Kyiv City": a region, district or city
# named, whatever the words around it
_PLACE_NAMED = guarded(
    rf"(?<![\w'’-])(?P<name>(?:{_NOT_A_NAME}[A-Z][\w-]+\s+)?{_NOT_A_NAME}[A-Z][\w-]+)\s+"
    # ("Belgorod governor Vyacheslav Gladkov")
    r"(?:(?P<region>(?i:region(?:al)?|oblast|province|governor))|(?P<district>(?i:district))|"
    r"(?P<city>(?i:city)))\b(?!\s+of\b)"
    # "the southeastern Ukrainian city of Zaporizhzhia"
    r"|\b(?i:city)\s+of\s+(?P<city_of>[A-Z][\w'’-]+)"
)
# "248 civilians in the region had been killed", "236 killed in the district", "14 killed
# in the city": the place of that kind named last
_THE_PLACE = guarded(
    r"\b(?:in|across|throughout)\s+(?:the|our)\s+(?:(?P<region>region|oblast|province)|"
    r"(?P<district>district)|(?P<city>city))\b(?!\s+of\b)",
    re.IGNORECASE,
)


_KINDS = ("region", "district", "city")


def places_named(sentence: str) -> dict[str, str]:
    """The region, district and city a sentence names last ("Kharkiv region" for "the
    Kharkiv regional administration", "Kyiv" for "the Kyiv City Military Administration"),
    by kind."""
    named: dict[str, str] = {}
    for m in _PLACE_NAMED.finditer(sentence):
        if m.group("city_of"):
            named["city"] = m.group("city_of")
            continue
        kind = next(kind for kind in _KINDS if m.group(kind))
        named[kind] = m.group("name") if kind == "city" else f"{m.group('name')} {kind}"
    return named


def place_kind_referred_back(sentence: str, named_before: dict[str, str]) -> Sector | None:
    """The region, district or city a sentence's "in the region", "in the district" or "in
    the city" means: the one of that kind it named before the phrase, else the one the
    article named last (``named_before``)."""
    found = _THE_PLACE.search(sentence)
    if found is None:
        return None
    kind = next(kind for kind in _KINDS if found.group(kind))
    place = places_named(sentence[: found.start()]).get(kind) or named_before.get(kind)
    return Sector(place, found.start()) if place else None


def sentence_sector(sentence: str, before: str | None, unit_sector: str | None,
                    named_before: dict[str, str]) -> Sector | None:  # fmt: skip
    """The sector a sentence's figures belong to: the one it names, the speaker's "our
    zone" (``unit_sector``, the unit's sector named last), the place the sentence
    ``before`` it in its paragraph named, when this one says "there", or the region,
    district or city the article named last (``named_before``), when this one says "in the
    region", "in the district" or "in the city"."""
    return (sector_of(sentence) or own_sector(sentence, unit_sector)
            or place_referred_back(sentence, before)
            or place_kind_referred_back(sentence, named_before))  # fmt: skip


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
