"""Counts on a list of the named dead: once a source has given its list's total of soldiers
killed, its later "names" and groups are deaths too.

"the list has grown by 2,416 names", "Another 8 830 names belong to career soldiers",
"make up the largest group: 41 870 names", "The list includes 4 024 officers", "We know of
15 920 mobilised men and 12 310 career soldiers", "Prisoners ... account for 23 640".
(Civilians are not counted by name: only a military total opens such a list.)
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.figure import Figure, new_figure
from extractor.backends.rules.prefilter import guarded
from extractor.backends.rules.terms import nationality_of
from extractor.numbers import NumberMention
from schemas import Category, Population

_KILLED_ONLY = [Category.KILLED]
_MISSING_ONLY = [Category.MISSING]
_HEDGE = lexicon.HEDGE
# The kinds of men a list of the dead is broken down into
_GROUP = (r"(?:soldiers|officers|men|prisoners|volunteers|conscripts|fighters|servicemen|"
          r"convicts|generals|mercenaries|personnel|reservists|pilots|sailors|marines|"
          r"paratroopers)")  # fmt: skip
_NAMES_AFTER = re.compile(
    r"\s+(?:(?:confirmed|new|more|verified|additional)\s+)?names\b(?:\s+belong\s+to\s+"
    rf"(?P<who>(?:[\w-]+\s+){{0,4}}?{_GROUP}))?",
    re.IGNORECASE,
)
_GROUP_BEFORE = re.compile(
    r"(?:^|[.;]\s+)\W*(?P<who>[A-Z][\w\s,'’-]{2,80}?)\s+(?:make|makes|remain|remains|form|forms|"
    r"are|is)\s+(?:up\s+)?(?:the\s+)?[\w\s-]{0,30}\bgroup\s*:\s*$"
)
# "11 006 mobilised soldiers", "more than 3,600 officers": a group, named after its number
_GROUP_AFTER = re.compile(rf"\s+(?P<who>(?:[\w'’-]+\s+){{0,2}}?{_GROUP})\b", re.IGNORECASE)
# What counts a group on the list: "The list includes", "We know of", "we have counted"
_COUNTED_BEFORE = guarded(
    r"\b(?:(?:list|count|tally|database|register)\s+(?:also\s+|now\s+)?(?:includes?|included|"
    r"contains?|contained|holds?|held)|(?:we|I)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:know\s+of|knew\s+of|"
    rf"counted|recorded|identified))\s+{_HEDGE}$",
    re.IGNORECASE,
)
# "had confirmed more than 135,000 names": deaths confirmed, whatever the count before was of
_CONFIRMED_BEFORE = re.compile(r"\b(?:confirmed|identified|verified|established)\b[^.;]*$",
                               re.IGNORECASE)  # fmt: skip
# "..., at least 11,700 mobilised men and more than 3,600 officers": the list goes on
_NEXT_GROUP_BEFORE = re.compile(rf"(?:,|\band)\s+{_HEDGE}$", re.IGNORECASE)
# "Prisoners recruited from penal colonies, first by Wagner, account for 23 640"
_ACCOUNT_FOR_BEFORE = guarded(
    r"(?:^|[.;]\s+)\W*(?P<who>[A-Z][^.;:,]{2,80})[^.;:]{0,80}?\s+(?:account|accounts|accounted)"
    rf"\s+for\s+{_HEDGE}$"
)


# A list of soldiers' names that says they are dead: "Our list of Russian servicemen
# confirmed dead", "the database of fallen soldiers"
_LIST_OF_DEAD = re.compile(
    rf"\b(?:list|database|register|count|tally)\s+of\s+(?:[\w'’-]+\s+){{0,3}}?{_GROUP}\s+"
    r"(?:(?:confirmed|known\s+to\s+be|reported)\s+)?(?:dead|killed)\b"
    rf"|\b(?:list|database|register)\s+of\s+(?:the\s+)?(?:fallen|dead|killed)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_GROUP}\b",
    re.IGNORECASE,
)


def named_dead(first: NumberMention, last: NumberMention, before: str, after: str,
               parent: Figure | None, previous: Figure | None) -> Figure | None:  # fmt: skip
    """A bare number or a group counted on the list of the dead that ``parent`` (this
    sentence's figure before) or ``previous`` (the last sentence's) totalled."""
    source = parent or previous
    if source is None and (names := _NAMES_AFTER.match(after)) and (
            listed := _LIST_OF_DEAD.search(before)):  # fmt: skip
        # "Our list of Russian servicemen confirmed dead ... has passed 114,000 names"
        figure = new_figure(first, last, before, last.end + names.end(), list(_KILLED_ONLY))
        figure.nationality = nationality_of(listed.group(0))
        return figure
    # (a register of the missing is a list of names too: "Some 28,000 names were added")
    if source is None or source.categories not in (_KILLED_ONLY, _MISSING_ONLY) or (
            source.population is not Population.MILITARY):  # fmt: skip
        return None
    who: str | None = None
    if names := _NAMES_AFTER.match(after):
        end = names.end()
        group = _GROUP_BEFORE.search(before)
        who = names.group("who") or (group.group("who") if group else None)
    elif who := group_accounting(before):
        end = 0
    else:
        group_after = _GROUP_AFTER.match(after)
        continued = parent is not None and parent.share_of_total and (
            _NEXT_GROUP_BEFORE.search(before, parent.phrase_end) is not None)  # fmt: skip
        if group_after is None or not (continued or _COUNTED_BEFORE.search(before)):
            return None
        end, who = group_after.end(), group_after.group("who")
    figure = new_figure(first, last, before, last.end + end, [])
    figure.inherit(source)
    if names and source.categories != _KILLED_ONLY and _CONFIRMED_BEFORE.search(
            before, max(0, len(before) - 60)):  # fmt: skip
        figure.categories = [Category.KILLED]  # the dead are confirmed by name, not the missing
    figure.subgroup = who.strip().lower() if who else None
    figure.share_of_total = True
    return figure


def group_accounting(before: str) -> str | None:
    """The group that a number after "account for" counts, as a subgroup ("Volunteers
    account for 13,000 of the dead": "volunteers")."""
    found = accounting(before)
    return found[0].lower() if found else None


def accounting(before: str) -> tuple[str, int] | None:
    """Who accounts for the number after ``before``, as written, and where it starts
    ("Kharkiv region, ..., accounts for 412")."""
    found = _ACCOUNT_FOR_BEFORE.search(before)
    if found is None:
        return None
    who = found.group("who")
    return who.strip(), found.start("who") + len(who) - len(who.lstrip())
