"""Rule-based cross-checks of extracted figures: within an article, across articles, and
against a reference ledger (by default the General Staff's series of Russian losses).

    findings = run_checks(extractions, default_ledger())
    [f for f in findings if f.reportable]   # what a user should look at
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from extractor.checks.across import check_across
from extractor.checks.against_ledger import check_against_ledger
from extractor.checks.findings import ClaimRef, Finding, Severity, Status, worst_severity
from extractor.checks.summary import Summary, summarize
from extractor.checks.within import check_article, indexed_claims
from extractor.ledger.model import Ledger
from schemas import Extraction


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NEVER = "never"


def run_checks(extractions: Iterable[Extraction], ledger: Ledger | None) -> list[Finding]:
    """Every check's outcome, passes included (see ``Finding.reportable``).

    With ``ledger`` None the ledger checks are skipped.
    """
    findings: list[Finding] = []
    every_claim = []
    for extraction in extractions:
        claims = indexed_claims(extraction)
        every_claim.extend(claims)
        findings.extend(check_article(extraction))
        if ledger is not None:
            findings.extend(check_against_ledger(claims, ledger))
    findings.extend(check_across(every_claim))
    return findings


def should_fail(findings: list[Finding], fail_on: FailOn) -> bool:
    """Does a finding reach the ``--fail-on`` threshold?"""
    worst = worst_severity(findings)
    if worst is None or fail_on is FailOn.NEVER:
        return False
    threshold = Severity.ERROR if fail_on is FailOn.ERROR else Severity.WARNING
    return worst.rank >= threshold.rank


__all__ = [
    "ClaimRef",
    "FailOn",
    "Finding",
    "Severity",
    "Status",
    "Summary",
    "run_checks",
    "should_fail",
    "summarize",
]
