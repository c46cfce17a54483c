"""What ``extractor batch --via batch-api``, ``batch status`` and ``batch collect`` do and say.

The OpenAI client comes from the backend's endpoint (OPENAI_API_KEY / OPENAI_BASE_URL,
as for direct requests). ``collect`` rebuilds the backend from the settings recorded when
the batches were submitted, so replies are parsed and re-asked with the same prompt.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.articles import iter_articles
from extractor.backends import BackendSettings
from extractor.batch.batch_api import BatchClient, refresh_status, submit_job
from extractor.batch.batch_replies import Collector, CollectSummary
from extractor.batch.job import job_key_for
from extractor.batch.llm_requests import LeanLLMBackend
from extractor.batch.runner import BatchOptions
from extractor.batch.store import BatchStore
from extractor.errors import UsageError
from extractor.ledger import Ledger


def make_client(backend: LeanLLMBackend) -> BatchClient:
    from extractor.backends.llm.client import sync_client

    return sync_client(backend.inner.endpoint)


def api_submit(
    store: BatchStore,
    backend: Any,
    inputs: list[str],
    options: BatchOptions,
    console: Console,
    client: BatchClient | None = None,
) -> int:
    if not isinstance(backend, LeanLLMBackend):
        raise UsageError("--via batch-api needs --backend openai")
    summary = submit_job(store, backend, client or make_client(backend),
                         iter_articles(inputs), options)  # fmt: skip
    console.print(
        f"job {escape(summary.job.label())} [dim](key {summary.job.key}, run "
        f"{summary.run_id})[/dim]: submitted {summary.articles} articles as "
        f"{summary.requests} requests in {len(summary.batch_ids)} batch(es); "
        f"{summary.skipped} skipped (done, failed or already submitted)"
    )
    for batch_id in summary.batch_ids:
        console.print(f"  {batch_id}")
    for failed in summary.failures:
        console.print(f"  [red]failed[/] {escape(failed.source)}: {escape(failed.message)}")
    if summary.batch_ids:
        console.print(
            f"check with: extractor batch status --db {store.path}; import the results "
            f"with: extractor batch collect --db {store.path}"
        )
    return 1 if summary.failures else 0


def _open(db: Path) -> BatchStore:
    if not db.is_file():
        raise UsageError(f"{db}: no such results database; submit with --via batch-api first")
    return BatchStore(db)


def _submitted_backends(store: BatchStore) -> dict[str, LeanLLMBackend]:
    """job key -> the backend its batches were submitted with (from the recorded settings)."""
    from extractor.backends.llm import OpenAIBackend

    rows = store.conn.execute(
        "SELECT r.job_key, r.settings FROM runs r WHERE r.via = 'batch-api' AND r.job_key IN "
        "(SELECT job_key FROM api_batches WHERE collected_at IS NULL) ORDER BY r.run_id"
    ).fetchall()
    backends: dict[str, LeanLLMBackend] = {}
    for job_key, recorded in rows:
        settings = json.loads(recorded)
        backend = LeanLLMBackend(
            OpenAIBackend(
                BackendSettings(
                    model=settings.get("model"), prompt=settings.get("prompt"),
                    max_retries=settings.get("max_retries"), use_cache=False,
                    options=settings.get("options") or {},
                )
            )
        )  # fmt: skip
        if job_key_for(backend).key != job_key:
            raise UsageError(
                f"the prompt or schema changed since job {job_key} was submitted; its replies "
                "cannot be checked against the new one (restore the prompt template, or "
                "resubmit into a new --db)"
            )
        backends[job_key] = backend
    return backends


def api_status(db: Path, console: Console, client: BatchClient | None = None) -> int:
    store = _open(db)
    try:
        backends = _submitted_backends(store)
        if backends or client is not None:
            any_backend = next(iter(backends.values()), None)
            chosen = client or make_client(any_backend)  # type: ignore[arg-type]
            states = refresh_status(store, chosen)
        else:
            states = refresh_status(store, _NoClient())
    finally:
        store.close()
    table = Table(title=f"Batch API batches in {db}", title_justify="left")
    for column in ("batch", "status", "requests", "completed", "failed", "collected"):
        table.add_column(column)
    for state in states:
        table.add_row(
            state.batch_id, state.status, str(state.requests),
            "-" if state.completed is None else str(state.completed),
            "-" if state.failed is None else str(state.failed),
            "yes" if state.collected else "no",
        )  # fmt: skip
    if not states:
        console.print("no batches submitted yet (extractor batch INPUT... --via batch-api)")
        return 0
    console.print(table)
    return 0


class _NoClient:
    """Stands in when every batch is collected: nothing is asked of the API."""

    files: Any = None
    batches: Any = None


def api_collect(
    db: Path,
    console: Console,
    ledger: Ledger | None,
    *,
    wait: bool = False,
    poll_seconds: float = 60.0,
    client: BatchClient | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    store = _open(db)
    failed = 0
    try:
        while True:
            backends = _submitted_backends(store)
            running = []
            for job_key, backend in backends.items():
                collector = Collector(store, backend, client or make_client(backend), ledger)
                summary = collector.collect({"collect": job_key})
                print_collect(summary, console)
                failed += summary.articles_failed
                running += summary.running + summary.resubmitted
            if not backends:
                console.print("nothing to collect: every submitted batch has been collected")
            if not (wait and running):
                break
            console.print(f"{len(running)} batch(es) still running; next look in {poll_seconds} s")
            sleep(poll_seconds)
    finally:
        store.close()
    return 1 if failed else 0


def print_collect(summary: CollectSummary, console: Console) -> None:
    console.print(
        f"job {escape(summary.job.label())} [dim](key {summary.job.key}, run "
        f"{summary.run_id})[/dim]: collected {len(summary.collected)} batch(es), "
        f"{summary.replies} replies ({summary.invalid} failed validation); stored "
        f"{summary.articles_done} articles with {summary.claims} claims; "
        f"{summary.articles_failed} articles failed"
    )
    if summary.resubmitted:
        console.print(
            f"re-submitted {summary.retried} requests (re-asks and retries) as "
            f"{', '.join(summary.resubmitted)}"
        )
    if summary.running:
        console.print(f"still running: {', '.join(summary.running)}")
    for failure in summary.failures[:5]:
        console.print(f"  [red]{failure.kind}[/] {escape(failure.source)}: "
                      f"{escape(failure.message)}")  # fmt: skip
