"""The headline check: a figure in the title that the body's claims contradict.

Titles are metadata, not claims (the contract), so a title figure is compared with the
body's claims of the same kind: equal, or the body's figure rounded ("1,000 troops" over
960), passes; a figure that looks like a misprint of a body figure (2,100 over 2,010, 1,820
over 820) fails; anything else is unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractor.checks.figures import describe
from extractor.checks.findings import ClaimRef, Finding, Severity, failed, passed, unchecked
from extractor.numbers import NumberForm, find_numbers
from schemas import PEOPLE_CATEGORIES, Category, Claim, Extraction

Indexed = tuple[ClaimRef, Claim]

_TIME_UNIT_AFTER = re.compile(r"^[\s-]*(?:hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)

# The word after a title figure says what it counts; first match wins.
_TITLE_WORDS: list[tuple[re.Pattern[str], frozenset[Category]]] = [
    (re.compile(pattern, re.IGNORECASE), frozenset(categories))
    for pattern, categories in [
        (r"cruise\s+missiles?|missiles?", {Category.CRUISE_MISSILES}),
        (r"drones?|uavs?", {Category.UAV}),
        (r"tanks?", {Category.TANKS}),
        (r"artillery", {Category.ARTILLERY_SYSTEMS}),
        (r"armou?red", {Category.ARMORED_COMBAT_VEHICLES}),
        (r"vehicles?", {Category.VEHICLES_AND_FUEL_TANKS, Category.ARMORED_COMBAT_VEHICLES}),
        (r"jets?|aircraft|(?:war)?planes?", {Category.AIRCRAFT}),
        (r"helicopters?", {Category.HELICOPTERS}),
        (r"submarines?", {Category.SUBMARINES}),
        (r"ships?|boats?|vessels?", {Category.WARSHIPS_BOATS}),
        (r"air\s+defen[cs]e", {Category.AIR_DEFENSE_SYSTEMS}),
        (r"mlrs|rocket", {Category.MLRS}),
        (
            r"troops|soldiers|servicemen|personnel|occupiers|men|fighters|casualties|dead|"
            r"killed|wounded|lives|people|civilians",
            PEOPLE_CATEGORIES,
        ),
    ]
]


def _title_figures(title: str) -> list[tuple[int, frozenset[Category] | None]]:
    """(figure, what it counts if the next words say) for each figure in a title, leaving out
    years, dates, decimals, numbers in words and durations ("24 hours")."""
    figures = []
    for mention in find_numbers(title):
        if mention.form is NumberForm.WORDS or mention.has_decimal:
            continue
        before, after = title[: mention.start], title[mention.end :]
        is_year = mention.form is NumberForm.DIGITS and len(mention.text) == 4
        if is_year and 1900 <= mention.value <= 2100:
            continue
        if _TIME_UNIT_AFTER.match(after) or _MONTH_AFTER.match(after):
            continue
        if _MONTH_BEFORE.search(before):
            continue
        following = " ".join(after.split()[:3])
        kinds = next((cats for word, cats in _TITLE_WORDS if word.search(following)), None)
        figures.append((mention.value, kinds))
    return figures


def rounds_to(title_value: int, body_value: int) -> bool:
    """True when the headline's round figure is the body's figure rounded ("1,000" for 960)."""
    text = str(title_value)
    zeros = len(text) - len(text.rstrip("0"))
    return zeros > 0 and round(body_value, -zeros) == title_value


def looks_like_misprint(title_value: int, body_value: int) -> bool:
    """One or two digits changed, two swapped, or one added or dropped (1,820 for 820).

    Short numbers are left out: "12" and "2" are as likely different figures as a misprint.
    """
    a, b = str(title_value), str(body_value)
    if a == b or min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b):
        differing = sum(x != y for x, y in zip(a, b, strict=True))
        return differing <= 2 or sorted(a) == sorted(b)
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def check_headline(extraction: Extraction, claims: list[Indexed]) -> Iterator[Finding]:
    title = extraction.article.title
    if not title:
        return
    for number, kinds in _title_figures(title):
        body = [
            (ref, claim, value)
            for ref, claim in claims
            if kinds is None or kinds & set(claim.categories)
            for value in (claim.value, claim.low, claim.high)
            if value is not None
        ]
        agreeing = [ref for ref, _, v in body if v == number or rounds_to(number, v)]
        if agreeing:
            yield passed(
                "within.headline", agreeing[:1], f"The headline's {number:,} is in the body."
            )
            continue
        close = [(ref, c) for ref, c, v in body if looks_like_misprint(number, v)]
        if close:
            said = ", ".join(dict.fromkeys(describe(c) for _, c in close))
            yield failed(
                "within.headline",
                [ref for ref, _ in close],
                f"The headline says {number:,} but the body says {said}; one of them is a "
                "misprint, so quote the body's figure.",
                severity=Severity.WARNING,
                expected=said,
                found=f"{number:,} (title)",
            )
        else:
            yield unchecked(
                "within.headline",
                [],
                f"The headline's {number:,} is not among the article's claims of that kind; "
                "compare it with the body by hand.",
                found=f"{number:,} (title)",
            )
