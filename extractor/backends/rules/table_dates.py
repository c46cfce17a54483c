"""When a table row's figures are from: its first cell read as a month, a year, a range of
days ("19-25 September", "26 September - 2 October"), a day, or "Total"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from extractor.backends.rules import lexicon
from extractor.backends.rules.dates import MONTHS, DateRole, find_dates


class RowSpan(NamedTuple):
    start: str | None  # partial ISO date of the row's first day, month or year
    end: str | None  # and of its last: the figures' as_of
    total: bool  # "Total": the span of the rows above
    cumulative: bool  # "Total since 24 February 2022"


_TOTAL = re.compile(r"^(?:grand\s+)?(?:total|sum|overall|all|altogether|combined|in\s+total)\b",
                    re.IGNORECASE)  # fmt: skip
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_YEAR_FIRST = re.compile(r"^((?:19|20)\d\d)\s*\([^)]*\)$")
_MONTH_ONLY = re.compile(
    r"^(?P<month>[A-Za-z]{3,9})\.?(?:\s+(?P<year>(?:19|20)\d\d))?$"
)
# What may stand in a date label beside its dates: "Week of", "w/e", "to", weekdays.
_DATE_FILLER = re.compile(
    r"\b(?:week|weeks|ending|w/e|of|to|from|until|till|through|thru|and|the|starting|"
    r"beginning|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b|[\d\s\-–—/.,:()]",
    re.IGNORECASE,
)
_DAY_BEFORE_RANGE = re.compile(r"(\d{1,2})\s*[-–—]\s*$")
_DAYS = re.compile(r"(\d{1,2})\s*(?:to|-|–|—)\s*(\d{1,2})\b")  # as dates.find_dates joins them
_WEEK = re.compile(r"\bweek\s+(?:(?P<ending>ending|to|until|through)|of|starting|beginning|from)\b",
                   re.IGNORECASE)  # fmt: skip
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def caption_year(caption: str, published: date | None) -> str | None:
    """The one year a table's caption dates it by ("January-June 2026"), if just one."""
    years = {d.value[:4] for d in find_dates(caption, published)
             if d.value and not d.relative and d.role is not DateRole.SINCE}  # fmt: skip
    return years.pop() if len(years) == 1 else None


def _month(label: str, published: date | None, year: str | None) -> tuple[bool, str | None]:
    """Is a label a month ("September", "Sept 2023"), and its date (None if unknown)?
    (Read here: ``find_dates`` rightly takes a lone "May" for the verb.)"""
    m = _MONTH_ONLY.match(label)
    if m is None or m.group("month").lower() not in MONTHS:
        return False, None
    month = MONTHS[m.group("month").lower()]
    given = m.group("year") or year
    if given:
        return True, f"{given}-{month:02d}"
    if published is None:
        return True, None
    latest = published.year if month <= published.month else published.year - 1
    return True, f"{latest}-{month:02d}"


def row_span(label: str, published: date | None, year: str | None = None) -> RowSpan | None:
    """The span a row label names; None when it names none ("Donetsk region", "Average")."""
    label = label.strip()
    if not label:
        return None
    if _TOTAL.match(label):
        return RowSpan(None, None, True, lexicon.WHOLE_WAR_CUE.search(label) is not None)
    if _YEAR.match(label):
        return RowSpan(label, label, False, False)
    year_first = _YEAR_FIRST.match(label)
    if year_first:  # "2022 (from 24 February)", "2025 (so far)": that year, from that day
        found = [d for d in find_dates(label, published) if d.value and d.role is DateRole.SINCE]
        start = year_first.group(1) + found[0].value[4:] if found else year_first.group(1)  # type: ignore[index]
        return RowSpan(start, year_first.group(1), False, False)
    is_month, month = _month(label, published, year)
    if is_month:
        return RowSpan(month, month, False, False)
    found = [d for d in find_dates(label, published) if d.kind in ("iso", "numeric", "mdy",
                                                                   "dmy", "my")]  # fmt: skip
    if not found:
        return None
    rest = label
    for d in reversed(found):
        rest = rest[: d.start] + rest[d.end :]
    if re.search(r"[A-Za-z]", _DATE_FILLER.sub("", rest)):
        return None  # more than a date: "Kherson (since November)"
    own_year = _A_YEAR.search(label) is not None
    values = [_with_year(d.value, d.relative and not own_year, year) for d in found]
    start, end = values[0], values[-1]
    if len(found) == 1 and end is not None and len(end) == 10:
        before = _DAY_BEFORE_RANGE.search(label, 0, found[0].start)
        days = _DAYS.search(label, found[0].start, found[0].end)
        week = _WEEK.search(label)
        if before and int(before.group(1)) < int(end[8:]):
            start = f"{end[:8]}{int(before.group(1)):02d}"  # "19-25 September"
        elif days and int(days.group(1)) < int(days.group(2)):
            start = f"{end[:8]}{int(days.group(1)):02d}"  # "September 19-25"
        elif week:  # "week ending 25 September", "week of 19 September"
            day = date.fromisoformat(end)
            if week.group("ending"):
                start = (day - timedelta(days=6)).isoformat()
            else:
                end = (day + timedelta(days=6)).isoformat()
    return RowSpan(start, end, False, False)


def _with_year(value: str | None, relative: bool, year: str | None) -> str | None:
    """A day or month with no year of its own takes the caption's."""
    if value is None or not relative or year is None:
        return value
    return year + value[4:]
