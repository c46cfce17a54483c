"""The Markdown report: the comparison matrix, breakdowns and per-article scores."""

from __future__ import annotations

from typing import Any

from extractor.evals.record import RunFile, RunResult
from extractor.evals.reports.common import (
    COST_COLUMNS,
    HEADLINE_COLUMNS,
    TEST_DOUBLE_TAG,
    cost_cells,
    field_cells,
    gold_checks_text,
    headline_cells,
    percent,
    provenance_text,
    run_label,
)
from extractor.evals.scoring import FIELDS


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def matrix(runs: list[RunResult]) -> str:
    """Runs x subsets: headline metrics, each ratio with its counts."""
    header = ["run", "subset", *(column for column, *_ in HEADLINE_COLUMNS)]
    rows = []
    for run in runs:
        rows.append([run_label(run), "all", *headline_cells(run.metrics)])
        if len(run.subsets) > 1:
            rows += [["", name, *headline_cells(m)] for name, m in run.subsets.items()]
    return table(header, rows)


def _breakdown(title: str, runs: list[RunResult], pick: str) -> str:
    parts = [f"### {title}", ""]
    for run in runs:
        groups: dict[str, dict[str, Any]] = getattr(run, pick)
        rows = [
            [name, str(m["counts"]["gold"]), str(m["counts"]["predicted"]), *headline_cells(m)]
            for name, m in groups.items()
        ]
        header = [title.split()[-1], "gold", "predicted", *(c for c, *_ in HEADLINE_COLUMNS)]
        parts += [f"**{run_label(run)}**", "", table(header, rows), ""]
    return "\n".join(parts)


def _per_article(run: RunResult) -> str:
    rows = []
    for article in run.per_article:
        counts = article.metrics["counts"]
        rows.append(
            [
                article.name,
                str(counts["gold"]),
                str(counts["predicted"]),
                str(counts["matched_gold"]),
                percent(article.metrics["f1"]),
                percent(article.metrics["strict_f1"]),
                article.error or "",
            ]
        )
    header = ["article", "gold", "predicted", "matched", "F1", "strict F1", "error"]
    return table(header, rows)


def render_markdown(run_file: RunFile) -> str:
    runs = run_file.runs
    info = run_file.dataset
    lines = [
        f"# Eval: {run_file.label}",
        "",
        f"Run {run_file.created_at:%Y-%m-%d %H:%M UTC} on `{info.root}`: {info.articles} articles, "
        f"{info.gold_claims} gold claims, subsets {', '.join(info.subsets) or '-'} "
        f"(dataset sha256 `{info.fingerprint[:12]}`).",
        "Scored by the claim contract: claims match one-to-one on subject, population, "
        "categories and number; ratios show the counts behind them.",
        "",
    ]
    if any(run.is_test_double for run in runs):
        lines += [
            f"> **{TEST_DOUBLE_TAG}**: rows so marked come from a fake backend or a "
            "recording, not from a real backend call.",
            "",
        ]
    lines += ["## Comparison", "", matrix(runs), ""]
    lines += ["## Field accuracy on matched pairs", ""]
    lines += [table(["run", *FIELDS], [[run_label(r), *field_cells(r.metrics)] for r in runs]), ""]
    lines += ["## Cost, latency and cross-checks", ""]
    lines += [table(["run", *COST_COLUMNS], [[run_label(r), *cost_cells(r)] for r in runs]), ""]
    notes = [f"- {run.title}: {run.check_note}" for run in runs if run.check_note]
    if gold_checks_text(info):
        notes.append(f"- {gold_checks_text(info)}")
    if notes:
        lines += [*notes, ""]
    lines += ["## Provenance", ""]
    lines += [f"- **{run_label(run)}**: {provenance_text(run)}" for run in runs] + [""]
    lines += ["## Breakdowns", "", _breakdown("By category", runs, "by_category")]
    lines += [_breakdown("By claimant_type", runs, "by_claimant_type")]
    lines += ["## Per article", ""]
    for run in runs:
        lines += [f"### {run_label(run)}", "", _per_article(run), ""]
    return "\n".join(lines).rstrip() + "\n"
