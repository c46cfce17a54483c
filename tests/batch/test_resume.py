"""Crash safety: kill a running job (SIGKILL, or Ctrl-C), run it again, and the database
holds exactly what an uninterrupted run writes: same claims, nothing twice, nothing lost."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_helpers import write_articles

HERE = Path(__file__).resolve().parent
ARTICLES = 240

# Everything a run writes about articles, without run ids, row ids and timestamps.
CONTENT_QUERIES = {
    "extractions": "SELECT article_id, job_key, backend, model, cached FROM extractions",
    "claims": "SELECT * FROM claims",
    "rejected": "SELECT * FROM rejected",
    "findings": 'SELECT job_key, article_id, "check", status, severity, claims, expected, '
    "found, explanation, ledger_date, categories, note FROM findings",
    "failures": "SELECT job_key, item_key, article_id, source, kind, message FROM failures",
    "articles": "SELECT * FROM articles",
}


def job(folder: Path, db: Path) -> list[str]:
    return [sys.executable, str(HERE / "slow_cli.py"), "batch", str(folder), "--db", str(db),
            "--backend", "slow", "--concurrency", "4"]  # fmt: skip


def content(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {name: sorted(conn.execute(sql).fetchall(), key=repr)
                for name, sql in CONTENT_QUERIES.items()}  # fmt: skip


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


def start_and_wait(folder: Path, db: Path, at_least: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(job(folder, db), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 60
    while stored(db) < at_least:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the job made no progress"
        time.sleep(0.02)
    return process


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[tuple]]]:
    folder = tmp_path_factory.mktemp("articles")
    write_articles(folder, ARTICLES)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00 not text")  # a recorded failure too
    db = tmp_path_factory.mktemp("reference") / "results.sqlite"
    done = subprocess.run(job(folder, db), capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr  # 1: the broken file failed, the rest stored
    return folder, content(db)


def test_killed_job_finishes_on_rerun_with_the_same_results(
    reference: tuple[Path, dict[str, list[tuple]]], tmp_path: Path
) -> None:
    folder, expected = reference
    db = tmp_path / "results.sqlite"
    process = start_and_wait(folder, db, at_least=40)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert 40 <= stored(db) < ARTICLES  # killed mid-job, with work done

    rerun = subprocess.run(job(folder, db), capture_output=True, text=True, timeout=120)
    # 0: nothing failed in this run; the broken file's failure is recorded from before.
    assert rerun.returncode == 0, rerun.stderr
    assert "1 failures recorded for this job" in rerun.stderr
    result = content(db)
    assert result == expected
    assert len(result["claims"]) == ARTICLES  # one claim per article: none twice, none lost


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(
    reference: tuple[Path, dict[str, list[tuple]]], tmp_path: Path
) -> None:
    folder, expected = reference
    db = tmp_path / "results.sqlite"
    process = start_and_wait(folder, db, at_least=20)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130
    assert "interrupted" in stderr and "Resume with: extractor batch" in stderr
    assert "Traceback" not in stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
    assert stored(db) < ARTICLES

    subprocess.run(job(folder, db), capture_output=True, text=True, timeout=120)
    assert content(db) == expected
