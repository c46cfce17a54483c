"""Auditing a ledger: a cumulative series should never decrease and should have no gaps.

Each decrease is classified:

- ``ledger_audit.revision`` (info): the corrections file has a negative entry for that
  category on that date or the day before (the source dates some entries one day early);
- ``ledger_audit.typo_dip`` (warning): one value below both neighbours, the series is
  monotonic without it (e.g. 37,842 -> 37,832 -> 37,915);
- ``ledger_audit.typo_spike`` (warning): one value above what follows, the series is
  monotonic without it (e.g. 11,257 -> 111,257 -> 11,300);
- ``ledger_audit.decrease`` (error): a lasting decrease nothing explains.

Also reported: ``ledger_audit.gap`` (dates missing from the series), ``ledger_audit.missing_value``
(a category with no value on a date between two that have one) and ``ledger_audit.derived``
(values that are sums of columns the source kept apart).
"""

from __future__ import annotations

from datetime import date

from extractor.checks.findings import Finding, Severity, Status
from extractor.ledger.model import ONE_DAY, Ledger
from schemas import Category

_AUDITS: dict[int, tuple[Ledger, list[Finding]]] = {}
_SUSPECT_VALUE_CHECKS = (
    "ledger_audit.typo_dip",
    "ledger_audit.typo_spike",
    "ledger_audit.decrease",
)


def _finding(
    check: str,
    severity: Severity,
    day: date,
    category: Category | None,
    explanation: str,
    *,
    status: Status = Status.FAILED,
    expected: str | None = None,
    found: str | None = None,
    note: str | None = None,
) -> Finding:
    return Finding(
        check=check,
        status=status,
        severity=severity,
        ledger_date=day,
        categories=[category] if category else [],
        expected=expected,
        found=found,
        explanation=explanation,
        note=note,
    )


def _decrease_findings(ledger: Ledger, category: Category) -> list[Finding]:
    points = sorted(ledger.series[category].items())
    findings = []
    for i in range(1, len(points)):
        (prev_day, prev), (day, value) = points[i - 1], points[i]
        if value >= prev:
            continue
        found = f"{prev:,} -> {value:,}"
        entries = [c for c in ledger.corrections_on(category, day) if c.change < 0]
        following = points[i + 1][1] if i + 1 < len(points) else None
        before = points[i - 2][1] if i >= 2 else None
        if entries:
            entry = entries[0]
            listed = f" (listed under {entry.listed})" if entry.listed else ""
            findings.append(
                _finding(
                    "ledger_audit.revision",
                    Severity.INFO,
                    day,
                    category,
                    f"{category.value} falls by {prev - value:,} on {day}; the corrections file"
                    f"{listed} lowers earlier totals by {-entry.change:,} that day, so this is "
                    "a revision, not an error.",
                    status=Status.PASSED,
                    found=found,
                    note=f"revision: {entry.where()}",
                )
            )
        elif following is not None and following >= prev:
            findings.append(
                _finding(
                    "ledger_audit.typo_dip",
                    Severity.WARNING,
                    day,
                    category,
                    f"{category.value} on {day} ({value:,}) is below both the day before "
                    f"({prev:,}) and the day after ({following:,}) and no correction explains "
                    "it: likely a typo; verify that day against the original report.",
                    expected=f"{prev:,}..{following:,}",
                    found=found,
                )
            )
        elif before is not None and value >= before:
            findings.append(
                _finding(
                    "ledger_audit.typo_spike",
                    Severity.WARNING,
                    prev_day,
                    category,
                    f"{category.value} on {prev_day} ({prev:,}) is above the next value "
                    f"({value:,}) and no correction explains it: likely a typo; verify that "
                    "day against the original report.",
                    expected=f"{before:,}..{value:,}",
                    found=f"{before:,} -> {prev:,} -> {value:,}",
                )
            )
        else:
            findings.append(
                _finding(
                    "ledger_audit.decrease",
                    Severity.ERROR,
                    day,
                    category,
                    f"{category.value} falls by {prev - value:,} on {day} and stays lower, "
                    "with no correction entry to explain it: add one to the corrections file "
                    "or fix the value.",
                    expected=f">= {prev:,}",
                    found=found,
                )
            )
    return findings


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Consecutive dates grouped into (first, last) runs."""
    runs: list[tuple[date, date]] = []
    for day in sorted(days):
        if runs and runs[-1][1] + ONE_DAY == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _coverage_findings(ledger: Ledger) -> list[Finding]:
    findings = []
    for earlier, later in zip(ledger.dates, ledger.dates[1:], strict=False):
        missing = (later - earlier).days - 1
        if missing > 0:
            findings.append(
                _finding(
                    "ledger_audit.gap",
                    Severity.WARNING,
                    earlier + ONE_DAY,
                    None,
                    f"{missing} day(s) missing between {earlier} and {later}: claims dated "
                    "there are reported as unchecked.",
                    found=f"{earlier} -> {later}",
                )
            )
    for category, values in ledger.series.items():
        if not values:
            continue
        first, last = min(values), max(values)
        holes = [d for d in ledger.dates if first < d < last and d not in values]
        for start, end in _runs(holes):
            span = str(start) if start == end else f"{start}..{end}"
            findings.append(
                _finding(
                    "ledger_audit.missing_value",
                    Severity.WARNING,
                    start,
                    category,
                    f"{category.value} has no value on {span} although the dates around it "
                    "do: claims dated there are reported as unchecked.",
                    found=span,
                )
            )
    for category, days in ledger.derived.items():
        for start, end in _runs(list(days)):
            how = days[start]
            findings.append(
                _finding(
                    "ledger_audit.derived",
                    Severity.INFO,
                    start,
                    category,
                    f"{category.value} from {start} to {end} is the {how} (the source tracked "
                    "them apart then), not a figure the source reported as such.",
                    status=Status.PASSED,
                    found=f"{start}..{end}",
                    note=f"derived: {how}",
                )
            )
    return findings


def audit_ledger(ledger: Ledger) -> list[Finding]:
    """Every anomaly of ``ledger``, oldest first (cached per ledger object)."""
    cached = _AUDITS.get(id(ledger))
    if cached is not None and cached[0] is ledger:
        return cached[1]
    findings = _coverage_findings(ledger)
    for category in ledger.categories:
        findings.extend(_decrease_findings(ledger, category))
    findings.sort(key=lambda f: (f.ledger_date or date.min, f.check))
    _AUDITS[id(ledger)] = (ledger, findings)
    return findings


def revision_notes(ledger: Ledger, categories: list[Category], days: list[date]) -> list[str]:
    """Why the ledger's values for ``categories`` on ``days`` may not be what was first
    published: correction entries, audit anomalies, derived values."""
    notes: list[str] = []
    wanted = set(days)
    for category in categories:
        for day in sorted(wanted):
            for entry in ledger.corrections_on(category, day):
                notes.append(f"{category.value} on {day} is under revision ({entry.where()})")
            if day in ledger.derived.get(category, {}):
                how = ledger.derived[category][day]
                notes.append(f"{category.value} on {day} is derived ({how})")
    for finding in audit_ledger(ledger):
        if finding.ledger_date in wanted and set(finding.categories) & set(categories):
            category = finding.categories[0].value
            if finding.check in _SUSPECT_VALUE_CHECKS:
                kind = finding.check.split(".")[1].replace("_", " ")
                notes.append(
                    f"the ledger's {category} on {finding.ledger_date} looks wrong ({kind})"
                )
    return list(dict.fromkeys(notes))
