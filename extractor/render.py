"""Writing extractions out: a terminal table, JSON, JSON Lines or CSV.

Writers stream: each extraction is written as it arrives, so a long run shows (and
keeps) its results as it goes.
"""

from __future__ import annotations

import csv
from enum import StrEnum
from typing import TextIO

from rich.console import Console
from rich.table import Table

from schemas import Claim, Extraction


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"


# The CSV columns: the article, then every claim field in schema order.
CSV_COLUMNS: list[str] = ["article_id", "source", *Claim.model_fields]


def claim_row(extraction: Extraction, claim: Claim) -> dict[str, object]:
    """A claim flattened for CSV: categories joined with '|', enums as their values."""
    row: dict[str, object] = {
        "article_id": extraction.article_id,
        "source": extraction.article.source,
    }
    for name, value in claim.model_dump(mode="json").items():
        row[name] = "|".join(value) if isinstance(value, list) else value
    return row


class ExtractionWriter:
    """Streams extractions to ``stream`` in one format; call ``close`` at the end."""

    def __init__(self, fmt: OutputFormat, stream: TextIO) -> None:
        self.format = fmt
        self.stream = stream
        self._count = 0
        self._csv: csv.DictWriter[str] | None = None
        if fmt is OutputFormat.CSV:
            self._csv = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
            self._csv.writeheader()
        elif fmt is OutputFormat.JSON:
            stream.write("[")

    def write(self, extraction: Extraction) -> None:
        if self.format is OutputFormat.JSON:
            self.stream.write(",\n" if self._count else "\n")
            self.stream.write(extraction.model_dump_json(indent=2))
        elif self.format is OutputFormat.JSONL:
            self.stream.write(extraction.model_dump_json() + "\n")
        elif self._csv is not None:
            for claim in extraction.claims:
                self._csv.writerow(claim_row(extraction, claim))
        else:
            _print_table(extraction, self.stream)
        self._count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.format is OutputFormat.JSON:
            self.stream.write("\n]\n" if self._count else "]\n")
        self.stream.flush()


def _print_table(extraction: Extraction, stream: TextIO) -> None:
    console = Console(file=stream, soft_wrap=False, width=max(120, Console(file=stream).width))
    meta = extraction.article
    heading = meta.title or meta.source or extraction.article_id
    published = meta.published.isoformat() if meta.published else "unknown date"
    table = Table(
        title=f"{heading} ({published}): {len(extraction.claims)} claims",
        title_justify="left",
        show_lines=False,
    )
    for column in ("subject", "categories", "number", "qualifier", "scope", "as_of", "claimant"):
        table.add_column(column, overflow="fold", justify="right" if column == "number" else "left")
    for claim in extraction.claims:
        subject = claim.subject.value
        if claim.population.value != "military":
            subject += f" ({claim.population.value})"
        if claim.subgroup:
            subject += f" / {claim.subgroup}"
        table.add_row(
            subject,
            ", ".join(c.value for c in claim.categories),
            claim.number_label(),
            claim.qualifier.value,
            claim.scope.value,
            claim.as_of or "-",
            claim.claimant,
        )
    console.print(table)
    if extraction.rejected:
        console.print(
            f"[dim]{len(extraction.rejected)} candidates rejected "
            "(see --format json for reasons)[/dim]"
        )
