"""Checks within one article: do its own figures add up?"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations

from extractor.checks.figures import (
    Interval,
    category_label,
    claim_interval,
    claimant_key,
    describe,
    series_key,
    strictly_before,
)
from extractor.checks.findings import ClaimRef, Finding, Severity, failed, passed, unchecked
from extractor.checks.headline import check_headline
from schemas import Category, Claim, Extraction, Scope

Indexed = tuple[ClaimRef, Claim]


def indexed_claims(extraction: Extraction) -> list[Indexed]:
    return [
        (ClaimRef(article_id=extraction.article_id, index=i), claim)
        for i, claim in enumerate(extraction.claims)
    ]


def check_range_order(claims: list[Indexed]) -> Iterator[Finding]:
    """``low <= high`` (the schema enforces it; output written by other tools may not)."""
    for ref, claim in claims:
        if claim.low is None or claim.high is None:
            continue
        if claim.low <= claim.high:
            yield passed("within.range_order", [ref], "The range's bounds are in order.")
        else:
            yield failed(
                "within.range_order",
                [ref],
                f"The range {claim.low:,}-{claim.high:,} has its low bound above its high "
                "bound: swap them or re-extract the claim.",
                found=f"{claim.low:,}-{claim.high:,}",
            )


def _same_report(a: Claim, b: Claim) -> bool:
    """Same subject, population, subgroup, claimant, scope and date."""
    return (
        series_key(a)[:3] == series_key(b)[:3]
        and claimant_key(a) == claimant_key(b)
        and a.scope is b.scope
        and a.as_of == b.as_of
        and a.period_start == b.period_start
    )


def check_killed_vs_casualties(claims: list[Indexed]) -> Iterator[Finding]:
    killed = [(r, c) for r, c in claims if c.categories == [Category.KILLED]]
    casualties = [(r, c) for r, c in claims if c.categories == [Category.CASUALTIES]]
    for (k_ref, k), (c_ref, c) in ((k, c) for k in killed for c in casualties):
        if not _same_report(k, c):
            continue
        refs = [k_ref, c_ref]
        if claim_interval(k).low <= claim_interval(c).high:
            yield passed("within.killed_vs_casualties", refs, "Killed do not exceed casualties.")
        else:
            yield failed(
                "within.killed_vs_casualties",
                refs,
                f"{k.claimant} gives more killed ({describe(k)}) than casualties "
                f"({describe(c)}) for the same date; casualties include the killed, so one "
                "figure or its category is wrong.",
                expected=f"<= {describe(c)}",
                found=describe(k),
            )


def check_daily_vs_cumulative(claims: list[Indexed]) -> Iterator[Finding]:
    daily = [(r, c) for r, c in claims if c.scope is Scope.DAILY]
    cumulative = [(r, c) for r, c in claims if c.scope is Scope.CUMULATIVE]
    for (d_ref, d), (c_ref, c) in ((d, c) for d in daily for c in cumulative):
        if series_key(d) != series_key(c):
            continue
        # A cumulative total dated before the day says nothing about that day's figure.
        if d.as_of and c.as_of and strictly_before(c.as_of, d.as_of):
            continue
        refs = [d_ref, c_ref]
        if claim_interval(d).low <= claim_interval(c).high:
            yield passed("within.daily_vs_cumulative", refs, "The day's figure fits the total.")
        else:
            yield failed(
                "within.daily_vs_cumulative",
                refs,
                f"The daily {category_label(d.categories)} figure ({describe(d)}) exceeds the "
                f"cumulative total ({describe(c)}); one of them is misread or mis-scoped.",
                expected=f"<= {describe(c)}",
                found=describe(d),
            )


def check_combined_sum(claims: list[Indexed]) -> Iterator[Finding]:
    """A combined figure (several categories) equals the sum of its parts, when the article
    gives every part for the same report."""
    for ref, combined in claims:
        if len(combined.categories) < 2:
            continue
        parts: dict[Category, list[Indexed]] = defaultdict(list)
        for other_ref, other in claims:
            if (
                len(other.categories) == 1
                and other.categories[0] in combined.categories
                and _same_report(other, combined)
            ):
                parts[other.categories[0]].append((other_ref, other))
        if len(parts) < len(combined.categories):
            continue  # the article does not give every part: nothing to add up
        refs = [ref, *(r for found in parts.values() for r, _ in found)]
        if any(len({describe(c) for _, c in found}) > 1 for found in parts.values()):
            yield unchecked(
                "within.combined_sum",
                refs,
                "A part of the combined figure is given twice with different numbers, so the "
                "sum cannot be checked; resolve the conflicting parts first.",
            )
            continue
        total = Interval(0, 0)
        for found in parts.values():
            total = total + claim_interval(found[0][1])
        part_labels = " + ".join(describe(found[0][1]) for found in parts.values())
        if claim_interval(combined).overlaps(total):
            yield passed("within.combined_sum", refs, "The combined figure is the parts' sum.")
        else:
            yield failed(
                "within.combined_sum",
                refs,
                f"The combined {category_label(combined.categories)} figure "
                f"({describe(combined)}) is not the sum of its parts ({part_labels}); "
                "check which of the figures was misread.",
                expected=part_labels,
                found=describe(combined),
            )


def check_as_of_after_published(extraction: Extraction, claims: list[Indexed]) -> Iterator[Finding]:
    published = extraction.article.published
    if published is None:
        return  # nothing to compare with
    day = published.isoformat()
    for ref, claim in claims:
        for field_name in ("as_of", "period_start"):
            when = getattr(claim, field_name)
            if when is None:
                continue
            if strictly_before(day, when):
                yield failed(
                    "within.as_of_after_published",
                    [ref],
                    f"The claim's {field_name} {when} is after the article's publication date "
                    f"{day}; a relative date was probably resolved wrongly.",
                    expected=f"<= {day}",
                    found=when,
                )
            elif field_name == "as_of":
                yield passed("within.as_of_after_published", [ref], "Dated before publication.")


def check_conflicting_figures(claims: list[Indexed]) -> Iterator[Finding]:
    """Same subject, categories, scope, claimant and date, but numbers that cannot agree."""
    for (a_ref, a), (b_ref, b) in combinations(claims, 2):
        if a.as_of is None or series_key(a) != series_key(b) or not _same_report(a, b):
            continue
        if describe(a) == describe(b):
            continue
        refs = [a_ref, b_ref]
        if claim_interval(a).overlaps(claim_interval(b)):
            yield passed("within.conflicting_figures", refs, "The two figures can both be true.")
        else:
            yield failed(
                "within.conflicting_figures",
                refs,
                f"{a.claimant}'s {a.scope.value} {category_label(a.categories)} for {a.as_of} "
                f"is given as both {describe(a)} and {describe(b)}; keep the one the article's "
                "source supports.",
                severity=Severity.WARNING,
                expected=describe(a),
                found=describe(b),
            )


def check_article(extraction: Extraction) -> list[Finding]:
    """Every within-article check over one extraction."""
    claims = indexed_claims(extraction)
    return [
        *check_range_order(claims),
        *check_killed_vs_casualties(claims),
        *check_daily_vs_cumulative(claims),
        *check_combined_sum(claims),
        *check_as_of_after_published(extraction, claims),
        *check_conflicting_figures(claims),
        *check_headline(extraction, claims),
    ]
