"""Lists of places, each with its share of what the list's first figure counts.

"Ukraine lost up to 430 servicemen near Avdiivka, up to 470 opposite the "South" group
around Chasiv Yar and up to 90 along the Dnipro River"; "Near Zelenyi Hai, his men had
killed 147; around Uspenivka, 96; ..."; and rankings of places by their totals,
"Bashkortostan leads the list with 3 178 confirmed dead, followed by the Sverdlovsk region
with 2 672 and Tatarstan with 2 311".
"""

from __future__ import annotations

import re

from extractor.backends.rules.dates import CALENDAR_WORD
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.lexicon import HAS_THE_MOST, HEDGE
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import AIRBORNE
from extractor.numbers import NumberMention
from schemas import Category


def place_item(text: str, before: str, after: str, parent: Figure) -> tuple[str, int, int] | None:
    """The place of a bare number that is the next item of a list of places (or a ranking)
    begun by ``parent``, where its phrase starts in the text and ends after the number."""
    return _place_list_item(text, before, after, parent) or _ranked_item(before, after, parent) or (
        _gapped_item(before, after, parent))


# A list of places, each with its count: "lost up to 430 servicemen near Avdiivka, up to 470
# opposite the "South" group around Chasiv Yar and up to 90 along the Dnipro River"; "Near
# Zelenyi Hai, his men had killed 147 Russian soldiers; around Uspenivka, 96; ...". A place
# is a locative phrase with a name in it, not a time ("in March", "in the past day").
_LOCATIVE = (
    r"(?i:in|on|near|around|along|opposite|outside|at|over)\s+"
    rf"(?!(?:the\s+)?(?:{CALENDAR_WORD}|past|last|previous|first|same|\d))"
    r"(?P<place>[^,;.:()\d]{0,40}?[A-Z][^,;.:()\d]{0,40}?)"
)
# (a place ends at its clause's end, or where a time phrase begins: "one in the Donetsk
# region over the past day")
_TIME_AFTER = (rf"\s+(?:over|during|in|on|since|this|last)\s+(?:the\s+)?(?:past|last|previous|"
               rf"{CALENDAR_WORD}|day|week|month|night|weekend)\b")  # fmt: skip
_LOCATIVE_AFTER = re.compile(rf"\s+{_LOCATIVE}(?=\s*(?:[,;.]|\s+and\s|$)|{_TIME_AFTER})")
_LIST_ITEM_BEFORE = guarded(rf"(?:[,;]\s*(?:and\s+)?|\s+and\s+){HEDGE}$", re.IGNORECASE)
_LOCATIVE_ITEM_BEFORE = guarded(
    rf"(?:^|[,;]\s*(?:and\s+)?|\s+and\s+)(?P<item>{_LOCATIVE}),\s*{HEDGE}$"
)
_ITEM_END_AFTER = re.compile(r"\s*(?:[,;.]|$)")
_LOCATIVE_OPENING = re.compile(rf"^\W*{_LOCATIVE},")


# "1 in the village of Mykolaivka": the place is the village's name
_KIND_OF = re.compile(r"^(?:the\s+)?(?:village|town|city|settlement)\s+of\s+(?=[A-Z])", re.I)


def _named(place: str) -> str:
    return _KIND_OF.sub("", place)


def _place_list_item(text: str, before: str, after: str,
                     parent: Figure) -> tuple[str, int, int] | None:  # fmt: skip
    """The place of a bare number that is the next item of a list of places after
    ``parent``, where its phrase starts (in the text) and ends (after the number);
    ``parent`` takes its own place."""
    if (place := _LOCATIVE_AFTER.match(after)) and _LIST_ITEM_BEFORE.search(before):
        own = _LOCATIVE_AFTER.match(text, parent.phrase_end)
        if own is not None and parent.subgroup is None:
            parent.subgroup = own.group("place")
        found = parent.subgroup is not None
        return (_named(place.group("place")), len(before), place.end()) if found else None
    if (place := _LOCATIVE_ITEM_BEFORE.search(before)) and _ITEM_END_AFTER.match(after):
        opening = _LOCATIVE_OPENING.search(before[: parent.phrase_start])
        if parent.subgroup is None and opening is not None:
            parent.subgroup = opening.group("place")
        found = parent.subgroup is not None
        return (_named(place.group("place")), place.start("item"), 0) if found else None
    return None


# A ranking of places by their counts: "Bashkortostan leads the list with 3 178 confirmed
# dead, followed by the Sverdlovsk region with 2 672 and Tatarstan with 2 311"; "X is first
# among the regions, with 5 420 deaths, ahead of Tatarstan (4 080)".
_RANKED_NAME = (
    r"(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+)?"
    r"(?:\s+(?:region|republic|oblast|krai))?)"
)
_RANKED_ITEM_BEFORE = guarded(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:followed\s+by|ahead\s+of|then)\s+)?"
    rf"{_RANKED_NAME}\s+(?:with\s+|\(\s*){HEDGE}$"
)
# (where a ranked name may begin: "..., the mission said Kherson region recorded the most")
_RANKING_OPENS = r"(?:^|[.;:]\s+|,\s*|\b(?:that|said|says|show|shows)\s+)"
_RANKED_FIRST_BEFORE = guarded(
    rf"{_RANKING_OPENS}{_RANKED_NAME}\s+(?:(?:still|again|now|also)\s+)?(?:(?:leads|led|tops|"
    r"topped|heads|headed|ranks\s+first|comes\s+first|is\s+(?:\w+\s+){0,2}?first)\b|"
    # ("Poland topped its list, with 3,010 arrivals and 1,560 eliminated": the last of them)
    rf"(?P<most>{HAS_THE_MOST}))[^.;]{{0,60}}?(?:\bwith\s+(?:[^.;]{{0,40}}?\s+and\s+)?|,\s*)$"
)
# The leader's own count, given after a comma: "Sverdlovsk region accounts for the most
# deaths, 1,214, followed by ..."; "Of the 214, Kharkiv region accounted for the most, 47"
_RANKED_LEADER_BEFORE = guarded(
    rf"{_RANKING_OPENS}{_RANKED_NAME}\s+(?:(?:still|again|now|also)\s+)?{HAS_THE_MOST}"
    rf"(?:\s+(?P<noun>deaths|dead|casualties|losses))?[,:]\s*{HEDGE}$"
)
_RANKED_ITEM_END = re.compile(r"\s*\)?(?=\s*(?:[,;.]|and\b|$))")


def _ranked_item(before: str, after: str, parent: Figure) -> tuple[str, int, int] | None:
    """The place of a bare number that continues a ranking begun by ``parent``, where its
    phrase starts and ends; ``parent`` takes the place that leads the ranking."""
    item = _RANKED_ITEM_BEFORE.search(before)
    end = _RANKED_ITEM_END.match(after) if item else None
    if item is None or end is None:
        return None
    if parent.subgroup is None:
        # (a slice: a guarded pattern's "$" is the end of the text it is given)
        lead = _RANKED_FIRST_BEFORE.search(before[: parent.number_start])
        if lead is None:
            return None
        parent.subgroup, parent.ranked = lead.group("name"), True
        # ("X leads the list": of a running total; "X recorded the most": of whatever it was)
        parent.share_of_total = lead.group("most") is None
    ranking = parent.ranked or parent.share_of_total
    return (item.group("name"), item.start("name"), end.end()) if ranking else None


def ranked_leader(first: NumberMention, last: NumberMention, before: str, after: str,
                  source: Figure | None) -> Figure | None:  # fmt: skip
    """The count of the place that leads a ranking, given after a comma ("Sverdlovsk region
    accounts for the most deaths, 1,214, followed by ..."): what it counts, the noun says,
    or else the figure before it."""
    lead = _RANKED_LEADER_BEFORE.search(before)
    if lead is None or not _RANKED_ITEM_END.match(after):
        return None
    noun = (lead.group("noun") or "").lower()
    if noun:
        categories = [Category.KILLED if noun in ("deaths", "dead") else Category.CASUALTIES]
    elif source is not None:
        categories = list(source.categories)
    else:
        return None
    figure = new_figure(first, last, before, last.end, categories)
    if source is not None and source.categories[0].is_people == categories[0].is_people:
        figure.population, figure.nationality = source.population, source.nationality
    figure.subgroup, figure.ranked = lead.group("name"), True
    figure.phrase_start = min(figure.phrase_start, lead.start("name"))
    return figure


# Places that each lost a count, the verb said once: "Dzun-Khemchiksky has lost 71 men,
# Ulug-Khemsky 58 and Tandinsky 44"
_GAPPED_ITEM_BEFORE = guarded(rf"(?:,\s*(?:and\s+)?|\s+and\s+){_RANKED_NAME}\s+{HEDGE}$")
_LOSING_PLACE_BEFORE = guarded(
    rf"{_RANKING_OPENS}{_RANKED_NAME}\s+(?:has|have|had)\s+(?:lost|buried)\s+{HEDGE}$"
)


def _gapped_item(before: str, after: str, parent: Figure) -> tuple[str, int, int] | None:
    """The place of a bare number after another place's count that its verb gave."""
    item = _GAPPED_ITEM_BEFORE.search(before)
    end = _RANKED_ITEM_END.match(after) if item else None
    if item is None or end is None or item.group("name") in _SIDES:
        return None
    if parent.subgroup is None:
        lead = _LOSING_PLACE_BEFORE.search(before[: parent.number_start])
        if lead is None or lead.group("name") in _SIDES:
            return None
        parent.subgroup = lead.group("name")
    return item.group("name"), item.start("name"), end.end()


_SIDES = frozenset({"Russia", "Ukraine", "Moscow", "Kyiv", "Kiev"})


# "shot down 21 drones over the Belgorod region", "35 of them over the Kursk region": the
# air losses told by the region they fell over are a part of the side's (but "over Russian
# regions", "over the Bryansk, Kursk and Belgorod regions": the raid's, all of them)
_DOWNED_OVER = re.compile(
    r",?\s+(?:(?:overnight|on\s+[A-Z]\w+day)\s+)?over\s+(?:the\s+)?(?P<place>"
    r"(?:(?!Russian\b|Ukrainian\b)[A-Z][\w'’-]+\s+(?:and\s+)?){1,3}(?:[Rr]egion|[Oo]blast)s?"
    r"|(?:Black|Azov)\s+Sea|Sea\s+of\s+Azov|(?:Republic\s+of\s+)?Crimea)\b"
)

# ("88 of the 104 drones over the Odesa, Sumy and Kharkiv regions": the raid's, all of them)
_OF_ALL_LAUNCHED = re.compile(r"\bof\s+(?:the\s+)?\d")


def downed_over(text: str, figure: Figure) -> str | None:
    """The region the air losses counted by ``figure`` were downed over, if named right
    after it."""
    if not AIRBORNE.issuperset(figure.categories) or _OF_ALL_LAUNCHED.search(
            text, figure.number_end, figure.phrase_end):  # fmt: skip
        return None
    found = _DOWNED_OVER.match(text, figure.phrase_end)
    return found.group("place") if found else None
