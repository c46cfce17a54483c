"""What every report shows the same way: which runs may appear, ratios with their counts."""

from __future__ import annotations

from typing import Any

from extractor.evals.record import DatasetInfo, RunResult
from extractor.evals.scoring import FIELDS

TEST_DOUBLE_TAG = "TEST DOUBLE - not model quality"

# (column, metric key, numerator count, denominator count); F1 has no single pair of counts.
HEADLINE_COLUMNS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("P", "precision", "matched_predicted", "predicted"),
    ("R", "recall", "matched_gold", "gold"),
    ("F1", "f1", None, None),
    ("strict F1", "strict_f1", None, None),
    ("grounded", "grounding_rate", "grounded", "predicted"),
)


def unreportable_reason(run: RunResult, allow_test_doubles: bool = False) -> str | None:
    """Why ``run`` must stay out of a report, or None when it may be shown."""
    if run.is_test_double and not allow_test_doubles:
        return "its extractions come from a test double, not a backend"
    if run.per_article and run.provenance.failed_articles == len(run.per_article):
        return "the backend failed on every article, so nothing it extracted can be scored"
    return None


def reportable_runs(runs: list[RunResult], allow_test_doubles: bool = False) -> list[RunResult]:
    """Runs a report may show: extractions that came from a real backend call (live or
    cached), and at least one article that did not fail."""
    return [run for run in runs if unreportable_reason(run, allow_test_doubles) is None]


def run_label(run: RunResult) -> str:
    label = run.title
    return f"{label} [{TEST_DOUBLE_TAG}]" if run.is_test_double else label


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def ratio_text(
    metrics: dict[str, Any], key: str, numerator: str | None, denominator: str | None
) -> str:
    """``81.2% (26/32)``: the ratio and the counts behind it."""
    value = percent(metrics.get(key))
    if numerator is None or denominator is None:
        return value
    counts = metrics.get("counts", {})
    return f"{value} ({counts.get(numerator, 0)}/{counts.get(denominator, 0)})"


def headline_cells(metrics: dict[str, Any]) -> list[str]:
    """P, R, F1, strict F1 and grounding; strict F1 says how many pairs had every field right."""
    cells = [ratio_text(metrics, key, num, den) for _, key, num, den in HEADLINE_COLUMNS]
    strict = metrics.get("counts", {}).get("strict_gold", 0)
    cells[3] = f"{cells[3]} ({strict} strict)" if metrics.get("strict_f1") is not None else cells[3]
    return cells


def field_cells(metrics: dict[str, Any]) -> list[str]:
    counts = metrics.get("counts", {})
    pairs = counts.get("pairs", 0)
    correct = counts.get("field_correct", {})
    accuracy = metrics.get("field_accuracy", {})
    return [f"{percent(accuracy.get(name))} ({correct.get(name, 0)}/{pairs})" for name in FIELDS]


def money(value: float | None) -> str:
    return "n/a" if value is None else f"${value:.4f}"


def milliseconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"


def cost_cells(run: RunResult) -> list[str]:
    """Tokens, cost, latency, failures and cross-check errors of one run."""
    usage = run.usage
    latency = run.latency_ms
    checks = "n/a" if run.check_errors is None else str(run.check_errors)
    return [
        f"{usage.total_tokens:,} ({usage.prompt_tokens:,} in / {usage.completion_tokens:,} out)",
        f"{money(run.cost_usd)} (uncached {money(run.cost_usd_uncached)})",
        f"p50 {milliseconds(latency.get('p50'))}, p95 {milliseconds(latency.get('p95'))}",
        f"{run.provenance.live_articles} live / {run.provenance.cached_articles} cached",
        str(run.provenance.failed_articles),
        checks,
    ]


COST_COLUMNS = ("tokens", "cost", "latency per article", "calls", "failed articles", "check errors")


def provenance_text(run: RunResult) -> str:
    """What actually ran: implementation, models and prompt versions with their hashes."""
    parts = [f"origin {run.provenance.origin.value}", run.provenance.implementation]
    if run.provenance.models:
        parts.append("model " + ", ".join(run.provenance.models))
    for prompt in run.provenance.prompts:
        parts.append(f"prompt {prompt.name} {prompt.version} sha256:{prompt.sha256[:12]}")
    parts.append(f"extractor {run.provenance.extractor_version}")
    return "; ".join(parts)


def gold_checks_text(info: DatasetInfo) -> str | None:
    """The baseline for "check errors": what the hand labels raise themselves."""
    if info.gold_check_errors is None:
        return None
    return (
        f"The gold claims themselves raise {info.gold_check_errors} cross-check error(s) "
        "(figures the articles really contradict); compare each run's count with that."
    )
