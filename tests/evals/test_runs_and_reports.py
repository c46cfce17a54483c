"""Saved runs (save, load, diff) and the report writers (Markdown, HTML, terminal)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from rich.console import Console

from extractor.errors import InputError
from extractor.evals.dataset import load_dataset
from extractor.evals.record import RunOrigin
from extractor.evals.reports import render_html, render_markdown, reportable_runs, write_reports
from extractor.evals.reports.common import TEST_DOUBLE_TAG
from extractor.evals.reports.spans import Mark, highlight
from extractor.evals.reports.terminal import print_diff, print_run_file
from extractor.evals.runner import RunSpec, run_one
from extractor.evals.runs import (
    dataset_info,
    diff_runs,
    load_run,
    make_run_file,
    pair_runs,
    save_run,
)


@pytest.fixture
def dataset(small_dataset):
    return load_dataset(small_dataset)


@pytest.fixture
def make_run(dataset, fake_backend):
    def run(answers, name="fake", label="test"):
        result = run_one(
            RunSpec(name),
            fake_backend(answers, name=name),
            dataset,
            origin=RunOrigin.TEST_DOUBLE,
            prices={},
        )
        return make_run_file(label, dataset, [result])

    return run


@pytest.fixture
def answers(dataset, claim):
    """alpha: one right, one spurious (tanks 13); beta: nothing."""
    right = dataset.items[0].gold[0].model_copy(update={"start": None, "end": None})
    spurious = claim(
        categories=["tanks"], value=12, subject="ukraine", evidence="counted 12 tanks destroyed"
    )
    return {"alpha": [right, spurious]}


def test_a_saved_run_loads_back_unchanged(tmp_path, make_run, answers):
    run_file = make_run(answers, label="my label/1")
    path = save_run(run_file, tmp_path / "runs")
    assert path.parent == tmp_path / "runs"
    assert path.name.endswith("-my-label-1.json") and path.name[:8].isdigit()
    assert load_run(path) == run_file
    assert save_run(run_file, tmp_path / "runs") != path  # same second: a second file


def test_loading_something_else_is_an_input_error(tmp_path):
    other = tmp_path / "other.json"
    other.write_text('{"claims": []}', encoding="utf-8")
    with pytest.raises(InputError, match="not a saved eval run"):
        load_run(other)


def test_diff_shows_metric_deltas_and_claims_gained_and_lost(make_run, answers, dataset):
    before = make_run({})
    after = make_run(answers)
    (pair,), notes = pair_runs(before, after)
    assert notes == []
    diff = diff_runs(*pair)
    assert diff.metric_deltas["recall"] == (0.0, pytest.approx(1 / 3, abs=1e-4))
    alpha = next(a for a in diff.articles if a.name == "dev/alpha")
    assert [c.matches_gold for c in alpha.gained] == [True, False]
    assert alpha.lost == []
    beta = next(a for a in diff.articles if a.name == "test/beta")
    assert not beta.has_changes
    back = diff_runs(after.runs[0], before.runs[0])
    assert len(next(a for a in back.articles if a.name == "dev/alpha").lost) == 2
    console = Console(record=True, width=200)
    print_diff(diff, console)
    shown = console.export_text()
    assert "dev/alpha" in shown and "matches gold" in shown and "spurious" in shown
    assert "test/beta" not in shown


def test_runs_pair_by_backend_model_and_prompt(make_run, answers):
    a = make_run({}, name="one")
    b = make_run(answers, name="one")
    b.runs.append(make_run(answers, name="two").runs[0])
    a.runs.append(make_run({}, name="three").runs[0])
    pairs, notes = pair_runs(a, b)
    assert [(x.backend, y.backend) for x, y in pairs] == [("one", "one")]
    assert sorted(notes) == ["only in A: three", "only in B: two"]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.marks: list[str] = []
        self.external: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "section":
            self.sections.append(attributes.get("id", ""))
        if tag == "mark":
            self.marks.append(attributes.get("class", ""))
        if tag == "svg":
            self.svgs += 1
        for name in ("src", "href"):
            value = attributes.get(name) or ""
            if value and not value.startswith("#"):
                self.external.append(value)


def test_the_html_report_parses_is_self_contained_and_shows_every_article(
    make_run, answers, dataset
):
    run_file = make_run(answers)
    texts = {item.name: item.article.text for item in dataset.items}
    page = render_html(run_file, texts)
    parser = _Collector()
    parser.feed(page)
    parser.close()
    assert len(parser.sections) == len(dataset.items)
    for item in dataset.items:
        assert item.name in page
    assert parser.external == []  # nothing fetched over the network
    assert parser.svgs == 1
    assert {"matched", "missed", "spurious"} <= {c for m in parser.marks for c in m.split()}
    assert TEST_DOUBLE_TAG in page


def test_the_markdown_report_has_the_matrix_and_per_article_rows(make_run, answers, dataset):
    text = render_markdown(make_run(answers))
    assert "| run | subset | P | R | F1 | strict F1 | grounded |" in text
    assert "| dev | 50.0% (1/2) | 50.0% (1/2) |" in text  # P and R with their counts
    for item in dataset.items:
        assert f"| {item.name} |" in text
    assert TEST_DOUBLE_TAG in text


def test_write_reports_writes_both_files(tmp_path, make_run, answers, dataset):
    paths = write_reports(make_run(answers), {}, tmp_path / "out")
    assert sorted(p.name for p in paths) == ["report.html", "report.md"]
    assert all(p.stat().st_size > 0 for p in paths)
    assert "article text not available" in (tmp_path / "out" / "report.html").read_text()


def test_test_double_runs_are_kept_out_of_shipped_reports(make_run, answers):
    runs = make_run(answers).runs
    assert reportable_runs(runs) == []
    assert reportable_runs(runs, allow_test_doubles=True) == runs


def test_the_terminal_report_shows_each_subset(make_run, answers):
    console = Console(record=True, width=250)
    print_run_file(make_run(answers), console)
    shown = console.export_text()
    assert TEST_DOUBLE_TAG in shown
    assert "│ dev " in shown and "│ test " in shown and "│ all " in shown


def test_overlapping_spans_are_split_and_escaped():
    text = "a <b> 12 and 13 c"
    marks = [
        Mark(2, 11, "matched", "g1", _claim(12)),
        Mark(6, 15, "spurious", "p1", _claim(13)),
    ]
    html = highlight(text, marks, "x")
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert '<mark class="matched spurious"' in html  # the overlap carries both statuses
    assert html.count('class="tag') == 2 and 'href="#x-g1"' in html


def _claim(value):
    from schemas import Claim

    return Claim(
        subject="russia",
        categories=["tanks"],
        value=value,
        scope="daily",
        claimant="X",
        claimant_type="unknown",
        evidence=str(value),
    )


def test_a_run_that_failed_on_every_article_is_kept_out_of_reports(dataset, fake_backend):
    backend = fake_backend({}, fail_on=frozenset({"alpha", "beta"}))
    failed = run_one(RunSpec("fake"), backend, dataset, origin=RunOrigin.BACKEND, prices={})
    working = run_one(
        RunSpec("fake"), fake_backend({}), dataset, origin=RunOrigin.BACKEND, prices={}
    )
    assert reportable_runs([failed, working]) == [working]


def test_a_claim_whose_fields_changed_is_an_edit_not_a_gain_and_a_loss(make_run, dataset):
    right = dataset.items[0].gold[0].model_copy(update={"start": None, "end": None})
    rescoped = right.model_copy(update={"scope": "cumulative", "claimant": "Someone else"})
    diff = diff_runs(make_run({"alpha": [rescoped]}).runs[0], make_run({"alpha": [right]}).runs[0])
    alpha = next(a for a in diff.articles if a.name == "dev/alpha")
    assert alpha.gained == [] and alpha.lost == []
    (edit,) = alpha.edited
    assert edit.fields() == {
        "scope": ("cumulative", "daily"),
        "claimant": ("Someone else", right.claimant),
    }
    assert edit.before.matches_gold and edit.after.matches_gold  # the key matched both times
    console = Console(record=True, width=200)
    print_diff(diff, console)
    assert "~ 500 casualties (russia): scope cumulative -> daily (right)" in console.export_text()


def test_the_dataset_records_the_check_errors_of_its_own_gold(
    tmp_path, article_writer, article_texts, gold_claim_json
):
    daily = gold_claim_json(evidence="Russia lost 500 soldiers over the past day")
    clean = tmp_path / "clean"
    article_writer(clean, "alpha", article_texts["alpha"], [daily])
    contradictory = tmp_path / "contradictory"
    total_below_daily = gold_claim_json(value=12, scope="cumulative", evidence="counted 12 tanks")
    article_writer(contradictory, "alpha", article_texts["alpha"], [daily, total_below_daily])
    baseline = dataset_info(load_dataset(clean)).gold_check_errors
    assert baseline is not None
    assert dataset_info(load_dataset(contradictory)).gold_check_errors > baseline
