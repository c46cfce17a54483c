"""End to end: ``extractor extract`` on the sample articles, in each input and output format."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from extractor.cli import main
from schemas import Extraction

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "evals" / "samples"
SEED = REPO.parent / "shared" / "examples" / "seed-article.txt"
GS = "General Staff of the Armed Forces of Ukraine"

# (subject, categories, value, qualifier, scope, as_of, claimant) per sample, in text order.
EXPECTED: dict[str, list[tuple[str, str, int, str, str, str, str]]] = {
    "wire-story.md": [
        ("russia", "casualties", 580, "exact", "daily", "2024-03-15", GS),
        ("russia", "casualties", 428_420, "exact", "cumulative", "2024-03-15", GS),
        ("russia", "artillery_systems", 15, "exact", "daily", "2024-03-15", GS),
        ("russia", "uav", 34, "exact", "daily", "2024-03-15", GS),
    ],
    "overnight-report.html": [
        ("russia", "casualties", 1_020, "exact", "daily", "2025-11-11", GS),
        ("russia", "casualties", 1_153_180, "exact", "cumulative", "2025-11-11", GS),
        ("russia", "tanks", 11_342, "exact", "cumulative", "2025-11-11", GS),
        ("russia", "artillery_systems", 34_366, "exact", "cumulative", "2025-11-11", GS),
        ("russia", "uav", 217, "exact", "daily", "2025-11-11", GS),
    ],
    "feed.jsonl": [
        ("russia", "casualties", 800, "exact", "daily", "2023-06-06", GS),
        ("russia", "casualties", 211_150, "exact", "cumulative", "2023-06-06", GS),
        ("russia", "tanks", 12, "exact", "daily", "2023-06-06", GS),
        ("russia", "artillery_systems", 36, "exact", "daily", "2023-06-06", GS),
    ],
}


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rows(extraction: Extraction) -> list[tuple[str, str, int, str, str, str, str]]:
    return [
        (c.subject.value, "|".join(x.value for x in c.categories), c.value or 0,
         c.qualifier.value, c.scope.value, c.as_of or "", c.claimant)
        for c in extraction.claims
    ]  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_sample_format_field_by_field(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(SAMPLES / name), "--format", "json"], capsys)
    assert code == 0, err
    extractions = [Extraction.model_validate(e) for e in json.loads(out)]
    assert rows(extractions[0]) == EXPECTED[name]
    text = {"feed.jsonl": None}.get(name, "")
    if text is not None:  # every evidence is the text at its offsets (checked via the loader)
        from extractor.articles import load_file

        article = load_file(SAMPLES / name)[0]
        for claim in extractions[0].claims:
            assert article.text[claim.start : claim.end] == claim.evidence


def test_a_feed_record_without_claims_still_gets_an_extraction(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["extract", str(SAMPLES / "feed.jsonl"), "--format", "jsonl"], capsys)
    lines = [Extraction.model_validate_json(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == 2
    assert lines[1].claims == [] and lines[1].article.source.endswith("feed.jsonl#2")


def test_general_staff_list_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(SAMPLES / "genstaff-update.txt"), "-f", "jsonl"], capsys)
    (extraction,) = [Extraction.model_validate_json(line) for line in out.splitlines()]
    found = {c.value: c for c in extraction.claims}
    assert code == 0 and len(extraction.claims) == 16
    assert (found[864_860].scope.value, found[1_280].scope.value) == ("cumulative", "daily")
    assert found[26_156].categories[0].value == "uav"
    assert {c.as_of for c in extraction.claims} == {"2025-02-21"}


def test_csv_has_one_row_per_claim_with_the_article_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(SAMPLES), "--format", "csv"], capsys)
    table = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert len(table) == 4 + 5 + 4 + 16
    assert {len(r["article_id"]) for r in table} == {16}
    first = next(r for r in table if r["value"] == "428420")
    assert first["categories"] == "casualties" and first["scope"] == "cumulative"


def test_table_output_names_every_column(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(SAMPLES / "wire-story.md"), "--format", "table"], capsys)
    assert code == 0
    for word in ("subject", "categories", "number", "qualifier", "scope", "as_of", "claimant",
                 "428,420", "artillery_systems"):  # fmt: skip
        assert word in out


def test_out_file_format_follows_its_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sub" / "claims.jsonl"
    code, out, _ = run(["extract", str(SAMPLES / "wire-story.md"), "--out", str(target)], capsys)
    assert code == 0 and out == ""
    (line,) = target.read_text().splitlines()
    assert Extraction.model_validate_json(line).claims[0].value == 580
    assert [p.name for p in target.parent.iterdir()] == ["claims.jsonl"]  # no temp file left


def test_one_bad_input_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(SAMPLES / "wire-story.md", tmp_path / "good.md")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "notes.docx").write_text("unsupported")
    code, out, err = run(["extract", str(tmp_path), str(tmp_path / "missing.txt"), "-f", "json"],
                         capsys)  # fmt: skip
    assert code == 1
    assert [e["article"]["source"] for e in json.loads(out)] == [str(tmp_path / "good.md")]
    assert "empty.txt" in err and "binary.txt" in err and "missing.txt" in err
    assert "Traceback" not in err
    assert all(line.startswith("error: ") for line in err.strip().splitlines())


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["extract", "x.txt", "--backend", "nope"], "unknown backend 'nope'"),
        (["extract", "x.txt", "--model", "gpt-4o-mini"], "takes no --model"),
        (["extract", "x.txt", "--option", "novalue"], "KEY=VALUE"),
        (["extract", "x.txt", "--format", "xml"], "xml"),
        (["extract"], "Missing argument"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(args, capsys)
    assert code == 2
    assert fragment in err


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == 0
    assert "--backend" in capsys.readouterr().out


@pytest.mark.shared
def test_seed_example_all_fifteen_labelled_claims(capsys: pytest.CaptureFixture[str]) -> None:
    from schemas import GoldFile

    code, out, _ = run(["extract", str(SEED), "--format", "json"], capsys)
    (extraction,) = [Extraction.model_validate(e) for e in json.loads(out)]
    gold = GoldFile.model_validate_json(SEED.with_name("seed-article.gold.json").read_text())
    text = SEED.read_text().split("---\n", 1)[1]
    assert code == 0
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.evidence
    fields = ("subject", "population", "categories", "value", "low", "high", "qualifier", "scope",
              "as_of", "period_start", "claimant", "claimant_type", "subgroup")  # fmt: skip
    predicted = sorted(tuple(str(getattr(c, f)) for f in fields) for c in extraction.claims)
    expected = sorted(tuple(str(getattr(c, f)) for f in fields) for c in gold.claims)
    assert predicted == expected
