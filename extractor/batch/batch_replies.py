"""Collecting Batch API results: judge each reply, re-ask or re-submit, store articles.

Replies are parsed by the same code as direct requests (``PreparedRequests.parse``,
instructor's parser for the mode), and finished articles go through ``finish_article``
(grounding, de-duplication, checks) and ``BatchStore.save_done`` like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from extractor.backends.base import BackendOutput
from extractor.backends.llm.chunking import Chunk, merge_chunk_claims
from extractor.backends.llm.errors import LLMError
from extractor.backends.llm.transport import check_completion
from extractor.backends.llm.usage import UsageMeter
from extractor.batch.batch_api import (
    TERMINAL,
    BatchClient,
    PlannedRequest,
    custom_id,
    refresh_status,
    submit_batches,
)
from extractor.batch.job import ArticleFailed, JobKey, finish_article, job_key_for
from extractor.batch.llm_requests import PARSE_ERRORS, LeanLLMBackend
from extractor.batch.store import BatchStore, RunTotals, now_iso
from extractor.ledger import Ledger
from schemas import Claim, TokenUsage


@dataclass
class CollectSummary:
    job: JobKey
    run_id: int
    collected: list[str] = field(default_factory=list)  # batches read in this call
    running: list[str] = field(default_factory=list)  # batches not finished yet
    resubmitted: list[str] = field(default_factory=list)  # new batches of re-asks/retries
    replies: int = 0
    invalid: int = 0  # replies that failed validation
    retried: int = 0  # requests sent again (re-asks and failed requests)
    articles_done: int = 0
    articles_failed: int = 0
    claims: int = 0
    failures: list[ArticleFailed] = field(default_factory=list)


@dataclass
class Verdict:
    state: str  # done | invalid | error | failed (final, not worth retrying)
    reply: dict[str, Any] | None = None
    message: str | None = None
    completion: ChatCompletion | None = None
    error: Exception | None = None


def judge(line: dict[str, Any], backend: LeanLLMBackend) -> Verdict:
    """What one output or error line says about its request."""
    response = line.get("response") or {}
    status = response.get("status_code")
    body = response.get("body")
    error = line.get("error")
    if error or status != 200 or not isinstance(body, dict):
        detail = error or (body.get("error") if isinstance(body, dict) else body)
        if isinstance(detail, dict):
            detail = detail.get("message") or detail.get("code")
        return Verdict("error", message=f"request failed ({status or 'no status'}): {detail}")
    try:
        completion = ChatCompletion.model_validate(body)
    except ValidationError as problem:
        return Verdict("error", message=f"unreadable reply: {problem.errors()[0]['msg']}")
    try:
        check_completion(completion, UsageMeter())
    except LLMError as final:  # cut off or refused: asking again the same way cannot help
        return Verdict("failed", reply=body, message=str(final))
    try:
        backend.requests.parse(completion)
    except PARSE_ERRORS as invalid:
        return Verdict("invalid", reply=body, completion=completion, error=invalid)
    return Verdict("done", reply=body)


def _lines(client: BatchClient, file_id: str | None) -> list[dict[str, Any]]:
    if not file_id:
        return []
    text = client.files.content(file_id).text
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _next_attempt(row: dict[str, Any], body: dict[str, Any]) -> PlannedRequest:
    attempt = row["attempt"] + 1
    return PlannedRequest(
        custom_id(row["article_id"], row["chunk"], attempt), row["article_id"], row["chunk"],
        row["chunks"], row["chunk_start"], row["chunk_end"], attempt, body,
    )  # fmt: skip


class Collector:
    def __init__(
        self, store: BatchStore, backend: LeanLLMBackend, client: BatchClient,
        ledger: Ledger | None,
    ) -> None:  # fmt: skip
        self.store, self.backend, self.client, self.ledger = store, backend, client, ledger
        self.job = job_key_for(backend)
        self.max_attempts = backend.requests.max_attempts

    def _request(self, custom: str) -> dict[str, Any] | None:
        cursor = self.store.conn.execute(
            "SELECT * FROM api_requests WHERE custom_id = ? AND job_key = ?",
            (custom, self.job.key),
        )
        row = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None

    def _settle(self, row: dict[str, Any], verdict: Verdict, summary: CollectSummary,
                retry: list[PlannedRequest]) -> None:  # fmt: skip
        state, message = verdict.state, verdict.message
        can_retry = row["attempt"] < self.max_attempts
        if state == "invalid":
            summary.invalid += 1
            assert verdict.completion is not None and verdict.error is not None
            lines = [line.strip() for line in str(verdict.error).splitlines() if line.strip()]
            message = f"reply did not fit the claim schema: {' '.join(lines[:3])[:300]}"
            if can_retry:
                body = self.backend.requests.reask(
                    json.loads(row["body"]), verdict.completion, verdict.error
                )
                retry.append(_next_attempt(row, body))
                state = "reasked"
            else:
                state = "failed"
        elif state == "error":
            if can_retry:
                retry.append(_next_attempt(row, json.loads(row["body"])))
                state = "retried"
            else:
                state = "failed"
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE api_requests SET state = ?, reply = ?, error = ? WHERE custom_id = ?",
                (state, json.dumps(verdict.reply) if verdict.reply else None, message,
                 row["custom_id"]),
            )  # fmt: skip

    def _collect_batch(self, batch_id: str, status: str, output_id: str | None,
                       error_id: str | None, summary: CollectSummary,
                       retry: list[PlannedRequest]) -> None:  # fmt: skip
        seen: set[str] = set()
        for line in _lines(self.client, output_id) + _lines(self.client, error_id):
            row = self._request(str(line.get("custom_id")))
            if row is None or row["batch_id"] != batch_id or row["custom_id"] in seen:
                continue  # not ours (or a repeated line): nothing to settle
            seen.add(row["custom_id"])
            summary.replies += 1
            self._settle(row, judge(line, self.backend), summary, retry)
        missing = self.store.conn.execute(
            "SELECT custom_id FROM api_requests WHERE batch_id = ? AND state = 'submitted'",
            (batch_id,),
        ).fetchall()
        for (custom,) in missing:  # expired, cancelled or failed batches leave these
            row = self._request(custom)
            if row is not None and custom not in seen:
                verdict = Verdict("error", message=f"no reply: the batch ended {status}")
                self._settle(row, verdict, summary, retry)
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE api_batches SET collected_at = ? WHERE batch_id = ?", (now_iso(), batch_id)
            )
        summary.collected.append(batch_id)

    def collect(self, settings: dict[str, Any]) -> CollectSummary:
        refresh_status(self.store, self.client)
        run_id = self.store.start_run(self.job, "batch-api collect", settings)
        summary = CollectSummary(self.job, run_id)
        retry: list[PlannedRequest] = []
        rows = self.store.conn.execute(
            "SELECT batch_id, status, output_file_id, error_file_id FROM api_batches "
            "WHERE job_key = ? AND collected_at IS NULL ORDER BY submitted_at",
            (self.job.key,),
        ).fetchall()
        for batch_id, status, output_id, error_id in rows:
            if status not in TERMINAL:
                summary.running.append(batch_id)
                continue
            self._collect_batch(batch_id, status, output_id, error_id, summary, retry)
        if retry:
            summary.retried = len(retry)
            summary.resubmitted = submit_batches(self.store, self.client, self.job, run_id, retry)
        self._store_articles(summary)
        self.store.finish_run(
            run_id, "finished",
            RunTotals(articles=summary.articles_done + summary.articles_failed,
                      done=summary.articles_done, failed=summary.articles_failed,
                      claims=summary.claims),
        )  # fmt: skip
        return summary

    def _latest(self) -> dict[str, list[dict[str, Any]]]:
        """Each unstored article's chunks, at their latest attempt."""
        cursor = self.store.conn.execute(
            "SELECT r.* FROM api_requests r WHERE r.job_key = ? AND r.attempt = ("
            " SELECT MAX(attempt) FROM api_requests x WHERE x.job_key = r.job_key AND "
            " x.article_id = r.article_id AND x.chunk = r.chunk) AND NOT EXISTS ("
            " SELECT 1 FROM extractions e WHERE e.article_id = r.article_id AND e.job_key = ?)"
            " AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.job_key = r.job_key AND"
            " f.item_key = r.article_id) ORDER BY r.article_id, r.chunk",
            (self.job.key, self.job.key),
        )
        names = [c[0] for c in cursor.description]
        by_article: dict[str, list[dict[str, Any]]] = {}
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            by_article.setdefault(row["article_id"], []).append(row)
        return by_article

    def _usage(self, article_id: str) -> TokenUsage:
        """Tokens of every reply, and every request that was answered, failed or not (as the
        direct backend counts them)."""
        usage = TokenUsage()
        rows = self.store.conn.execute(
            "SELECT reply FROM api_requests WHERE job_key = ? AND article_id = ? AND "
            "state != 'submitted'", (self.job.key, article_id),
        )  # fmt: skip
        for (reply,) in rows:
            reported = (json.loads(reply).get("usage") if reply else None) or {}
            usage = usage + TokenUsage(
                prompt_tokens=reported.get("prompt_tokens", 0),
                completion_tokens=reported.get("completion_tokens", 0),
                total_tokens=reported.get("total_tokens", 0),
                requests=1,
            )
        return usage

    def _store_articles(self, summary: CollectSummary) -> None:
        for article_id, chunks in self._latest().items():
            if len(chunks) < chunks[0]["chunks"] or any(
                c["state"] not in ("done", "failed") for c in chunks
            ):
                continue  # still waiting for a reply
            article = self.store.article(article_id)
            if article is None:
                continue
            failed = [c for c in chunks if c["state"] == "failed"]
            if failed:
                message = failed[0]["error"] or "no valid reply"
                if message.startswith("reply did not fit"):
                    kind = "invalid_response"
                else:
                    kind = "request_failed" if failed[0]["reply"] is None else "refused_or_cut_off"
                outcome = ArticleFailed(
                    source=article.source or article.id, kind=kind, message=message,
                    article=article,
                    usage=self._usage(article_id), attempts=failed[0]["attempt"],
                )  # fmt: skip
                self.store.save_failure(summary.run_id, self.job, outcome)
                summary.articles_failed += 1
                summary.failures.append(outcome)
                continue
            per_chunk = []
            for row in chunks:
                completion = ChatCompletion.model_validate(json.loads(row["reply"]))
                parsed = self.backend.requests.parse(completion)
                chunk = Chunk(row["chunk_start"], row["chunk_end"],
                              article.text[row["chunk_start"] : row["chunk_end"]])  # fmt: skip
                per_chunk.append((chunk, [Claim(**d.model_dump()) for d in parsed.claims]))
            output = BackendOutput(
                claims=merge_chunk_claims(per_chunk), model=self.backend.config.model,
                prompt=self.backend.config.prompt.ref(), usage=self._usage(article_id),
            )  # fmt: skip
            done = finish_article(
                article, self.backend.name, output, datetime.now(UTC), 0.0, self.ledger
            )
            if self.store.save_done(summary.run_id, self.job, done):
                summary.articles_done += 1
                summary.claims += len(done.extraction.claims)
