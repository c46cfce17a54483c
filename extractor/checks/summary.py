"""Counting outcomes: per check, and per claim (checked, passed, failed, unchecked)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from extractor.checks.findings import ClaimRef, Finding, Status
from schemas import Extraction

# Checks that look at a claim's form or date, not its number: a pass of one of these does
# not make a claim "checked" (a failure still makes it failed).
FORM_CHECKS = frozenset({"within.range_order", "within.as_of_after_published"})


@dataclass
class CheckCounts:
    passed: int = 0
    failed: int = 0
    unchecked: int = 0

    @property
    def checked(self) -> int:
        return self.passed + self.failed


@dataclass
class Summary:
    by_check: dict[str, CheckCounts] = field(default_factory=dict)
    claims: int = 0
    claims_passed: int = 0
    claims_failed: int = 0
    claims_unchecked: int = 0
    severities: Counter[str] = field(default_factory=Counter)

    @property
    def claims_checked(self) -> int:
        return self.claims_passed + self.claims_failed

    @property
    def claims_not_covered(self) -> int:
        return self.claims - self.claims_checked - self.claims_unchecked

    def as_dict(self) -> dict[str, object]:
        return {
            "claims": {
                "total": self.claims,
                "checked": self.claims_checked,
                "passed": self.claims_passed,
                "failed": self.claims_failed,
                "unchecked": self.claims_unchecked,
                "not_covered": self.claims_not_covered,
            },
            "by_check": {
                check: {
                    "checked": c.checked,
                    "passed": c.passed,
                    "failed": c.failed,
                    "unchecked": c.unchecked,
                }
                for check, c in sorted(self.by_check.items())
            },
            "failed_by_severity": dict(sorted(self.severities.items())),
        }


def summarize(findings: list[Finding], extractions: list[Extraction]) -> Summary:
    """A claim failed if any finding that involves it failed; passed if a check of its number
    passed and nothing failed; unchecked if every check of its number was unchecked."""
    summary = Summary(claims=sum(len(e.claims) for e in extractions))
    outcomes: dict[ClaimRef, set[Status]] = {}
    for finding in findings:
        counts = summary.by_check.setdefault(finding.check, CheckCounts())
        setattr(counts, finding.status.value, getattr(counts, finding.status.value) + 1)
        if finding.status is Status.FAILED:
            summary.severities[finding.severity.value] += 1
        for ref in finding.claims:
            statuses = outcomes.setdefault(ref, set())
            if finding.check not in FORM_CHECKS or finding.status is Status.FAILED:
                statuses.add(finding.status)
    for statuses in outcomes.values():
        if Status.FAILED in statuses:
            summary.claims_failed += 1
        elif Status.PASSED in statuses:
            summary.claims_passed += 1
        elif Status.UNCHECKED in statuses:
            summary.claims_unchecked += 1
    return summary
