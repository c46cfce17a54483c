"""``extractor export``: claims or check findings from a batch results database."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from extractor.batch.export import (
    ExportFormat,
    ExportWhat,
    columns_for,
    iter_rows,
    open_readonly,
    write_csv,
    write_jsonl,
    write_parquet,
)
from extractor.cli.extract import open_output
from extractor.errors import UsageError


def export_command(
    db: Path = typer.Option(..., "--db", help="The results database `extractor batch` wrote."),
    output_format: ExportFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="jsonl, csv or parquet. Without it, --out's suffix decides (default jsonl).",
        show_default=False,
    ),
    what: ExportWhat = typer.Option(
        ExportWhat.CLAIMS, "--what", help="claims (one row per claim) or findings (checks)."
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Write to this file (needed for parquet); default stdout."
    ),
    job: str | None = typer.Option(
        None, "--job", help="Only this job key (shown by `extractor batch`); default all."
    ),
) -> int:
    """Export a batch job's claims or findings for pandas and spreadsheets."""
    fmt = output_format or _format_from_suffix(out)
    conn = open_readonly(db)
    try:
        rows = iter_rows(conn, what, job)
        columns = columns_for(what)
        if fmt is ExportFormat.PARQUET:
            if out is None:
                raise UsageError("parquet is binary: give --out FILE.parquet")
            out.parent.mkdir(parents=True, exist_ok=True)
            count = write_parquet(rows, columns, out)
        else:
            with open_output(out) as stream:
                if fmt is ExportFormat.CSV:
                    count = write_csv(rows, columns, stream)
                else:
                    count = write_jsonl(rows, stream)
    finally:
        conn.close()
    if out is not None or not sys.stdout.isatty():
        Console(stderr=True, highlight=False).print(
            f"exported {count} {what.value}" + (f" to {out}" if out else "")
        )
    return 0


def _format_from_suffix(out: Path | None) -> ExportFormat:
    suffix = out.suffix.lower().lstrip(".") if out is not None else ""
    return ExportFormat(suffix) if suffix in {f.value for f in ExportFormat} else ExportFormat.JSONL
