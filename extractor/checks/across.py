"""Checks across articles, for the same claimant, subject, population, subgroup and
categories (the series key). Cumulative totals are compared across every claim of a series,
one article's own dated totals included."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from extractor.checks.figures import (
    SeriesKey,
    category_label,
    claim_interval,
    day_of,
    describe,
    is_exact_point,
    series_key,
)
from extractor.checks.findings import ClaimRef, Finding, Severity, failed, passed
from extractor.ledger.model import ONE_DAY
from schemas import Claim, Scope

Indexed = tuple[ClaimRef, Claim]


def _by_series(claims: list[Indexed], scope: Scope) -> dict[SeriesKey, list[Indexed]]:
    groups: dict[SeriesKey, list[Indexed]] = defaultdict(list)
    for ref, claim in claims:
        if claim.scope is scope and claim.as_of is not None:
            groups[series_key(claim)].append((ref, claim))
    return groups


def _highest_before(series: list[Indexed]) -> dict[str, Indexed]:
    """For each date of the series, the claim dated strictly before it whose lower bound is
    highest (the figure a total on that date must reach).

    Dates sort as strings; every date sorting before ``d`` is strictly before it except its
    own prefixes ("2024" and "2024-01" for "2024-01-15"), so keeping the three highest claims
    so far always leaves one that is not a prefix.
    """
    best: dict[str, Indexed] = {}
    for ref, claim in series:
        when = claim.as_of or ""
        if when not in best or claim_interval(claim).low > claim_interval(best[when][1]).low:
            best[when] = (ref, claim)
    result: dict[str, Indexed] = {}
    leaders: list[tuple[float, str]] = []  # (lower bound, date), highest first, at most 3
    for when in sorted(best):
        top = next(((low, d) for low, d in leaders if not when.startswith(d)), None)
        if top is not None:
            result[when] = best[top[1]]
        leaders = sorted([*leaders, (claim_interval(best[when][1]).low, when)], reverse=True)[:3]
    return result


def check_cumulative_never_decreases(claims: list[Indexed]) -> Iterator[Finding]:
    """A later cumulative total is never below an earlier one (compared with the earlier
    claim whose lower bound is highest)."""
    for series in _by_series(claims, Scope.CUMULATIVE).values():
        highest = _highest_before(series)
        for ref, claim in series:
            if (claim.as_of or "") not in highest:
                continue
            top_ref, top = highest[claim.as_of or ""]
            refs = [top_ref, ref]
            if claim_interval(top).low <= claim_interval(claim).high:
                yield passed("across.cumulative_decrease", refs, "The total did not decrease.")
            else:
                yield failed(
                    "across.cumulative_decrease",
                    refs,
                    f"{claim.claimant}'s cumulative {category_label(claim.categories)} falls "
                    f"from {describe(top)} ({top.as_of}) to {describe(claim)} "
                    f"({claim.as_of}); one of the two is misread, misdated or revised.",
                    expected=f">= {describe(top)}",
                    found=describe(claim),
                )


def check_daily_is_difference(claims: list[Indexed]) -> Iterator[Finding]:
    """When totals for a day and the day before are known, the day's figure is their
    difference."""
    totals = _by_series(claims, Scope.CUMULATIVE)
    for key, dailies in _by_series(claims, Scope.DAILY).items():
        by_day: dict[object, list[Indexed]] = defaultdict(list)
        for ref, claim in totals.get(key, []):
            day = day_of(claim.as_of)
            if day is not None and is_exact_point(claim):
                by_day[day].append((ref, claim))
        for ref, daily in dailies:
            day = day_of(daily.as_of)
            if day is None or not is_exact_point(daily):
                continue
            today, yesterday = by_day.get(day, []), by_day.get(day - ONE_DAY, [])
            # Only a single agreed value per day is usable; disagreements are reported apart.
            if len({c.value for _, c in today}) != 1 or len({c.value for _, c in yesterday}) != 1:
                continue
            (t_ref, total), (y_ref, before) = today[0], yesterday[0]
            if ref.article_id == t_ref.article_id == y_ref.article_id:
                continue  # one article's own figures: not a cross-article check
            expected = (total.value or 0) - (before.value or 0)
            refs = [ref, y_ref, t_ref]
            if daily.value == expected:
                yield passed(
                    "across.daily_difference", refs, "The day's figure is the totals' difference."
                )
            else:
                yield failed(
                    "across.daily_difference",
                    refs,
                    f"The daily {category_label(daily.categories)} figure for {day} "
                    f"({daily.value:,}) is not the difference of the totals {before.value:,} "
                    f"({before.as_of}) and {total.value:,} ({total.as_of}); one of the three "
                    "is misread or misdated.",
                    expected=f"{expected:,}",
                    found=f"{daily.value:,}",
                )


def check_same_day_agreement(claims: list[Indexed]) -> Iterator[Finding]:
    """Reports of the same figure for the same date in different articles agree."""
    buckets: dict[tuple[object, ...], list[Indexed]] = defaultdict(list)
    for ref, claim in claims:
        if claim.as_of is None:
            continue
        key = (series_key(claim), claim.scope, claim.as_of, claim.period_start)
        buckets[key].append((ref, claim))
    for bucket in buckets.values():
        # One comparison per pair of distinct figures, however many articles repeat them.
        by_label: dict[str, list[Indexed]] = defaultdict(list)
        for ref, claim in bucket:
            by_label[describe(claim)].append((ref, claim))
        for a_items, b_items in combinations(by_label.values(), 2):
            pair = next(
                (
                    (a_item, b_item)
                    for a_item in a_items
                    for b_item in b_items
                    if a_item[0].article_id != b_item[0].article_id
                ),
                None,
            )
            if pair is None:
                continue  # only within one article: a within-article check
            (a_ref, a), (b_ref, b) = pair
            refs = [a_ref, b_ref]
            if claim_interval(a).overlaps(claim_interval(b)):
                yield passed("across.same_day", refs, "The two reports can both be true.")
            else:
                yield failed(
                    "across.same_day",
                    refs,
                    f"Two articles report {a.claimant}'s {a.scope.value} "
                    f"{category_label(a.categories)} for {a.as_of} as {describe(a)} and "
                    f"{describe(b)}; check which article misquotes the source.",
                    severity=Severity.WARNING,
                    expected=describe(a),
                    found=describe(b),
                )


def check_across(claims: list[Indexed]) -> list[Finding]:
    return [
        *check_cumulative_never_decreases(claims),
        *check_daily_is_difference(claims),
        *check_same_day_agreement(claims),
    ]
