"""``extractor eval``: score backends x models x prompts on a labelled dataset.

``extractor eval DATASET_DIR ...`` is short for ``extractor eval run DATASET_DIR ...``;
``extractor eval diff RUN_A RUN_B`` compares two saved runs and ``extractor eval validate
DATASET_DIR`` checks a dataset's gold files.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import click
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from typer.core import TyperGroup

from extractor.backends import DEFAULT_BACKEND, backend_names
from extractor.cli.backend_options import CacheDir, MaxRetries, NoCache, Options, backend_settings
from extractor.errors import ExtractorError, UsageError
from extractor.evals.dataset import Dataset, load_dataset, validate_dataset
from extractor.evals.prices import DEFAULT_PRICES, Price, load_prices
from extractor.evals.record import RunFile, RunOrigin, RunResult
from extractor.evals.reports import print_diff, print_run_file, reportable_runs, write_reports
from extractor.evals.reports.common import unreportable_reason
from extractor.evals.runner import ArticleOutcome, PlannedRun, RunSpec, plan_runs, run_one
from extractor.evals.runs import (
    DEFAULT_RUNS_DIR,
    diff_runs,
    diff_to_json,
    load_run,
    make_run_file,
    merge_run_files,
    pair_runs,
    save_run,
    write_json,
)


class EvalGroup(TyperGroup):
    """Routes ``eval DATASET ...`` (no subcommand named) to ``eval run DATASET ...``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ctx.help_option_names:
            args = ["run", *args]
        return super().parse_args(ctx, args)


eval_app = typer.Typer(
    cls=EvalGroup,
    name="eval",
    help="Score backends against hand-labelled articles. `extractor eval DATASET_DIR ...` is "
    "short for `extractor eval run DATASET_DIR ...`.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def _stdout() -> Console:
    """The tables' console; piped to a file, wide enough that rows do not wrap."""
    console = Console(highlight=False)
    return console if console.is_terminal else Console(highlight=False, width=180)


def _warn_problems(dataset: Dataset) -> None:
    for problem in dataset.problems:
        _stderr.print(f"warning: {problem}", markup=False)
    blocking = dataset.blocking_problems()
    if blocking:
        skipped = len({p.path for p in blocking})
        _stderr.print(
            f"warning: {skipped} file(s) left out of scoring; run `extractor eval validate "
            f"{dataset.root}` to see every problem",
            markup=False,
        )


def _run_all(
    planned: list[PlannedRun], dataset: Dataset, prices: dict[str, Price], jobs: int
) -> list[RunResult]:
    """Every planned run, with a progress bar on a terminal (nothing at all elsewhere)."""
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} articles"),
        TimeElapsedColumn(),
        console=_stderr,
        transient=True,
    )
    task = progress.add_task("eval", total=len(planned) * len(dataset.items))

    def advance(spec: RunSpec, outcome: ArticleOutcome) -> None:
        progress.update(task, advance=1, description=spec.backend)

    show = _stderr.is_terminal
    with progress if show else nullcontext():
        return [
            run_one(
                plan.spec,
                plan.backend,
                dataset,
                origin=RunOrigin.BACKEND,
                prices=prices,
                jobs=jobs,
                on_article=advance if show else None,
            )
            for plan in planned
        ]


@eval_app.command("run")
def run_command(
    dataset_dir: Path = typer.Argument(
        ..., help="Dataset folder: NAME.txt + NAME.gold.json; subfolders are subsets."
    ),
    backend: list[str] = typer.Option(
        [],
        "--backend",
        "-b",
        help=f"Backend to score, repeatable: {', '.join(backend_names())} "
        f"(default {DEFAULT_BACKEND}).",
        show_default=False,
    ),
    model: list[str] = typer.Option(
        [],
        "--model",
        "-m",
        help="Model, repeatable; applies to backends that take one (rules takes none and "
        "runs once).",
    ),
    prompt: list[str] = typer.Option(
        [],
        "--prompt",
        "-p",
        help="Prompt template such as claims/v2, repeatable; applies to backends that take one.",
    ),
    subset: list[str] = typer.Option(
        [], "--subset", help="Only this subset (a subfolder such as dev), repeatable."
    ),
    report: Path | None = typer.Option(
        None, "--report", help="Write report.md and report.html into this folder."
    ),
    as_json: bool = typer.Option(
        False, "--json", help='Print one JSON object {"runs": [...]} instead of tables.'
    ),
    fail_under: float | None = typer.Option(
        None,
        "--fail-under",
        min=0.0,
        max=1.0,
        help="Exit 1 when any run's overall F1 is below this (0-1): a CI gate.",
    ),
    label: str | None = typer.Option(
        None, "--label", help="Name of the saved run (default: the backends)."
    ),
    runs_dir: Path = typer.Option(DEFAULT_RUNS_DIR, "--runs-dir", help="Where runs are saved."),
    no_save: bool = typer.Option(False, "--no-save", help="Do not save the run."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Articles extracted at a time."),
    prices: Path = typer.Option(
        DEFAULT_PRICES,
        "--prices",
        help="Price table: TOML, USD per 1M tokens per model (default: the shipped "
        "extractor/evals/prices.toml).",
        show_default=False,
    ),
    max_retries: MaxRetries = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    option: Options = None,
) -> int:
    """Run every backend x model x prompt over the dataset and score it against gold.

    Prints the comparison (or JSON with --json), saves the run under --runs-dir and
    writes reports with --report. Exit 0; 1 when --fail-under is missed or nothing could
    be scored; 2 on usage errors.
    """
    dataset = load_dataset(dataset_dir, subset or None)
    _warn_problems(dataset)
    if not dataset.items:
        raise ExtractorError(f"{dataset_dir}: no article with a valid gold file to score")
    price_table = load_prices(prices)
    base = backend_settings(
        max_retries=max_retries, no_cache=no_cache, cache_dir=cache_dir, option=option
    )
    backends = backend or [DEFAULT_BACKEND]
    planned = plan_runs(backends, model, prompt, base)
    results = _run_all(planned, dataset, price_table, jobs)
    run_file = make_run_file(label or "+".join(dict.fromkeys(backends)), dataset, results)
    if not no_save:
        _stderr.print(f"saved run: {save_run(run_file, runs_dir)}", markup=False)
    if report is not None:
        _write_reports(run_file, _texts(dataset), report)
    if as_json:
        typer.echo(run_file.model_dump_json(indent=1))
    else:
        print_run_file(run_file, _stdout())
    return _gate(results, fail_under)


def _texts(dataset: Dataset) -> dict[str, str]:
    return {item.name: item.article.text for item in dataset.items}


def _write_reports(run_file: RunFile, texts: dict[str, str], out_dir: Path) -> None:
    """Reports of the runs that may be shown; say which were left out and why."""
    for run in run_file.runs:
        reason = unreportable_reason(run)
        if reason:
            _stderr.print(f"warning: {run.title} left out of the reports: {reason}", markup=False)
    shown = reportable_runs(run_file.runs)
    if not shown:
        _stderr.print(f"warning: no run to report; nothing written to {out_dir}", markup=False)
        return
    for path in write_reports(run_file.model_copy(update={"runs": shown}), texts, out_dir):
        _stderr.print(f"wrote {path}", markup=False)


def _gate(results: list[RunResult], fail_under: float | None) -> int:
    if fail_under is None:
        return 0
    below = [r for r in results if r.metrics["f1"] is None or r.metrics["f1"] < fail_under]
    for run in below:
        f1 = run.metrics["f1"]
        shown = "n/a" if f1 is None else f"{f1:.4f}"
        _stderr.print(f"fail: {run.title}: F1 {shown} is below {fail_under}", markup=False)
    return 1 if below else 0


@eval_app.command("diff")
def diff_command(
    run_a: Path = typer.Argument(..., help="The earlier saved run (evals/runs/*.json)."),
    run_b: Path = typer.Argument(..., help="The later saved run."),
    as_json: bool = typer.Option(False, "--json", help="Print the diff as one JSON object."),
) -> int:
    """Compare two saved runs: metric deltas, and per article the claims gained and lost.

    Runs pair up by backend, model and prompt (a single run on each side pairs anyway).
    Each gained or lost claim is marked as matching gold or spurious.
    """
    before, after = load_run(run_a), load_run(run_b)
    pairs, notes = pair_runs(before, after)
    if not pairs:
        raise UsageError(
            f"{run_a} and {run_b} share no backend/model/prompt to compare: " + "; ".join(notes)
        )
    diffs = [diff_runs(a, b) for a, b in pairs]
    if before.dataset.fingerprint != after.dataset.fingerprint:
        notes.append("the dataset changed between the runs: compare per-article lines with care")
    if as_json:
        typer.echo(write_json({"diffs": [diff_to_json(d) for d in diffs], "notes": notes}))
    else:
        console = _stdout()
        for diff in diffs:
            print_diff(diff, console)
    for note in notes:
        _stderr.print(f"note: {note}", markup=False)
    return 0


@eval_app.command("report")
def report_command(
    run_paths: list[Path] = typer.Argument(..., help="Saved runs (evals/runs/*.json)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for report.md and report.html."),
    dataset_dir: Path | None = typer.Option(
        None,
        "--dataset",
        help="Dataset folder for the article texts (default: the one the first run recorded).",
    ),
) -> int:
    """Report saved runs side by side, e.g. yesterday's prompt against today's."""
    merged, notes = merge_run_files([load_run(path) for path in run_paths])
    root = dataset_dir or Path(merged.dataset.root)
    try:
        dataset = load_dataset(root)
    except UsageError as error:
        notes.append(f"article texts not shown: {error}")
        texts: dict[str, str] = {}
    else:
        texts = _texts(dataset)
    for note in notes:
        _stderr.print(f"note: {note}", markup=False)
    print_run_file(merged, _stdout())
    _write_reports(merged, texts, out)
    return 0


@eval_app.command("validate")
def validate_command(
    dataset_dir: Path = typer.Argument(..., help="Dataset folder to check."),
) -> int:
    """Check a dataset's gold files; exit 1 when anything is wrong.

    Every gold file parses under the schemas, every evidence is in its article, no claim
    is repeated, no article lacks gold and no gold lacks its article, and the gold's
    published date is the article header's.
    """
    dataset = validate_dataset(dataset_dir)
    for problem in dataset.problems:
        typer.echo(f"error: {problem}")
    per_subset = {
        name: sum(item.subset == name for item in dataset.items) for name in dataset.subsets
    }
    subsets = ", ".join(f"{name} {count}" for name, count in per_subset.items()) or "none"
    claims = sum(len(item.gold) for item in dataset.items)
    verdict = f"{len(dataset.problems)} problem(s)" if dataset.problems else "OK"
    typer.echo(
        f"{dataset_dir}: {len(dataset.items)} articles ({subsets}), {claims} gold claims: {verdict}"
    )
    return 1 if dataset.problems else 0
