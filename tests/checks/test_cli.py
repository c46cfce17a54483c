"""`extractor check` and `extractor ledger audit` from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from extractor.cli import main
from extractor.render import ExtractionWriter, OutputFormat
from schemas import Extraction

GS = {
    "claimant": "General Staff of the Armed Forces of Ukraine",
    "claimant_type": "ukraine_official",
    "as_of": "2024-01-23",
}


def _write(path: Path, extractions: list[Extraction], fmt: OutputFormat) -> Path:
    stream = io.StringIO()
    writer = ExtractionWriter(fmt, stream)
    for extraction in extractions:
        writer.write(extraction)
    writer.close()
    path.write_text(stream.getvalue())
    return path


@pytest.fixture()
def results(tmp_path: Path, make_claim: Any, make_extraction: Any) -> dict[str, Path]:
    good = make_extraction(
        [make_claim(value=960, scope="daily", **GS), make_claim(value=377820, **GS)],
        article_id="1" * 16,
        title="Russia lost 960 troops in a day",
        source="articles/good.txt",
    )
    wrong_total = make_extraction(
        [make_claim(categories=["tanks"], value=6217, **GS)], article_id="2" * 16
    )
    misprint = make_extraction(
        [make_claim(value=960, scope="daily", **GS)],
        article_id="3" * 16,
        title="Russia lost 690 troops in a day",
    )
    return {
        "good": _write(tmp_path / "good.json", [good], OutputFormat.JSON),
        "error": _write(tmp_path / "error.jsonl", [good, wrong_total], OutputFormat.JSONL),
        "warning": _write(tmp_path / "warning.json", [misprint], OutputFormat.JSON),
    }


def test_clean_results_exit_0_and_list_no_failures(
    results: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(results["good"]), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert [f for f in json.loads(out) if f["status"] == "failed"] == []
    assert "2 claims: 2 checked (2 passed, 0 failed)" in err


def test_errors_set_the_exit_code_per_fail_on(
    results: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(results["error"]), "--format", "jsonl"]) == 1
    out, _ = capsys.readouterr()
    failed = [json.loads(line) for line in out.splitlines() if '"failed"' in line]
    assert [(f["check"], f["expected"], f["found"], f["claims"]) for f in failed] == [
        ("ledger.cumulative", "6,214", "6,217", [{"article_id": "2" * 16, "index": 0}])
    ]
    assert main(["check", str(results["error"]), "--fail-on", "never", "-f", "json"]) == 0


def test_warnings_fail_only_with_fail_on_warning(
    results: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(results["warning"]), "-f", "json"]) == 0
    (finding,) = [f for f in json.loads(capsys.readouterr().out) if f["status"] == "failed"]
    assert (finding["check"], finding["severity"]) == ("within.headline", "warning")
    assert main(["check", str(results["warning"]), "-f", "json", "--fail-on", "warning"]) == 1


def test_table_shows_findings_and_summary(
    results: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(results["error"]), "--format", "table"]) == 1
    out = capsys.readouterr().out
    assert "ledger.cumulative" in out and "6,217" in out
    assert "3 claims: 3 checked (2 passed, 1 failed)" in out


def test_unreadable_results_are_reported_without_a_traceback(
    tmp_path: Path, results: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "articles.json"
    bad.write_text('[{"text": "an article, not an extraction"}]')
    assert main(["check", str(bad), str(results["good"]), "-f", "json"]) == 1
    err = capsys.readouterr().err
    assert f"error: {bad}: not extraction output" in err and "Traceback" not in err


def test_a_supplied_ledger_replaces_the_default(
    tmp_path: Path, results: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = tmp_path / "mine.csv"
    ledger.write_text("date,personnel\n2024-01-22,100\n2024-01-23,200\n2024-01-24,300\n")
    assert main(["check", str(results["good"]), "--ledger", str(ledger), "-f", "json"]) == 1
    failed = [f["check"] for f in json.loads(capsys.readouterr().out) if f["status"] == "failed"]
    assert sorted(failed) == ["ledger.cumulative", "ledger.daily"]
    assert main(["check", str(results["good"]), "--no-ledger", "-f", "json"]) == 0


def test_ledger_audit_lists_anomalies(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ledger", "audit", "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    checks = [f["check"] for f in findings]
    assert checks.count("ledger_audit.revision") == 12 and "ledger_audit.typo_dip" in checks
    assert main(["ledger", "audit", "-f", "json", "--fail-on", "warning"]) == 1


def test_ledger_audit_of_a_broken_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("date,tanks\n2024-01-01,ten\n")
    assert main(["ledger", "audit", str(broken)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"error: {broken}, line 2, column tanks: 'ten' is not a whole number"
    )


def test_show_selects_what_is_listed(
    tmp_path: Path, make_claim: Any, make_extraction: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    article = make_extraction(
        [
            make_claim(value=960, scope="daily", **GS),
            make_claim(value=400000, **{**GS, "as_of": None}),
        ]
    )
    path = _write(tmp_path / "one.json", [article], OutputFormat.JSON)
    listed = {}
    for show in ("problems", "unchecked", "all"):
        assert main(["check", str(path), "-f", "json", "--show", show]) == 0
        listed[show] = {f["status"] for f in json.loads(capsys.readouterr().out)}
    assert listed == {
        "problems": set(),
        "unchecked": {"unchecked"},
        "all": {"passed", "unchecked"},
    }


def test_ledger_show_prints_totals_changes_and_revisions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ledger", "show", "2024-01-23"]) == 0
    out = capsys.readouterr().out
    assert "377,820" in out and "+960" in out
    assert main(["ledger", "show", "2024-11-30"]) == 0
    assert "special_equipment on 2024-11-30 is under revision" in capsys.readouterr().out
    assert main(["ledger", "show", "2021-01-01"]) == 2
    assert "outside the ledger's range" in capsys.readouterr().err


def test_an_article_instead_of_results_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("title: x\n---\nRussia lost 960 troops.\n")
    assert main(["check", str(article)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "is not JSON; give the .json or .jsonl file" in err
