"""When each figure of a sentence stands: its date (as_of), its period's start, and the
date of the statement that gave it, from the sentence's dates and what the article said before.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from extractor.backends.rules import lexicon
from extractor.backends.rules.claimants import Claimant
from extractor.backends.rules.context import ArticleContext
from extractor.backends.rules.dates import (
    CALENDAR_WORD,
    INVASION_START,
    DateMention,
    DateRole,
    day_after,
    day_before,
    find_dates,
)
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.prefilter import guarded
from extractor.folding import ascii_aware
from schemas import Scope

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_SINCE, _POINT, _UNTIL = DateRole.SINCE, DateRole.POINT, DateRole.UNTIL
_PERIOD = Scope.PERIOD

# A date right after these verbs dates the statement, not the period counted.
# ("said in a report last month": the report's date)
_STATEMENT_VERB = guarded(r"\b(?:said|says|reported|stated|announced|estimated|claimed|told|"
                          r"leaked|published|released|wrote|added|statement|briefing|interview)\s+"
                          r"(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|"
                          r"update|briefing|post)\s+)?(?:on\s+|in\s+)?$"
                          # "told the Courier in May that": the one told, then the date
                          r"|\btold\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){1,3}?(?:on|in)\s+$",
                          re.IGNORECASE)  # fmt: skip
# "called up under the partial mobilisation announced in September 2022": after a
# preposition's noun the verb is a participle, dating that noun, not a statement (but "in a
# report published last month" dates the report, which is the statement).
_PARTICIPLE = ascii_aware(re.compile(
    r"\b(?:under|of|by|with|after|before|for|from|to|in|on)\s+(?:the|a|an|its|their)\s+"
    r"(?!(?:[\w-]+\s+){0,3}?(?:report|statement|study|update|assessment|summary|briefing|"
    r"bulletin|analysis|paper|survey|review|estimate|figures|data)s?\s)"
    r"(?:[\w-]+\s+){0,3}?(?:announced|published|released|reported|issued)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
))
# "In February, UK Defence Intelligence said ...": an opening date before its source speaks
_OPENING = re.compile(r"\W*(?:(?:then|later|but|and|yet)\W+)?(?:(?:in|on|last|earlier\s+in|"
                      r"back\s+in)\s+)?", re.IGNORECASE)  # ("Then, in September 2022, X said")
_SPOKE = r"said|says|reported|stated|estimated|claimed|announced|told|wrote|assessed"
_SOURCE_SPEAKS_NEXT = re.compile(rf",?\s+[^,;\d]{{2,80}}?\b(?:{_SPOKE})\b")
# "The rare exception came in December, when Podolyak said ...": the source's moment
_WHEN_SOURCE_SPEAKS = re.compile(rf",?\s+when\s+[^;\d]{{2,120}}?\b(?:{_SPOKE}|put)\b")


def statement_spans(text: str, dates: list[DateMention]) -> list[tuple[int, int]]:
    """The dates that say when a source spoke ("said on Tuesday", "In February, X said",
    "in December, when he said")."""
    return [
        (d.start, d.end)
        for d in dates
        if (_STATEMENT_VERB.search(text[: d.start])
            and not _PARTICIPLE.search(text, max(0, d.start - 80), d.start))
        or (_OPENING.fullmatch(text, 0, d.start) and _SOURCE_SPEAKS_NEXT.match(text, d.end))
        or _WHEN_SOURCE_SPEAKS.match(text, d.end)
    ]


# "in its monthly update ..., released on Tuesday": the day a periodic report came out,
# not the day its later figures stand at (its period's; a one-off report's later figures
# stand at its day)
_REPORT_RELEASED = ascii_aware(re.compile(
    r"\b(?:monthly|weekly|quarterly|regular|periodic)\s+(?:update|report|summary|bulletin|"
    r"review|assessment)\b[^.;]{0,80}?\b(?:released|published|issued)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
))


def statement_date(text: str, dates: list[DateMention], spans: list[tuple[int, int]]) -> str | None:
    """When a sentence's source spoke: the date after its verb ("said in December"), else
    the sentence's day ("in 2023 alone" dates a figure's period, not the statement)."""
    # ("From July 12 to 18, ..., the ministry said": the end of a range is no day of speaking)
    ends = {d.start for before, d in pairwise(dates) if before.role is _SINCE and d.role is _UNTIL}
    points = [d for d in dates if d.role is not _SINCE and d.value and d.start not in ends
              and d.kind not in ("day_before", "now")
              and not _REPORT_RELEASED.search(text, max(0, d.start - 120), d.start)]  # fmt: skip
    # "Over the past 24 hours, February 20": the date named outright says which day.
    points.sort(key=lambda d: ((d.start, d.end) not in spans, d.kind == "today"))
    points = [d for d in points if (d.start, d.end) in spans or len(d.value or "") == 10]
    return points[0].value if points else None


# "22 per cent higher than in June", "an increase on the same period of last year": the
# date of what a figure is compared with is not the figure's.
COMPARED_DATE = ascii_aware(re.compile(
    r"\b(?:than|compared\s+(?:with|to)|(?:increase|rise|decrease|fall|drop)\s+(?:on|from)|"
    r"same\s+(?:period|month|time)\s+(?:of|in)|figure\s+for|versus|vs\.?)\s+(?:(?:in|the|of|"
    # ("61 more tanks than in its report of August 1")
    r"on|for|that|with|whole|entire|all|its|their|report|update|bulletin|count|tally)\s+)*$"
    # "fewer than the 1,140 it reported on Tuesday": the day of the figure compared with
    r"|\b(?:than|against|versus|from)\s+(?:the\s+)?\d[\d,.]*\s+(?:\w+\s+){0,3}?(?:reported|"
    r"recorded|registered|announced|claimed|given|said)\s+(?:on\s+|in\s+|for\s+)?$",
    re.IGNORECASE,
))
# "up from an average of 899 a day in April", "to 899 from 923 in October": the month of a
# figure compared with, not the month the article goes on about ("over the month")
COMPARED_FIGURES_DATE = guarded(
    r"\b(?:than|compared\s+(?:with|to)|from|against|versus)\s+(?:an?\s+(?:average|total)\s+of\s+)?"
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,3}?(?:in|during)\s+$",
    re.IGNORECASE,
)
# "over the previous day" is a day's window, not the day before
_WINDOW_BEFORE = re.compile(r"\b(?:over|in|during|for|within)\s+$", re.IGNORECASE)
# "said last week": a week is the statement's date, not the period a figure covers
NOT_A_PERIOD = frozenset({"last_week", "this_week", "now"})
# "KYIV, Ukraine, March 3 (Agency) -": the dateline dates the dispatch, not the figures.
DATELINE = re.compile(
    r"^[A-Z][A-Z'./ -]+,(?:\s+[A-Z][a-z]+,)?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-–—]"
)


# Words for the day a text is written on: under a dated heading, the heading's day
_PRESENT = frozenset({"today", "now", "clock"})


_OTHER_FIGURES_DAY = re.compile(r"['’]s\s+(?:figure|total|toll|tally|count|number)\b")


def figure_as_of(figure: Figure, scope: Scope, dates: list[DateMention],
                  claimant: Claimant, context: ArticleContext, paragraph: int,
                  statement_spans: list[tuple[int, int]], text: str) -> str | None:  # fmt: skip
    usable = [
        d for d in dates if d.role is not _SINCE and d.value and d.kind != "day_before"
    ]
    # "reported on November 3 that ... over the past day": the day named outright
    # (not "a little below Tuesday's figure of 1,180": that day is the other figure's)
    usable = [d for d in usable if d.kind != "today"] if any(
        len(d.value or "") == 10 and d.kind != "today" and not _OTHER_FIGURES_DAY.match(text, d.end)
        for d in usable) else usable  # fmt: skip
    # "said last week that Ukraine had lost 60 vehicles in June": June dates the figure.
    stated = [d.start for d in usable if (d.start, d.end) in statement_spans]
    usable = [d for d in usable if stated and d.start > stated[0]] or usable
    if usable:
        # (a date the figure's own words hold is its own: "196 in 2022, 301 in 2023")
        # (and so is one right after its number: "from 27,000 in 2022 to 66,000 in 2023")
        end = figure.number_end
        nearest = next((d for d in usable if end < d.start < figure.phrase_end), None) or next(
            (d for d in usable if 0 < d.start - end <= 4), None) or min(
            usable, key=lambda d: abs(d.start - figure.number_start))  # fmt: skip
        if nearest.kind in _PRESENT and context.section_date:
            return context.section_date  # "the toll is now 6" under "SATURDAY, 25 MAY"
        return nearest.value
    if figure.compares_to is None and any(
        d.kind == "day_before"
        and d.end <= figure.number_start
        and not _WINDOW_BEFORE.search(text, max(0, d.start - 12), d.start)
        for d in dates
    ):
        # "A day earlier, the General Staff had put the total at 999,200": the day before
        # the one last named, or before the article's
        last = context.last_date if context.last_date and len(context.last_date) == 10 else None
        return day_before(last or (context.published.isoformat() if context.published else None))
    if context.loss_list and context.loss_list.as_of:
        return context.loss_list.as_of
    if context.section_date:
        return context.section_date  # a day-by-day account's heading dates its section
    report = context.report_period
    # "In total, since the start of the operation, ..." after a weekly report: the total
    # runs to the statement, not to the week's end.
    if report is not None and not (scope is Scope.CUMULATIVE and report[0] is _PERIOD):
        return report[1]
    # The same claimant named again ("it said", "according to the General Staff") speaks
    # of the statement already dated earlier in the article; a spokesman, of his body's.
    dated = context.statement_dates.get(claimant.name)
    dated = dated if dated or not claimant.body else context.statement_dates.get(claimant.body)
    # "Zelensky responded on Sunday. He said 43,000 ...": the paragraph's date, unless it
    # dated what another source said.
    paragraph_date = context.paragraph_date
    if dated is None and paragraph_date and paragraph_date[0] == paragraph and (
            paragraph_date[2] in (None, claimant.name)):  # fmt: skip
        return paragraph_date[1]
    return dated


def own_since(figure: Figure, others: list[Figure], dates: list[DateMention]) -> str | None:
    """The start of a figure's period: the nearest "since X" that is not nearer to one of
    ``others``, the sentence's figures of other scopes ("... in 2023 alone, and put the total
    since February 2022 at 1,110,560")."""

    def distance(f: Figure, d: DateMention) -> int:
        return max(f.phrase_start - d.end, d.start - f.phrase_end, 0)

    starts = sorted((distance(figure, d), d.start, d.value) for d in dates
                    if d.role is _SINCE and d.value)  # fmt: skip
    for gap, _, value in starts:
        mention = next(d for d in dates if d.value == value and d.role is _SINCE)
        if all(distance(other, mention) >= gap for other in others):
            return value
    return None


_DAY_NAMED_BEFORE = frozenset({"day_after", "that_day"})
# The one operation of the war besides the invasion whose start articles take as known
KURSK_INCURSION_START = "2024-08-06"
_KURSK_OPERATION_BEGAN = guarded(
    r"\bsince\s+(?:the\s+(?:start|beginning|launch)\s+of\s+(?:the\s+)?(?:hostilities|fighting|"
    r"operation|incursion|offensive)\s+in\s+the\s+Kursk\s+(?:direction|region|area|oblast)\b|"
    r"the\s+(?:start\s+of\s+the\s+)?(?:Kursk\s+)?(?:incursion|operation)\s+(?:began|started)\b|"
    r"(?:its|their|the)\s+incursion\s+(?:began|started)\b|(?:its|their|Ukrainian|Ukraine's)\s+"
    r"(?:forces|troops)\s+(?:crossed|entered)\b)|"
    # "losses in the Kursk region since the start of hostilities"
    r"\bKursk\s+(?:direction|region|area|oblast)\s+(?P<since>since\s+the\s+(?:start|beginning)\s+"
    r"of\s+(?:the\s+)?(?:hostilities|fighting|operation|incursion))\b",
    re.IGNORECASE,
)


def dates_referred_back(text: str, dates: list[DateMention],
                         context: ArticleContext) -> list[DateMention]:  # fmt: skip
    """Add the dates that "during the month" and "since the start of the year" stand for,
    and resolve "the next morning" and "that day" against the day named before."""
    if context.last_date and len(context.last_date) == 10 and any(
            d.kind in _DAY_NAMED_BEFORE for d in dates):  # fmt: skip
        named = context.last_date
        dates = [d._replace(value=day_after(named) if d.kind == "day_after" else named)
                 if d.kind in _DAY_NAMED_BEFORE else d for d in dates]  # fmt: skip
    added = []
    # (Each searched only if the article gives it something to stand for.)
    month = lexicon.THE_MONTH.search(text) if context.last_month else None
    if month and not any(len(d.value or "") == 7 for d in dates):
        added.append(DateMention(month.start(), month.end(), context.last_month, _POINT,
                                 True, "my"))  # fmt: skip
    named_year = lexicon.THE_YEAR.search(text) if context.last_year else None
    if named_year and not any(d.value and d.role is not _SINCE for d in dates):
        added.append(DateMention(named_year.start(), named_year.end(), context.last_year,
                                 _POINT, True, "year"))  # fmt: skip
    # "since the incursion began", in an article on the Kursk operation: its known start
    began = _KURSK_OPERATION_BEGAN.search(text) if context.kursk else None
    if began and not any(d.role is _SINCE and d.value for d in dates):
        start, end = began.span("since") if began.group("since") else began.span()
        added.append(DateMention(start, end, KURSK_INCURSION_START, _SINCE, False, "operation"))
    year = lexicon.THE_YEAR_SO_FAR.search(text) if context.published is not None else None
    if year and context.published is not None:  # (for the type checker)
        added.append(DateMention(year.start(), year.end(), str(context.published.year),
                                 _SINCE, True, "year"))  # fmt: skip
    return sorted(dates + added, key=lambda d: d.start) if added else dates


_DAY_AFTER_RANGE = re.compile(r"\s*(?:to|through|until|-|–)\s*(\d{1,2})\b(?!\s*[,.]?\d)")


# A sentence frames a report's period when it speaks of losses or of the report ("in its
# weekly summary", "covering the period"), not in passing ("The week of 26 September to 2
# October was short of names because ...").
_REPORT_WORDS = guarded(r"\b(?:summary|update|report|bulletin|briefing|covering|period|operation|"
                        r"results|count|listed|data|figures)\b", re.IGNORECASE)  # fmt: skip


# "RUSSIAN LOSSES, 3-9 MARCH": the first day of a range written before its month
_DAY_BEFORE_RANGE = re.compile(r"\b(\d{1,2})\s*(?:-|–|to)\s*$")


_TO_BEFORE = re.compile(r"(?:\b(?:to|until|till|through|and)|[\d\s][-–])\s*(?:[\w:.,]+\s+){0,3}$",
                        re.IGNORECASE)  # fmt: skip


def open_report_period(text: str, dates: list[DateMention], context: ArticleContext) -> None:
    """A sentence that only frames a period ("From July 12 to 18, ...") dates what follows."""
    if not (_REPORT_WORDS.search(text) or lexicon.LOSS_CONTEXT.search(text)):
        return
    since = next((d for d in dates if d.role is _SINCE and d.value), None)
    if since is None and len(dates) == 1 and (day := dates[0]).value and len(day.value) == 10 and (
            first := _DAY_BEFORE_RANGE.search(text, max(0, day.start - 8), day.start)) and (
            int(first.group(1)) < int(day.value[8:])):  # fmt: skip
        start = f"{day.value[:8]}{int(first.group(1)):02d}"
        context.report_period = (_PERIOD, day.value, start)
        return
    if since is None or since.value is None:
        return
    # ("after February 2022 are now the largest group": "now" ends no period)
    # (the period's end told as its end: not "since January, ... an incursion in August")
    until = [d.value for d in dates if d.start > since.start and d.value
             and d.role is not _SINCE and d.kind != "now"
             and _TO_BEFORE.search(text, since.end, d.start)]  # fmt: skip
    same_month = _DAY_AFTER_RANGE.match(text, since.end)
    if not until and same_month and len(since.value) == 10:
        until = [f"{since.value[:8]}{int(same_month.group(1)):02d}"]
    # ("January 1 to December 30" read against a publication in June: no period ends before
    # it starts)
    if until and until[-1] >= since.value[: len(until[-1])]:
        whole_war = since.value[:7] == INVASION_START[:7]
        scope = Scope.CUMULATIVE if whole_war else _PERIOD
        context.report_period = (scope, until[-1], None if whole_war else since.value)


# What a day's heading holds besides its date: "MONDAY, JUNE 3", "Day 812: Friday, May 17"
_HEADING_REST = re.compile(rf"(?i:{CALENDAR_WORD}|day\s+\d+)|[\W\d_]+")


def heading_day(heading: str, published: date | None, current: str | None) -> str | None:
    """The day a heading of its own names, if it is nothing but that day; a post's time
    ("19:30") is of the day ``current`` a heading named before it, else of the publication."""
    text = heading.title() if heading.isupper() else heading
    days = [d for d in find_dates(text, published)
            if d.value and len(d.value) == 10 and d.role is _POINT]  # fmt: skip
    # ("TUESDAY, JUNE 4": the day of the month, which the weekday names too)
    named = [d for d in days if d.kind != "weekday"] or days
    if len(named) != 1:
        return None
    rest = text[: named[0].start] + " " + text[named[0].end :]
    if _HEADING_REST.sub("", rest).strip():
        return None
    return current if current and named[0].kind == "clock" else named[0].value
