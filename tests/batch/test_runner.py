"""The runner: skip what is done, isolate failures, retry only failures, check across."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from batch_helpers import FakeBackend, write_articles

from extractor.articles import iter_articles
from extractor.batch import BatchOptions, BatchRunner, BatchStore
from extractor.ledger import default_ledger


def run(db: Path, backend: FakeBackend, inputs: list[Path], **options: object):
    store = BatchStore(db)
    try:
        runner = BatchRunner(store, backend, BatchOptions(processes=0, **options))  # type: ignore[arg-type]
        return runner.run(iter_articles(inputs))
    finally:
        store.close()


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_failures_are_recorded_by_kind_and_the_job_goes_on(
    articles_dir: Path, tmp_path: Path
) -> None:
    (articles_dir / "broken.txt").write_bytes(b"\xff\xfe\x00\x01 not text")
    (articles_dir / "refused.txt").write_text("EXPLODE: Russia lost 10 troops today.")
    (articles_dir / "buggy.txt").write_text("EXPLODE CRASH")
    db = tmp_path / "results.sqlite"
    backend = FakeBackend()
    summary = run(db, backend, [articles_dir])
    assert summary.totals.done == 12
    assert summary.failures_by_kind == {"backend_error": 1, "crash": 1, "input": 1}
    failures = dict(rows(db, "SELECT kind, message FROM failures"))
    assert "refused this article" in failures["backend_error"]
    assert failures["crash"] == "RuntimeError: a bug in the backend"
    assert "UTF-8" in failures["input"] or "binary" in failures["input"]
    # Every good article is stored with its claim; none of the failed ones has results.
    assert rows(db, "SELECT COUNT(*), COUNT(DISTINCT article_id) FROM claims") == [(12, 12)]

    # A plain rerun has nothing to do: done articles are skipped, failures are not retried.
    backend.calls.clear()
    again = run(db, backend, [articles_dir])
    assert backend.calls == [] and again.totals.skipped == 15 and again.totals.failed == 0

    # Fix the bad file and the backend, then retry only the failures.
    (articles_dir / "broken.txt").write_text("Russia lost 77 troops over the past 24 hours.")
    backend.fail_on = ("CRASH",)
    retried = run(db, backend, [articles_dir], retry_failed=True)
    assert sorted(Path(call).name for call in backend.calls) == [
        "broken.txt", "buggy.txt", "refused.txt",
    ]  # fmt: skip
    assert retried.totals.done == 2 and retried.failures_by_kind == {"crash": 1}
    assert [kind for (kind,) in rows(db, "SELECT kind FROM failures")] == ["crash"]
    assert rows(db, "SELECT COUNT(*) FROM extractions") == [(14,)]


def test_the_same_text_twice_is_one_article(articles_dir: Path, tmp_path: Path) -> None:
    copy = articles_dir / "copy"
    copy.mkdir()
    (copy / "again.txt").write_text((articles_dir / "report-00003.txt").read_text())
    db = tmp_path / "results.sqlite"
    backend = FakeBackend()
    summary = run(db, backend, [articles_dir])
    assert summary.totals.done == 12 and len(backend.calls) == 12


def test_checks_are_stored_per_article_and_across_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 3)
    # A cumulative total that goes down from one article to the next: an across finding.
    (folder / "total-a.txt").write_text(
        "published: 2024-05-02\n---\nRussia has lost 470,000 troops since the start of the "
        "war, the General Staff of the Armed Forces of Ukraine said on May 1.\n"
    )
    (folder / "total-b.txt").write_text(
        "published: 2024-05-11\n---\nRussia has lost 440,000 troops since the start of the "
        "war, the General Staff of the Armed Forces of Ukraine said on May 10.\n"
    )
    db = tmp_path / "results.sqlite"
    store = BatchStore(db)
    from extractor.backends import create_backend

    runner = BatchRunner(store, create_backend("rules"),
                         BatchOptions(processes=0, ledger=default_ledger()))  # fmt: skip
    summary = runner.run(iter_articles([folder]))
    store.close()
    assert summary.totals.done == 5
    across = rows(db, 'SELECT "check", status FROM findings WHERE article_id IS NULL')
    assert ("across.cumulative_decrease", "failed") in across
    per_article = rows(db, "SELECT COUNT(DISTINCT article_id) FROM findings "
                           "WHERE article_id IS NOT NULL")  # fmt: skip
    assert per_article[0][0] >= 3


def test_a_run_is_recorded_with_its_settings_and_totals(articles_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "results.sqlite"
    run(db, FakeBackend(), [articles_dir], settings={"concurrency": 3})
    run(db, FakeBackend(), [articles_dir])
    recorded = rows(db, "SELECT backend, status, done, skipped, claims, settings, finished_at "
                        "FROM runs ORDER BY run_id")  # fmt: skip
    assert [r[:5] for r in recorded] == [
        ("fake", "finished", 12, 0, 12), ("fake", "finished", 0, 12, 0),
    ]  # fmt: skip
    assert '"concurrency": 3' in recorded[0][5] and all(r[6] for r in recorded)
