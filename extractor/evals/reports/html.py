"""The self-contained HTML report: matrix, chart, breakdowns and the span viewer.

One file with inline CSS and SVG: no scripts, fonts or anything fetched over the network,
so it opens anywhere (an attachment, a CI artifact) exactly as written.
"""

from __future__ import annotations

from html import escape
from typing import Any

from extractor.evals.record import ArticleResult, RunFile, RunResult
from extractor.evals.reports.chart import bar_chart
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
)
from extractor.evals.reports.spans import article_marks, describe, highlight
from extractor.evals.scoring import FIELDS, field_agreement

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1100px;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.6rem 0 1.2rem;font-size:13px}
th,td{border:1px solid #d8d8d8;padding:3px 7px;text-align:right;vertical-align:top}
th:first-child,td:first-child,td.l{text-align:left}th{background:#f4f4f6}
.double{background:#fff3cd;border:1px solid #e0b400;padding:.5rem .8rem}
.badge{background:#e0b400;color:#000;border-radius:3px;padding:0 4px;font-size:11px}
.text{white-space:pre-wrap;background:#fafafa;border:1px solid #e3e3e3;padding:.7rem;
font-family:Georgia,serif;font-size:15px;line-height:1.6}
mark{background:none;padding:1px 0;border-radius:2px}
mark.matched{background:#c8ecc9}mark.missed{background:#ffd9a8}
mark.spurious{text-decoration:underline wavy #d62728;text-decoration-thickness:2px}
mark.matched.missed{background:linear-gradient(#c8ecc9 50%,#ffd9a8 50%)}
a.tag{font:bold 10px monospace;vertical-align:super;text-decoration:none;margin:0 1px;
padding:0 2px;border-radius:2px;color:#fff}
a.tag.matched{background:#2e7d32}a.tag.missed{background:#c25e00}a.tag.spurious{background:#d62728}
.legend span{margin-right:1rem}details{margin:.4rem 0 1rem}summary{cursor:pointer}
.err{color:#b00020}.bad{color:#b00020;font-weight:bold}
svg .grid{stroke:#e5e5e5}svg .tick,svg .na{font-size:10px;text-anchor:end;fill:#666}
svg .legend{font-size:11px}svg .run{font-size:11px}svg .na{text-anchor:middle}
"""


def _table(header: list[str], rows: list[list[str]]) -> str:
    """A table of already-escaped cells."""
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _label(run: RunResult) -> str:
    if run.is_test_double:
        return f'{escape(run.title)} <span class="badge">{escape(TEST_DOUBLE_TAG)}</span>'
    return escape(run.title)


def _matrix(runs: list[RunResult]) -> str:
    rows = []
    for run in runs:
        rows.append([_label(run), "all", *map(escape, headline_cells(run.metrics))])
        if len(run.subsets) > 1:
            rows += [
                ["", escape(n), *map(escape, headline_cells(m))] for n, m in run.subsets.items()
            ]
    return _table(["run", "subset", *(escape(c) for c, *_ in HEADLINE_COLUMNS)], rows)


def _breakdown(runs: list[RunResult], pick: str, title: str) -> str:
    parts = [f"<h3>{escape(title)}</h3>"]
    for run in runs:
        groups: dict[str, dict[str, Any]] = getattr(run, pick)
        rows = [
            [
                escape(name),
                str(m["counts"]["gold"]),
                str(m["counts"]["predicted"]),
                *map(escape, headline_cells(m)),
            ]
            for name, m in groups.items()
        ]
        header = ["group", "gold", "predicted", *(escape(c) for c, *_ in HEADLINE_COLUMNS)]
        parts.append(f"<p><b>{_label(run)}</b></p>{_table(header, rows)}")
    return "".join(parts)


def _claim_rows(article: ArticleResult, anchor: str) -> list[list[str]]:
    partner = dict(article.matches)
    rows = []
    for index, claim in enumerate(article.gold):
        label = f"g{index + 1}"
        if index in partner:
            predicted = article.predicted[partner[index]]
            wrong = [name for name, ok in field_agreement(claim, predicted).items() if not ok]
            note = (
                f'<span class="bad">fields differ: {escape(", ".join(wrong))}</span> '
                f"(predicted: {escape(describe(predicted))})"
                if wrong
                else "all fields agree"
            )
            status = "matched"
        else:
            status, note = "missed", ""
        rows.append(_claim_row(anchor, label, status, describe(claim), claim.evidence, note))
    for index in article.spurious():
        claim = article.predicted[index]
        rows.append(
            _claim_row(anchor, f"p{index + 1}", "spurious", describe(claim), claim.evidence, "")
        )
    return rows


def _claim_row(
    anchor: str, label: str, status: str, text: str, evidence: str, note: str
) -> list[str]:
    return [
        f'<a id="{anchor}-{label}" class="tag {status}">{label}</a>',
        f'<span class="l">{status}</span>',
        f'<span class="l">{escape(text)}</span>',
        f"<q>{escape(evidence)}</q>",
        note,
    ]


def _article_section(name: str, index: int, texts: dict[str, str], runs: list[RunResult]) -> str:
    parts = [f'<section id="article-{index}"><h3>{escape(name)}</h3>']
    for run_index, run in enumerate(runs):
        article = next((a for a in run.per_article if a.name == name), None)
        if article is None:
            continue
        anchor = f"a{index}r{run_index}"
        counts = article.metrics["counts"]
        summary = (
            f"{_label(run)}: F1 {percent(article.metrics['f1'])}, "
            f"{counts['matched_gold']}/{counts['gold']} gold found, "
            f"{len(article.spurious())} spurious"
        )
        parts.append(f"<details{' open' if run_index == 0 else ''}><summary>{summary}</summary>")
        if article.error:
            parts.append(f'<p class="err">backend failed: {escape(article.error)}</p>')
        text = texts.get(name)
        if text is None:
            parts.append("<p><i>article text not available to this report</i></p>")
        else:
            parts.append(
                f'<div class="text">{highlight(text, article_marks(article), anchor)}</div>'
            )
        rows = _claim_rows(article, anchor)
        if rows:
            parts.append(_table(["", "status", "claim", "evidence", "fields"], rows))
        else:
            parts.append("<p>No claims in gold and none predicted.</p>")
        parts.append("</details>")
    parts.append("</section>")
    return "".join(parts)


def render_html(run_file: RunFile, texts: dict[str, str]) -> str:
    """The report for ``run_file``; ``texts`` maps article names to their text."""
    runs = run_file.runs
    info = run_file.dataset
    names = list(dict.fromkeys(a.name for run in runs for a in run.per_article))
    body = [
        f"<h1>Eval: {escape(run_file.label)}</h1>",
        f"<p>Run {run_file.created_at:%Y-%m-%d %H:%M} UTC on <code>{escape(info.root)}</code>: "
        f"{info.articles} articles, {info.gold_claims} gold claims, subsets "
        f"{escape(', '.join(info.subsets) or '-')} (dataset sha256 "
        f"<code>{info.fingerprint[:12]}</code>). Claims match one-to-one on subject, population, "
        "categories and number; every ratio shows its counts.</p>",
    ]
    if any(run.is_test_double for run in runs):
        body.append(
            f'<p class="double"><b>{escape(TEST_DOUBLE_TAG)}</b>: runs so marked come from a fake '
            "backend or a recording, not from a real backend call.</p>"
        )
    body += ["<h2>Comparison</h2>", _matrix(runs), bar_chart(runs)]
    body += ["<h2>Field accuracy on matched pairs</h2>"]
    body.append(
        _table(["run", *FIELDS], [[_label(r), *map(escape, field_cells(r.metrics))] for r in runs])
    )
    body += ["<h2>Cost, latency and cross-checks</h2>"]
    body.append(
        _table(["run", *COST_COLUMNS], [[_label(r), *map(escape, cost_cells(r))] for r in runs])
    )
    body += [f"<p>{escape(r.title)}: {escape(r.check_note)}</p>" for r in runs if r.check_note]
    if gold_checks_text(info):
        body.append(f"<p>{escape(gold_checks_text(info) or '')}</p>")
    body += ["<h2>Provenance</h2><ul>"]
    body += [f"<li>{_label(r)}: {escape(provenance_text(r))}</li>" for r in runs] + ["</ul>"]
    body += ["<h2>Breakdowns</h2>", _breakdown(runs, "by_category", "By category")]
    body.append(_breakdown(runs, "by_claimant_type", "By claimant_type"))
    body += [
        "<h2>Articles</h2>",
        '<p class="legend"><span><mark class="matched">matched</mark> gold claim found</span>'
        '<span><mark class="missed">missed</mark> gold claim not found</span>'
        '<span><mark class="spurious">spurious</mark> predicted, no gold partner</span></p>',
        "<ul>"
        + "".join(f'<li><a href="#article-{i}">{escape(n)}</a></li>' for i, n in enumerate(names))
        + "</ul>",
    ]
    body += [_article_section(name, i, texts, runs) for i, name in enumerate(names)]
    title = escape(f"Eval: {run_file.label}")
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
