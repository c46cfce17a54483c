"""Which scope each figure of a sentence has: daily, daily average, cumulative, period.

Cues that lead a number ("a total of", "an average of") belong to it; other
cues ("over the past 24 hours", "since the war began") go to the nearest figure. Items
of one list share their scope ("a total of 6,214 tanks, 11,548 ... in the war").
"""

from __future__ import annotations

import re

from extractor.backends.rules import lexicon
from extractor.backends.rules.dates import is_record_since
from extractor.backends.rules.figure import Figure
from extractor.backends.rules.prefilter import PrefilterIndex, guarded
from extractor.folding import ascii_aware, finditer_past_start, fold, folded_twin
from schemas import Category, Claim, Scope

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_UNSPECIFIED, _DAILY = Scope.UNSPECIFIED, Scope.DAILY
_CUMULATIVE, _PERIOD = Scope.CUMULATIVE, Scope.PERIOD
_DAILY_AVERAGE = Scope.DAILY_AVERAGE

# What may stand between two items of one list ("6,214 tanks, 11,548 armored ...").
_LIST_GAP = re.compile(
    # "25,940 field artillery guns and mortars and 36,118 ...": a second noun of one item
    r"^(?:\s+(?:and|or)\s+[a-z][\w-]*(?=\s*(?:,|and\b)))?"
    # "37 multiple launch rocket system launchers, ...": the last word of the item's noun
    r"(?:\s+[A-Za-z][\w-]*(?=,))?"
    r"[\s,;]*(?:and\s+|as\s+well\s+as\s+|plus\s+|along\s+with\s+|including\s+|of\s+(?:them|whom|"
    r"which)\s+|with\s+)?(?:(?:a|an|the|combined|total|of|some|about|around|nearly|almost|more|"
    r"than|over|at|least|up|to|another|further|additional|roughly|approximately)\s+)*$",
    re.IGNORECASE,
)
# Losses in the perfect, and running counts ("has identified", "lists"), are totals to date.
_PERFECT_LOSS = guarded(
    r"(?:\b(?:has|have|had)|['’]ve)\s+[\"“]?(?:\w+\s+)?(?:lost|suffered|sustained|been\s+killed|died|been\s+wounded"
    r"|been\s+lost|confirmed|identified|documented|recorded|verified|established|counted|tallied"
    # (a milestone crossed, not "had crossed the border" in an exchange)
    r"|passed|surpassed|exceeded|topped|crossed(?!\s+(?:the\s+)?(?:border|frontier))|named)"
    r"\b|\bwho\s+(?:have|had)\s+died\b|\b(?:lists|counts|has\s+listed)\b"
    # "It put Russian tank losses at 2,227": a running count's standing
    r"|\b(?:put|puts|putting)\s+(?:[\w'’-]+\s+){0,4}(?:losses|toll|total|tally|number|count)\s+at\b",
    re.IGNORECASE,
)


# "a total of" sums what the sentence counts, over whatever period it names ("casualties
# in 2024 totalled 430,790": 2024's)
_SUM_LEAD = re.compile(rf"\b(?:a\s+total\s+of|totall?ed|totall?ing)\s+{lexicon.HEDGE}$",
                       re.IGNORECASE)  # fmt: skip


def states_total_to_date(text: str) -> bool:
    """Losses in the perfect ("Russia has also lost:") count from the start of the war."""
    return _PERFECT_LOSS.search(text) is not None


# "Its November total of 45,680", "the 2024 count stands at", "For 2024 the count stands
# at": the total of a month or year, not of the war
_PERIODS_TOTAL = re.compile(
    rf"\b(?:(?:{lexicon.MONTH_NAME}|(?:19|20)\d\d|monthly|weekly|quarterly|annual|yearly)\s+"
    rf"(?:total|tally|count)|^\W*For\s+(?:{lexicon.MONTH_NAME}|(?:19|20)\d\d)\b)"
)


def _forward_scope(text: str, figure: Figure, previous_end: int) -> Scope | None:
    lead = text[min(previous_end, figure.number_start) : figure.number_start]
    # A cue the sentence lacks the words of is not in the lead (a slice of it) either.
    for i in _FORWARD_INDEX.admitted(text):
        scope, pattern = lexicon.SCOPE_FORWARD[i]
        if pattern.search(lead):
            return _PERIOD if scope is _CUMULATIVE and _PERIODS_TOTAL.search(lead) else scope
    return None


# Most sentences lack the words of most cues ("since" and "war"; "average").
_NEAR_INDEX = PrefilterIndex([pattern for _, pattern in lexicon.SCOPE_NEAR])
_FORWARD_INDEX = PrefilterIndex([pattern for _, pattern in lexicon.SCOPE_FORWARD])
# Only the cues' offsets are read: each is searched in the folded sentence if it can be.
_NEAR_SEARCHES = [(ascii_aware(twin), True) if (twin := folded_twin(pattern))
                  else (ascii_aware(pattern), False)
                  for _, pattern in lexicon.SCOPE_NEAR]  # fmt: skip


def _past_start(pattern: re.Pattern[str], in_fold: bool) -> re.Pattern[str] | None:
    """The search of a cue without its options that open on "^" ("2024: 90,000 killed"),
    in the same text as the cue's own (None: it has none, or no fold of its own)."""
    options = _top_level_options(pattern.pattern)
    kept = [option for option in options if not option.startswith("^")]
    if len(kept) == len(options):
        return None
    rest = re.compile("|".join(kept), pattern.flags)
    if in_fold:
        twin = folded_twin(rest)
        return ascii_aware(twin) if twin is not None else None
    return ascii_aware(rest)


def _top_level_options(source: str) -> list[str]:
    """A pattern's source split at its top-level "|" (not in a group or a set)."""
    options, depth, start, i, in_set = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # the escaped character
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            if source.startswith("^", i + 1):
                i += 1  # a negated set
            if source.startswith("]", i + 1):
                i += 1  # a "]" first in a set is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            options.append(source[start:i])
            start = i + 1
        i += 1
    return [*options, source[start:]]


# (A cue with an option on "^" is tried at every character: past the start, without it.)
_NEAR_PAST_START = [_past_start(pattern, in_fold) for (_, pattern), (_, in_fold)
                    in zip(lexicon.SCOPE_NEAR, _NEAR_SEARCHES, strict=True)]  # fmt: skip


def _near_cues(text: str, ignored: list[tuple[int, int]]) -> list[tuple[int, int, Scope]]:
    cues: list[tuple[int, int, Scope]] = []
    folded = None
    for i in _NEAR_INDEX.admitted(text):
        scope = lexicon.SCOPE_NEAR[i][0]
        pattern, in_fold = _NEAR_SEARCHES[i]
        if in_fold and folded is None:
            folded = fold(text)
        searched: str = folded if in_fold else text  # type: ignore[assignment]
        for m in finditer_past_start(pattern, _NEAR_PAST_START[i], searched):
            if ignored and any(s < m.end() and m.start() < e for s, e in ignored):  # "in [April]"
                continue
            if scope is _CUMULATIVE and searched[m.start() : m.start() + 5].lower() == "since" and (
                    is_record_since(text, m.start())):  # fmt: skip
                continue  # "the largest exchange since the war began": a record, no total
            if not (cues and any(s <= m.start() < e for s, e, _ in cues)):
                cues.append((m.start(), m.end(), scope))
    if len(cues) > 1 and ("since" in text or "Since" in text):
        # "since Russia launched its invasion in February 2022": the month dates the start
        # the "since" names, it is no period of its own
        since = [e for s, e, scope in cues
                 if scope is _CUMULATIVE and text[s:s + 5].lower() == "since"]
        cues = [c for c in cues if c[2] is not _PERIOD or not any(
            0 <= c[0] - e <= 40 and _CLAUSE_MARK.search(text, e, c[0]) is None for e in since)]
    return cues


def has_scope_cue(text: str) -> bool:
    """Does the sentence name a day, a period or the whole war ("since", "in July")?"""
    # "The death toll rose to five overnight": "overnight" times the news, not a day's count
    cues = _near_cues(text, [])
    return any(scope is not _DAILY for _, _, scope in cues) or bool(
        cues and lexicon.DAY_WINDOW.search(text)
    )


def _distance(figure: Figure, start: int, end: int, led: bool) -> int:
    # (a figure a cue leads is as far as its number: "in May, an average of 1,141 a day")
    if end <= (phrase_start := figure.number_start if led else figure.phrase_start):
        return phrase_start - end
    if start >= figure.phrase_end:
        return start - figure.phrase_end
    return 0


_CLAUSE_MARK = re.compile(r"[,;:.()]")


def _ends_a_clause(text: str, figures: list[Figure], start: int) -> bool:
    """Does the cue at ``start`` end the clause of a figure before it (no mark between)?"""
    return any(f.phrase_end <= start and _CLAUSE_MARK.search(text, f.phrase_end, start) is None
               for f in figures)  # fmt: skip


def _past_comma(text: str, figure: Figure, end: int, ends_a_clause: bool) -> int:
    """How much further a cue is from ``figure`` than it looks: a cue that ends the clause
    of a figure before it and is followed by a comma is that figure's, not one past the
    comma ("lost 1,080 troops across the whole front over the past day, as well as two
    tanks")."""
    if not ends_a_clause or end > figure.phrase_start:
        return 0
    return len(text) if _CLAUSE_MARK.search(text, end, figure.phrase_start) else 0


def in_one_list(text: str, left: Figure, right: Figure) -> bool:
    return bool(_LIST_GAP.match(text[left.phrase_end : right.phrase_start]))


_SUMMING = re.compile(r"(?:in\s+(?:total|all)|altogether|all\s+told)", re.IGNORECASE)
_SUM_OF_LIST = re.compile(lexicon.SUM_OF_LINES, re.IGNORECASE)
_RECORD_SO_FAR = re.compile(
    r"\b(?:highest|largest|biggest|deadliest|worst|heaviest|most|record)\b[^,.;]{0,40}?"
    r"\b(?P<so_far>so\s+far)\b",
    re.IGNORECASE,
)


def _within_period(text: str, figures: list[Figure],
                   cues: list[tuple[int, int, Scope]]) -> list[tuple[int, int, Scope]]:  # fmt: skip
    """Drop a "so far" that runs inside the period a cue before it names ("In the first
    quarter of 2025 we have so far confirmed 370 deaths"): no figure between the two."""
    periods = [end for _, end, scope in cues if scope is _PERIOD]
    return [(start, end, scope) for start, end, scope in cues if not (
        scope is _CUMULATIVE and text[start:end].lower() == "so far" and any(
            period <= start and not any(period <= f.number_start < start for f in figures)
            for period in periods))]  # fmt: skip


def assign_scopes(
    text: str,
    figures: list[Figure],
    default: Scope | None,
    ignored: list[tuple[int, int]],
    carried: Scope | None = None,
) -> list[Scope]:
    """The scope of each figure of one sentence.

    ``default`` is an open list header's scope; cues inside ``ignored`` spans (attribution
    phrases, statement dates: "an assessment leaked in April") say nothing about scope;
    ``carried`` is the scope of the report the sentence continues, the last resort.
    """
    if not figures:
        return []
    if carried is None and lexicon.DAILY_REPORT.search(text):
        carried = _DAILY  # "..., the ministry said in its daily briefing": the day's figures
    scopes: list[Scope | None] = []
    previous_end = 0
    for figure in figures:
        scopes.append(_forward_scope(text, figure, previous_end))
        previous_end = figure.phrase_end
    # A cue that leads a number comes after the figures before it: it is not theirs
    # ("rose by 35,370 in May, an average of 1,141 a day")
    led = [scope is not None for scope in scopes]
    # "A total of 24 aircraft were shot down in May": a sum over the period the sentence
    # names, if it names one; the war's total only if not
    summed = [i for i, figure in enumerate(figures) if scopes[i] is _CUMULATIVE
              and _SUM_LEAD.search(text, max(0, figure.number_start - 25), figure.number_start)]
    for i in summed:
        scopes[i] = None
    # Each other cue goes to the nearest figure without a leading cue, closest pairs first;
    # a cue before a part ("38,000 ... since August, some 15,000 of them killed") is its
    # whole's.
    if default is not None and (total := _SUM_OF_LIST.match(text)):
        ignored = [*ignored, total.span()]  # "In total, 2 were killed": the list's, summed
    if "so far" in text:  # "the highest daily figure so far": a record, not a running total
        ignored = ignored + [m.span("so_far") for m in _RECORD_SO_FAR.finditer(text)]
    cues = _near_cues(text, ignored)
    if len(cues) > 1 and any(scope is _DAILY or scope is _PERIOD for _, _, scope in cues):
        # "In total, three people were killed and 21 injured over the past day": the sum of
        # the day's, or of the period's, not of the war's
        cues = [c for c in cues if not (c[2] is _CUMULATIVE and _SUMMING.fullmatch(
            text, c[0], c[1]))]  # fmt: skip
    if "so far" in text and any(scope is _PERIOD for _, _, scope in cues):
        cues = _within_period(text, figures, cues)
    if carried is not None and (same := lexicon.SAME_PERIOD.search(text)):
        # "It said Russia had lost 1,210 troops in that time": the period of the report the
        # sentence goes on with (not of a cue before it in the sentence: "since October 10,
        # and that 5,000 have been killed in the same period"), a cue of its own
        cues = [c for c in cues if not (c[0] < same.end() and same.start() < c[1])]
        if not any(c[0] < same.start() for c in cues):
            cues.append((same.start(), same.end(), carried))
    clause_ends = {start for start, _, _ in cues if _ends_a_clause(text, figures, start)}
    pairs = sorted(
        (_distance(figure, start, end, led[i])
         + _past_comma(text, figure, end, start in clause_ends),
         i, start, scope)
        for start, end, scope in cues
        for i, figure in enumerate(figures)
        # (nor is a cue before the people counted that of their other fate: "In total, since
        # June 1 attacks have killed 38 residents and injured 214")
        if (figure.part_of is None or start >= figure.phrase_start)
        and (figure.fate_of is None or start >= figure.fate_of.phrase_start)
    )
    # "an average of 1,089 per day": a cue right after a figure that a cue of the same scope
    # leads is that figure's, not the one before's.
    cue_used = {start for start, _, scope in cues for i, figure in enumerate(figures)
                if scopes[i] is scope and 0 <= start - figure.phrase_end <= 12}  # fmt: skip
    # "the casualty rate in October was 1,271 per day": a rate right after the number is
    # its unit, whatever cue the phrase before holds
    for start, _, cue_scope in cues:
        if cue_scope is _DAILY_AVERAGE and start not in cue_used:
            for i, figure in enumerate(figures):
                if scopes[i] is None and 0 <= start - figure.number_end <= 1:
                    scopes[i] = cue_scope
                    cue_used.add(start)
    # A cue whose nearest figure is in a list goes to that list, not past it to a figure of
    # the list further off ("582 aircraft and 268 helicopters since the start of the war —
    # several times what Ukraine had in February 2022").
    nearest: dict[int, tuple[int, int]] = {}
    for distance, i, cue, _ in pairs:
        nearest.setdefault(cue, (distance, i))
    # Each figure's list item before it, found once (the lists and both passes below read it)
    items_before = [_list_item_before(text, figures, i) for i in range(len(figures))]
    lists = _list_ids(items_before)
    for distance, i, cue, cue_scope in pairs:
        closest, at = nearest.get(cue, (distance, i))
        if distance > closest and lists[i] == lists[at]:
            continue
        if scopes[i] is None and cue not in cue_used:
            scopes[i] = cue_scope
            cue_used.add(cue)
    for i in summed:
        if scopes[i] is None:
            scopes[i] = _CUMULATIVE
    # Increments and comparisons follow their parent; list items share a scope.
    for i, figure in enumerate(figures):
        if figure.increment_of is not None:
            scopes[i] = _DAILY
            parent = figures.index(figure.increment_of) if figure.increment_of in figures else -1
            if parent >= 0 and scopes[parent] is None:
                scopes[parent] = _CUMULATIVE  # "1,184 (+1)": a running total
    for _ in range(2):  # left-to-right then right-to-left propagation along lists
        for i in range(1, len(figures)):
            # "(+960)" and "including 810 over the previous day" have scopes of their own.
            left = items_before[i]
            if left is None:
                continue
            if _is_aside(figures[i]):
                continue
            if scopes[i] is None:
                scopes[i] = scopes[left]
            elif scopes[left] is None and not led[i]:
                scopes[left] = scopes[i]
    result: list[Scope] = []
    # A sentence without the words of a loss in the perfect has none before any figure.
    perfect = not _PERFECT_LOSS.absent_from(text)  # type: ignore[attr-defined]
    for i, scope in enumerate(scopes):
        figure = figures[i]
        whole = figure.compares_to or figure.part_of or figure.fate_of
        if scope is None and whole is not None:
            scope = result[figures.index(whole)] if whole in figures else (
                whole.claimed[0] if whole.claimed else None)
        elif scope is _PERIOD and figure.compares_to is not None and figure.compares_to in (
                figures) and result[figures.index(figure.compares_to)] is _DAILY_AVERAGE:
            scope = _DAILY_AVERAGE  # "averaged 1,286 a day in May, down from 1,390 in April"
        if scope is None and default is None:
            # "over the past day our defenders eliminated 27 occupiers and destroyed 5 boats":
            # the sentence's cue goes on to the figures after it
            scope = next((result[j] for j in reversed(range(i)) if result[j] is not
                          _UNSPECIFIED and not _is_aside(figures[j])), None)  # fmt: skip
        if scope is None:
            scope = default
        if scope is None and perfect and _PERFECT_LOSS.search(
                text[: _own_clause_end(text, figure.phrase_end)]) and not (
                carried and _ANOTHER_BEFORE.search(
                text, max(0, figure.number_start - 20), figure.number_start)):  # fmt: skip
            # (but "A further 87 have been wounded" goes on with the report just given)
            scope = _CUMULATIVE
        result.append(scope or carried or _UNSPECIFIED)
    return result


# (a verb past the next clause is not the figure's: "destroyed 125 drones, and that Ukraine
# had lost up to 1,325 servicemen")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\b|;")


def _own_clause_end(text: str, end: int) -> int:
    after = _NEXT_CLAUSE.search(text, end, end + 40)
    return after.start() if after else end + 40


# "has since reported another 162 troops" after a total of dead: the loss since that total
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s*$", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|them|whom|those)\b", re.IGNORECASE)
_LOST_MEN = frozenset({Category.KILLED, Category.CASUALTIES})  # losses of troops count the dead


def adds_to_total(text: str, figure: Figure, before: Claim | None) -> bool:
    """Does ``figure`` add "another" of what the total just given counts (a period since)?
    Not a part: "Another 954 children were among the injured", "another 2,950 of the dead"."""
    if before is None or before.scope is not _CUMULATIVE or figure.subgroup is not None:
        return False
    same = before.categories == figure.categories or (
        _LOST_MEN.issuperset(before.categories) and _LOST_MEN.issuperset(figure.categories))
    return (
        same and before.population is figure.population
        and _ANOTHER_BEFORE.search(text, max(0, figure.number_start - 20), figure.number_start)
        is not None and not _PARTITIVE_AFTER.match(text, figure.number_end)
    )  # fmt: skip


def _is_aside(figure: Figure) -> bool:
    return figure.increment_of is not None or figure.part_of is not None


def _list_ids(items_before: list[int | None]) -> list[int]:
    """For each figure, the index of the first item of the list it belongs to: items are
    chained neighbour to neighbour ("41,270 servicemen, 262 tanks, 212 IFVs");
    ``items_before``: each figure's ``_list_item_before``."""
    ids = list(range(len(items_before)))
    for i in range(1, len(items_before)):
        left = items_before[i]
        if left is not None:
            ids[i] = ids[left]
    return ids


def _list_item_before(text: str, figures: list[Figure], i: int) -> int | None:
    """The item before figure ``i`` in its list, if it is in one. An aside between them
    does not break the list ("37 MLRS, including 12 HIMARS, and 14 air defence systems")."""
    left = _list_neighbour(figures, i)
    if left is None:
        return None
    if in_one_list(text, figures[left], figures[i]) or (
        left < i - 1 and in_one_list(text, figures[i - 1], figures[i])
    ):
        return left
    return None


def _list_neighbour(figures: list[Figure], i: int) -> int | None:
    """The list item before figure ``i``, skipping asides ("including 710 in the past day")."""
    left = i - 1
    while left >= 0 and _is_aside(figures[left]):
        left -= 1
    return left if left >= 0 else None
