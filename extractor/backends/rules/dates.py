"""Dates in a sentence, resolved to partial ISO dates against the publication date.

"January 12" and "on Tuesday" need the publication date; without it they stay None,
as the contract requires. "since X" and "from X" dates are marked: they start periods.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from extractor.backends.rules.literal_scan import has_digit
from extractor.backends.rules.prefilter import PrefilterIndex, guarded
from extractor.folding import ascii_aware
from extractor.numbers import parse_number

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# A capitalised word that names a day or a month: never a source's or a place's name.
CALENDAR_WORD = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b"
)

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"  # noqa: E501
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# "of 2025", "of this year", "of last year": the year a part of one belongs to
_OF_YEAR = rf"(?:\s+of\s+(?:{_YEAR}|(?P<which>this|last|the)\s+year))?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b")),
    # "no digit or dot before the day" follows its first digit, so that re skips to digits
    ("numeric", re.compile(r"(?P<day>\d(?<![\d.]\d)\d?)\.(?P<mnum>\d{1,2})\.(?P<year>(?:20)?\d\d)(?![\d.]\d)")),  # noqa: E501
    ("mdy", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b(?!,\d)")),  # noqa: E501
    ("dmy", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b")),  # noqa: E501
    ("my", re.compile(rf"\b(?:(?:early|mid|late)-?\s*)?{_MONTH}(?:\s+(?:of\s+)?{_YEAR})?\b")),
    # "in the first quarter of 2025", "in the second half of the year": a part of a year
    ("quarter", re.compile(rf"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter{_OF_YEAR}\b", re.IGNORECASE)),  # noqa: E501
    ("half", re.compile(rf"\b(?P<ord>first|second|1st|2nd)\s+half{_OF_YEAR}\b", re.IGNORECASE)),
    # "in the first four months of the year": from January to the fourth month
    ("months", re.compile(rf"\bfirst\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|"
                          rf"eleven|[2-9]|1[01])\s+months{_OF_YEAR}\b", re.IGNORECASE)),
    # "over the weekend", "last weekend": Saturday and Sunday (so far)
    ("weekend", re.compile(r"\b(?:(?:over|during|at|on)\s+the|this|last|past)\s+weekend\b(?!\s+of\s+\w+\s+\d)", re.IGNORECASE)),  # noqa: E501
    # a list item labelled by its year: "2023: between 60,000 and 70,000 killed"
    ("year_label", re.compile(rf"^\W{{0,3}}{_YEAR}(?=\s*(?:\([^)]{{0,40}}\)\s*)?[:—–]\s)")),
    ("year", re.compile(rf"\b(?:in|since|during|by|throughout|from|until|of|for|as\s+of)\s+(?:early\s+|mid-?|late\s+)?{_YEAR}\b(?!\s*(?:,\d|\d))", re.IGNORECASE)),  # noqa: E501
    # "On New Year's Day the figure was 329": the year's first day (the last one's, with
    # no year named)
    ("new_year", re.compile(rf"\b(?:on\s+)?New\s+Year['’]s\s+Day(?:\s+{_YEAR})?\b")),
    ("weekday", re.compile(r"\b(?:(?:on|last|this|since)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),  # noqa: E501
    ("today", re.compile(r"\b(?:today|this\s+morning|tonight|this\s+evening|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:24|twenty[- ]four)\s+hours|day))\b", re.IGNORECASE)),  # noqa: E501
    ("yesterday", re.compile(r"\byesterday\b", re.IGNORECASE)),
    # a live blog's entry: "06:05 — At least six people ...", or "12:10" on its own line
    ("clock", re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|BST|CET|EET|EEST|UTC"
                         r"|MSK|local\s+time))?(?=\s*(?:[—–-]|$))")),
    ("day_before", re.compile(r"\b(?:the\s+(?:day|24\s+hours)\s+before|the\s+previous\s+day|a\s+day\s+(?:earlier|before)|the\s+prior\s+day)\b", re.IGNORECASE)),  # noqa: E501
    # "The next morning the count rose to 20": the day after the one last named
    ("day_after", re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later)\b", re.IGNORECASE)),  # noqa: E501
    # "189 occupiers were neutralised that day", "39 drones that night": the day last named
    ("that_day", re.compile(r"\b(?:that|the\s+same)\s+(?:day|night)\b", re.IGNORECASE)),
    ("last_month", re.compile(r"(?<!the\s)\blast\s+month\b", re.IGNORECASE)),
    # "93 tanks in October, against 121 the month before": the month before the one named
    ("month_before", re.compile(r"\b(?:the\s+(?:previous|prior|preceding)\s+month|the\s+month\s+"
                                r"before|a\s+month\s+(?:earlier|before))\b", re.IGNORECASE)),
    ("this_month", re.compile(r"\b(?:this|earlier\s+this)\s+month\b", re.IGNORECASE)),
    ("last_week", re.compile(r"(?<!the\s)\blast\s+week\b", re.IGNORECASE)),
    ("this_week", re.compile(r"\b(?:this|earlier\s+this)\s+week\b", re.IGNORECASE)),
    # "now listed as missing", "so far": the figure stands on the day of the article
    ("now", re.compile(r"\b(?:now|currently)\b", re.IGNORECASE)),
    ("last_year", re.compile(r"(?<!the\s)\blast\s+year\b", re.IGNORECASE)),
    ("this_year", re.compile(r"\bthis\s+year\b", re.IGNORECASE)),
]  # fmt: skip
_PATTERNS = [(kind, ascii_aware(pattern)) for kind, pattern in _PATTERNS]  # ASCII: ASCII mode


_RELATIVE_KINDS = frozenset({"weekday", "today", "yesterday", "day_before", "day_after", "that_day",
                             "month_before", "last_month", "this_month", "last_week", "this_week",
                             "now", "clock", "last_year", "this_year"})  # fmt: skip


class DateRole(StrEnum):
    POINT = "point"  # a date the figure or statement refers to
    SINCE = "since"  # "since X", "from X": the start of a period
    UNTIL = "until"  # "to X", "until X", "as of X": the end of a period

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_SINCE, _POINT, _UNTIL = DateRole.SINCE, DateRole.POINT, DateRole.UNTIL
# "has not published a toll since September 2022, when Shoigu said 5,937": the day a thing
# last happened, not the start of a count
_WHEN_AFTER = re.compile(r",\s+when\s")
_NONE_SINCE = re.compile(r"\b(?:not|no|never)\b[^.;,]*$", re.IGNORECASE)


class DateMention(NamedTuple):  # immutable, and quicker to make than a frozen dataclass
    start: int
    end: int
    value: str | None  # partial ISO, None when it cannot be resolved (no publication date)
    role: DateRole
    relative: bool  # resolved against the publication date
    kind: str


def _latest_month_not_after(month: int, published: date) -> str:
    year = published.year if month <= published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def _latest_day_not_after(month: int, day: int, published: date) -> str | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published + timedelta(days=1):
            return candidate.isoformat()
    return None


_PART_MONTHS = {"quarter": 3, "half": 6}  # the months in each part of a year
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4}  # fmt: skip


def week_named(mention: DateMention, published: date | None) -> tuple[str, str] | None:
    """The first day and the last day so far of the week "this week" or "last week" names,
    or of the weekend "over the weekend" names."""
    if mention.kind == "weekend" and mention.value is not None:
        end = date.fromisoformat(mention.value)  # its Sunday, or its Saturday if not yet over
        return (end - timedelta(days=end.weekday() - 5)).isoformat(), mention.value
    if mention.kind not in ("this_week", "last_week") or published is None:
        return None
    monday, end = _week(mention.kind, published)
    return monday.isoformat(), end.isoformat()


def _weekend_end(said: str, published: date) -> date:
    """The Sunday of the weekend last begun (the one before, for "last weekend" said on
    one), or the publication day if that is its Saturday."""
    back = (published.weekday() - 5) % 7
    if back < 2 and said.lower().startswith("last"):
        back += 7
    saturday = published - timedelta(days=back)
    return min(saturday + timedelta(days=1), published)


def _week(kind: str, published: date) -> tuple[date, date]:
    """The Monday of this or last week, and its Sunday or the publication day if sooner."""
    monday = published - timedelta(days=published.weekday() + (7 if kind == "last_week" else 0))
    return monday, min(monday + timedelta(days=6), published)


def period_start_of(mention: DateMention) -> str | None:
    """Where the period a date names starts: the first month of a quarter or half of a
    year, else the date itself ("in 2023", "in May")."""
    if mention.kind == "months" and mention.value is not None:
        return mention.value[:4] + "-01"  # "the first four months of the year": from January
    if mention.kind not in _PART_MONTHS or mention.value is None:
        return mention.value
    year, end = mention.value.split("-")
    months = _PART_MONTHS[mention.kind]
    return f"{year}-{(int(end) - 1) // months * months + 1:02d}"  # (its end may be "so far")


def _resolve(kind: str, m: re.Match[str], published: date | None) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind in ("iso", "numeric"):
        if year is not None and year < 100:
            year += 2000
        try:
            return date(year or 0, int(groups["mnum"]), int(groups["day"])).isoformat()
        except ValueError:
            return None
    if kind in ("mdy", "dmy", "my"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"]) if groups.get("day") else None
        if year is not None:
            if day is None:
                return f"{year:04d}-{month:02d}"
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return None
        if published is None:
            return None
        if day is None:
            return _latest_month_not_after(month, published)
        return _latest_day_not_after(month, day, published)
    if kind in ("year", "year_label"):
        return f"{year:04d}"
    if kind in _PART_MONTHS:  # a quarter or half of a year: its last month
        months = _PART_MONTHS[kind]
        end = _ORDINALS[groups["ord"].lower()] * months
        if year is None and published is not None and groups.get("which"):
            year = published.year - (groups["which"].lower() == "last")
        elif year is None and published is not None:
            year = published.year if end - months < published.month else published.year - 1
        if published is not None and year == published.year and end > published.month:
            end = published.month  # (a part still running ends, so far, in the current month)
        return f"{year:04d}-{end:02d}" if year is not None else None
    if kind == "months":
        end = parse_number(groups["count"])
        if end is None:
            return None
        if year is None and published is not None:
            year = published.year - (str(groups.get("which")).lower() == "last")
        return f"{year:04d}-{end:02d}" if year is not None else None
    if published is None:
        return None
    if kind == "weekend":
        return _weekend_end(m.group(0), published).isoformat()
    if kind == "new_year":
        return f"{year or published.year:04d}-01-01"
    if kind == "weekday":
        target = _WEEKDAYS.index(groups["weekday"].lower())
        back = (published.weekday() - target) % 7
        if m.group(0).lower().startswith(("last", "since")) and back == 0:
            back = 7  # ("since Saturday" on a Saturday: the Saturday before)
        return (published - timedelta(days=back)).isoformat()
    if kind == "today":
        return published.isoformat()
    if kind == "yesterday":
        return (published - timedelta(days=1)).isoformat()
    if kind in ("day_before", "day_after", "that_day", "month_before"):
        return None  # relative to another date in the sentence: resolved after (or by the engine)
    if kind == "last_month":
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if kind == "this_month":
        return f"{published.year:04d}-{published.month:02d}"
    if kind in ("last_week", "this_week"):
        # Monday to Sunday of the week, as precise as the months it spans allow
        monday, last_day = _week(kind, published)
        if (monday.year, monday.month) == (last_day.year, last_day.month):
            return f"{last_day.year:04d}-{last_day.month:02d}"
        return f"{last_day.year:04d}" if monday.year == last_day.year else None
    if kind in ("now", "clock"):
        return published.isoformat()
    if kind == "last_year":
        return f"{published.year - 1:04d}"
    if kind == "this_year":
        return f"{published.year:04d}"
    return None


INVASION_START = "2022-02-24"
# Guarded: searched for every date, mostly in a sentence that lacks its words.
# "up from 899 a day in April" compares with April; it does not count from it.
# ("the death toll from the attack on Monday": the toll's cause, not its start)
_SINCE_IN_CLAUSE = guarded(
    r"\b(?:since|(?<!up\s)(?<!down\s)(?<!toll\s)(?<!deaths\s)(?<!casualties\s)from|starting)\b",
    re.IGNORECASE,
)
# Searched in the 30 characters before a date: quicker than any test of their ending.
_SINCE_BEFORE = ascii_aware(re.compile(
    r"\b(?:since|from|starting|beginning|after|between)\s+(?:the\s+)?(?:(?:start|beginning)\s+of\s+"
    r")?(?:early\s+|mid-?|late\s+)?$",
    re.IGNORECASE,
))
# "the highest toll since May", "for the first time since 2022": a record, not a period.
_SUPERLATIVE = (
    r"highest|lowest|largest|smallest|biggest|fewest|worst|deadliest|heaviest|bloodiest"
)
_COMPARED_SINCE = ascii_aware(re.compile(  # (ASCII mode: re knows the first letters)
    rf"\b(?:{_SUPERLATIVE}|most|first\s+time|any\s+(?:day|week|month|year))\b",
    re.IGNORECASE,
))
# ... and a record's frame before "this year": "the deadliest month this year"
_RECORD_BEFORE = re.compile(
    rf"\b(?:{_SUPERLATIVE}|costliest|record)\b[^,.;]{{0,40}}$",
    re.IGNORECASE,
)
_UNTIL_BEFORE = ascii_aware(re.compile(  # (as _SINCE_BEFORE)
    r"\b(?:to|until|till|through|as\s+of|by|and)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE
))


# "in May", "since May": a preposition makes the capitalised "May" the month.
_MONTH_PREPOSITION = re.compile(
    r"\b(?:in|during|since|by|until|through|throughout|across|over|for|from|to|of|early|late|mid|"
    r"last|and)[\s-]+$",
    re.IGNORECASE,
)
# Every date pattern needs a digit or one of these words: most sentences can skip the rest.
_MAY_HOLD_A_DATE = guarded(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today"
    r"|tonight|this|yesterday|past|last|day|before|earlier|prior|now|currently|weekend|months"
    r"|new\s+year)",
    re.IGNORECASE,
)

# Every "numeric" date holds a dot before a digit: found far quicker than the date, which
# re tries at every digit.
_DOT_DIGIT = re.compile(r"\.\d")
_DATE_WORD_AFTER = re.compile(r"\s+(?:\d|of\b)")
_LEAD_WORD = re.compile(
    r"(?:in|since|during|by|throughout|from|until|of|for|as\s+of|on|last|this)\s+", re.IGNORECASE
)


def _clause_before(text: str, position: int) -> str:
    """The clause of ``text`` that ``position`` is in, up to it."""
    return text[max(text.rfind(mark, 0, position) for mark in ",;:—") + 1 : position]


def is_record_since(text: str, position: int) -> bool:
    """Does the "since" at ``position`` frame a record ("the largest since the war began",
    "the highest for any month since May"), not a period?"""
    return _COMPARED_SINCE.search(_clause_before(text, position)) is not None


# The patterns a sentence holds the literals of ("yesterday"; "last" and "month"): most
# sentences hold those of none, or of one or two.
_PATTERN_INDEX = PrefilterIndex([pattern for _, pattern in _PATTERNS])


_NIGHT_END = re.compile(r"\s*(?:to|into|-|–)\s*(\d{1,2})\b(?![,.]?\d)")
# "between December 20 and 22": the days' figures are dated by the last
_BETWEEN_DAYS = re.compile(r"\s+and\s+(\d{1,2})\b(?![,.]?\d)")


# A weekday named with its date: "from Monday, March 17, to Sunday, March 23"
_DATE_AFTER_WEEKDAY = re.compile(r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,}|"
                                 r"[A-Z][a-z]{2,}\s+\d{1,2}\b)")  # fmt: skip
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$")


def _recent(value: str, m: re.Match[str], published: date | None) -> bool:
    """Is a day named without its year at most half a year before publication? ("the
    election Russia holds from March 15 to 17", read on March 12, is this year's, to come: no
    range of the year before.)"""
    if m.groupdict().get("year") or published is None:
        return True
    return (published - date.fromisoformat(value)).days <= 183


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Dates in ``text`` (one sentence), most specific match first, without overlaps."""
    found: list[DateMention] = []
    admitted = _PATTERN_INDEX.admitted(text)
    # A digit satisfies _MAY_HOLD_A_DATE at once, and is far quicker to look for.
    if not admitted or not (has_digit(text) or _MAY_HOLD_A_DATE.search(text)):
        return found
    taken: list[tuple[int, int]] = []
    for i in admitted:
        kind, pattern = _PATTERNS[i]
        if kind == "numeric" and not _DOT_DIGIT.search(text):
            continue
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if taken and any(s < end and start < e for s, e in taken):
                continue
            # "may" is usually the verb; only a capitalised "May" before a date word counts.
            if (
                kind == "my"
                and not m.group("year")
                and m.group("month").lower().startswith("may")
                and (m.group("month") != "May" or not (
                    _DATE_WORD_AFTER.match(text, end)
                    or _MONTH_PREPOSITION.search(text[max(0, start - 12) : start])
                ))
            ):
                continue
            if kind == "weekday" and _DATE_AFTER_WEEKDAY.match(text, end):
                continue  # "from Monday, March 17": the date says which Monday
            if kind == "year" or kind == "weekday":
                lead = _LEAD_WORD.match(text, start, end)
                value_start = lead.end() if lead else start
            else:
                value_start = start
            before = _WEEKDAY_BEFORE.sub("", text[max(0, start - 30) : start])
            if kind == "this_year" and _RECORD_BEFORE.search(text, max(0, start - 50), start):
                continue  # "October was the deadliest month this year": a record's frame
            lead_word = m.group(0).split()[0].lower()
            value = _resolve(kind, m, published)
            if text.startswith(("'s ", "’s "), end):
                role = _POINT  # "from Monday's missile attack": the day of the attack
            elif _WHEN_AFTER.match(text, end) and _NONE_SINCE.search(text, max(0, start - 100),
                                                                      start):  # fmt: skip
                role = _POINT
            elif _SINCE_BEFORE.search(before) or lead_word in ("since", "from"):
                if is_record_since(text, start):
                    continue  # "the highest for any month since February 2022"
                role = _SINCE
            elif _UNTIL_BEFORE.search(before) or lead_word == "until":
                role = _UNTIL
            elif value == INVASION_START or (
                not _SINCE_IN_CLAUSE.absent_from(text)  # type: ignore[attr-defined]
                and _SINCE_IN_CLAUSE.search(_clause_before(text, start))
            ):
                # "since the invasion began on February 24, 2022": the count's start
                if is_record_since(text, start):
                    continue  # "one of the deadliest months since the autumn of 2022"
                role = _SINCE
            else:
                role = _POINT
            # the later day a range of days ends on: "(May 19-25)", "between December 20 and 22"
            range_end = None
            if kind == "mdy" and role is _POINT and value and len(value) == 10:
                # "overnight on October 21 to 22": the night's figures are the morning's
                later = _NIGHT_END.match(text, end)
                if later and int(m.group("day")) + 1 == int(later.group(1)):
                    value, end = f"{value[:8]}{int(later.group(1)):02d}", later.end()
                elif later and int(m.group("day")) < int(later.group(1)) <= 31:
                    range_end, role = later, _SINCE
            elif kind == "mdy" and role is _SINCE and value and len(value) == 10 and (
                    before.endswith("between ") or _recent(value, m, published)):  # fmt: skip
                # ("between December 20 and 22", "in the week from March 9 to 15")
                last = (_BETWEEN_DAYS if before.endswith("between ") else _NIGHT_END).match(
                    text, end)
                if last and int(m.group("day")) < int(last.group(1)) <= 31:
                    range_end = last
            relative = kind in _RELATIVE_KINDS or (
                kind in ("mdy", "dmy", "my") and not m.groupdict().get("year"))  # fmt: skip
            found.append(DateMention(value_start, end, value, role, relative, kind))
            taken.append((start, end))
            if range_end is not None and value:
                found.append(DateMention(range_end.start(1), range_end.end(),
                                         f"{value[:8]}{int(range_end.group(1)):02d}", _UNTIL,
                                         relative, kind))  # fmt: skip
                taken.append((range_end.start(1), range_end.end()))
    found.sort(key=lambda d: d.start)
    return _months_before(_years_borrowed(text, _range_starts(text, found)))


def _months_before(found: list[DateMention]) -> list[DateMention]:
    """"the month before" is the month before the one the sentence named last before it."""
    named = None
    for i, mention in enumerate(found):
        if mention.kind == "month_before" and named is not None:
            year, month = int(named[:4]), int(named[5:7])
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
            found[i] = mention._replace(value=f"{year:04d}-{month:02d}")
        elif mention.value and len(mention.value) >= 7:
            named = mention.value
    return found


_RANGE_TO = re.compile(r"\s*(?:to|through|until|till|–|—|-)\s*")


def _range_starts(text: str, found: list[DateMention]) -> list[DateMention]:
    """"1 Oct to 31 Oct": the day before a range's end is its start."""
    for i in range(1, len(found)):
        first, second = found[i - 1], found[i]
        if first.role is _POINT and second.role is _UNTIL and first.value and (
                _RANGE_TO.fullmatch(text, first.end, second.start)):  # fmt: skip
            found[i - 1] = first._replace(role=_SINCE)
    return found


# Between a month and a year that is not its own: another clause, a comparison ("in October,
# down from 1,530 in December 2024"), another figure ("33,630 in September and a record 48,670
# in December 2024")
_OTHER_CLAUSE = re.compile(r"[,;]\s|\b(?:from|than|against|compared)\b|\d", re.IGNORECASE)


def _years_borrowed(text: str, found: list[DateMention]) -> list[DateMention]:
    """A day with no year takes the year named right after it in its clause ("between 1
    January and 31 July 2023"; not "in October, down from ... in December 2024"), or by its
    list item's label ("2022 (from 24 February)")."""
    years = [d for d in found if d.value and not d.relative and d.kind != "numeric"]
    if not years or len(years) == len(found):
        return found
    borrowed = []
    for mention in found:
        near = [y for y in years if (0 < y.start - mention.start <= 40 and not _OTHER_CLAUSE.search(
            text, mention.end, y.start)) or (
            y.kind == "year_label" and mention.start - y.start <= 40)] if (
            mention.relative and mention.kind in ("mdy", "dmy", "my") and mention.value) else []
        if near and near[0].value[:4] != mention.value[:4]:  # type: ignore[index]
            mention = mention._replace(value=near[0].value[:4] + mention.value[4:])  # type: ignore[index, operator]
        elif mention.relative and mention.kind in ("mdy", "dmy") and mention.value and (
                earlier := _day_of_year_before(text, mention, years)):  # fmt: skip
            mention = mention._replace(value=earlier[:4] + mention.value[4:])
        borrowed.append(mention)
    return borrowed


# The war's start as a start, not as a day of the story: "since the invasion on Feb. 24, 2022"
_WAR_START_BEFORE = re.compile(r"\b(?:since|invasion|war|began|beginning|start)\b", re.I)


def _day_of_year_before(text: str, mention: DateMention, years: list[DateMention]) -> str | None:
    """The day with its own year that a sentence names before a day without one, when that
    year puts the later day after it: "It crossed the border on February 24, 2022 ... and by
    the time it withdrew on March 31" (March 31, 2022, not of the year of publication)."""
    before = [y for y in years if y.end <= mention.start and y.value and len(y.value) == 10
              and not y.relative]  # fmt: skip
    if not before or before[-1].value[:4] == mention.value[:4]:  # type: ignore[index]
        return None
    day = before[-1]
    if day.role is _SINCE and _WAR_START_BEFORE.search(text, max(0, day.start - 60), day.start):
        return None
    return day.value if day.value[4:] <= mention.value[4:] else None  # type: ignore[index]


def day_before(value: str | None) -> str | None:
    if value is None or len(value) != 10:
        return None
    return (date.fromisoformat(value) - timedelta(days=1)).isoformat()


def day_after(value: str | None) -> str | None:
    if value is None or len(value) != 10:
        return None
    return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
