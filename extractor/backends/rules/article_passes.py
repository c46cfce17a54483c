"""Passes over all of an article's claims, once every sentence has been read.

- A figure the article repeats (KEY POINTS, a caption, the lede restated) is one claim; the
  occurrences complete each other: a bullet's bare "Kyiv said" and no date take the body's
  "Ukraine's General Staff said on Tuesday".
- A source that says its own count falls short ("the actual number is higher") gives lower
  bounds: its exact totals become "at least".
- A day's figure with no date is the day of the report: the publication date (the contract's
  daily-report convention). So is an undated total from a claimant that reports daily figures
  in the same article.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from extractor.backends.rules.dates import DateRole, find_dates
from extractor.backends.rules.sentences import Sentence
from extractor.backends.rules.terms import AIRBORNE
from schemas import Category, Claim, ClaimantType, Population, Qualifier, Scope
from schemas.dates import partial_dates_agree

# Enum members read per sentence or figure, looked up once: in Python 3.11 a lookup on
# an enum class (``Scope.DAILY``) goes through EnumType.__getattr__, several times slower.
_UNSPECIFIED, _DAILY, _CUMULATIVE = Scope.UNSPECIFIED, Scope.DAILY, Scope.CUMULATIVE
_UNKNOWN = ClaimantType.UNKNOWN


def _more_specific_claimant(first: Claim, other: Claim) -> bool:
    """Does ``other`` name the claimant better than ``first``?"""
    if first.claimant_type is _UNKNOWN:
        return other.claimant_type is not _UNKNOWN
    return other.claimant_type is first.claimant_type and len(other.claimant) > len(first.claimant)


# A repeat dated at most this many days before the report dates a figure the report's
# date stood in for ("Syrskyi reported over 350,000 …", then "Syrskyi stated on October 21
# that … over 350,000").
_RECENT = timedelta(days=7)


def _dated_by_report(first: Claim, other: Claim, published: date | None) -> bool:
    """Is ``first`` dated by the report only, and ``other`` a day of the week before?"""
    if published is None or first.as_of != published.isoformat() or other.as_of is None:
        return False
    if len(other.as_of) != 10:
        return False
    return published - _RECENT <= date.fromisoformat(other.as_of) < published


def _compatible(first: Claim, other: Claim, published: date | None) -> bool:
    scopes_agree = _UNSPECIFIED in (first.scope, other.scope) or first.scope is other.scope
    dates_agree = (first.as_of is None or other.as_of is None
                   or partial_dates_agree(first.as_of, other.as_of)
                   or _dated_by_report(first, other, published)
                   or _dated_by_report(other, first, published))  # fmt: skip
    return scopes_agree and dates_agree


def merge_repeats(claims: list[Claim], published: date | None = None) -> list[Claim]:
    """One claim per repeated figure, at its first place, completed from its repeats.
    A figure the article dated only by its ``published`` date takes a repeat's day."""
    kept: list[Claim] = []
    # The places in ``kept`` of each figure (a completed claim keeps its figure): a lookup,
    # not a scan of every claim kept, so that long articles stay linear.
    places: dict[tuple[object, ...], list[int]] = {}
    for claim in claims:
        same = places.setdefault((*claim.match_key(), claim.subgroup), [])
        index = next((i for i in same if _compatible(kept[i], claim, published)), None)
        if index is None:
            same.append(len(kept))
            kept.append(claim)
            continue
        first = kept[index]
        update: dict[str, object] = {}
        if first.scope is _UNSPECIFIED and claim.scope is not _UNSPECIFIED:
            update["scope"] = claim.scope
        undated = first.as_of is None and claim.as_of is not None and (
            first.period_start is None or first.period_start <= claim.as_of)
        if undated or _dated_by_report(first, claim, published):
            update["as_of"] = claim.as_of
        if _more_specific_claimant(first, claim):
            update["claimant"], update["claimant_type"] = claim.claimant, claim.claimant_type
        if update:
            kept[index] = first.model_copy(update=update)
    return kept


def date_daily_reports(claims: list[Claim], published: date | None) -> list[Claim]:
    """Undated daily figures, and undated totals of daily reporters, get the report's date."""
    if published is None:
        return claims
    reporters = {c.claimant for c in claims if c.scope is _DAILY}
    dated = []
    for claim in claims:
        undated_report = claim.as_of is None and (
            claim.scope is _DAILY
            or (claim.scope is _CUMULATIVE and claim.claimant in reporters)
        )
        dated.append(
            claim.model_copy(update={"as_of": published.isoformat()}) if undated_report else claim
        )
    return dated


# "Below are edited excerpts from Tuesday's emergency meeting", "Transcript of the interview
# broadcast on Tuesday, 14 October": an editor's note naming the day its transcript records
_TRANSCRIPT_NOTE = re.compile(r"\b(?:excerpts?|transcript)\s+(?:from|of)\b", re.IGNORECASE)


def _first_day(sentences: list[Sentence], published: date | None) -> str | None:
    """The first day (not a month or a start) the sentences name."""
    for sentence in sentences:
        for found in find_dates(sentence.text, published):
            if found.value and len(found.value) == 10 and found.role is DateRole.POINT:
                return found.value
    return None


def transcript_day(opening: list[Sentence], published: date | None) -> date | None:
    """The day a transcript's editor's note says it records (its "today", "this morning"
    and "in the past 24 hours"), when that note opens the article."""
    day = _first_day([s for s in opening if _TRANSCRIPT_NOTE.search(s.text)], published)
    return date.fromisoformat(day) if day else None


def news_day(lede: list[Sentence], published: date | None) -> str | None:
    """The day an article's news is of: the first day its lede names ("on Thursday"), else
    the day it was published."""
    return _first_day(lede, published) or (published.isoformat() if published else None)


def tolls_of_a_day(claims: list[Claim], news_day: str | None) -> list[Claim]:
    """A toll of people told with no period, on a day the article names ("killing three
    people" in a strike on Tuesday, "the death toll has risen to 4" overnight), is that
    day's figure: one day's count. A strike's toll told with no day at all is the news
    day's (``news_day``: the day the article's lede names, else its publication's)."""
    tolls = []
    for claim in claims:
        # (civilians held captive are no strike's toll)
        if claim.scope is _UNSPECIFIED and claim.population is Population.CIVILIAN and (
                Category.CAPTURED not in claim.categories):  # fmt: skip
            if claim.as_of is None and news_day is not None:
                claim = claim.model_copy(update={"as_of": news_day})
            if claim.as_of is not None and len(claim.as_of) == 10:
                claim = claim.model_copy(update={"scope": _DAILY})
        elif claim.scope is _UNSPECIFIED and claim.as_of is None and news_day is not None and (
                AIRBORNE.issuperset(claim.categories)):  # fmt: skip
            # ("Russia launched 309 drones, of which 288 were shot down", in the news of a
            # night: that night's, as a strike's toll is)
            claim = claim.model_copy(update={"scope": _DAILY, "as_of": news_day})
        tolls.append(claim)
    return tolls


def lower_bounds(claims: list[Claim], undercounting: set[str]) -> list[Claim]:
    """Exact totals of a source that says the real number is higher are lower bounds."""
    return [
        claim.model_copy(update={"qualifier": Qualifier.AT_LEAST})
        if claim.claimant in undercounting
        and claim.qualifier is Qualifier.EXACT
        and claim.scope is not _DAILY
        else claim
        for claim in claims
    ]


def as_sum_of_parts(claim: Claim, before: list[Claim]) -> Claim:
    """A total that adds up the two or three claims just before it takes their scope and
    dates: "286 killed and 1,388 injured during the month. The total of 1,674 casualties"."""
    if claim.value is None or claim.scope is not _CUMULATIVE:
        return claim
    for width in (2, 3):
        parts = before[-width:]
        if len(parts) == width and _adds_up(parts, claim):
            first = parts[0]
            dates = {"as_of": first.as_of, "period_start": first.period_start}
            return claim.model_copy(update={"scope": first.scope, **dates})
    return claim


def _adds_up(parts: list[Claim], total: Claim) -> bool:
    first = parts[0]
    return first.scope is not _CUMULATIVE and all(
        p.value is not None and p.subject is total.subject and p.population is total.population
        and p.claimant == total.claimant and (p.scope, p.as_of) == (first.scope, first.as_of)
        for p in parts
    ) and sum(p.value or 0 for p in parts) == total.value  # fmt: skip
