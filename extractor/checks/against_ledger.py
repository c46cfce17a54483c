"""Checks of the General Staff's figures against a reference ledger.

Applies to claims about Russian military losses whose claimant is the General Staff of the
Armed Forces of Ukraine (or a Ukrainian official body relaying its daily update). A
cumulative figure must equal the ledger's value on ``as_of``; a daily figure the ledger's
change from the day before; a combined figure the sum over its categories. Qualified figures
("about", "more than") are checked as bounds. The series is dated by the morning the report
was issued, so the row of ``as_of`` and the next day's row are both accepted, and the finding
says which matched. Anything the ledger cannot decide is reported as unchecked, never passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from extractor.checks.figures import (
    category_label,
    claim_interval,
    describe,
    is_general_staff,
)
from extractor.checks.findings import (
    ClaimRef,
    Finding,
    Severity,
    failed,
    passed,
    unchecked,
)
from extractor.ledger.audit import revision_notes
from extractor.ledger.model import ONE_DAY, Ledger
from schemas import Category, Claim, Population, Qualifier, Scope, Subject

_CHECK_BY_SCOPE = {
    Scope.CUMULATIVE: "ledger.cumulative",
    Scope.DAILY: "ledger.daily",
    Scope.UNSPECIFIED: "ledger.unspecified",  # tried as both; a mismatch is no verdict
}


def applies(claim: Claim) -> bool:
    """Is this a General Staff figure about Russian military losses?"""
    return (
        claim.subject is Subject.RUSSIA
        and claim.population is Population.MILITARY
        and is_general_staff(claim.claimant, claim.claimant_type.value)
    )


def _unusable(claim: Claim, ledger: Ledger) -> str | None:
    """Why the ledger cannot decide this claim, or None when it can."""
    if claim.subgroup:
        return f"it counts a subgroup ({claim.subgroup}) and the ledger has totals only"
    missing = [c for c in claim.categories if c not in ledger.series]
    if missing:
        names = ", ".join(c.value for c in missing)
        if Category.KILLED in missing or Category.WOUNDED in missing:
            return (
                f"the ledger has no {names} column (its personnel figure counts casualties, "
                "killed and wounded together)"
            )
        return f"the ledger has no {names} column"
    if claim.as_of is None:
        return "the claim has no date"
    if len(claim.as_of) != 10:
        return f"the claim is dated only to {claim.as_of} and the ledger is daily"
    return None


def _candidates(
    categories: list[Category], scope: Scope, ledger: Ledger, day: date
) -> list[tuple[date, int, str]]:
    """(ledger row, expected figure, how it was derived) for the day and the next day."""
    found = []
    for row in (day, day + ONE_DAY):
        if scope is Scope.CUMULATIVE:
            total = ledger.total(categories, row)
            if total is not None:
                found.append((row, total, f"the ledger's total on {row}"))
            continue
        change = ledger.change(categories, row)
        if change is None:
            continue
        found.append((row, change, f"the ledger's change on {row}"))
        # The dataset counts a revision inside the day's change; the report's "+N" may not.
        revision = ledger.correction(categories, row)
        if revision:
            found.append(
                (row, change - revision, f"the ledger's change on {row} less its revision")
            )
    return found


def _note(ledger: Ledger, categories: list[Category], rows: list[date]) -> str | None:
    """Why the ledger's figures on ``rows`` may differ from what was published, if they may."""
    return "; ".join(revision_notes(ledger, categories, rows)) or None


def check_claim(ref: ClaimRef, claim: Claim, ledger: Ledger) -> Finding | None:
    """The ledger's verdict on one claim, or None when the ledger does not apply to it."""
    if not applies(claim):
        return None
    check = _CHECK_BY_SCOPE.get(claim.scope)
    categories = list(claim.categories)
    if check is None:
        return unchecked(
            "ledger.other_scope",
            [ref],
            f"A figure of scope {claim.scope.value} has no counterpart in a daily cumulative "
            "ledger; check it by hand.",
            found=describe(claim),
            categories=categories,
        )
    reason = _unusable(claim, ledger)
    if reason is not None:
        return unchecked(
            check, [ref], f"Not checked: {reason}.", found=describe(claim), categories=categories
        )
    day = date.fromisoformat(claim.as_of or "")
    scopes = [Scope.CUMULATIVE, Scope.DAILY] if claim.scope is Scope.UNSPECIFIED else [claim.scope]
    candidates = [c for scope in scopes for c in _candidates(categories, scope, ledger, day)]
    if not candidates:
        where = (
            f"outside the ledger's range ({ledger.first} to {ledger.last})"
            if not ledger.covers(day)
            else "on a date where the ledger has no value for it"
        )
        return unchecked(
            check,
            [ref],
            f"Not checked: {claim.as_of} is {where}; supply a ledger that covers it with --ledger.",
            found=describe(claim),
            categories=categories,
        )
    interval = claim_interval(claim)
    label = f"{claim.scope.value} {category_label(categories)}"
    for row, expected, how in candidates:
        if interval.contains(expected):
            note = _note(ledger, categories, [row])
            next_day = " (the next day's row: the series is dated by the report's morning)"
            return passed(
                check,
                [ref],
                f"The {label} figure {describe(claim)} agrees with {how}"
                f"{next_day if row != day else ''}.",
                expected=f"{expected:,}",
                found=describe(claim),
                ledger_date=row,
                categories=categories,
                note=note,
            )
    note = _note(ledger, categories, sorted({row for row, _, _ in candidates}))
    row, expected, how = candidates[0]
    others = ", ".join(f"{e:,} ({h})" for _, e, h in candidates[1:])
    if claim.scope is Scope.UNSPECIFIED:
        return unchecked(
            check,
            [ref],
            f"Not checked: {describe(claim)} is neither the ledger's total nor its change on "
            f"{day} or the day after, and the article does not say which it is; check by hand.",
            expected=f"{expected:,}",
            found=describe(claim),
            ledger_date=row,
            categories=categories,
            note=note,
        )
    missing_rows = [r for r in (day, day + ONE_DAY) if r not in {c[0] for c in candidates}]
    if missing_rows:
        # The row the article meant may be the one the ledger cannot give: no verdict.
        return unchecked(
            check,
            [ref],
            f"Not checked: {describe(claim)} disagrees with {how} ({expected:,}), but the "
            f"ledger cannot give the {claim.scope.value} figure for {missing_rows[0]}, which "
            "may be the row the article means.",
            expected=f"{expected:,}",
            found=describe(claim),
            ledger_date=row,
            categories=categories,
            note=note,
        )
    approximate = claim.qualifier is Qualifier.APPROXIMATELY
    return failed(
        check,
        [ref],
        f"The {label} figure {describe(claim)} disagrees with {how} ({expected:,})"
        f"{'; also tried ' + others if others else ''}; compare it with the General Staff's "
        f"report for {claim.as_of}{' (mind the note on the ledger value)' if note else ''}.",
        severity=Severity.WARNING if approximate else Severity.ERROR,
        expected=f"{expected:,}",
        found=describe(claim),
        ledger_date=row,
        categories=categories,
        note=note,
    )


def check_against_ledger(claims: list[tuple[ClaimRef, Claim]], ledger: Ledger) -> Iterator[Finding]:
    for ref, claim in claims:
        finding = check_claim(ref, claim, ledger)
        if finding is not None:
            yield finding
