"""The results database of batch jobs (SQLite, WAL mode).

Tables (one row per ...):

- ``articles``: article, by content hash (``article_id``), with its metadata and text;
- ``runs``: invocation of ``extractor batch``: settings, job, start/end, status, totals;
- ``extractions``: article done for a job (``job_key`` = backend, model, prompt sha,
  schema version), with the full Extraction JSON; primary key (article_id, job_key);
- ``claims``: claim, with queryable columns (categories joined with ``|``);
- ``rejected``: candidate claim that grounding or de-duplication turned down;
- ``findings``: cross-check outcome (``article_id`` NULL for checks across articles);
- ``failures``: article (or unloadable input) that failed, with the error's kind;
- ``api_batches`` / ``api_requests``: OpenAI Batch API submissions (see batch_api.py).

Each article's results are written in one transaction, so a kill at any moment leaves
either all of an article or none of it; the primary keys (article, job) make a second
write of the same article fail as a whole instead of duplicating anything.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractor.batch.job import ArticleDone, ArticleFailed, JobKey
from extractor.checks import ClaimRef, Finding
from extractor.errors import ExtractorError, UsageError
from schemas import Article, Claim, Extraction

STORE_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY, source TEXT, title TEXT, outlet TEXT, published TEXT,
    url TEXT, chars INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, job_key TEXT NOT NULL, backend TEXT NOT NULL, model TEXT,
    prompt_name TEXT, prompt_sha256 TEXT, schema_version TEXT NOT NULL, via TEXT NOT NULL,
    settings TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT,
    status TEXT NOT NULL, articles INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0, done INTEGER NOT NULL DEFAULT 0,
    cached INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
    claims INTEGER NOT NULL DEFAULT 0, prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0, requests INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL);
CREATE TABLE IF NOT EXISTS extractions (
    article_id TEXT NOT NULL REFERENCES articles, job_key TEXT NOT NULL,
    run_id INTEGER NOT NULL, backend TEXT NOT NULL, model TEXT, prompt_sha256 TEXT,
    schema_version TEXT NOT NULL, cached INTEGER NOT NULL, prompt_tokens INTEGER,
    completion_tokens INTEGER, requests INTEGER, total_ms REAL, finished_at TEXT NOT NULL,
    extraction TEXT NOT NULL, PRIMARY KEY (article_id, job_key));
CREATE TABLE IF NOT EXISTS claims (
    article_id TEXT NOT NULL, job_key TEXT NOT NULL, idx INTEGER NOT NULL,
    subject TEXT NOT NULL, population TEXT NOT NULL, subgroup TEXT,
    categories TEXT NOT NULL, value INTEGER, low INTEGER, high INTEGER,
    qualifier TEXT NOT NULL, scope TEXT NOT NULL, as_of TEXT, period_start TEXT,
    claimant TEXT NOT NULL, claimant_type TEXT NOT NULL, evidence TEXT NOT NULL,
    start INTEGER, "end" INTEGER, alignment TEXT, PRIMARY KEY (article_id, job_key, idx));
CREATE INDEX IF NOT EXISTS claims_by_job ON claims (job_key, subject, scope);
CREATE TABLE IF NOT EXISTS rejected (
    article_id TEXT NOT NULL, job_key TEXT NOT NULL, idx INTEGER NOT NULL,
    reason TEXT NOT NULL, detail TEXT NOT NULL, claim TEXT NOT NULL,
    PRIMARY KEY (article_id, job_key, idx));
CREATE TABLE IF NOT EXISTS findings (
    finding_id INTEGER PRIMARY KEY, job_key TEXT NOT NULL, article_id TEXT,
    "check" TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL,
    claims TEXT NOT NULL, expected TEXT, found TEXT, explanation TEXT NOT NULL,
    ledger_date TEXT, categories TEXT NOT NULL, note TEXT);
CREATE INDEX IF NOT EXISTS findings_by_article ON findings (job_key, article_id);
CREATE TABLE IF NOT EXISTS failures (
    job_key TEXT NOT NULL, item_key TEXT NOT NULL, article_id TEXT, source TEXT NOT NULL,
    run_id INTEGER NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL,
    attempts INTEGER NOT NULL, prompt_tokens INTEGER, completion_tokens INTEGER,
    failed_at TEXT NOT NULL, PRIMARY KEY (job_key, item_key));
CREATE TABLE IF NOT EXISTS api_batches (
    batch_id TEXT PRIMARY KEY, run_id INTEGER NOT NULL, job_key TEXT NOT NULL,
    input_file_id TEXT NOT NULL, requests INTEGER NOT NULL, bytes INTEGER NOT NULL,
    status TEXT NOT NULL, output_file_id TEXT, error_file_id TEXT,
    submitted_at TEXT NOT NULL, checked_at TEXT, collected_at TEXT);
CREATE TABLE IF NOT EXISTS api_requests (
    custom_id TEXT PRIMARY KEY, batch_id TEXT NOT NULL, job_key TEXT NOT NULL,
    article_id TEXT NOT NULL, chunk INTEGER NOT NULL, chunks INTEGER NOT NULL,
    chunk_start INTEGER NOT NULL, chunk_end INTEGER NOT NULL, attempt INTEGER NOT NULL,
    body TEXT NOT NULL, state TEXT NOT NULL, reply TEXT, error TEXT);
CREATE INDEX IF NOT EXISTS api_requests_by_article ON api_requests (job_key, article_id);
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class RunTotals:
    """What one run did; written to its ``runs`` row at the end (and when interrupted)."""

    articles: int = 0
    skipped: int = 0
    done: int = 0
    cached: int = 0
    failed: int = 0
    claims: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    cost_usd: float | None = 0.0


class BatchStore:
    """One open results database. Not shared between threads or processes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level None: transactions are begun and committed here, explicitly.
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a committed article survives a killed process; only a
            # power cut may lose the last few commits, never corrupt the database.
            self.conn.execute("PRAGMA synchronous=NORMAL")
            with self.transaction():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self._check_version()
        except sqlite3.DatabaseError as error:
            raise UsageError(f"{path}: not a usable results database ({error})") from None
        except OSError as error:
            raise UsageError(f"{path}: cannot open it ({error.strerror or error})") from None

    def _check_version(self) -> None:
        row = self.conn.execute("SELECT value FROM meta WHERE key='store_version'").fetchone()
        if row is None:
            self.conn.execute("INSERT INTO meta VALUES ('store_version', ?)", (str(STORE_VERSION),))
        elif int(row[0]) > STORE_VERSION:
            raise UsageError(
                f"{self.path} was written by a newer extractor (store version {row[0]}); "
                "upgrade, or use another --db"
            )

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a database that cannot be written (a full disk, a lock held
        too long) is an error the user can act on, not a traceback."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            raise ExtractorError(
                f"{self.path}: cannot write results ({error}); everything committed before "
                "is kept; free space or close other writers, then run the same command again"
            ) from error

    # -- runs ----------------------------------------------------------------------------

    def start_run(self, job: JobKey, via: str, settings: dict[str, Any]) -> int:
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO runs (job_key, backend, model, prompt_name, prompt_sha256, "
                "schema_version, via, settings, started_at, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')",
                (job.key, job.backend, job.model, job.prompt.name if job.prompt else None,
                 job.prompt.sha256 if job.prompt else None, job.schema_version, via,
                 json.dumps(settings, sort_keys=True, default=str), now_iso()),
            )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, status: str, totals: RunTotals) -> None:
        values = asdict(totals)
        assignments = ", ".join(f"{name} = ?" for name in values)
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE runs SET status = ?, finished_at = ?, {assignments} WHERE run_id = ?",
                (status, now_iso(), *values.values(), run_id),
            )

    # -- what is done --------------------------------------------------------------------

    def done_articles(self, job_key: str) -> set[str]:
        rows = self.conn.execute("SELECT article_id FROM extractions WHERE job_key = ?", (job_key,))
        return {row[0] for row in rows}

    def failed_items(self, job_key: str) -> dict[str, str]:
        """item key (article id, or ``input:SOURCE``) -> kind, for the job's failures."""
        rows = self.conn.execute(
            "SELECT item_key, kind FROM failures WHERE job_key = ?", (job_key,)
        )
        return dict(rows.fetchall())

    def failure_counts(self, job_key: str) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT kind, COUNT(*) FROM failures WHERE job_key = ? GROUP BY kind ORDER BY kind",
            (job_key,),
        )
        return dict(rows.fetchall())

    # -- writing one article -------------------------------------------------------------

    def _put_article(self, conn: sqlite3.Connection, article: Article) -> None:
        published = article.published.isoformat() if article.published else None
        conn.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO "
            "UPDATE SET source = excluded.source, title = excluded.title, "
            "outlet = excluded.outlet, published = excluded.published, url = excluded.url",
            (article.id, article.source, article.title, article.outlet, published,
             article.url, len(article.text), article.text),
        )  # fmt: skip

    def save_done(self, run_id: int, job: JobKey, done: ArticleDone) -> bool:
        """Everything about one extracted article, in one transaction; False if it was
        already stored for the job (nothing is written twice)."""
        try:
            with self.transaction() as conn:
                self._put_done(conn, run_id, job, done)
        except sqlite3.IntegrityError:
            # Stored meanwhile (another run on the same database): the primary keys keep
            # it once, and the first one stays.
            return False
        return True

    def _put_done(self, conn: sqlite3.Connection, run_id: int, job: JobKey,
                  done: ArticleDone) -> None:  # fmt: skip
        extraction = done.extraction
        provenance = extraction.provenance
        usage = provenance.usage
        article_id = extraction.article_id
        self._put_article(conn, done.article)
        # An article with results is never extracted again for the same job (see
        # plan_work), so inserting is enough; only a failure it had before goes.
        conn.execute(
            "DELETE FROM failures WHERE job_key = ? AND (item_key = ? OR item_key = ?)",
            (job.key, article_id, f"input:{done.article.source}"),
        )
        conn.execute(
            "INSERT INTO extractions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, job.key, run_id, job.backend, job.model,
             job.prompt.sha256 if job.prompt else None, job.schema_version,
             int(provenance.cached), usage.prompt_tokens if usage else None,
             usage.completion_tokens if usage else None, usage.requests if usage else None,
             provenance.timings_ms.get("total"), now_iso(), extraction.model_dump_json()),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)",
            [(article_id, job.key, index, *claim_columns(claim))
             for index, claim in enumerate(extraction.claims)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO rejected VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, job.key, index, item.reason.value, item.detail,
              item.claim.model_dump_json()) for index, item in enumerate(extraction.rejected)],
        )  # fmt: skip
        self._put_findings(conn, job.key, article_id, done.findings)

    def save_failure(self, run_id: int, job: JobKey, failed: ArticleFailed) -> None:
        usage = failed.usage
        with self.transaction() as conn:
            if failed.article is not None:
                done = conn.execute(
                    "SELECT 1 FROM extractions WHERE article_id = ? AND job_key = ?",
                    (failed.article.id, job.key),
                ).fetchone()
                if done:
                    return  # stored meanwhile by another run: its result stands
                self._put_article(conn, failed.article)
            conn.execute(
                "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (job.key, failed.item_key, failed.article.id if failed.article else None,
                 failed.source, run_id, failed.kind, failed.message, failed.attempts,
                 usage.prompt_tokens if usage else None,
                 usage.completion_tokens if usage else None,
                 failed.failed_at.isoformat(timespec="seconds")),
            )  # fmt: skip

    def _put_findings(
        self, conn: sqlite3.Connection, job_key: str, article_id: str | None, found: list[Finding]
    ) -> None:
        conn.executemany(
            "INSERT INTO findings (job_key, article_id, \"check\", status, severity, claims, "
            "expected, found, explanation, ledger_date, categories, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(job_key, article_id, f.check, f.status.value, f.severity.value,
              json.dumps([f"{ref.article_id}#{ref.index}" for ref in f.claims]),
              f.expected, f.found, f.explanation,
              f.ledger_date.isoformat() if f.ledger_date else None,
              "|".join(c.value for c in f.categories), f.note) for f in found],
        )  # fmt: skip

    def replace_across_findings(self, job_key: str, found: list[Finding]) -> None:
        """Checks across articles are recomputed over the whole job after each run."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM findings WHERE job_key = ? AND article_id IS NULL", (job_key,)
            )
            self._put_findings(conn, job_key, None, found)

    # -- reading back --------------------------------------------------------------------

    def job_claims(self, job_key: str) -> list[tuple[ClaimRef, Claim]]:
        """Every stored claim of a job, as the checks index them."""
        rows = self.conn.execute(
            "SELECT article_id, idx, subject, population, subgroup, categories, value, low, "
            "high, qualifier, scope, as_of, period_start, claimant, claimant_type, evidence, "
            'start, "end", alignment FROM claims WHERE job_key = ? ORDER BY article_id, idx',
            (job_key,),
        )
        claims = []
        for article_id, index, *values in rows:
            fields = dict(zip(CLAIM_COLUMNS, values, strict=True))
            fields["categories"] = fields["categories"].split("|")
            claims.append((ClaimRef(article_id=article_id, index=index), Claim(**fields)))
        return claims

    def extractions(self, job_key: str) -> Iterable[Extraction]:
        rows = self.conn.execute(
            "SELECT extraction FROM extractions WHERE job_key = ? ORDER BY article_id", (job_key,)
        )
        for (document,) in rows:
            yield Extraction.model_validate_json(document)

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT text, source, title, outlet, published, url FROM articles WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        text, source, title, outlet, published, url = row
        return Article(text=text, source=source, title=title, outlet=outlet,
                       published=published, url=url)  # fmt: skip


CLAIM_COLUMNS: tuple[str, ...] = (
    "subject", "population", "subgroup", "categories", "value", "low", "high", "qualifier",
    "scope", "as_of", "period_start", "claimant", "claimant_type", "evidence", "start", "end",
    "alignment",
)  # fmt: skip


def claim_columns(claim: Claim) -> tuple[object, ...]:
    """A claim as the ``claims`` table's columns (after article_id, job_key, idx)."""
    data = claim.model_dump(mode="json")
    data["categories"] = "|".join(data["categories"])
    return tuple(data[name] for name in CLAIM_COLUMNS)
