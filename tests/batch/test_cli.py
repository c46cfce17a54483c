"""``extractor batch`` and ``extractor export`` end to end with the offline rules backend."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from extractor.articles import load_articles
from extractor.backends import create_backend
from extractor.cli import main
from extractor.pipeline import extract_article


@pytest.fixture
def batch_db(articles_dir: Path, tmp_path: Path) -> Path:
    db = tmp_path / "results.sqlite"
    assert main(["batch", str(articles_dir), "--db", str(db), "--processes", "2"]) == 0
    return db


def test_the_process_pool_stores_what_the_pipeline_extracts(
    articles_dir: Path, batch_db: Path
) -> None:
    rules = create_backend("rules")
    expected = sorted(
        (extraction.article_id, index, claim.value, claim.evidence, claim.start)
        for extraction in (extract_article(a, rules) for a in load_articles([articles_dir]))
        for index, claim in enumerate(extraction.claims)
    )
    with sqlite3.connect(batch_db) as conn:
        stored = sorted(conn.execute("SELECT article_id, idx, value, evidence, start FROM claims"))
    assert stored == expected and len(stored) == 24  # troops and tanks of 12 reports


def test_a_rerun_skips_everything_and_says_so(
    articles_dir: Path, batch_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["batch", str(articles_dir), "--db", str(batch_db), "--processes", "0"]) == 0
    err = capsys.readouterr().err
    assert "12 articles: 0 done (0 cached), 0 failed, 12 skipped" in err


def test_bad_options_are_usage_errors(articles_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite")
    assert main(["batch", str(articles_dir), "--db", db, "--via", "batch-api"]) == 2
    assert main(["batch", str(articles_dir), "--db", db, "--model", "gpt-4o"]) == 2
    assert main(["batch", "status", "extra", "--db", db]) == 2
    assert main(["export", "--db", str(tmp_path / "missing.sqlite")]) == 2


def test_export_csv_reads_back_with_the_csv_module(batch_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    assert main(["export", "--db", str(batch_db), "--out", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as stream:
        read = list(csv.DictReader(stream))
    with sqlite3.connect(batch_db) as conn:
        count = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    assert len(read) == count
    tanks = [row for row in read if row["categories"] == "tanks"]
    assert len(tanks) == 12 and all(row["outlet"] == "Test Wire" for row in tanks)
    first = read[0]
    assert first["backend"] == "rules" and first["claimant_type"] == "ukraine_official"
    assert int(first["value"]) > 0 and first["evidence"]


def test_export_jsonl_of_claims_and_findings(
    batch_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["export", "--db", str(batch_db), "--format", "jsonl"]) == 0
    claims = [json.loads(line) for line in io.StringIO(capsys.readouterr().out)]
    assert len(claims) == 24 and all(isinstance(c["categories"], list) for c in claims)
    assert len({c["article_id"] for c in claims}) == 12
    assert main(["export", "--db", str(batch_db), "--what", "findings", "-f", "jsonl"]) == 0
    findings = [json.loads(line) for line in io.StringIO(capsys.readouterr().out)]
    own = [f for f in findings if f["article_id"] and f["claims"]]
    # A finding of one article points at that article's claims as ARTICLE#INDEX.
    assert own and all(ref.startswith(f["article_id"] + "#") for f in own for ref in f["claims"])
    ledger = [f for f in findings if f["check"].startswith("ledger.")]
    assert ledger, "daily figures of 2024 are compared with the General Staff series"


def test_export_parquet_reads_back_with_pyarrow(batch_db: Path, tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "claims.parquet"
    assert main(["export", "--db", str(batch_db), "--out", str(out)]) == 0
    table = parquet.read_table(out)
    assert table.num_rows == 24
    assert table.schema.field("value").type == "int64"
    assert table.column("categories").to_pylist()[0] in (["casualties"], ["tanks"])
    assert main(["export", "--db", str(batch_db), "--format", "parquet"]) == 2  # needs --out
