"""Reports of an eval: a terminal table, a Markdown file and a self-contained HTML page."""

from __future__ import annotations

from pathlib import Path

from extractor.evals.record import RunFile
from extractor.evals.reports.common import reportable_runs
from extractor.evals.reports.html import render_html
from extractor.evals.reports.markdown import render_markdown
from extractor.evals.reports.terminal import print_diff, print_run_file

MARKDOWN_NAME = "report.md"
HTML_NAME = "report.html"


def write_reports(run_file: RunFile, texts: dict[str, str], out_dir: Path) -> list[Path]:
    """Write ``report.md`` and ``report.html`` into ``out_dir``; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    markdown_path = out_dir / MARKDOWN_NAME
    html_path = out_dir / HTML_NAME
    markdown_path.write_text(render_markdown(run_file), encoding="utf-8")
    html_path.write_text(render_html(run_file, texts), encoding="utf-8")
    return [markdown_path, html_path]


__all__ = [
    "HTML_NAME",
    "MARKDOWN_NAME",
    "print_diff",
    "print_run_file",
    "render_html",
    "render_markdown",
    "reportable_runs",
    "write_reports",
]
