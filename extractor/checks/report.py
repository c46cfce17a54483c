"""Showing findings: a terminal table, JSON, JSON Lines, and the human summary."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from typing import TextIO

from rich.console import Console
from rich.table import Table

from extractor.checks.findings import Finding, Severity
from extractor.checks.summary import Summary
from schemas import Extraction


class FindingFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"


_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "dim"}


def claim_labels(extractions: list[Extraction]) -> dict[str, str]:
    """article id -> a short name a person recognises (the file it came from, else the id)."""
    labels = {}
    for extraction in extractions:
        source = extraction.article.source
        labels[extraction.article_id] = (
            source.rsplit("/", 1)[-1] if source else extraction.article_id[:8]
        )
    return labels


def write_findings(
    findings: list[Finding],
    fmt: FindingFormat,
    stream: TextIO,
    labels: dict[str, str] | None = None,
    title: str = "findings",
) -> None:
    if fmt is FindingFormat.JSON:
        json.dump([f.model_dump(mode="json") for f in findings], stream, indent=2)
        stream.write("\n")
    elif fmt is FindingFormat.JSONL:
        for finding in findings:
            stream.write(finding.model_dump_json() + "\n")
    else:
        print_table(findings, stream, labels or {}, title)
    stream.flush()


def table_width(stream: TextIO) -> int:
    """The terminal's width (or $COLUMNS); 160 when writing to a file or pipe."""
    if stream.isatty() or os.environ.get("COLUMNS"):
        return max(100, Console(file=stream).width)
    return 160


def print_table(
    findings: list[Finding], stream: TextIO, labels: dict[str, str], title: str
) -> None:
    console = Console(file=stream, soft_wrap=False, width=table_width(stream))
    if not findings:
        console.print(f"no {title}")
        return
    rows = [_row(finding, labels) for finding in findings]
    # Leave out columns that no finding fills (an audit has no claims, a claim check no
    # single category worth a column).
    columns = [
        c for c in _COLUMNS if any(row[c] != "-" for row in rows) or c in ("severity", "why")
    ]
    if not any(finding.claims for finding in findings):
        columns.remove("status")  # an audit's outcome is its check id (revision, typo_dip...)
    table = Table(title=f"{title}: {len(findings)}", title_justify="left")
    for column in columns:
        # Ids stay whole; long file names fold; the explanation takes the remaining width.
        table.add_column(
            column,
            overflow="fold",
            no_wrap=column in _NO_WRAP,
            min_width=_MIN_WIDTHS.get(column),
            max_width=28 if column == "claims" else None,
            ratio=1 if column == "why" else None,
        )
    for row in rows:
        table.add_row(*(row[c] for c in columns))
    console.print(table)


_NO_WRAP = frozenset({"severity", "check", "status", "ledger"})
_MIN_WIDTHS = {"why": 30, "expected": 10, "found": 10, "category": 12}
_COLUMNS = (
    "severity",
    "check",
    "status",
    "claims",
    "category",
    "expected",
    "found",
    "ledger",
    "why",
)


def _row(finding: Finding, labels: dict[str, str]) -> dict[str, str]:
    claims = "\n".join(
        f"{labels.get(ref.article_id, ref.article_id[:8])}#{ref.index}" for ref in finding.claims
    )
    return {
        "severity": f"[{_SEVERITY_STYLE[finding.severity]}]{finding.severity.value}[/]",
        "check": finding.check,
        "status": finding.status.value,
        "claims": claims or "-",
        # Claim findings name their claims; the category column is for ledger rows.
        "category": "-"
        if finding.claims
        else " + ".join(c.value for c in finding.categories) or "-",
        "expected": finding.expected or "-",
        "found": finding.found or "-",
        "ledger": str(finding.ledger_date) if finding.ledger_date else "-",
        "why": finding.explanation + (f" [{finding.note}]" if finding.note else ""),
    }


def print_summary(summary: Summary, console: Console) -> None:
    """How many claims were checked, passed, failed, unchecked, overall and by check."""
    table = Table(title="checks", title_justify="left")
    for column in ("check", "checked", "passed", "failed", "unchecked"):
        table.add_column(column, justify="left" if column == "check" else "right")
    for check, counts in sorted(summary.by_check.items()):
        failed = f"[bold red]{counts.failed}[/]" if counts.failed else "0"
        table.add_row(check, str(counts.checked), str(counts.passed), failed, str(counts.unchecked))
    console.print(table)
    console.print(
        f"{summary.claims} claims: {summary.claims_checked} checked "
        f"({summary.claims_passed} passed, {summary.claims_failed} failed), "
        f"{summary.claims_unchecked} unchecked, {summary.claims_not_covered} not covered by any "
        "check",
        highlight=False,
    )
    if summary.severities:
        parts = ", ".join(f"{n} {severity}" for severity, n in sorted(summary.severities.items()))
        console.print(f"failed findings: {parts}", highlight=False)
