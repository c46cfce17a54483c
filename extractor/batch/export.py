"""Reading a results database out as rows for pandas and spreadsheets.

``claims``: one row per claim, with the article's metadata and the job that produced it.
``findings``: one row per cross-check outcome. CSV joins lists with ``|`` (as
``extractor extract --format csv`` does); JSONL and Parquet keep them as lists.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from extractor.batch.store import CLAIM_COLUMNS
from extractor.errors import UsageError


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"


class ExportWhat(StrEnum):
    CLAIMS = "claims"
    FINDINGS = "findings"


_ARTICLE_COLUMNS = ("source", "title", "outlet", "published", "url")
_JOB_COLUMNS = ("backend", "model", "prompt_sha256", "schema_version")
CLAIM_EXPORT_COLUMNS: tuple[str, ...] = (
    "article_id", *_ARTICLE_COLUMNS, *_JOB_COLUMNS, "job_key", "claim_index", *CLAIM_COLUMNS,
)  # fmt: skip
FINDING_EXPORT_COLUMNS: tuple[str, ...] = (
    "job_key", "article_id", "check", "status", "severity", "claims", "expected", "found",
    "explanation", "ledger_date", "categories", "note",
)  # fmt: skip
_LIST_COLUMNS = {"categories", "claims"}
_INTEGER_COLUMNS = {"value", "low", "high", "start", "end", "claim_index"}

_CLAIMS_SQL = f"""
SELECT c.article_id, {", ".join(f"a.{name}" for name in _ARTICLE_COLUMNS)},
       {", ".join(f"e.{name}" for name in _JOB_COLUMNS)}, c.job_key, c.idx,
       {", ".join(f'c."{name}"' for name in CLAIM_COLUMNS)}
FROM claims c
JOIN extractions e ON e.article_id = c.article_id AND e.job_key = c.job_key
JOIN articles a ON a.article_id = c.article_id
{{where}}
ORDER BY c.job_key, a.source, c.article_id, c.idx
"""
_FINDINGS_SQL = """
SELECT job_key, article_id, "check", status, severity, claims, expected, found,
       explanation, ledger_date, categories, note
FROM findings {where}
ORDER BY job_key, article_id IS NULL, article_id, finding_id
"""


def open_readonly(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise UsageError(f"{path}: no such results database; `extractor batch` creates it")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM claims LIMIT 1")
    except sqlite3.DatabaseError as error:
        raise UsageError(f"{path}: not a results database written by `extractor batch` "
                         f"({error})") from None  # fmt: skip
    return conn


def iter_rows(
    conn: sqlite3.Connection, what: ExportWhat, job_key: str | None = None
) -> Iterator[dict[str, Any]]:
    """Rows as dicts with lists as lists; ``job_key`` limits them to one job."""
    if what is ExportWhat.CLAIMS:
        columns, template, key = CLAIM_EXPORT_COLUMNS, _CLAIMS_SQL, "c.job_key"
    else:
        columns, template, key = FINDING_EXPORT_COLUMNS, _FINDINGS_SQL, "job_key"
    where, params = (f"WHERE {key} = ?", (job_key,)) if job_key else ("", ())
    for values in conn.execute(template.format(where=where), params):
        row = dict(zip(columns, values, strict=True))
        if "categories" in row:
            row["categories"] = row["categories"].split("|") if row["categories"] else []
        if what is ExportWhat.FINDINGS:
            row["claims"] = json.loads(row["claims"])
        yield row


def write_jsonl(rows: Iterator[dict[str, Any]], stream: TextIO) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], stream: TextIO) -> int:
    writer = csv.DictWriter(stream, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: "|".join(v) if isinstance(v, list) else v for k, v in row.items()})
        count += 1
    return count


def write_parquet(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], out: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(
            "parquet export needs pyarrow: pip install 'claims-extractor[parquet]' "
            "(or use --format csv|jsonl)"
        ) from None
    data = list(rows)
    fields = []
    for name in columns:
        if name in _LIST_COLUMNS:
            kind = pa.list_(pa.string())
        elif name in _INTEGER_COLUMNS:
            kind = pa.int64()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    schema = pa.schema(fields)
    table = pa.Table.from_pylist(
        [{name: _as_text(name, row[name]) for name in columns} for row in data], schema=schema
    )
    pq.write_table(table, out)
    return len(data)


def _as_text(name: str, value: Any) -> Any:
    if value is None or name in _LIST_COLUMNS or name in _INTEGER_COLUMNS:
        return value
    return str(value)


def columns_for(what: ExportWhat) -> tuple[str, ...]:
    return CLAIM_EXPORT_COLUMNS if what is ExportWhat.CLAIMS else FINDING_EXPORT_COLUMNS
