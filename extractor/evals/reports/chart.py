"""An inline SVG bar chart of the headline metrics per run (no scripts, no network)."""

from __future__ import annotations

from html import escape

from extractor.evals.record import RunResult
from extractor.evals.reports.common import run_label

CHART_METRICS: tuple[tuple[str, str], ...] = (
    ("precision", "precision"),
    ("recall", "recall"),
    ("f1", "F1"),
    ("strict_f1", "strict F1"),
    ("grounding_rate", "grounded"),
)
COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#9c755f")

_BAR = 16
_GAP = 28
_PLOT_HEIGHT = 180
_LEFT = 40
_TOP = 30
_LEGEND_STEP = 90


def bar_chart(runs: list[RunResult]) -> str:
    """Grouped bars: one group per run, one bar per headline metric, 0-100 %."""
    group_width = _BAR * len(CHART_METRICS)
    legend_width = _LEFT + _LEGEND_STEP * len(CHART_METRICS)
    width = max(legend_width, _LEFT + max(1, len(runs)) * (group_width + _GAP) + 10)
    height = _TOP + _PLOT_HEIGHT + 60
    base = _TOP + _PLOT_HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="Headline metrics per run">',
        "<title>Headline metrics per run</title>",
    ]
    for tick in range(0, 101, 25):
        y = base - _PLOT_HEIGHT * tick / 100
        parts.append(
            f'<line x1="{_LEFT}" y1="{y:.1f}" x2="{width - 5}" y2="{y:.1f}" class="grid"/>'
        )
        parts.append(f'<text x="{_LEFT - 4}" y="{y + 4:.1f}" class="tick">{tick}%</text>')
    for index, (_, name) in enumerate(CHART_METRICS):  # legend
        x = _LEFT + index * _LEGEND_STEP
        parts.append(f'<rect x="{x}" y="6" width="10" height="10" fill="{COLOURS[index]}"/>')
        parts.append(f'<text x="{x + 14}" y="15" class="legend">{escape(name)}</text>')
    for run_index, run in enumerate(runs):
        x0 = _LEFT + _GAP / 2 + run_index * (group_width + _GAP)
        for index, (key, name) in enumerate(CHART_METRICS):
            value = run.metrics.get(key)
            x = x0 + index * _BAR
            if value is None:
                parts.append(f'<text x="{x + _BAR / 2:.1f}" y="{base - 4}" class="na">n/a</text>')
                continue
            bar = _PLOT_HEIGHT * value
            parts.append(
                f'<rect x="{x:.1f}" y="{base - bar:.1f}" width="{_BAR - 2}" height="{bar:.1f}" '
                f'fill="{COLOURS[index]}"><title>{escape(run.title)}: {escape(name)} '
                f"{value * 100:.1f}%</title></rect>"
            )
        label = run_label(run)
        short = label if len(label) <= 28 else label[:27] + "…"
        lx, ly = x0, base + 14
        parts.append(
            f'<text x="{lx:.1f}" y="{ly}" class="run" transform="rotate(12 {lx:.1f} {ly})">'
            f"{escape(short)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)
