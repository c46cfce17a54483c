"""Parts of the figure the sentence before gave, and fates told of a bare number.

"Of these, 2,513 were destroyed", "Of them, 142 are irretrievable losses", "Among the dead
were 46 children", "Of the named dead, 9,870 fought for Wagner", "Thirty-one were downed
over Bryansk region"; "40 000 had been killed", "and 12 others injured"; the models a count of
equipment breaks into ("Two of them were A-50 aircraft") and a place's share of a toll
("Kharkiv region accounts for 412 of the victims").
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.exchanges import part_subgroup
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.models import model_after
from extractor.backends.rules.named_dead import accounting
from extractor.backends.rules.terms import (
    EQUIPMENT_RE,
    FATE_ANYWHERE,
    FATE_GROUPS,
    MILITARY_WORD,
    force_named,
    term_category,
)
from extractor.numbers import NUMBER_WORD, NumberMention
from schemas import Category

_SPACES = re.compile(r"\s+")

AUX_FATE_AFTER = re.compile(
    # "Eleven of them", "21 more were", "669 children who were killed and 1,851 who were"
    r"^(?:(?:\s+of\s+(?:them|those|whom|these)|\s+more|\s+who)?"
    r"(?:\s+(?:had|have|has|were|was|are|is|remain|remained|remains)\s+(?:been\s+|reportedly\s+|"
    r"also\s+|all\s+|still\s+|probably\s+|likely\s+|"
    # "of whom 250,000 were likely to have been killed"
    r"(?:likely|thought|believed|estimated|said|reported|feared|known)\s+to\s+(?:have\s+been|be)\s+|"
    r"(?:been\s+)?confirmed\s+to\s+be\s+|being\s+)?|\s+as\s+"  # "lists another 51,822 as missing"
    # "we judge roughly 200,000 to have been killed"
    r"|\s+to\s+have\s+been\s+"
    # "with a further 65,000 listed as missing"
    r"|\s+(?:(?:are|were|is|was|remain|remained|remains)\s+)?(?:still\s+)?(?:officially\s+|"
    r"formally\s+)?(?:listed|registered|"
    r"recorded|reported)\s+as\s+"
    # "Another 140 are considered missing"
    r"|\s+(?:are|were|is|was)\s+(?:considered|presumed|believed|thought|deemed)\s+)"
    # "and 12 others injured", "we had confirmed 71 of them killed"
    r"|\s+of\s+(?:them|those|these)\s+(?=killed|wounded|injured|captured|missing)"
    r"|(?P<others>\s+others)(?:\s+(?:had|have|has|were|was|are|is)(?:\s+been)?)?\s+)"
    rf"(?P<fate>destroyed|damaged|abandoned|captured|lost\s+{lexicon.LIMB}|lost|"
    r"killed\s+(?:or|and)\s+(?:wounded|injured)|"
    r"killed|wounded|injured|hurt|died|dead|"
    r"(?:held\s+)?in\s+(?:\w+\s+)?captivity|"
    r"taken\s+prisoner|prisoners\s+of\s+war|POWs|shot\s+down|brought\s+down|downed|intercepted|"
    r"missing)\b",
    re.IGNORECASE,
)
# A part's own place, and the next part of a list of them ("..., 21 over the Moscow region")
PLACE_AFTER = re.compile(
    r"\s+(?:over|in|near|around|on|at)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’-]+\s+){1,3}(?:region|oblast|"
    rf"province|direction|sector|area|axis|front)|(?!(?:Ukraine|Russia|Ukrainian|Russian|{CALENDAR_WORD}))"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)
# ("at least 13 of the 41 were destroyed": of the 41 counted before, no noun after it)
PARTITIVE_AFTER = re.compile(rf"^\s+of\s+(?:them|those|these|whom|the\s+(?:\d(?:[\d,]*\d)?|"
                             rf"{NUMBER_WORD})"  # ("Two of the seven are children")
                             r"(?=\s*[,;:.)]|\s+(?:were|was|had|have|are|is|fatal|fatally)\b))\b",
                             re.IGNORECASE)  # fmt: skip


# "Of these, 2,513 were destroyed", "Of them, 142 are irretrievable losses", "Among them
# are 5,140 officers", "More than 45,000 of them were volunteers": parts of the figure the
# sentence before gave.
OPENS_ON_PART = re.compile(
    r"^\W*(?:of\s+(?:these|them|those|whom|this\s+number|the\s+total|the\s+(?:named\s+|identified\s+)?"
    # ("Of the 3,406 guns, 1,174 were ...", "Of the 76,450, about 6,000 were ...")
    # ("Of the 874 men we have identified, 268 ...")
    r"dead|the\s+killed|the\s+(?P<whole>\d(?:[\d,]*\d)?)(?:\s+[\w-]+){0,5}?)|"
    r"among\s+(?:them|these|those|the\s+dead)(?:\s+(?:are|were|was|is))?)\W+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
PART_STATE_AFTER = re.compile(
    r"^(?:\s+of\s+(?:them|these|those|whom))?\s+(?:(?:are|were|was|is)\s+(?:listed\s+as\s+)?"
    rf"(?P<part>(?:[\w'’-]+\s+){{0,3}}?(?:{lexicon.PEOPLE_NOUN}|losses))\b"
    # "Of the named dead, 9,870 fought for Wagner and 6,104 served in the Storm-Z units"
    r"|(?:fought|served)\s+(?:for|in|with)\s+(?:the\s+)?(?P<unit>(?-i:[A-Z])[^,;.]{1,60}?)"
    r"(?=\s*(?:[,;.]|\sand\s|$))"
    # a kind of the equipment counted: "Of these, 1,174 were self-propelled howitzers"
    rf"|(?:are|were|was|is)\s+(?P<kind>(?:[\w-]+\s+){{0,2}}?(?:{EQUIPMENT_RE}|pieces|guns))\b"
    # how they came to serve: "268 volunteered for contract service", "231 were mobilised",
    # "187 were recruited from prison colonies"
    r"|(?P<how>(?:volunteered|enlisted|signed\s+(?:up|contracts?))(?:\s+(?:for|with)\s+[\w-]+"
    r"(?:\s+[\w-]+)?)?|(?:were|was|had\s+been)\s+(?:mobili[sz]ed|conscripted|drafted|"
    r"recruited\s+(?:from|in)\s+(?:[\w-]+\s+){0,2}?(?:prisons?|colonies|jails?|penal\s+colonies))"
    r")\b)",
    re.IGNORECASE,
)
_THE_DEAD_AFTER = re.compile(r"\s+(?:killed|dead|who\s+(?:died|were\s+killed))\b",
                             re.IGNORECASE)  # fmt: skip
_OPENS_ON_THE_DEAD = re.compile(r"\W*(?:of|among)\s+(?:the|those)\s+(?:dead|killed)\b", re.I)
# "Among the dead were 17 children", "Of those killed, 462 served under contract": parts of a
# toll told before
_OPENS_ON_EARLIER = re.compile(
    r"\W*(?:among|of)\s+(?:them|these|those|the\s+(?:dead|killed|wounded|injured))\b", re.I)


def opens_on_earlier(sentence: str) -> bool:
    """Does the sentence open on a part of a toll told before ("Among the dead were ...")?"""
    return _OPENS_ON_EARLIER.match(sentence) is not None


PEOPLE_AFTER = re.compile(
    rf"^\s+(?P<part>(?:[\w-]+\s+)?(?:{lexicon.PEOPLE_NOUN}))\b", re.IGNORECASE
)


_AUX = re.compile(r"^(?:were|was|had\s+been)\s+")
_ANOTHER = re.compile(r"\W*(?:another|a\s+further)\s+", re.IGNORECASE)


def part_of_previous(first: NumberMention, last: NumberMention, before: str, after: str,
                      previous: Figure) -> Figure | None:  # fmt: skip
    opened = OPENS_ON_PART.match(before)
    if opened and opened.group("whole") and whole_named(before, [previous]) is None:
        return None  # "Of the 3,406 guns": a part of that figure, not of the one before
    opening = opened is not None
    partitive = PARTITIVE_AFTER.match(after)
    if not opening and partitive is None and previous.part_of is not None and (
            _ANOTHER.fullmatch(before)) and (how_part := PART_STATE_AFTER.match(after)) and (
            how_part.group("how")):  # fmt: skip
        # "Of the 874, 268 volunteered. Another 231 were mobilised": the whole's next part
        figure = new_figure(first, last, before, last.end + how_part.end(), [])
        figure.inherit(previous)
        figure.part_of, figure.subgroup = previous.part_of, _AUX.sub("", how_part.group("how"))
        return figure
    if not opening and partitive is None:
        # "... destroyed 84 drones. Thirty-one were downed over Bryansk region": a part of
        # the equipment just counted, told where
        if before.strip() or previous.categories[0].is_people:
            return None
        aux = AUX_FATE_AFTER.match(after)
        place = PLACE_AFTER.match(after, aux.end()) if aux and not aux.group("others") else None
        if place is None:
            return None
        figure = new_figure(first, last, before, last.end + place.end(), [])
        figure.inherit(previous)
        figure.part_of, figure.subgroup = previous, place.group("place")
        return figure
    rest = after[partitive.end() :] if partitive else after
    end = last.end + (partitive.end() if partitive else 0)
    if partitive and (dead := _THE_DEAD_AFTER.match(rest)):  # "17,000 of those killed were"
        rest, end = rest[dead.end() :], end + dead.end()
    aux = AUX_FATE_AFTER.match(rest)
    # ("13 of the 41 were destroyed"; "12 of them were destroyed" of equipment, while
    # people's "them" may be any people the sentence before spoke of)
    if aux is not None and (opening or (partitive and (
            any(map(str.isdigit, partitive.group(0))) or not previous.categories[0].is_people))):
        fated = bind_aux_fate(first, last, before, aux, previous, end - last.end)
        place = PLACE_AFTER.match(rest, aux.end()) if fated and opening else None
        if fated is not None and place is not None and not previous.categories[0].is_people:
            # "Of those, 17 were brought down over the Saratov region, 11 over ...": told where
            fated.part_of, fated.subgroup = previous, place.group("place")
            fated.phrase_end = end + place.end()
        return fated
    state = PART_STATE_AFTER.match(rest) or (PEOPLE_AFTER.match(rest) if opening else None)
    kind = state.groupdict().get("kind") if state else None
    if state is None or (kind is not None) == previous.categories[0].is_people:
        return None  # (people's kinds for people, equipment's for equipment)
    figure = new_figure(first, last, before, end + state.end(), [])
    figure.inherit(previous)
    if previous.categories[0].is_people and _OPENS_ON_THE_DEAD.match(before):
        # "... killed and 2,794 injured. Among the dead were 46 children": of the dead
        figure.categories = [Category.KILLED]
    # ("Among them were 22 National Guardsmen": a part of the men an exchange returned)
    how = _AUX.sub("", state.groupdict().get("how") or "")
    figure.subgroup = part_subgroup(state.group("part").lower(), previous.subgroup) if (
        state.group("part")) else (state.group("unit") or how or (kind or "").lower())  # fmt: skip
    if how:
        figure.part_of = previous
    return figure


_PEOPLES_FATE = re.compile(r"\b(?:killed|wounded|injured|dead|died)\b")


def bind_aux_fate(first: NumberMention, last: NumberMention, before: str,
                   aux: re.Match[str], parent: Figure | None, skipped: int = 0,
                   ) -> Figure | None:  # fmt: skip
    """ "2,513 were destroyed" (of the tanks just named); "40 000 had been killed".
    (``aux`` was matched ``skipped`` characters past the number.)"""
    word = _SPACES.sub(" ", aux.group("fate").lower())
    end = last.end + skipped + aux.end()
    others = aux.group("others") is not None  # "and 12 others injured"
    if parent is not None and not parent.categories[0].is_people and _PEOPLES_FATE.search(word):
        parent = None  # "4,000 of them had been killed or wounded": people, not the guns before
    if parent is not None and not parent.categories[0].is_people:
        if others:
            return None  # ("14 others were lost to electronic warfare": not downed)
        figure = new_figure(first, last, before, end, [])
        figure.inherit(parent)
        figure.subgroup = word
        return figure
    fate = FATE_ANYWHERE.search(aux.group("fate"))
    if fate is None:
        return None
    figure = new_figure(first, last, before, end, [term_category(fate, FATE_GROUPS)])
    if parent is not None:  # ("80 injured; 11 remain missing": whose, as the 80's)
        figure.population, figure.nationality = parent.population, parent.nationality
        figure.bare_fate = parent.bare_fate
    elif others or MILITARY_WORD.search(before) is None:
        # "Seven others were injured", "Another 18,500 were injured": whose, the context says
        figure.bare_fate = True
    if parent is None and (aux.group(0).lstrip()[:3].lower() == "of " or _OF_THE_OPENING.match(
            before)):  # fmt: skip
        # "11,000 North Korean troops had been deployed, and 3,000 of them had been killed",
        # "Of the 11,000 North Korean soldiers deployed, more than 4,000 have been killed": a
        # part of a force named before, though its whole was no loss
        figure.subgroup = force_named(before)
    return figure


_OF_THE_OPENING = re.compile(r"\W*Of\s+the\s", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"\W*of\s+the\s+(\d(?:[\d,]*\d)?)\b", re.IGNORECASE)
# "at least 13 of the 41 were destroyed": the whole named after its part
_PART_OF_THE_WHOLE = re.compile(
    r"\d\s+of\s+the\s+(\d(?:[\d,]*\d)?)(?=\s*[,;:.)]|\s+(?:were|was|had|have|are|is)\b)",
    re.IGNORECASE,
)


def whole_named(sentence: str, recent: list[Figure]) -> Figure | None:
    """The figure "Of the 3,406 guns, 1,174 were ..." names as the whole of its parts, among
    the ``recent`` ones, however many came since."""
    if not recent:
        return None
    whole = _OF_THE_WHOLE.match(sentence) or _PART_OF_THE_WHOLE.search(sentence)
    if whole is None:
        return None
    value = int(whole.group(1).replace(",", ""))
    return next((f for f in reversed(recent) if value in (f.value, f.high)), None)


# "Two of them were A-50 ... aircraft, 10 were Su-34 fighter-bombers": the models of the
# count before
_WERE_AFTER = re.compile(r"(?:\s+of\s+(?:them|these|those))?\s+(?:were|was)", re.IGNORECASE)


def model_part(first: NumberMention, last: NumberMention, before: str, after: str,
               whole: Figure | None) -> Figure | None:  # fmt: skip
    """A part of the equipment ``whole`` counted, named by its model ("10 were Su-34s")."""
    if whole is None or whole.categories[0].is_people:
        return None
    were = _WERE_AFTER.match(after)
    model = model_after(after[were.end() :]) if were else None
    if were is None or model is None:
        return None
    whole = whole.part_of or whole
    figure = new_figure(first, last, before, last.end + were.end() + model[1], [])
    figure.inherit(whole)
    figure.part_of, figure.subgroup = whole, model[0]
    return figure


# "Kharkiv region accounts for 412 of the victims"
_OF_THE_VICTIMS_AFTER = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|all)\s+(?P<who>victims|dead|casualties|wounded|injured|"
    r"killed|deaths)\b", re.IGNORECASE)


def place_share(first: NumberMention, last: NumberMention, before: str, after: str,
                whole: Figure | None) -> Figure | None:  # fmt: skip
    """A part of the toll ``whole`` counted, of the place that accounts for it ("Kharkiv
    region accounts for 412 of the victims"); the place leads a ranking ("..., followed by
    Kherson region with nearly 300")."""
    if whole is None or not whole.categories[0].is_people:
        return None
    of = _OF_THE_VICTIMS_AFTER.match(after)
    if of is None:
        return None
    whole = whole.part_of or whole.fate_of or whole  # (the toll, not its last fate)
    figure = new_figure(first, last, before, last.end + of.end(), [])
    figure.inherit(whole)
    figure.part_of = whole
    if (fate := FATE_ANYWHERE.search(of.group("who"))) is not None:
        figure.categories = [term_category(fate, FATE_GROUPS)]
    if place := accounting(before):
        figure.subgroup, figure.ranked = place[0], True
        figure.phrase_start = min(figure.phrase_start, place[1])
    return figure
