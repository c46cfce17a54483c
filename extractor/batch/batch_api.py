"""Provider-scale jobs through the OpenAI Batch API: submit now, collect within 24 hours.

    submit:  articles -> one chat-completions request per chunk (``custom_id`` =
             ``ARTICLE:CHUNK:ATTEMPT``) -> JSONL files of at most 50,000 requests and
             200 MB -> upload (purpose "batch") -> create a batch -> record batch and
             requests in the database.
    status:  retrieve every unfinished batch and record its state and counts.
    collect: download the output (and error) files of finished batches; each reply goes
             through instructor's parser for the mode (batch_replies.py). A reply that
             fails validation is re-asked in a new batch (the error goes back to the
             model, as instructor does) until --max-retries is spent, then recorded as
             the article's failure; failed or expired requests are re-submitted the same
             way. An article whose chunks all have valid replies is grounded, checked
             and stored exactly as the direct runner stores it.

A rerun of the submit command skips articles that are done or already submitted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from extractor.batch.job import ArticleFailed, JobKey, failure_from_error, job_key_for
from extractor.batch.llm_requests import LeanLLMBackend
from extractor.batch.runner import BatchOptions, plan_work
from extractor.batch.store import BatchStore, RunTotals, now_iso
from extractor.errors import InputError
from prompts import render_prompt
from schemas import Article

ENDPOINT = "/v1/chat/completions"
MAX_REQUESTS_PER_FILE = 50_000
MAX_BYTES_PER_FILE = 200 * 1_000_000  # the API's 200 MB, counted in decimal megabytes
TERMINAL = {"completed", "failed", "expired", "cancelled"}


@dataclass(frozen=True)
class PlannedRequest:
    custom_id: str
    article_id: str
    chunk: int
    chunks: int
    chunk_start: int
    chunk_end: int
    attempt: int
    body: dict[str, Any]

    def line(self) -> bytes:
        request = {"custom_id": self.custom_id, "method": "POST", "url": ENDPOINT,
                   "body": self.body}  # fmt: skip
        return json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n"


def custom_id(article_id: str, chunk: int, attempt: int) -> str:
    return f"{article_id}:{chunk}:{attempt}"


def plan_requests(backend: LeanLLMBackend, article: Article) -> list[PlannedRequest]:
    """The first attempt's request for each chunk of ``article``."""
    chunks = backend.inner._chunks(article)
    planned = []
    for index, (chunk, position) in enumerate(chunks):
        prompt = render_prompt(backend.config.prompt, article, chunk.text, position)
        planned.append(
            PlannedRequest(
                custom_id(article.id, index, 1), article.id, index, len(chunks),
                chunk.start, chunk.end, 1, backend.requests.body(prompt),
            )
        )  # fmt: skip
    return planned


def split_files(
    requests: Iterable[PlannedRequest],
    max_requests: int = MAX_REQUESTS_PER_FILE,
    max_bytes: int = MAX_BYTES_PER_FILE,
) -> Iterator[list[tuple[PlannedRequest, bytes]]]:
    """Groups of requests that each fit one batch input file."""
    group: list[tuple[PlannedRequest, bytes]] = []
    size = 0
    for request in requests:
        line = request.line()
        if len(line) > max_bytes:
            raise ValueError(f"request {request.custom_id} alone is over {max_bytes} bytes")
        if group and (len(group) >= max_requests or size + len(line) > max_bytes):
            yield group
            group, size = [], 0
        group.append((request, line))
        size += len(line)
    if group:
        yield group


class BatchClient(Protocol):
    """What the flow needs of ``openai.OpenAI`` (a protocol so tests can read it)."""

    files: Any
    batches: Any


@dataclass
class SubmitSummary:
    run_id: int
    job: JobKey
    articles: int
    requests: int
    batch_ids: list[str]
    skipped: int
    failures: list[ArticleFailed] = field(default_factory=list)


def submit_batches(
    store: BatchStore, client: BatchClient, job: JobKey, run_id: int,
    requests: list[PlannedRequest],
) -> list[str]:  # fmt: skip
    """Upload and create one batch per file; each batch is recorded as soon as it exists."""
    batch_ids = []
    for number, group in enumerate(split_files(requests), start=1):
        data = b"".join(line for _, line in group)
        uploaded = client.files.create(
            file=(f"claims-{job.key}-{run_id}-{number}.jsonl", data, "application/jsonl"),
            purpose="batch",
        )
        batch = client.batches.create(
            input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h",
            metadata={"job_key": job.key, "run_id": str(run_id)},
        )  # fmt: skip
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO api_batches (batch_id, run_id, job_key, input_file_id, requests, "
                "bytes, status, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (batch.id, run_id, job.key, uploaded.id, len(group), len(data), batch.status,
                 now_iso()),
            )  # fmt: skip
            conn.executemany(
                "INSERT OR REPLACE INTO api_requests (custom_id, batch_id, job_key, article_id, "
                "chunk, chunks, chunk_start, chunk_end, attempt, body, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'submitted')",
                [(r.custom_id, batch.id, job.key, r.article_id, r.chunk, r.chunks,
                  r.chunk_start, r.chunk_end, r.attempt, json.dumps(r.body))
                 for r, _ in group],
            )  # fmt: skip
        batch_ids.append(batch.id)
    return batch_ids


def submitted_articles(store: BatchStore, job_key: str) -> set[str]:
    rows = store.conn.execute(
        "SELECT DISTINCT article_id FROM api_requests WHERE job_key = ?", (job_key,)
    )
    return {row[0] for row in rows}


def submit_job(
    store: BatchStore,
    backend: LeanLLMBackend,
    client: BatchClient,
    items: Iterable[Article | InputError],
    options: BatchOptions,
) -> SubmitSummary:
    """Plan, upload and create batches for every article not done or submitted yet."""
    job = job_key_for(backend)
    plan = plan_work(items, store, job, options.retry_failed)
    in_flight = submitted_articles(store, job.key)
    articles = [a for a in plan.todo if a.id not in in_flight]
    run_id = store.start_run(job, "batch-api", options.settings)
    failures = [failure_from_error(error, error.source) for error in plan.bad_inputs]
    for failed in failures:
        store.save_failure(run_id, job, failed)
    with store.transaction() as conn:
        for article in articles:  # collect needs the text to ground the replies
            store._put_article(conn, article)
    requests = [request for article in articles for request in plan_requests(backend, article)]
    batch_ids = submit_batches(store, client, job, run_id, requests)
    skipped = plan.skipped_done + plan.skipped_failed + len(plan.todo) - len(articles)
    store.finish_run(
        run_id, "submitted",
        RunTotals(articles=len(articles) + len(failures) + skipped, skipped=skipped,
                  failed=len(failures)),
    )  # fmt: skip
    return SubmitSummary(run_id, job, len(articles), len(requests), batch_ids, skipped, failures)


@dataclass
class BatchState:
    batch_id: str
    status: str
    requests: int
    completed: int | None
    failed: int | None
    collected: bool


def refresh_status(store: BatchStore, client: BatchClient) -> list[BatchState]:
    """Ask the API about every batch not yet collected; record and return their states."""
    rows = store.conn.execute(
        "SELECT batch_id, status, requests, collected_at FROM api_batches ORDER BY submitted_at"
    ).fetchall()
    states = []
    for batch_id, status, requests, collected_at in rows:
        completed = failed = None
        if collected_at is None:
            batch = client.batches.retrieve(batch_id)
            status = batch.status
            counts = batch.request_counts
            completed = counts.completed if counts else None
            failed = counts.failed if counts else None
            with store.transaction() as conn:
                conn.execute(
                    "UPDATE api_batches SET status = ?, output_file_id = ?, error_file_id = ?, "
                    "checked_at = ? WHERE batch_id = ?",
                    (status, batch.output_file_id, batch.error_file_id, now_iso(), batch_id),
                )
        states.append(
            BatchState(batch_id, status, requests, completed, failed, collected_at is not None)
        )
    return states
