"""``extractor eval`` end to end, with a fake backend standing in for the registry's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import extractor.evals.runner as runner
from extractor.cli import main
from extractor.errors import UsageError
from extractor.evals.dataset import load_dataset


@pytest.fixture
def perfect_on_alpha(small_dataset, fake_backend, monkeypatch):
    """Every backend name builds a fake that answers alpha's gold exactly and beta nothing."""
    gold = load_dataset(small_dataset).items[0].gold
    answers = {"alpha": [c.model_copy(update={"start": None, "end": None}) for c in gold]}

    def create(name, settings):
        if name == "rules" and (settings.model or settings.prompt):
            raise UsageError("rules takes no model or prompt")
        return fake_backend(answers, name=name, model=settings.model)

    monkeypatch.setattr(runner, "create_backend", create)
    return small_dataset


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_prints_one_object_with_the_documented_keys(perfect_on_alpha, tmp_path, capsys):
    code, out, _ = run_cli(
        capsys, "eval", str(perfect_on_alpha), "--json", "--runs-dir", str(tmp_path / "runs")
    )
    assert code == 0
    data = json.loads(out)  # exactly one JSON object on stdout
    (run,) = data["runs"]
    assert {"backend", "model", "prompt", "metrics", "per_article"} <= set(run)
    assert {"precision", "recall", "f1", "strict_f1", "grounding_rate", "field_accuracy"} <= set(
        run["metrics"]
    )
    assert run["backend"] == "rules"
    assert run["metrics"]["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert [a["name"] for a in run["per_article"]] == ["dev/alpha", "test/beta"]
    assert len(list((tmp_path / "runs").glob("*-rules.json"))) == 1


def test_models_and_prompts_cross_for_backends_that_take_them(perfect_on_alpha, capsys):
    code, out, _ = run_cli(
        capsys,
        "eval",
        str(perfect_on_alpha),
        "--backend",
        "rules",
        "--backend",
        "llm",
        "--model",
        "m1",
        "--prompt",
        "claims/v1",
        "--prompt",
        "claims/v2",
        "--json",
        "--no-save",
    )
    assert code == 0
    keys = [(r["backend"], r["model"], r["prompt"]) for r in json.loads(out)["runs"]]
    assert keys == [("rules", None, None), ("llm", "m1", "claims/v1"), ("llm", "m1", "claims/v2")]


def test_fail_under_sets_the_exit_code(perfect_on_alpha, capsys):
    common = ["eval", str(perfect_on_alpha), "--no-save", "--json"]
    assert run_cli(capsys, *common, "--fail-under", "0.5")[0] == 0
    code, _, err = run_cli(capsys, *common, "--fail-under", "0.9")
    assert code == 1
    assert "below 0.9" in err


def test_subset_and_report(perfect_on_alpha, tmp_path, capsys):
    out_dir = tmp_path / "out"
    code, out, err = run_cli(
        capsys,
        "eval",
        "run",
        str(perfect_on_alpha),
        "--subset",
        "dev",
        "--report",
        str(out_dir),
        "--no-save",
    )
    assert code == 0
    assert "dev/alpha" in (out_dir / "report.html").read_text(encoding="utf-8")
    assert "test/beta" not in (out_dir / "report.md").read_text(encoding="utf-8")
    assert "100.0% (2/2)" in out  # the terminal table, with counts
    assert "wrote" in err


def test_an_unknown_subset_is_a_usage_error(perfect_on_alpha, capsys):
    code, _, err = run_cli(capsys, "eval", str(perfect_on_alpha), "--subset", "nope")
    assert code == 2 and "no subset nope" in err


def test_diff_of_two_saved_runs(perfect_on_alpha, tmp_path, capsys, monkeypatch, fake_backend):
    runs = tmp_path / "runs"
    assert (
        run_cli(
            capsys, "eval", str(perfect_on_alpha), "--runs-dir", str(runs), "--label", "a", "--json"
        )[0]
        == 0
    )
    monkeypatch.setattr(runner, "create_backend", lambda name, s: fake_backend({}, name=name))
    assert (
        run_cli(
            capsys, "eval", str(perfect_on_alpha), "--runs-dir", str(runs), "--label", "b", "--json"
        )[0]
        == 0
    )
    (run_a,) = runs.glob("*-a.json")
    (run_b,) = runs.glob("*-b.json")
    code, out, _ = run_cli(capsys, "eval", "diff", str(run_a), str(run_b), "--json")
    assert code == 0
    (diff,) = json.loads(out)["diffs"]
    assert diff["metrics"]["recall"]["delta"] == pytest.approx(-2 / 3, abs=1e-3)
    (alpha,) = diff["articles"]
    assert alpha["name"] == "dev/alpha" and len(alpha["lost"]) == 2 and alpha["gained"] == []
    assert all(change["matches_gold"] for change in alpha["lost"])
    code, out, _ = run_cli(capsys, "eval", "diff", str(run_a), str(run_b))
    assert code == 0 and "dev/alpha" in out and "-66.7 pt" in out


def test_validate_exit_codes(small_dataset, capsys):
    code, out, _ = run_cli(capsys, "eval", "validate", str(small_dataset))
    assert code == 0 and "2 articles (dev 1, test 1), 3 gold claims: OK" in out
    (small_dataset / "dev" / "alpha.gold.json").write_text("[]", encoding="utf-8")
    code, out, _ = run_cli(capsys, "eval", "validate", str(small_dataset))
    assert code == 1 and "gold_invalid" in out


def test_eval_without_a_scorable_article_fails(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    code, _, err = run_cli(capsys, "eval", str(tmp_path), "--no-save")
    assert code == 1 and "no article with a valid gold file" in err


def test_help_lists_the_subcommands(capsys):
    code, out, _ = run_cli(capsys, "eval", "--help")
    assert code == 0
    for command in ("run", "diff", "validate"):
        assert command in out


def test_report_puts_saved_runs_side_by_side(perfect_on_alpha, tmp_path, capsys, monkeypatch):
    runs = tmp_path / "runs"
    for label in ("first", "second"):
        assert (
            main(
                ["eval", str(perfect_on_alpha), "--runs-dir", str(runs), "--json", "--label", label]
            )
            == 0
        )
    capsys.readouterr()
    paths = sorted(str(p) for p in runs.glob("*.json"))
    code, out, _ = run_cli(capsys, "eval", "report", *paths, "--out", str(tmp_path / "rep"))
    assert code == 0 and out.count("│ rules ") == 6  # the terminal tables show both runs
    markdown = (tmp_path / "rep" / "report.md").read_text(encoding="utf-8")
    assert "# Eval: first vs second" in markdown
    assert markdown.count("| rules | all |") == 2
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    assert "article text not available" not in html  # texts found via the recorded root
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(
        capsys, "eval", "report", paths[0], "--out", "rep2", "--dataset", "missing"
    )
    assert code == 0 and "article texts not shown" in err
