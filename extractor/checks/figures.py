"""Reading a claim's number as the interval of values it allows, and grouping claims.

A qualifier turns a number into bounds: "more than 383,000" allows 383,001 and up, "about
1,000" allows a band around 1,000. Checks compare intervals, so a rounded restatement never
contradicts the exact figure it rounds.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from schemas import Category, Claim, ClaimantType, Population, Qualifier, Subject

# "about N" allows N +- this share of N, or half the rounding unit of N when that is wider
# ("about 400,000" is a round figure: anything from 350,000 to 450,000 reads as about it).
APPROXIMATE_SHARE = 0.05

_QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATELY: "about ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_MOST: "at most ",
}


@dataclass(frozen=True, slots=True)
class Interval:
    """Closed interval of counts; ``high`` may be infinite."""

    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)


def approximate_tolerance(value: int) -> int:
    """How far "about ``value``" may be from the true figure."""
    trailing_zeros = len(str(value)) - len(str(value).rstrip("0")) if value else 0
    rounding_half_unit = 10**trailing_zeros // 2
    return max(math.ceil(value * APPROXIMATE_SHARE), rounding_half_unit)


def claim_interval(claim: Claim) -> Interval:
    """The values a claim allows, given its qualifier."""
    if claim.value is None:
        low, high = claim.low or 0, claim.high if claim.high is not None else math.inf
        return Interval(low, high)
    value = claim.value
    match claim.qualifier:
        case Qualifier.APPROXIMATELY:
            tolerance = approximate_tolerance(value)
            return Interval(max(0, value - tolerance), value + tolerance)
        case Qualifier.AT_LEAST:
            return Interval(value, math.inf)
        case Qualifier.MORE_THAN:
            return Interval(value + 1, math.inf)
        case Qualifier.AT_MOST:
            return Interval(0, value)
        case _:
            return Interval(value, value)


def describe(claim: Claim) -> str:
    """The figure as a person reads it: "more than 383,000", "124,500-131,000"."""
    return _QUALIFIER_WORDS[claim.qualifier] + claim.number_label()


def is_exact_point(claim: Claim) -> bool:
    return claim.value is not None and claim.qualifier is Qualifier.EXACT


_GENERAL_STAFF = re.compile(r"general\s+staff", re.IGNORECASE)
# Ukrainian official bodies that relay the General Staff's daily update.
_DAILY_UPDATE_RELAYS = re.compile(
    r"armed\s+forces|ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry|\bmilitary\b|\bzsu\b|"
    r"\bkyiv\b|\bkiev\b",
    re.IGNORECASE,
)
GENERAL_STAFF_KEY = "general staff of the armed forces of ukraine"


def is_general_staff(claimant: str, claimant_type: str) -> bool:
    """True for the General Staff, or a Ukrainian official body relaying its daily update."""
    if _GENERAL_STAFF.search(claimant):
        return claimant_type in (ClaimantType.UKRAINE_OFFICIAL, ClaimantType.UNKNOWN)
    return claimant_type == ClaimantType.UKRAINE_OFFICIAL and bool(
        _DAILY_UPDATE_RELAYS.search(claimant)
    )


def claimant_key(claim: Claim) -> str:
    """Claimant spelled loosely alike -> one key; every alias of the General Staff -> one key."""
    if is_general_staff(claim.claimant, claim.claimant_type.value):
        return GENERAL_STAFF_KEY
    text = re.sub(r"\s+", " ", claim.claimant.casefold()).strip()
    return re.sub(r"^the ", "", text)


SeriesKey = tuple[Subject, Population, str, tuple[Category, ...], str]


def series_key(claim: Claim) -> SeriesKey:
    """Claims with the same key count the same thing for the same claimant."""
    subgroup = re.sub(r"\s+", " ", (claim.subgroup or "").casefold()).strip()
    return (claim.subject, claim.population, subgroup, tuple(claim.categories), claimant_key(claim))


def day_of(partial: str | None) -> date | None:
    """A full ``YYYY-MM-DD`` date as a date; None for month/year precision or null."""
    if partial is None or len(partial) != 10:
        return None
    return date.fromisoformat(partial)


def strictly_before(earlier: str, later: str) -> bool:
    """True when ``earlier`` is certainly before ``later`` (not merely prefix-compatible)."""
    width = min(len(earlier), len(later))
    return earlier[:width] < later[:width]


def category_label(categories: list[Category] | tuple[Category, ...]) -> str:
    return " + ".join(c.value for c in categories)
