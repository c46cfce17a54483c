"""``extractor ledger``: inspect a reference ledger (``audit`` lists its anomalies)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from extractor.checks import FailOn, should_fail
from extractor.checks.report import FindingFormat, write_findings
from extractor.errors import UsageError
from extractor.ledger import ledger_from_option
from extractor.ledger.audit import audit_ledger, revision_notes
from extractor.ledger.model import ONE_DAY

app = typer.Typer(
    help="Inspect a reference ledger (default: the shipped General Staff series).",
    no_args_is_help=True,
)


@app.command("audit")
def audit_command(
    ledger_file: Path | None = typer.Argument(
        None, help="Ledger CSV to audit (default: the shipped General Staff series)."
    ),
    output_format: FindingFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="table (default on a terminal), json or jsonl.",
        show_default=False,
    ),
    fail_on: FailOn = typer.Option(
        FailOn.NEVER, "--fail-on", help="Exit with 1 when an anomaly is this severe."
    ),
) -> int:
    """List a ledger's anomalies: decreases (revisions when a correction entry explains them,
    likely typos, unexplained drops), missing dates and values, derived values."""
    ledger = ledger_from_option(ledger_file)
    findings = audit_ledger(ledger)
    fmt = output_format or (FindingFormat.TABLE if sys.stdout.isatty() else FindingFormat.JSON)
    write_findings(findings, fmt, sys.stdout, title=f"anomalies in {ledger.source}")
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.check] = counts.get(finding.check, 0) + 1
    console = Console(stderr=fmt is not FindingFormat.TABLE, highlight=False, soft_wrap=True)
    listed = ", ".join(f"{n} {check.split('.')[1]}" for check, n in sorted(counts.items()))
    console.print(
        f"{ledger.source}: {len(ledger.dates)} dates, {ledger.first} to {ledger.last}, "
        f"{len(ledger.categories)} categories, {len(ledger.corrections)} correction entries; "
        f"{listed or 'no anomalies'}"
    )
    return 1 if should_fail(findings, fail_on) else 0


@app.command("show")
def show_command(
    day: str = typer.Argument(..., help="Date, YYYY-MM-DD."),
    ledger_file: Path | None = typer.Option(None, "--ledger", "-l", help="Ledger CSV."),
) -> None:
    """Print the ledger's figures for one date: total, change from the day before, notes."""
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise UsageError(f"date {day!r} is not YYYY-MM-DD") from None
    ledger = ledger_from_option(ledger_file)
    if not ledger.covers(when):
        raise UsageError(f"{when} is outside the ledger's range ({ledger.first} to {ledger.last})")
    table = Table(title=f"{ledger.source} on {when}", title_justify="left")
    for column in ("category", "total", "change", "revision"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category in ledger.categories:
        total = ledger.value(category, when)
        change = ledger.change([category], when)
        revision = ledger.correction([category], when)
        table.add_row(
            category.value,
            f"{total:,}" if total is not None else "-",
            f"{change:+,}" if change is not None else "-",
            f"{revision:+,}" if revision else "",
        )
    console = Console(highlight=False, soft_wrap=True)
    console.print(table)
    for note in revision_notes(ledger, ledger.categories, [when, when + ONE_DAY]):
        console.print(f"note: {note}")
