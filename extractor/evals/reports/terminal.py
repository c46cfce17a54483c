"""The terminal view of an eval: the comparison matrix and what each run cost."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.evals.record import RunFile, RunResult
from extractor.evals.reports.common import (
    COST_COLUMNS,
    HEADLINE_COLUMNS,
    cost_cells,
    field_cells,
    gold_checks_text,
    headline_cells,
    run_label,
)
from extractor.evals.runs import ClaimChange, ClaimEdit, RunDiff
from extractor.evals.scoring import FIELDS


def matrix_table(runs: list[RunResult]) -> Table:
    """One row per run and subset (plus "all"): the headline metrics with their counts."""
    table = Table(title="Claim extraction vs gold", title_justify="left")
    table.add_column("run")
    table.add_column("subset")
    table.add_column("articles", justify="right")
    for column, *_ in HEADLINE_COLUMNS:
        table.add_column(column, justify="right")
    for run in runs:
        counts_by_subset = {}
        for article in run.per_article:
            counts_by_subset[article.subset] = counts_by_subset.get(article.subset, 0) + 1
        rows = [("all", run.metrics, len(run.per_article))]
        if len(run.subsets) > 1:
            rows += [(name, m, counts_by_subset.get(name, 0)) for name, m in run.subsets.items()]
        for index, (subset, metrics, articles) in enumerate(rows):
            table.add_row(
                escape(run_label(run)) if index == 0 else "",
                subset,
                str(articles),
                *headline_cells(metrics),
                end_section=index == len(rows) - 1,
            )
    return table


def fields_table(runs: list[RunResult]) -> Table:
    table = Table(title="Field accuracy on matched pairs", title_justify="left")
    table.add_column("run")
    for name in FIELDS:
        table.add_column(name, justify="right")
    for run in runs:
        table.add_row(escape(run_label(run)), *field_cells(run.metrics))
    return table


def cost_table(runs: list[RunResult]) -> Table:
    table = Table(title="Cost, latency and cross-checks", title_justify="left")
    table.add_column("run")
    for column in COST_COLUMNS:
        table.add_column(column, justify="right")
    for run in runs:
        table.add_row(escape(run_label(run)), *cost_cells(run))
    return table


def print_run_file(run_file: RunFile, console: Console) -> None:
    runs = run_file.runs
    info = run_file.dataset
    console.print(
        f"dataset {info.root}: {info.articles} articles, {info.gold_claims} gold claims, "
        f"subsets {', '.join(info.subsets) or '-'}"
    )
    console.print(matrix_table(runs))
    console.print(fields_table(runs))
    console.print(cost_table(runs))
    if gold_checks_text(info):
        console.print(gold_checks_text(info), markup=False)
    for run in runs:
        if run.check_note:
            console.print(f"[dim]{escape(run.title)}: {escape(run.check_note)}[/dim]")
        for article in run.per_article:
            if article.error:
                console.print(
                    f"[red]{escape(run.title)}: {article.name} failed: "
                    f"{escape(article.error)}[/red]"
                )


def diff_table(diff: RunDiff) -> Table:
    table = Table(
        title=escape(f"{run_label(diff.before)}  ->  {run_label(diff.after)}"), title_justify="left"
    )
    table.add_column("metric")
    table.add_column("A", justify="right")
    table.add_column("B", justify="right")
    table.add_column("change", justify="right")
    for name, (before, after) in diff.metric_deltas.items():
        if before is None or after is None:
            change = ""
        else:
            delta = (after - before) * 100
            colour = "green" if delta > 0 else "red" if delta < 0 else "dim"
            change = f"[{colour}]{delta:+.1f} pt[/{colour}]"
        table.add_row(name, _pct(before), _pct(after), change)
    return table


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _claim_line(change: ClaimChange) -> str:
    claim = change.claim
    status = "matches gold" if change.matches_gold else "spurious"
    return escape(
        f"{claim.number_label()} {'+'.join(claim.categories)} ({claim.subject.value}, "
        f"{claim.scope.value}, {claim.claimant}) - {status}: {_short(repr(claim.evidence))}"
    )


def _edit_line(edit: ClaimEdit) -> str:
    claim = edit.after.claim
    marks = {True: " (right)", False: " (wrong)", None: ""}
    fields = "; ".join(
        f"{name} {old} -> {new}{marks[edit.after.agrees_with_gold(name)]}"
        for name, (old, new) in edit.fields().items()
    )
    status = {True: "key matches gold", False: "spurious"}
    gold = status[edit.before.matches_gold]
    if edit.after.matches_gold != edit.before.matches_gold:
        gold = f"{gold} -> {status[edit.after.matches_gold]}"
    return escape(
        f"{claim.number_label()} {'+'.join(claim.categories)} ({claim.subject.value}): "
        f"{fields} ({gold})"
    )


def print_diff(diff: RunDiff, console: Console) -> None:
    """The metric deltas, then per article what was gained (+), lost (-) and edited (~)."""
    console.print(diff_table(diff))
    changed = [article for article in diff.articles if article.has_changes]
    if not changed:
        console.print("no article changed its claims")
    for article in changed:
        console.print(
            f"[bold]{escape(article.name)}[/bold]  "
            f"F1 {_pct(article.f1_before)} -> {_pct(article.f1_after)}"
        )
        if article.error_before != article.error_after:
            before, after = article.error_before or "none", article.error_after or "none"
            console.print(f"  error: {before} -> {after}", markup=False)
        for change in article.gained:
            console.print(f"  [green]+[/green] {_claim_line(change)}")
        for change in article.lost:
            console.print(f"  [red]-[/red] {_claim_line(change)}")
        for edit in article.edited:
            console.print(f"  [yellow]~[/yellow] {_edit_line(edit)}")
    for name in diff.only_before:
        console.print(f"only in A: {name}", markup=False)
    for name in diff.only_after:
        console.print(f"only in B: {name}", markup=False)
