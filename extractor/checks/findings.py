"""What a check says about some claims: passed, failed or could not tell (unchecked).

Every evaluation of a check becomes a ``Finding``, passes included, so the summary can
count checked / passed / failed / unchecked per check. What a user is shown by default is
``reportable``: failures, unchecked outcomes and passes that carry a note (for example a
ledger value that is under revision).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from schemas import Category


class Severity(StrEnum):
    """error: the figures cannot all be right; warning: probably wrong, an innocent reading
    exists; info: nothing wrong was found (a pass, an unchecked claim, a revision)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Status(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    UNCHECKED = "unchecked"  # the check applies but the data cannot decide it; never a pass


class ClaimRef(BaseModel):
    """A claim by position: the article's id and the claim's index in its extraction."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    article_id: str
    index: int = Field(ge=0)

    def label(self) -> str:
        return f"{self.article_id[:8]}#{self.index}"


class Finding(BaseModel):
    """One outcome of one check over one or more claims (or over a ledger row)."""

    model_config = ConfigDict(extra="forbid")

    check: str = Field(description="Check id, e.g. 'ledger.cumulative' or 'within.combined_sum'.")
    status: Status
    severity: Severity
    claims: list[ClaimRef] = Field(default_factory=list)
    expected: str | None = Field(default=None, description="What the check expected, as read.")
    found: str | None = Field(default=None, description="What the claim(s) say, as read.")
    explanation: str = Field(description="One sentence a user can act on.")
    ledger_date: date | None = Field(
        default=None, description="The ledger row compared with (or the audited row)."
    )
    categories: list[Category] = Field(default_factory=list)
    note: str | None = Field(
        default=None, description="Context that does not change the outcome (e.g. a revision)."
    )

    @property
    def reportable(self) -> bool:
        return self.status is not Status.PASSED or self.note is not None


def passed(check: str, claims: list[ClaimRef], explanation: str, **fields: object) -> Finding:
    return Finding(
        check=check,
        status=Status.PASSED,
        severity=Severity.INFO,
        claims=claims,
        explanation=explanation,
        **fields,  # type: ignore[arg-type]
    )


def failed(
    check: str,
    claims: list[ClaimRef],
    explanation: str,
    severity: Severity = Severity.ERROR,
    **fields: object,
) -> Finding:
    return Finding(
        check=check,
        status=Status.FAILED,
        severity=severity,
        claims=claims,
        explanation=explanation,
        **fields,  # type: ignore[arg-type]
    )


def unchecked(check: str, claims: list[ClaimRef], explanation: str, **fields: object) -> Finding:
    return Finding(
        check=check,
        status=Status.UNCHECKED,
        severity=Severity.INFO,
        claims=claims,
        explanation=explanation,
        **fields,  # type: ignore[arg-type]
    )


def worst_severity(findings: list[Finding]) -> Severity | None:
    """The most severe severity among failed findings, or None when nothing failed."""
    severities = [f.severity for f in findings if f.status is Status.FAILED]
    return max(severities, key=lambda s: s.rank) if severities else None
